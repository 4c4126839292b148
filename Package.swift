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
            swiftSettings: [.swiftLanguageMode(.v5)]
        ),
        .executableTarget(
            name: "dollr-lint",
            dependencies: ["DollrLintCore"],
            swiftSettings: [.swiftLanguageMode(.v5)]
        ),
        // Regenerates Sources/DollrLintCore/Generated/BundledResources.swift from rules/;
        // BundledResourcesTests fails when the generated file is stale.
        .executableTarget(
            name: "embed-resources",
            swiftSettings: [.swiftLanguageMode(.v5)]
        ),
        .executableTarget(
            name: "dollr-lint-bench",
            dependencies: ["DollrLintCore"],
            swiftSettings: [.swiftLanguageMode(.v5)]
        ),
        .testTarget(
            name: "DollrLintTests",
            // The CLI tests run the built binary, so the test build must build it.
            dependencies: ["DollrLintCore", "dollr-lint"],
            exclude: ["Fixtures"],
            swiftSettings: [.swiftLanguageMode(.v5)]
        ),
    ]
)
