// swift-tools-version:5.10
import PackageDescription

// App code of the Harper Fish Market iOS app, as a package the Xcode app target links.
let package = Package(
    name: "HarperMarket",
    platforms: [.iOS(.v16)],
    products: [
        .library(name: "HarperMarket", targets: ["HarperMarket"]),
    ],
    dependencies: [
        .package(url: "https://github.com/stripe/stripe-ios-spm", from: "23.30.0"),
    ],
    targets: [
        .target(
            name: "HarperMarket",
            dependencies: [
                .product(name: "StripePaymentSheet", package: "stripe-ios-spm"),
                .product(name: "StripePayments", package: "stripe-ios-spm"),
            ],
            resources: [.process("Resources")]
        ),
        .testTarget(name: "HarperMarketTests", dependencies: ["HarperMarket"]),
    ]
)
