import CLLVM
import Foundation
import Optimizer

/// A failure inside code generation; always a compiler bug or an environment problem, never a
/// user error (those were rejected earlier). The driver reports it with exit status 70.
public struct CodegenError: Error, Sendable, CustomStringConvertible {
  public var message: String
  public init(_ message: String) { self.message = message }
  public var description: String { message }
}

/// What code generation should produce.
public struct CodegenOptions: Sendable {
  public var optLevel: Int
  /// `-g`: DWARF line tables pointing at the Python source.
  public var debugInfo: Bool
  /// `--target-cpu`: the instruction set the code may use.
  public var targetCPU: TargetCPU
  public init(optLevel: Int = 2, debugInfo: Bool = false, targetCPU: TargetCPU = .default) {
    self.optLevel = optLevel
    self.debugInfo = debugInfo
    self.targetCPU = targetCPU
  }
}

/// The products of code generation: LLVM IR text (empty unless asked for), assembly text and
/// object code.
public struct Artifacts: Sendable {
  public var llvmIR: String
  public var assembly: String?
  public var object: [UInt8]
}

/// The Codegen phase: typed IR -> LLVM module -> optimised object code for the host's
/// architecture and the chosen CPU (`CodegenOptions.targetCPU`).
/// Called by the driver after the optimizer; the link step is in `LinkStep`.
public enum Codegen {
  public static func llvmVersion() -> String {
    var major: UInt32 = 0, minor: UInt32 = 0, patch: UInt32 = 0
    LLVMGetVersion(&major, &minor, &patch)
    return "\(major).\(minor).\(patch)"
  }

  /// Builds, verifies, optimises and emits the program. `wantAssembly` also renders assembly;
  /// `wantLLVMText` the optimised module as text (printing a large module takes a while).
  public static func emit(_ program: IRProgram, options: CodegenOptions = .init(),
                          wantAssembly: Bool = false, wantLLVMText: Bool = true)
    -> Result<Artifacts, CodegenError>
  {
    let module = LLVMModuleBuilder(name: "pyforac")
    LLVMEmitter(program: program, module: module, debugInfo: options.debugInfo).emitProgram()
    if let problem = module.verify() {
      return .failure(CodegenError("invalid LLVM module: \(problem)"))
    }
    let machine: TargetMachine
    switch TargetMachine.host(cpu: options.targetCPU, optLevel: options.optLevel) {
    case .success(let tm): machine = tm
    case .failure(let err): return .failure(err)
    }
    machine.configure(module)
    if let err = machine.optimize(module, level: options.optLevel) { return .failure(err) }
    let text = wantLLVMText ? module.text() : ""
    var assembly: String?
    if wantAssembly {
      switch machine.emit(module, assembly: true) {
      case .success(let bytes): assembly = String(decoding: bytes, as: UTF8.self)
      case .failure(let err): return .failure(err)
      }
    }
    switch machine.emit(module, assembly: false) {
    case .success(let bytes): return .success(Artifacts(llvmIR: text, assembly: assembly, object: bytes))
    case .failure(let err): return .failure(err)
    }
  }

  /// Builds the unoptimised LLVM module text and runs LLVM's verifier (for tests).
  public static func verifiedModuleText(_ program: IRProgram) -> Result<String, CodegenError> {
    let module = LLVMModuleBuilder(name: "pyforac")
    LLVMEmitter(program: program, module: module).emitProgram()
    if let problem = module.verify() { return .failure(CodegenError(problem)) }
    return .success(module.text())
  }
}
