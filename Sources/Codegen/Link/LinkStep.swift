import Foundation

/// The link command as plain data: a tool and its arguments. The driver runs it through an
/// injected `LinkExecutor`, so tests can inspect the command without running it.
public struct LinkStep: Sendable, Equatable {
  public var tool: String
  public var arguments: [String]

  /// `mpicc -Wl,--as-needed OBJ <runtimeDir>/libpyrt.a -lgmp -lm -o OUTPUT`. The runtime
  /// loads MPI with dlopen only under a process manager, so `--as-needed` keeps libmpich (which
  /// mpicc appends) and unused libraries out of the executable's start-up.
  public static func make(object: String, runtimeDirectory: String, output: String) -> LinkStep {
    LinkStep(tool: "mpicc",
             arguments: ["-Wl,--as-needed", object, runtimeDirectory + "/libpyrt.a", "-lgmp", "-lm",
                         "-o", output])
  }

  /// The runtime folder: `$PYFORAC_RUNTIME_DIR`, else `<dir of executable>/../runtime` for the
  /// executable as invoked or with symlinks resolved (SwiftPM's `.build/debug` is a link to
  /// `.build/<triple>/debug`, whose runtime is `.build/runtime`), the first holding libpyrt.a.
  public static func runtimeDirectory(executablePath: String,
                                      environment: [String: String]) -> String {
    if let dir = environment["PYFORAC_RUNTIME_DIR"], !dir.isEmpty { return dir }
    func runtime(near exe: String, up: String) -> String {
      let exeDir = (exe as NSString).deletingLastPathComponent
      return ((exeDir as NSString).appendingPathComponent(up) as NSString).standardizingPath
    }
    let resolved = (executablePath as NSString).resolvingSymlinksInPath
    let candidates = [runtime(near: executablePath, up: "../runtime"),
                      runtime(near: resolved, up: "../runtime"),
                      runtime(near: resolved, up: "../../runtime")]
    for c in candidates where FileManager.default.fileExists(atPath: c + "/libpyrt.a") {
      return c
    }
    return candidates[0]
  }
}

/// Runs a link step; returns the exit status and the tool's stderr.
public protocol LinkExecutor {
  func run(_ step: LinkStep) -> (status: Int32, stderr: String)
}

/// Runs the tool found on PATH as a child process (``ChildProcess``: no run loop, so the
/// driver never waits on an exit it missed).
public struct ProcessLinkExecutor: LinkExecutor {
  public init() {}

  public func run(_ step: LinkStep) -> (status: Int32, stderr: String) {
    let result = ChildProcess.run([step.tool] + step.arguments)
    return (result.status, result.stdoutText + result.stderrText)
  }
}
