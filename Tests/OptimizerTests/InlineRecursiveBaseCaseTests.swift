import Testing
@testable import Optimizer

/// The function `symbol` after the pipeline (the verifier ran after every pass).
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

private func isCall(_ symbol: String) -> (Operation) -> Bool {
  { if case .call(let s, _) = $0 { return s == symbol } else { return false } }
}

@Test func fibCopiesItsBaseCaseIntoBothCalls() throws {
  let f = try #require(compiled("""
    def fib(n):
        return n if n < 2 else fib(n - 1) + fib(n - 2)
    print(fib(20))
    """, "pyfn.fib$int"))
  #expect(count(f, isCheck) == 2)
  // Each call survives once, behind the copied test.
  #expect(count(f, isCall("pyfn.fib$int")) == 2)
  #expect(count(f) { if case .compare(.lt, _, _) = $0 { true } else { false } } == 3)
  #expect(f.locals.contains { $0.name == "$base1.result" })
  #expect(f.locals.contains { $0.name == "$base2.n#int" })
}

@Test func copiesRecordNoLines() throws {
  // `n + 100` may overflow, so the base case records line 3; that line belongs to the callee's
  // frame and must not be copied into the caller's.
  let f = try #require(compiled("""
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
    let f = try #require(compiled(source, symbol))
    #expect(count(f, isCheck) == 0, "\(source)")
  }
}

@Test func functionsWithoutSelfCallsAreLeftAlone() throws {
  let f = try #require(compiled("""
    def g(n):
        return n if n < 2 else n * 2
    print(g(5))
    """, "pyfn.g$int"))
  #expect(count(f, isCheck) == 0)
}

@Test func aBaseCaseWithALoopIsNotCopied() throws {
  let f = try #require(compiled("""
    def f(n):
        while n > 100:
            n = n - 7
        return n if n < 2 else f(n - 1)
    print(f(300))
    """, "pyfn.f$int"))
  #expect(count(f, isCheck) == 0)
}
