// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "quiz",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "quiz", targets: ["quiz"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    ],
    targets: [
        // GNU readline, linked from the system (libreadline-dev). No pkgConfig: the headers sit in
        // /usr/include, and the Makefile installs the package when they are missing.
        .systemLibrary(name: "CReadline"),
        .target(
            name: "QuizCore",
            dependencies: [.product(name: "Yams", package: "Yams")]
        ),
        .target(
            name: "QuizTerminal",
            dependencies: ["QuizCore", "CReadline"]
        ),
        .executableTarget(
            name: "quiz",
            dependencies: [
                "QuizCore",
                "QuizTerminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Benchmarks are a program, not tests: `make bench` builds and runs it in release.
        .executableTarget(
            name: "QuizBench",
            dependencies: ["QuizCore"]
        ),
        .testTarget(name: "QuizCoreTests", dependencies: ["QuizCore"], exclude: ["Fixtures"]),
        .testTarget(name: "QuizTerminalTests", dependencies: ["QuizTerminal"]),
        // Depends on the executable so that `swift test` builds the binary it runs.
        .testTarget(name: "QuizCLITests", dependencies: ["quiz"]),
    ],
    swiftLanguageModes: [.v6]
)
