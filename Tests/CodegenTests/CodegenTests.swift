import Foundation
import Frontend
import Optimizer
import Testing
@testable import Codegen

private func program(_ source: String) -> IRProgram? {
  let diagnostics = DiagnosticEngine()
  let file = SourceFile(path: "/tmp/cg.py", text: source)
  let module = Parser.parse(file: file, diagnostics: diagnostics)
  return Optimizer.run(module: module, sourcePath: "/tmp/cg.py", diagnostics: diagnostics).program
}

@Test func moduleBuiltThroughTheWrapperVerifies() throws {
  let p = try #require(program("""
    def fib(n):
        return n if n < 2 else fib(n - 1) + fib(n - 2)
    xs = [fib(i) for i in range(10)]
    print(xs, sum(xs) / 3, "x" * 2)
    """))
  let text = try Codegen.verifiedModuleText(p).get()
  #expect(text.contains("define void @pyforac_module_main()"))
  #expect(text.contains("@\"pyfn.fib$int\""))
  #expect(text.contains("llvm.sadd.with.overflow.i64"))
  #expect(text.contains("thread_local(localexec) global ptr"))
}

@Test func canonicallyEquivalentLiteralsStayDistinct() throws {
  let p = try #require(program("a = \"a\\u0301\"\nb = \"\\u00e1\"\nprint(a == b, a, b)\n"))
  let text = try Codegen.verifiedModuleText(p).get()
  #expect(text.contains("c\"a\\CC\\81\\00\""))
  #expect(text.contains("c\"\\C3\\A1\\00\""))
  #expect(text.contains("@pylit.1 "))
}

@Test func framesCarryTheirDepthInsteadOfAGlobalCounter() throws {
  let p = try #require(program("def f(n):\n    return 0 if n == 0 else f(n - 1)\nprint(f(5))\n"))
  let text = try Codegen.verifiedModuleText(p).get()
  #expect(!text.contains("pyforac.depth"))
  #expect(text.contains("{ ptr, ptr, i32, i32 }"))
  #expect(text.contains("icmp sgt i32 %depth, 1000"))
  #expect(text.contains("define internal i64 @\"pyfn.f$int\"(i32 %0, i64 %1)"))
}

@Test func leafPathsOfAFunctionNeverWriteTheFrameStack() throws {
  let p = try #require(program("""
    def fib(n):
        return n if n < 2 else fib(n - 1) + fib(n - 2)
    print(fib(10))
    """))
  let ir = try Codegen.emit(p, options: CodegenOptions(optLevel: 2)).get().llvmIR
  let body = try #require(ir.components(separatedBy: "@\"pyfn.fib$int\"(i32 %0, i64 %1)").last)
  let entry = try #require(body.components(separatedBy: "\n\n").first)
  #expect(entry.contains("icmp slt i64 %1, 2"))
  #expect(!entry.contains("pyrt_frame_top"))
}

@Test func emitProducesAnObjectFileForTheHost() throws {
  let p = try #require(program("print(1 + 2)\n"))
  let artifacts = try Codegen.emit(p, options: CodegenOptions(optLevel: 2)).get()
  #expect(Array(artifacts.object.prefix(4)) == [0x7F, 0x45, 0x4C, 0x46])
  #expect(artifacts.llvmIR.contains("pyrt_print"))
}

@Test func framesRecordTheCodeNameAndPath() throws {
  let p = try #require(program("def g():\n    return 1 // 0\nprint(g())\n"))
  let text = try Codegen.verifiedModuleText(p).get()
  #expect(text.contains("c\"/tmp/cg.py\\00\""))
  #expect(text.contains("c\"g\\00\""))
  #expect(text.contains("c\"<module>\\00\""))
}

@Test func linkStepIsPlainData() {
  let step = LinkStep.make(object: "/t/p.o", runtimeDirectory: "/r", output: "prog")
  #expect(step.tool == "mpicc")
  #expect(step.arguments == ["-Wl,--as-needed", "/t/p.o", "/r/libpyrt.a", "-lgmp", "-lm", "-o",
                            "prog"])
}

@Test func runtimeDirectoryHonoursTheEnvironment() {
  #expect(LinkStep.runtimeDirectory(executablePath: "/x/bin/pyforac",
                                    environment: ["PYFORAC_RUNTIME_DIR": "/rt"]) == "/rt")
  #expect(LinkStep.runtimeDirectory(executablePath: "/nowhere/bin/pyforac", environment: [:])
    == "/nowhere/runtime")
}

@Test func debugInfoPointsAtThePythonSource() throws {
  let p = try #require(program("def g(x):\n    return x + 1\nprint(g(1))\n"))
  let artifacts = try Codegen.emit(p, options: CodegenOptions(optLevel: 0, debugInfo: true)).get()
  #expect(artifacts.llvmIR.contains("DICompileUnit(language: DW_LANG_Python"))
  #expect(artifacts.llvmIR.contains("DISubprogram(name: \"g\""))
  #expect(artifacts.llvmIR.contains("DILocation(line: 2"))
}
