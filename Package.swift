// swift-tools-version: 6.1
import PackageDescription
import class Foundation.ProcessInfo

let package = Package(
    name: "advisor",
    // Linux only: built and tested on Debian (Swift 6.3). No macOS build has been made or tested,
    // so none is claimed; each target's C library calls are in its Platform.swift (AtomicFiles:
    // AtomicFileWriter.swift), the place a port would start.
    products: [
        .executable(name: "advisor", targets: ["advisor"]),
        .executable(name: "advisor-mcp", targets: ["advisor-mcp"]),
        .library(name: "AdvisorKit", targets: ["AdvisorKit"]),
    ],
    dependencies: [
        // Command-line parsing, help, completion scripts.
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        // YAML for rule files and answer files, with line and column marks.
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        // Property-based tests (generators, fixed seeds, shrinking) on Swift Testing.
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
        // CSV reading and quoting for `advisor batch`, streamed.
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
        // File descriptors and errno as Swift types: reads and writes that retry when a signal interrupts.
        .package(url: "https://github.com/apple/swift-system", from: "1.8.1"),
        // Exact counts of answer combinations, which outgrow 64 bits with a few dozen questions.
        .package(url: "https://github.com/attaswift/BigInt", from: "6.0.1"),
        // The Model Context Protocol (server and client over standard input and output) for `advisor mcp`.
        .package(url: "https://github.com/modelcontextprotocol/swift-sdk", from: "0.12.1"),
        // The logger type the protocol's transports carry (the SDK depends on it already).
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    ],
    targets: [
        // The library, in targets along the flow of data; each imports only those below it, so the
        // compiler keeps the plan (`package` access between them). AdvisorKit re-exports them all:
        // the one import for embedders, and the home of the DocC catalog.
        //   AdvisorModel      questions, options, rules; rule files, conditions, answers, diagnostics
        //   AdvisorEngine     evaluation, exact reasoning, explanation, costs, rendering, batch lines,
        //                     the built-in rules
        //   AdvisorChat       the conversation and the plain-word reader
        //   AdvisorAuthoring  rules check, docs and diff
        .target(
            name: "AdvisorModel",
            dependencies: [.product(name: "Yams", package: "Yams")]
        ),
        .target(
            name: "AdvisorEngine",
            dependencies: ["AdvisorModel", "Z3Solver", .product(name: "Yams", package: "Yams"), .product(name: "BigInt", package: "BigInt")]
        ),
        .target(name: "AdvisorChat", dependencies: ["AdvisorModel", "AdvisorEngine"]),
        .target(
            name: "AdvisorAuthoring",
            dependencies: ["AdvisorModel", "AdvisorEngine", "AdvisorChat", .product(name: "BigInt", package: "BigInt")]
        ),
        .target(name: "AdvisorKit", dependencies: ["AdvisorModel", "AdvisorEngine", "AdvisorChat", "AdvisorAuthoring"]),
        // The advisor's operations as tools for AI assistants: JSON arguments checked against
        // schemas taken from the rule base, JSON results; no protocol and no I/O.
        .target(name: "AdvisorTools", dependencies: ["AdvisorModel", "AdvisorEngine", "AdvisorChat", "AdvisorAuthoring"]),
        // `advisor mcp`: the tools, resources and prompt served over the Model Context Protocol.
        .target(
            name: "AdvisorMCP",
            dependencies: ["AdvisorTools", .product(name: "MCP", package: "swift-sdk"), .product(name: "Logging", package: "swift-log")]),
        // The Z3 solver (Debian's libz3-dev for its header), loaded with dlopen on first use, so
        // that the advisor starts and serves every command where libz3 is not installed.
        .target(name: "CZ3", linkerSettings: [.linkedLibrary("dl")]),
        .target(name: "Z3Solver", dependencies: ["CZ3"]),
        // libedit (BSD editline), found through pkg-config; only LineEditor imports it.
        .systemLibrary(
            name: "CEditLine",
            pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"])]
        ),
        // Line editing, history and completion over libedit, or plain lines when not on a terminal.
        .target(
            name: "LineEditor",
            dependencies: ["CEditLine", "AtomicFiles", .product(name: "SystemPackage", package: "swift-system")]
        ),
        // A temporary file that SIGINT, SIGTERM and SIGHUP remove (advisor batch --output), in C so
        // that the signal handler is async-signal-safe.
        .target(name: "CSignalCleanup"),
        // Replacing a file through a temporary file beside it (chat save, history, batch --output).
        .target(name: "AtomicFiles", dependencies: ["CSignalCleanup", .product(name: "SystemPackage", package: "swift-system")]),
        .executableTarget(
            name: "advisor",
            dependencies: [
                "AdvisorKit",
                "LineEditor",
                "AtomicFiles",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "CSV", package: "CSV.swift"),
                .product(name: "SystemPackage", package: "swift-system"),
            ]
        ),
        // The server behind `advisor mcp`, a program of its own: the protocol SDK links Foundation's
        // networking (libcurl), which `advisor` itself stays without. `advisor mcp` checks the
        // rules, then hands its process over to this program found beside it.
        .executableTarget(
            name: "advisor-mcp",
            dependencies: ["AdvisorKit", "AdvisorTools", "AdvisorMCP", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        // libFuzzer targets, one per input surface (see Sources/Fuzz/run-fuzzers.sh). An ordinary
        // build makes replay tools, which the tests run over each corpus.
        .target(name: "FuzzReplay", path: "Sources/Fuzz/FuzzReplay"),
        .executableTarget(
            name: "FuzzAnswers", dependencies: ["AdvisorKit", "FuzzReplay"],
            path: "Sources/Fuzz/FuzzAnswers", exclude: ["Corpus"]),
        .executableTarget(
            name: "FuzzChat", dependencies: ["AdvisorKit", "FuzzReplay"],
            path: "Sources/Fuzz/FuzzChat", exclude: ["Corpus"]),
        .executableTarget(
            name: "FuzzRules", dependencies: ["AdvisorKit", "FuzzReplay"],
            path: "Sources/Fuzz/FuzzRules", exclude: ["Corpus"]),
        .executableTarget(
            name: "FuzzTools", dependencies: ["AdvisorKit", "AdvisorTools", "AdvisorMCP", "FuzzReplay", .product(name: "MCP", package: "swift-sdk")],
            path: "Sources/Fuzz/FuzzTools", exclude: ["Corpus"]),
        .executableTarget(
            name: "FuzzBatch", dependencies: ["AdvisorKit", "FuzzReplay", .product(name: "CSV", package: "CSV.swift")],
            path: "Sources/Fuzz/FuzzBatch", exclude: ["Corpus"]),
        // A tiny program for LineEditor's pseudo-terminal tests.
        .executableTarget(
            name: "LineEditorDemo",
            dependencies: ["LineEditor"]
        ),
        // Synthetic rule bases and cases of any size, for the scale tests and the benchmarks.
        .target(
            name: "SyntheticRules",
            dependencies: ["AdvisorKit", "AdvisorEngine"]
        ),
        // Writes synthetic cases and rule bases to files (Sources/Benchmarks/benchmark.sh).
        .executableTarget(
            name: "advisor-synth",
            dependencies: ["SyntheticRules"]
        ),
        // Writes the built-in rule base, generated from Rules/, into Sources/AdvisorKit/DefaultRules/:
        //   swift run generate-advisor-rules
        .executableTarget(
            name: "generate-advisor-rules",
            dependencies: ["AdvisorKit"]
        ),
        // A library for driving programs in a pseudo-terminal, used only by the test targets, and
        // the C library's spawn flag and wait-status macros that Swift does not import.
        .target(name: "CProcessSpawn"),
        .target(name: "PseudoTerminalTesting", dependencies: ["CProcessSpawn", .product(name: "SystemPackage", package: "swift-system")]),
        // Times the exact analyses on generated bases of 6 to 40 questions (Sources/Benchmarks/benchmark.sh).
        .executableTarget(name: "advisor-analysis-times", dependencies: ["AdvisorKit", "SyntheticRules"], path: "Sources/Benchmarks/AnalysisTimes"),
        .testTarget(
            name: "AdvisorKitTests",
            dependencies: [
                "AdvisorKit", "AdvisorModel", "AdvisorEngine", "AdvisorChat", "AdvisorAuthoring", "Z3Solver", "SyntheticRules", "generate-advisor-rules",
                "PseudoTerminalTesting",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            // Fixtures beside the tests that use them, found by #filePath (golden files are rewritten there).
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "AdvisorToolsTests",
            dependencies: ["AdvisorTools", "AdvisorKit", "PseudoTerminalTesting"],
            exclude: ["Fixtures"]
        ),
        // Drives the built `advisor mcp` with the protocol SDK's own client over pipes.
        .testTarget(
            name: "AdvisorMCPTests",
            dependencies: [
                "advisor", "advisor-mcp", "PseudoTerminalTesting", .product(name: "MCP", package: "swift-sdk"),
                .product(name: "SystemPackage", package: "swift-system"),
            ]
        ),
        .testTarget(
            name: "AtomicFilesTests",
            dependencies: ["AtomicFiles", "PseudoTerminalTesting"]
        ),
        .testTarget(
            name: "LineEditorTests",
            dependencies: ["LineEditor", "LineEditorDemo", "PseudoTerminalTesting"]
        ),
        .testTarget(
            name: "AdvisorTests",
            dependencies: ["AdvisorKit", "advisor", "PseudoTerminalTesting", "FuzzAnswers", "FuzzChat", "FuzzRules", "FuzzBatch", "FuzzTools"],
            exclude: ["Fixtures"]
        ),
    ]
)

// The in-process benchmarks (ordo-one/benchmark) only with ADVISOR_BENCHMARKS=1: the harness and
// its dependencies take minutes to build, which `swift test` (and so CI) does not need. Run them with
//   ADVISOR_BENCHMARKS=1 swift package --allow-writing-to-package-directory benchmark
// or everything with Sources/Benchmarks/benchmark.sh. The plugin finds benchmark targets in a folder named Benchmarks.
if ProcessInfo.processInfo.environment["ADVISOR_BENCHMARKS"] == "1" {
    // MallocInterposer is the trait that builds on this toolchain.
    package.dependencies.append(.package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]))
    package.targets.append(
        .executableTarget(
            name: "AdvisorBenchmarks",
            dependencies: ["AdvisorKit", "SyntheticRules", .product(name: "Benchmark", package: "benchmark")],
            path: "Sources/Benchmarks/AdvisorBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ))
}
