import Codegen
import Foundation

/// What `pyforac --version` prints: the compiler's version, the LLVM it generates code with, and
/// the MPI library its runtime was built against (`mpi-version.txt`, written from `mpi.h` when
/// the runtime is built; executables load that library's ABI, libmpi.so.12, under mpirun):
///
///     pyforac 0.1.0-dev
///     LLVM 19.1.7
///     MPI: MPICH 4.0.2 (MPI 4.0), runtime in /path/.build/runtime
enum VersionInfo {
  static let version = "0.1.0-dev"

  static func text() -> String {
    let exe =
      (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
      ?? CommandLine.arguments.first ?? ""
    let runtime = LinkStep.runtimeDirectory(
      executablePath: exe,
      environment: ProcessInfo.processInfo.environment)
    let recorded = try? String(contentsOfFile: runtime + "/mpi-version.txt", encoding: .utf8)
    let mpi =
      recorded?.trimmingCharacters(in: .whitespacesAndNewlines)
      .nilIfEmpty.map { "\($0), runtime in \(runtime)" }
      ?? "unknown (no runtime built in \(runtime))"
    return "pyforac \(version)\nLLVM \(Codegen.llvmVersion())\nMPI: \(mpi)"
  }
}

extension String {
  fileprivate var nilIfEmpty: String? { isEmpty ? nil : self }
}
