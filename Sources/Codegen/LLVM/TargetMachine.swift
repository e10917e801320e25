import CLLVM

/// The target machine for the host's architecture and the chosen CPU (`--target-cpu`):
/// optimises a module with the new pass manager and emits object code or assembly. Called by
/// `Codegen.emit`.
final class TargetMachine {
  let machine: LLVMTargetMachineRef
  let triple: String

  /// Creates a machine for the host's triple and `cpu` (for `native`, the host CPU and its
  /// features); a failure (with a message) when LLVM has no backend for the host.
  static func host(cpu: TargetCPU = .default, optLevel: Int) -> Result<TargetMachine, CodegenError> {
    LLVMInitializeX86TargetInfo()
    LLVMInitializeX86Target()
    LLVMInitializeX86TargetMC()
    LLVMInitializeX86AsmPrinter()
    LLVMInitializeAArch64TargetInfo()
    LLVMInitializeAArch64Target()
    LLVMInitializeAArch64TargetMC()
    LLVMInitializeAArch64AsmPrinter()
    let tripleC = LLVMGetDefaultTargetTriple()
    defer { LLVMDisposeMessage(tripleC) }
    let triple = tripleC.map { String(cString: $0) } ?? ""
    var target: LLVMTargetRef?
    var error: UnsafeMutablePointer<CChar>?
    if LLVMGetTargetFromTriple(triple, &target, &error) != 0 {
      let m = error.map { String(cString: $0) } ?? "unknown target"
      if let error { LLVMDisposeMessage(error) }
      return .failure(CodegenError("no LLVM target for \(triple): \(m)"))
    }
    let hostCPU = LLVMGetHostCPUName()
    let hostFeatures = LLVMGetHostCPUFeatures()
    defer {
      LLVMDisposeMessage(hostCPU)
      LLVMDisposeMessage(hostFeatures)
    }
    let cpuName = cpu.isNative ? hostCPU.map { String(cString: $0) } ?? "" : cpu.llvmName
    let features = cpu.isNative ? hostFeatures.map { String(cString: $0) } ?? "" : ""
    let level: LLVMCodeGenOptLevel = optLevel == 0 ? LLVMCodeGenLevelNone
      : optLevel == 1 ? LLVMCodeGenLevelLess : optLevel == 2 ? LLVMCodeGenLevelDefault
      : LLVMCodeGenLevelAggressive
    guard let tm = LLVMCreateTargetMachine(target, triple, cpuName, features, level, LLVMRelocPIC,
                                           LLVMCodeModelDefault)
    else { return .failure(CodegenError("cannot create a target machine for \(triple)")) }
    return .success(TargetMachine(machine: tm, triple: triple))
  }

  private init(machine: LLVMTargetMachineRef, triple: String) {
    self.machine = machine
    self.triple = triple
  }

  deinit { LLVMDisposeTargetMachine(machine) }

  /// Sets the module's triple and data layout to this machine's, and makes every defined
  /// function probe each page of a frame larger than a page ("probe-stack"="inline-asm", as
  /// clang's -fstack-clash-protection): a huge frame then faults in the runtime's stack guard
  /// (Sources/MPIRuntime/core/stack.c) instead of jumping over it.
  func configure(_ m: LLVMModuleBuilder) {
    LLVMSetTarget(m.module, triple)
    let layout = LLVMCreateTargetDataLayout(machine)
    let text = LLVMCopyStringRepOfTargetData(layout)
    LLVMSetDataLayout(m.module, text)
    LLVMDisposeMessage(text)
    LLVMDisposeTargetData(layout)
    let key = "probe-stack", value = "inline-asm"
    let probe = LLVMCreateStringAttribute(m.context, key, UInt32(key.utf8.count), value,
                                          UInt32(value.utf8.count))
    var fn = LLVMGetFirstFunction(m.module)
    while let f = fn {
      if LLVMIsDeclaration(f) == 0 {
        LLVMAddAttributeAtIndex(f, UInt32(bitPattern: Int32(LLVMAttributeFunctionIndex)), probe)
      }
      fn = LLVMGetNextFunction(f)
    }
  }

  /// Runs `default<O#>` over the module.
  func optimize(_ m: LLVMModuleBuilder, level: Int) -> CodegenError? {
    let options = LLVMCreatePassBuilderOptions()
    defer { LLVMDisposePassBuilderOptions(options) }
    guard let err = LLVMRunPasses(m.module, "default<O\(level)>", machine, options) else {
      return nil
    }
    let msg = LLVMGetErrorMessage(err)
    defer { LLVMDisposeErrorMessage(msg) }
    return CodegenError("LLVM passes failed: " + (msg.map { String(cString: $0) } ?? ""))
  }

  /// Object code (`assembly == false`) or assembly text for the module.
  func emit(_ m: LLVMModuleBuilder, assembly: Bool) -> Result<[UInt8], CodegenError> {
    var buffer: LLVMMemoryBufferRef?
    var error: UnsafeMutablePointer<CChar>?
    let kind = assembly ? LLVMAssemblyFile : LLVMObjectFile
    if LLVMTargetMachineEmitToMemoryBuffer(machine, m.module, kind, &error, &buffer) != 0 {
      let msg = error.map { String(cString: $0) } ?? "emission failed"
      if let error { LLVMDisposeMessage(error) }
      return .failure(CodegenError(msg))
    }
    guard let buffer else { return .failure(CodegenError("no output")) }
    defer { LLVMDisposeMemoryBuffer(buffer) }
    let start = LLVMGetBufferStart(buffer)
    let size = LLVMGetBufferSize(buffer)
    guard let start else { return .success([]) }
    return .success(start.withMemoryRebound(to: UInt8.self, capacity: size) {
      Array(UnsafeBufferPointer(start: $0, count: size))
    })
  }
}
