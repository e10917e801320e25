import Foundation
import Frontend
import Optimizer
import Testing

@testable import Codegen

private func program(_ source: String) -> IRProgram? {
  let diagnostics = DiagnosticEngine()
  let file = SourceFile(path: "/tmp/cpu.py", text: source)
  let module = Parser.parse(file: file, diagnostics: diagnostics)
  return Optimizer.run(module: module, sourcePath: "/tmp/cpu.py", diagnostics: diagnostics).program
}

/// A float loop: the code generator uses SSE2 scalar instructions for it on the x86-64
/// baseline and their VEX (AVX) forms when the CPU has AVX.
private let floatLoop = """
  def integrate(n):
      h = 1.0 / n
      total = 0.0
      i = 0
      while i < n:
          x = (i + 0.5) * h
          total = total + 4.0 / (1.0 + x * x)
          i = i + 1
      return total * h
  print(integrate(1000))
  """

private func assembly(cpu: String) throws -> String {
  let p = try #require(program(floatLoop))
  let target = try #require(TargetCPU(cpu))
  let options = CodegenOptions(optLevel: 2, targetCPU: target)
  return try #require(try Codegen.emit(p, options: options, wantAssembly: true).get().assembly)
}

@Test func targetCPUNamesAreValidated() {
  #expect(TargetCPU("native")?.isNative == true)
  #expect(TargetCPU("generic") != nil)
  #expect(TargetCPU("pentium-iv") == nil)
  #expect(TargetCPU("") == nil)
  #expect(TargetCPU.names.contains(TargetCPU.default.name))
  #expect(CodegenOptions().targetCPU == .default)
  #if arch(x86_64)
    #expect(TargetCPU.default.name == "x86-64-v2")
    #expect(TargetCPU("generic")?.llvmName == "x86-64")
    #expect(TargetCPU("x86-64-v3")?.llvmName == "x86-64-v3")
  #endif
}

#if arch(x86_64)
  @Test func genericCodeUsesNoAVX() throws {
    let asm = try assembly(cpu: "generic")
    #expect(asm.contains("mulsd"))
    for avx in ["vmulsd", "vaddsd", "vdivsd", "%ymm", "%zmm", "{%k"] {
      #expect(!asm.contains(avx), "x86-64 baseline code uses \(avx)")
    }
    #expect(!(try assembly(cpu: "x86-64-v2")).contains("vmulsd"))
  }

  @Test func x86_64_v3CodeUsesAVX() throws {
    let asm = try assembly(cpu: "x86-64-v3")
    #expect(asm.contains("vmulsd") || asm.contains("vdivsd"))
    #expect(!asm.contains("%zmm"))
  }
#endif

@Test func everyFunctionProbesLargeFrames() throws {
  let p = try #require(program("def f(n):\n    return n + 1\nprint(f(2))\n"))
  let text = try Codegen.emit(p, options: CodegenOptions(optLevel: 0)).get().llvmIR
  #expect(text.contains("\"probe-stack\"=\"inline-asm\""))
}
