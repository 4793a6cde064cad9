import Foundation

#if FUZZING
@_silgen_name("LLVMFuzzerRunDriver")
private func runDriver(
    _ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt
) -> CInt

/// Hands the process to libFuzzer's driver with `entry` as the target (fuzzing builds only; each
/// target calls it from the entry point SwiftPM expects, `<Target>_main`).
public func runLibFuzzer(
    _ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?,
    _ entry: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt
) -> CInt {
    var count = argc, arguments = argv
    return runDriver(&count, &arguments, entry)
}
#endif

/// Runs a fuzz target's entry point over files, as the replay tool of an ordinary (non-fuzzing)
/// build does: each argument is a file or a folder of inputs (a corpus). Exits 0 when every input
/// was handled, EX_NOINPUT (66) when an argument cannot be read.
public enum FuzzReplay {
    /// Runs `entry` over every file named on the command line, or in the folders named, and says
    /// how many it replayed; exits with 66 when one cannot be read.
    public static func run(_ entry: (UnsafePointer<UInt8>, Int) -> CInt) {
        var count = 0
        for argument in CommandLine.arguments.dropFirst() {
            for path in inputs(at: argument) {
                guard let data = FileManager.default.contents(atPath: path) else {
                    FileHandle.standardError.write(Data("cannot read \(path)\n".utf8))
                    exit(EX_NOINPUT)
                }
                var bytes = [UInt8](data)
                bytes.append(0)  // never hand out a null pointer, even for an empty input
                _ = bytes.withUnsafeBufferPointer { buffer in
                    buffer.baseAddress.map { entry($0, data.count) } ?? 0
                }
                count += 1
            }
        }
        print("replayed \(count) inputs")
    }

    private static func inputs(at path: String) -> [String] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue else { return [path] }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        return names.sorted().filter { !$0.hasPrefix(".") }.map { path + "/" + $0 }
    }
}
