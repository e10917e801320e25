import Frontend
import Testing
@testable import Optimizer

/// `source` lowered, with unreachable blocks pruned and recursive functions split at the
/// recursion limit, then only `pass` run on it; the verifier must accept the result. Returns
/// the function `symbol`.
private func afterOnly(_ pass: (inout IRProgram) -> Void, _ source: String, _ symbol: String)
  -> IRFunction?
{
  let diagnostics = DiagnosticEngine()
  let module = Parser.parse(file: SourceFile(path: "/tmp/t.py", text: source),
                            diagnostics: diagnostics)
  guard var program = ProgramLowering(module: loaded(module), sourcePath: "/tmp/t.py")
    .run(into: diagnostics)
  else { return nil }
  PruneUnreachableBlocks.run(&program)
  SplitAtRecursionLimit.run(&program)
  pass(&program)
  let errors = IRVerifier.verify(program)
  #expect(errors.isEmpty, "\(errors)")
  return program.functions.first { $0.symbol == symbol }
}

/// The function `symbol` after the whole pipeline (the verifier ran after every pass).
private func compiled(_ source: String, _ symbol: String) -> IRFunction? {
  let (result, _) = optimize(source)
  #expect(result.verifierErrors.isEmpty, "\(result.verifierErrors)")
  return result.program?.functions.first { $0.symbol == symbol }
}

private func count(_ f: IRFunction, _ match: (Operation) -> Bool) -> Int {
  f.blocks.reduce(0) { $0 + $1.instructions.filter { match($0.op) }.count }
}

private func isCheck(_ op: Operation) -> Bool {
  if case .checkRecursion(1, "maximum recursion depth exceeded") = op { return true }
  return false
}

private func isPush(_ op: Operation) -> Bool {
  if case .pushFrame = op { return true }
  return false
}

private func isCall(_ symbol: String) -> (Operation) -> Bool {
  { if case .call(let s, _) = $0 { return s == symbol } else { return false } }
}

private let fib = """
  def fib(n):
      return n if n < 2 else fib(n - 1) + fib(n - 2)
  print(fib(20))
  """

@Test func fibCopiesItsBaseCaseIntoBothCalls() throws {
  let f = try #require(afterOnly(InlineRecursiveBaseCase.run, fib, "pyfn.fib$int"))
  #expect(count(f, isCheck) == 2)
  // Each call survives once, behind the copied test.
  #expect(count(f, isCall("pyfn.fib$int")) == 2)
  #expect(count(f) { if case .compare(.lt, _, _) = $0 { true } else { false } } == 3)
  #expect(f.locals.contains { $0.name == "$base1.result" })
  #expect(f.locals.contains { $0.name == "$base2.n#int" })
}

@Test func fibIsInlinedIntoItsOwnCallsAsFrames() throws {
  let f = try #require(afterOnly(UnrollRecursion.run, fib, "pyfn.fib$int"))
  // Two copies of the body, each a traceback frame popped where it returns, each with the
  // two calls of the body.
  #expect(count(f, isPush) == 2)
  #expect(count(f) { if case .popFrame = $0 { true } else { false } } == 2)
  #expect(count(f, isCall("pyfn.fib$int")) == 4)
  // Line 2 is recorded before the comparison (its recursion check may raise) and the calls.
  #expect(count(f) { if case .setFrameLine(1, 2) = $0 { true } else { false } } == 2)
  // The copies' locals are reset on entry, as a call's are.
  #expect(f.locals.contains { $0.name == "$unroll1.$ifexp.2.11.2.50" })
}

@Test func thePipelineUnrollsThenCopiesTheBaseCase() throws {
  let f = try #require(compiled(fib, "pyfn.fib$int"))
  #expect(count(f, isPush) == 2)
  #expect(count(f, isCheck) == 4)
  #expect(count(f, isCall("pyfn.fib$int")) == 4)
}

