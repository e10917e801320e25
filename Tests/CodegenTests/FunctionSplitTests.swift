import Foundation
import Frontend
import Optimizer
import Testing
@testable import Codegen

private func program(_ source: String) -> IRProgram? {
  let diagnostics = DiagnosticEngine()
  let file = SourceFile(path: "/tmp/split.py", text: source)
  let module = Parser.parse(file: file, diagnostics: diagnostics)
  return Optimizer.run(module: module, sourcePath: "/tmp/split.py", diagnostics: diagnostics)
    .program
}

private func main(_ p: IRProgram) -> IRFunction? {
  p.functions.first { $0.symbol == "pyforac_module_main" }
}

/// `n` lines printing a computed value each.
private func prints(_ n: Int, indent: String = "") -> String {
  (0..<n).map { "\(indent)print(\($0), 'v', \($0) * 2)\n" }.joined()
}

@Test func smallFunctionsAreNotSplit() throws {
  let p = try #require(program(prints(50)))
  let f = try #require(main(p))
  #expect(FunctionSplit.plan(f) == nil)
}

@Test func aHugeModuleBodyBecomesBoundedParts() throws {
  let p = try #require(program(prints(2000)))
  let f = try #require(main(p))
  let split = try #require(FunctionSplit.plan(f))
  #expect(split.parts.count > 5)
  for part in split.parts {
    let size = part.function.blocks.reduce(0) { $0 + $1.instructions.count + 1 }
    #expect(size <= FunctionSplit.maxPart + 1)
    #expect(part.liveIns.count <= FunctionSplit.maxLiveIns)
    #expect(part.recordsInCaller)
    #expect(split.partStartingAt[part.entry] != nil)
  }
  // Every block of the parent is in at most one part, and parts do not share blocks.
  let inParts = split.parts.flatMap { $0.function.blocks.map(\.id) }
  #expect(Set(inParts).count == inParts.count)
  // Every print is still emitted exactly once.
  let calls = split.parts.flatMap { $0.function.blocks }.map { block in
    block.instructions.filter {
      if case .runtime(let rf, _) = $0.op { return rf == .print }
      return false
    }.count
  }.reduce(0, +)
  let outside = split.parent.blocks.filter { split.partOfBlock[$0.id] == nil }
    .flatMap(\.instructions).filter {
      if case .runtime(let rf, _) = $0.op { return rf == .print }
      return false
    }.count
  #expect(calls + outside == 2000)
}

@Test func splitModulesVerifyAndRecordFramesInTheCaller() throws {
  let p = try #require(program("def g(x):\n    return 10 // x\n" + prints(2000) + "print(g(0))\n"))
  let text = try Codegen.verifiedModuleText(p).get()
  #expect(text.contains("define internal void @pyforac_module_main.part0(i32 %0"))
  #expect(text.contains("%partline = alloca i32"))
  #expect(text.contains("traceback.part:"))
  // A part that records its frame in the caller has no landing pad of its own.
  let part0 = try #require(definition(of: "@pyforac_module_main.part0(", in: text))
  #expect(!part0.contains("landingpad"))
  #expect(!part0.contains("invoke "))
  #expect(part0.contains("store i32 3, ptr %"))  // the line of the first print, in the slot
}

@Test func loopBodiesAreSplitAndShareTheirLocals() throws {
  let body = (0..<1500).map { "        x = x + \($0)\n" }.joined()
  let source = "def h(n):\n    acc = []\n    for i in range(n):\n        x = i\n" + body
    + "        acc = acc + [x]\n    return acc\nprint(h(3))\n"
  let p = try #require(program(source))
  let h = try #require(p.functions.first { $0.symbol.hasPrefix("pyfn.h") })
  let split = try #require(FunctionSplit.plan(h))
  #expect(!split.parts.isEmpty)
  // Parts inside the loop run again on the next iteration: the local x lives in the parent.
  #expect(split.parts.allSatisfy { $0.sharedLocals.contains { $0.name.hasPrefix("x#") } })
  _ = try Codegen.verifiedModuleText(p).get()
}

@Test func comprehensionsInsideAPartKeepTheirLandingPads() throws {
  let source = prints(1000) + "ys = [10 // v for v in [1, 2, 0]]\n" + prints(1000)
  let p = try #require(program(source))
  let f = try #require(main(p))
  let split = try #require(FunctionSplit.plan(f))
  let withFrames = split.parts.filter { part in
    part.function.blocks.contains { $0.instructions.contains {
      if case .pushFrame = $0.op { return true }
      return false
    } }
  }
  #expect(withFrames.allSatisfy { !$0.recordsInCaller })
  let text = try Codegen.verifiedModuleText(p).get()
  #expect(text.contains("call void @pyrt_traceback_add(ptr %exception"))
  #expect(text.contains("@\"pycode.<listcomp>\""))
}
