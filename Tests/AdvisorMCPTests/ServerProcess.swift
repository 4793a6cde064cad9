import Foundation
import MCP
import PseudoTerminalTesting
import SystemPackage

/// `advisor mcp` started as an MCP client starts it: the built binary on pipes, with the
/// protocol SDK's own client on the other end.
final class ServerProcess {
    let process = Process()
    private let toServer = Pipe(), fromServer = Pipe(), errors = Pipe()
    let client = Client(name: "advisor-tests", version: "1.0")
    /// A folder of its own, as the server's working folder, home and state folder.
    let folder: URL

    init(arguments: [String] = []) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("advisor-mcp-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        process.executableURL = PackageFolder.product("advisor")
        process.arguments = ["mcp"] + arguments
        var environment = ProcessInfo.processInfo.environment
        environment["ADVISOR_RULES"] = nil
        environment["HOME"] = folder.path
        environment["XDG_STATE_HOME"] = folder.path
        process.environment = environment
        process.currentDirectoryURL = folder
        process.standardInput = toServer
        process.standardOutput = fromServer
        process.standardError = errors
        try process.run()
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    /// Connects the client (the protocol's initialize handshake).
    @discardableResult
    func connect() async throws -> Initialize.Result {
        let transport = StdioTransport(
            input: FileDescriptor(rawValue: fromServer.fileHandleForReading.fileDescriptor),
            output: FileDescriptor(rawValue: toServer.fileHandleForWriting.fileDescriptor))
        return try await client.connect(transport: transport)
    }

    /// Calls a tool and returns the whole result, structured content too.
    func call(_ name: String, _ arguments: [String: Value] = [:]) async throws -> CallTool.Result {
        try await client.send(CallTool.request(.init(name: name, arguments: arguments))).value
    }

    /// Writes raw bytes to the server, past the client.
    func writeRaw(_ text: String) throws {
        try toServer.fileHandleForWriting.write(contentsOf: Data(text.utf8))
    }

    /// The server's resident memory in kilobytes (Linux `/proc`).
    var residentKilobytes: Int? {
        guard let status = try? String(contentsOfFile: "/proc/\(process.processIdentifier)/status", encoding: .utf8),
            let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") })
        else { return nil }
        return Int(line.split(separator: " ").dropFirst().first ?? "")
    }

    /// Closes the server's input, as a client does when it is done, and waits for it to exit;
    /// its exit status and what it wrote to standard error.
    func stop() async -> (status: Int32, errors: String) {
        await client.disconnect()
        try? toServer.fileHandleForWriting.close()
        let errorText = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: errorText, as: UTF8.self))
    }

    /// The text of a result's first content.
    static func text(_ result: CallTool.Result) -> String {
        guard case .text(let text, _, _)? = result.content.first else { return "" }
        return text
    }
}

/// Runs `advisor` with arguments, as a script would; its exit status and standard output.
func runAdvisor(_ arguments: [String], in folder: URL) throws -> (status: Int32, output: String) {
    let process = Process()
    process.executableURL = PackageFolder.product("advisor")
    process.arguments = arguments
    process.currentDirectoryURL = folder
    var environment = ProcessInfo.processInfo.environment
    environment["ADVISOR_RULES"] = nil
    process.environment = environment
    let output = Pipe()
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
}