@Test func copiesRecordNoLines() throws {
  // `n + 100` may overflow, so the base case records line 3; that line belongs to the callee's
  // frame and must not be copied into the caller's.
  let f = try #require(afterOnly(InlineRecursiveBaseCase.run, """
    def f(n):
        if n < 2:
            return n + 100
        return f(n - 1) + f(n - 2)
    print(f(20))
    """, "pyfn.f$int"))
  #expect(count(f, isCheck) == 2)
  #expect(count(f) { if case .setLine(3) = $0 { true } else { false } } == 1)
  #expect(count(f) { if case .intArith(.add, _, _) = $0 { true } else { false } } == 4)
}

@Test func baseCasesThatCallRaiseOrUseObjectsAreNotCopied() throws {
  let sources = [
    ("def f(n):\n    return 1 // n if n < 2 else f(n - 1)\nprint(f(3))\n", "pyfn.f$int"),
    ("def f(n):\n    return len('ab') if n < 2 else f(n - 1)\nprint(f(3))\n", "pyfn.f$int"),
    ("def f(s, n):\n    return s if n == 0 else f(s, n - 1)\nprint(f('a', 3))\n",
     "pyfn.f$str$int"),
    ("K = 2\ndef f(n):\n    return n if n < K else f(n - 1)\nprint(f(3))\n", "pyfn.f$int"),
  ]
  for (source, symbol) in sources {
    let f = try #require(afterOnly(InlineRecursiveBaseCase.run, source, symbol))
    #expect(count(f, isCheck) == 0, "\(source)")
  }
}

@Test func functionsWithObjectLocalsOrComprehensionsAreNotUnrolled() throws {
  let sources = [
    ("def f(s, n):\n    return s if n == 0 else f(s, n - 1)\nprint(f('a', 3))\n",
     "pyfn.f$str$int"),
    ("def f(n):\n    return 0 if n == 0 else sum([f(n - 1) for _ in range(1)])\nprint(f(3))\n",
     "pyfn.f$int"),
    ("def g(n):\n    return n if n < 2 else n * 2\nprint(g(5))\n", "pyfn.g$int"),
  ]
  for (source, symbol) in sources {
    let f = try #require(afterOnly(UnrollRecursion.run, source, symbol))
    #expect(!f.locals.contains { $0.name.hasPrefix("$unroll") }, "\(source)")
  }
}

@Test func aBaseCaseWithALoopIsNotCopied() throws {
  let f = try #require(afterOnly(InlineRecursiveBaseCase.run, """
    def f(n):
        while n > 100:
            n = n - 7
        return n if n < 2 else f(n - 1)
    print(f(300))
    """, "pyfn.f$int"))
  #expect(count(f, isCheck) == 0)
}

@Test func recursiveFunctionsThatCompareAreSplitAtTheRecursionLimit() throws {
  let (result, _) = optimize(fib)
  #expect(result.verifierErrors.isEmpty, "\(result.verifierErrors)")
  let functions = try #require(result.program?.functions)
  let f = try #require(functions.first { $0.symbol == "pyfn.fib$int" })
  let deep = try #require(functions.first { $0.symbol == "pyfn.fib$int.deep" })
  #expect(f.deepVersion == deep.symbol)
  // Frames near the limit run the body as lowered, with CPython's comparison checks; the
  // optimised body, where none can fire, has none.
  #expect(count(f) { if case .exceedsRecursionLimit(3) = $0 { true } else { false } } == 1)
  #expect(count(f) { if case .delegate("pyfn.fib$int.deep", _) = $0 { true } else { false } } == 1)
  #expect(count(f) { if case .checkComparisonRecursion = $0 { true } else { false } } == 0)
  #expect(count(deep) { if case .checkComparisonRecursion = $0 { true } else { false } } == 1)
  #expect(count(deep, isCall("pyfn.fib$int")) == 2)
  #expect(count(deep, isPush) == 0)
}

@Test func baseCasesThatCompareAreCopiedOnlyIntoSplitFunctions() throws {
  let diagnostics = DiagnosticEngine()
  let module = Parser.parse(file: SourceFile(path: "/tmp/t.py", text: fib),
                            diagnostics: diagnostics)
  var program = try #require(ProgramLowering(module: loaded(module), sourcePath: "/tmp/t.py")
    .run(into: diagnostics))
  PruneUnreachableBlocks.run(&program)
  #expect(InlineRecursiveBaseCase.baseCase(of: program.functions[1]) == nil)
  SplitAtRecursionLimit.run(&program)
  #expect(InlineRecursiveBaseCase.baseCase(of: program.functions[1]) != nil)
}
