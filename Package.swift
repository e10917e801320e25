// swift-tools-version:6.0
// pyforac: an ahead-of-time compiler for immutable Python (see docs/ARCHITECTURE.md).
import PackageDescription

let llvmPrefix = "/usr/lib/llvm-19"

let package = Package(
  name: "pyforac",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "pyforac", targets: ["pyforac"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
  ],
  targets: [
    // Thin C shim over the LLVM 19 C API (headers and libLLVM-19.so from llvm-19-dev).
    .target(
      name: "CLLVM",
      path: "Sources/CLLVM",
      cSettings: [.unsafeFlags(["-I\(llvmPrefix)/include"])],
      linkerSettings: [
        .unsafeFlags(["-L\(llvmPrefix)/lib", "-Xlinker", "-rpath", "-Xlinker", "\(llvmPrefix)/lib"]),
        .linkedLibrary("LLVM-19"),
      ]
    ),
    .target(name: "Frontend", path: "Sources/Frontend", exclude: ["README.md"]),
    .target(name: "Optimizer", dependencies: ["Frontend"], path: "Sources/Optimizer",
            exclude: ["README.md"]),
    .target(
      name: "Codegen", dependencies: ["Optimizer", "Frontend", "CLLVM"], path: "Sources/Codegen",
      exclude: ["README.md"],
      swiftSettings: [.unsafeFlags(["-Xcc", "-I\(llvmPrefix)/include"])]
    ),
    .executableTarget(
      name: "pyforac",
      dependencies: [
        "Frontend", "Optimizer", "Codegen",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      path: "Sources/pyforac",
      exclude: ["README.md"],
      swiftSettings: [.unsafeFlags(["-Xcc", "-I\(llvmPrefix)/include"])]
    ),
    .testTarget(name: "FrontendTests", dependencies: ["Frontend"], path: "Tests/FrontendTests"),
    .testTarget(name: "OptimizerTests", dependencies: ["Optimizer", "Frontend"],
                path: "Tests/OptimizerTests"),
    .testTarget(
      name: "CodegenTests", dependencies: ["Codegen", "Optimizer", "Frontend"],
      path: "Tests/CodegenTests",
      swiftSettings: [.unsafeFlags(["-Xcc", "-I\(llvmPrefix)/include"])]
    ),
    // The command line: option parsing, --help and --version (tests the executable target).
    .testTarget(
      name: "PyforacTests", dependencies: ["pyforac", "Codegen"], path: "Tests/PyforacTests",
      swiftSettings: [.unsafeFlags(["-Xcc", "-I\(llvmPrefix)/include"])]
    ),
  ]
)
