import CEditLine
import Glibc

/// Catches SIGINT, SIGTERM and SIGHUP while a line is being read.
///
/// The handler (in the C shim) records the signal number and makes standard
/// input non-blocking; it is installed without `SA_RESTART`. Either way libedit
/// was interrupted, its `read()` fails (EINTR if it was blocked in it, EAGAIN
/// if it was about to call it) and `el_gets` returns. ``release()`` then puts
/// standard input back into blocking mode and tells which signal came.
/// With `EL_SIGNAL` set, libedit itself puts the terminal back into its normal
/// mode before passing the signal on to this handler.
///
/// This is the only file that may use the shim's signal functions: their
/// state is a `static` C variable, one copy per object file.
struct SignalTrap {
    private static let trappedSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP]

    private var previousActions: [(signal: Int32, action: sigaction)] = []

    /// Installs the recording handler, forgetting any signal recorded before.
    init() {
        Self.makeStandardInputBlocking()
        _ = ceditline_take_caught_signal()
        for signalNumber in Self.trappedSignals {
            var previous = sigaction()
            if ceditline_trap_signal(signalNumber, &previous) == 0 {
                previousActions.append((signalNumber, previous))
            }
        }
    }

    /// Puts the previous handlers back, makes standard input blocking again
    /// and returns the signal caught since ``init()``, if any.
    func release() -> Int32? {
        for (signalNumber, action) in previousActions.reversed() {
            var previous = action
            _ = sigaction(signalNumber, &previous, nil)
        }
        let caught = ceditline_take_caught_signal()
        Self.makeStandardInputBlocking()
        return caught == 0 ? nil : caught
    }

    /// Clears O_NONBLOCK, which the handler sets (or a crashed program left behind).
    private static func makeStandardInputBlocking() {
        let flags = fcntl(STDIN_FILENO, F_GETFL)
        if flags != -1 && flags & O_NONBLOCK != 0 {
            _ = fcntl(STDIN_FILENO, F_SETFL, flags & ~O_NONBLOCK)
        }
    }
}
