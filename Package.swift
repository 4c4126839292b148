// swift-tools-version:6.0
import PackageDescription

// No package dependencies, by design: the hook installs fast and the supply chain is empty.
let package = Package(
    name: "dollr-lint",
    products: [
        .executable(name: "dollr-lint", targets: ["dollr-lint"]),
        .library(name: "DollrLintCore", targets: ["DollrLintCore"]),
    ],
    targets: [
        .target(
            name: "DollrLintCore",
            swiftSettings: [.swiftLanguageMode(.v6)],
            plugins: ["EmbedResources"]
        ),
        .executableTarget(
            name: "dollr-lint",
            dependencies: ["DollrLintCore"],
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),
        // rules/ compiled into the library at build time, so the binary copied alone carries every rule and the spec.
        .executableTarget(
            name: "embed-resources",
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),
        .plugin(
            name: "EmbedResources",
            capability: .buildTool(),
            dependencies: ["embed-resources"]
        ),
        .executableTarget(
            name: "dollr-lint-bench",
            dependencies: ["DollrLintCore"],
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),
        .testTarget(
            name: "DollrLintTests",
            // The CLI tests run the built binary, so the test build must build it.
            dependencies: ["DollrLintCore", "dollr-lint"],
            exclude: ["Fixtures"],
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),
    ]
)
