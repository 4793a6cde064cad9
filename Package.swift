// swift-tools-version: 6.1
import PackageDescription

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
    ],
    targets: [
        .target(
            name: "AdvisorKit",
            dependencies: [.product(name: "Yams", package: "Yams")]
        ),
        .executableTarget(
            name: "advisor",
            dependencies: [
                "AdvisorKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "AdvisorKitTests",
            dependencies: ["AdvisorKit"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "AdvisorTests",
            dependencies: ["AdvisorKit", "advisor"],
            resources: [.copy("Fixtures")]
        ),
    ]
)
