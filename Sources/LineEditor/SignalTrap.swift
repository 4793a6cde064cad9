import CEditLine

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
    private static let trappedSignals: [Int32] = [Platform.interruptSignal, Platform.terminateSignal, Platform.hangUpSignal]

    private var previousActions: [(signal: Int32, action: sigaction)] = []

    /// Installs the recording handler, forgetting any signal recorded before.
    init() {
        Platform.makeBlocking(Platform.standardInput)
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
            Platform.restoreAction(action, of: signalNumber)
        }
        let caught = ceditline_take_caught_signal()
        Platform.makeBlocking(Platform.standardInput)
        return caught == 0 ? nil : caught
    }
}
