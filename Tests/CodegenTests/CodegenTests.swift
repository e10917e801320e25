import Foundation
import Frontend
import Optimizer
import Testing
@testable import Codegen

/// The definition of the function whose `define` line names `name`, in LLVM module text.
func definition(of name: String, in text: String) -> String? {
  text.components(separatedBy: "\ndefine ").dropFirst()
    .first { $0.prefix { $0 != "\n" }.contains(name) }?
    .components(separatedBy: "\n}\n").first
}

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
  #expect(text.contains("@pyrt_frame_depth = external thread_local(localexec) global i32"))
}

@Test func canonicallyEquivalentLiteralsStayDistinct() throws {
  let p = try #require(program("a = \"a\\u0301\"\nb = \"\\u00e1\"\nprint(a == b, a, b)\n"))
  let text = try Codegen.verifiedModuleText(p).get()
  #expect(text.contains("c\"a\\CC\\81\\00\""))
  #expect(text.contains("c\"\\C3\\A1\\00\""))
  #expect(text.contains("@pylit.1 "))
}

@Test func callsUnwindToALandingPadThatRecordsTheFrame() throws {
  let p = try #require(program("""
    def g(n):
        return 10 // n
    def f(n):
        return g(n) + 1
    print(f(5))
    """))
  let text = try Codegen.verifiedModuleText(p).get()
  #expect(!text.contains("pyrt_frame_top"))
  #expect(text.contains("define internal i64 @\"pyfn.f$int\"(i32 %0, i64 %1)"))
  #expect(text.contains("personality ptr @__gcc_personality_v0"))
  #expect(text.contains("icmp sgt i32 %depth, 1000"))
  #expect(text.contains("invoke i64 @\"pyfn.g$int\"(i32 %depth"))
  #expect(text.contains("landingpad { ptr, i32 }\n          cleanup"))
  #expect(text.contains("call void @pyrt_traceback_add(ptr %exception, ptr @pycode.f"))
  #expect(text.contains("resume { ptr, i32 }"))
}

@Test func optimisedCodeKeepsNoFrames() throws {
  let p = try #require(program("""
    def fib(n):
        return n if n < 2 else fib(n - 1) + fib(n - 2)
    print(fib(10))
    """))
  let ir = try Codegen.emit(p, options: CodegenOptions(optLevel: 2)).get().llvmIR
  // The sequential version (the parallel version `fib$int.par` hands over to it).
  let body = try #require(ir.components(separatedBy: "define internal fastcc i64 @\"pyfn.fib$int\"(i32 %0, i64 %1)").dropFirst().first?
    .components(separatedBy: "\n}\n").first)
  // fib is inlined into its two calls (unroll-recursion) and the base case is tested before
  // each of the four calls that remain (inline-recursive-base-case).
  #expect(body.components(separatedBy: "invoke fastcc i64 @\"pyfn.fib$int\"").count - 1 == 4)
  #expect(!body.contains("alloca"))
  #expect(!body.contains("store"))
  #expect(!body.contains("thread_local"))
  // The line of the calls reaches the landing pad as a constant.
  #expect(body.contains("@pyrt_traceback_add(ptr %exception"))
  #expect(body.contains(", ptr nonnull @pycode.fib, i32 2)"))
  // Near the recursion limit, the frame is handed to the body as lowered, without a landing pad.
  #expect(body.contains("icmp sgt i32 %0, 997"))
  #expect(body.contains("call fastcc i64 @\"pyfn.fib$int.deep\"(i32 %0, i64 %1)"))
}

@Test func comprehensionFramesAreRecordedOnlyWhileActive() throws {
  let p = try #require(program("""
    def g(xs):
        ys = [10 // x for x in xs]
        return ys
    print(g([1, 0]))
    """))
  let text = try Codegen.verifiedModuleText(p).get()
  let g = try #require(definition(of: "@\"pyfn.g$list[int]\"(", in: text))
  #expect(text.contains("c\"<listcomp>\\00\""))
  // Whether the comprehension is active is known at each call: no flag is kept at run time.
  #expect(!g.contains("%active1"))
  #expect(g.contains("ptr @\"pycode.<listcomp>\", i32 2)\n  call void @pyrt_traceback_add("))
  let pads = g.components(separatedBy: "landingpad").count - 1
  let withComprehension = g.components(separatedBy: "@\"pycode.<listcomp>\"").count - 1
  #expect(pads > withComprehension)  // the pads outside the comprehension record only g
}

@Test func eachLinesCallsShareALandingPadWithAConstantLine() throws {
  let p = try #require(program("""
    def f(a, b):
        x = a // b
        y = b // a
        return x + y
    print(f(4, 2))
    """))
  let text = try Codegen.verifiedModuleText(p).get()
  let f = try #require(definition(of: "@\"pyfn.f$int$int\"(", in: text))
  #expect(f.contains("ptr @pycode.f, i32 2)"))
  #expect(f.contains("ptr @pycode.f, i32 3)"))
  #expect(!f.contains("alloca i32"))  // no line slot: every pad knows its line
}

@Test func constantLiteralsBecomeATableAndALoop() throws {
  let items = (0..<40).map(String.init).joined(separator: ", ")
  let p = try #require(program("xs = [\(items)]\nt = (\(items), 2.5)\nprint(xs, t)\n"))
  let text = try Codegen.verifiedModuleText(p).get()
  #expect(text.contains("@pyinit.slots = private unnamed_addr constant [40 x i64] [i64 0, i64 1"))
  #expect(text.contains("@pyinit.kinds"))
  #expect(text.contains("init.loop:"))
  #expect(text.components(separatedBy: "call void @pyrt_list_set_init").count - 1 == 1)
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
