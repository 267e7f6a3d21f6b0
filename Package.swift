// swift-tools-version: 6.0
import PackageDescription

// Linux only: the line editor is GNU readline, the bundled banks are found through /proc/self/exe,
// and storage uses Linux's open flags (O_DIRECTORY). No other platform is built or tested.
let package = Package(
    name: "quiz",
    products: [
        .executable(name: "quiz", targets: ["quiz"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // Tests only: property-based checks in Swift Testing. No macros, no dependencies of its own.
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.0"),
    ],
    targets: [
        // GNU readline, linked statically from the system's archives (libreadline-dev). No pkgConfig:
        // the headers sit in /usr/include, and the Makefile installs the package when they are missing.
        .systemLibrary(name: "CReadline"),
        // libyaml's event parser, linked from the system (libyaml-dev) in the same way.
        .systemLibrary(name: "CLibYAML"),
        .target(
            name: "QuizCore",
            dependencies: ["CLibYAML"]
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
            dependencies: ["QuizCore", "QuizTerminal"]
        ),
        // Fuzz targets (`make fuzz`), kept in a library so that the normal suite replays the corpus.
        .target(
            name: "QuizFuzzing",
            dependencies: ["QuizCore", "QuizTerminal"]
        ),
        .executableTarget(
            name: "QuizFuzz",
            dependencies: ["QuizFuzzing"]
        ),
        // What the test targets share: the repository root, temporary folders, child processes,
        // the build folder and the symbols of compiled code.
        // Also random learner histories (values, for property tests of the progress files).
        .target(
            name: "TestSupport",
            dependencies: ["QuizCore", .product(name: "PropertyBased", package: "swift-property-based")],
            path: "Tests/TestSupport"),
        .testTarget(
            name: "QuizCoreTests",
            dependencies: [
                "QuizCore", "TestSupport", .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "QuizTerminalTests",
            dependencies: [
                "QuizTerminal", "QuizFuzzing", "TestSupport",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]),
        // Depends on the executable so that `swift test` builds the binary it runs.
        .testTarget(
            name: "QuizCLITests",
            dependencies: [
                "quiz", "QuizCore", "QuizTerminal", "TestSupport",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]),
    ],
    swiftLanguageModes: [.v6]
)
