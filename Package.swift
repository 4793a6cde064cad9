// swift-tools-version: 6.1
import PackageDescription
import class Foundation.ProcessInfo

let package = Package(
    name: "advisor",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "advisor", targets: ["advisor"]),
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
        // Exact counts of answer combinations, which outgrow 64 bits with a few dozen questions.
        .package(url: "https://github.com/attaswift/BigInt", from: "6.0.1"),
    ],
    targets: [
        .target(
            name: "AdvisorKit",
            dependencies: [.product(name: "Yams", package: "Yams"), .product(name: "BigInt", package: "BigInt")]
        ),
        // libedit (BSD editline), found through pkg-config; only LineEditor imports it.
        .systemLibrary(
            name: "CEditLine",
            pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"])]
        ),
        // Line editing, history and completion over libedit, or plain lines when not on a terminal.
        .target(
            name: "LineEditor",
            dependencies: ["CEditLine"]
        ),
        // A temporary file that SIGINT, SIGTERM and SIGHUP remove (advisor batch --output), in C so
        // that the signal handler is async-signal-safe.
        .target(name: "CSignalCleanup"),
        .executableTarget(
            name: "advisor",
            dependencies: [
                "AdvisorKit",
                "LineEditor",
                "CSignalCleanup",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "CSV", package: "CSV.swift"),
            ]
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
            dependencies: ["AdvisorKit"]
        ),
        // Writes synthetic cases and rule bases to files (Sources/Benchmarks/benchmark.sh).
        .executableTarget(
            name: "advisor-synth",
            dependencies: ["SyntheticRules"]
        ),
        // Times the exact analyses on generated bases of 6 to 40 questions (Sources/Benchmarks/benchmark.sh).
        .executableTarget(name: "advisor-analysis-times", dependencies: ["AdvisorKit", "SyntheticRules"], path: "Sources/Benchmarks/AnalysisTimes"),
        // A library for driving programs in a pseudo-terminal, used only by the test targets.
        .target(name: "PseudoTerminalTesting"),
        .testTarget(
            name: "AdvisorKitTests",
            dependencies: ["AdvisorKit", "SyntheticRules", .product(name: "PropertyBased", package: "swift-property-based")],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "LineEditorTests",
            dependencies: ["LineEditor", "LineEditorDemo", "PseudoTerminalTesting"]
        ),
        .testTarget(
            name: "AdvisorTests",
            dependencies: ["AdvisorKit", "advisor", "PseudoTerminalTesting", "FuzzAnswers", "FuzzChat", "FuzzRules", "FuzzBatch"],
            resources: [.copy("Fixtures")]
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
    package.targets.append(.executableTarget(
        name: "AdvisorBenchmarks",
        dependencies: ["AdvisorKit", "SyntheticRules", .product(name: "Benchmark", package: "benchmark")],
        path: "Sources/Benchmarks/AdvisorBenchmarks",
        plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
    ))
}
