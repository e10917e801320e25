import Testing
@testable import Optimizer

@Test func recursiveFunctionIsInferredAsInt() {
  let sigs = signatures("""
    def fib(n):
        if n < 2:
            return n
        return fib(n - 1) + fib(n - 2)
    print(fib(20))
    """)
  #expect(sigs == ["fib(n: int) -> int"])
}

@Test func eachArgumentSignatureGetsItsOwnSpecialisation() {
  let sigs = signatures("""
    def double(x):
        return x + x
    print(double(2), double(1.5), double("ab"))
    """)
  #expect(sigs.sorted() == ["double(x: float) -> float", "double(x: int) -> int",
                            "double(x: str) -> str"])
}

@Test func functionsMayCallEachOtherInAnyOrder() {
  let sigs = signatures("""
    def is_even(n):
        return True if n == 0 else is_odd(n - 1)
    def is_odd(n):
        return False if n == 0 else is_even(n - 1)
    print(is_even(10))
    """)
  #expect(sigs.sorted() == ["is_even(n: int) -> bool", "is_odd(n: int) -> bool"])
}

@Test func emptyListTakesTheElementTypeOfLaterAppends() {
  let sigs = signatures("""
    def squares(n):
        out = []
        for i in range(n):
            out = out + [i * i]
        return out
    print(squares(4))
    """)
  #expect(sigs == ["squares(n: int) -> list[int]"])
}

@Test func returnsOfDifferentTypesBecomeAUnion() {
  // Scalars: a union held in registers; with a str among them, a boxed object.
  let sigs = signatures("""
    def pick(flag):
        if flag:
            return 1
        return 2.5
    def find(xs, k):
        for x in xs:
            if x == k:
                return x
        return None
    def name(flag):
        if flag:
            return 1
        return "one"
    print(pick(True), pick(False), find([1, 2], 2), name(True))
    """)
  #expect(sigs == ["pick(flag: bool) -> union[int, float]",
                   "find(xs: list[int], k: int) -> union[None, int]",
                   "name(flag: bool) -> object"])
}

@Test func defaultsAndKeywordsBindToParameters() {
  let sigs = signatures("""
    def scale(x, factor=2.0):
        return x * factor
    print(scale(3), scale(3, factor=0.5))
    """)
  #expect(sigs == ["scale(x: int, factor: float) -> float"])
}

@Test func unsupportedConstructsAreRejectedAtTheirLine() {
  let errs = errors("""
    x = 1
    class A(metaclass=type):
        pass
    print(x)
    """)
  #expect(errs.count == 1)
  #expect(errs.first?.id == "unsupported")
  #expect(errs.first?.line == 2)
}

@Test func methodsAreSpecialisedForTheInstancesClass() {
  // A base's method called on a subclass instance is compiled for that class; each class's
  // fields have the types its own instances store (A's v an int, B's a float).
  let sigs = signatures("""
    class A:
        def __init__(self, v):
            self.v = v
        def get(self):
            return self.v
    class B(A):
        pass
    print(A(1).get(), B(2.5).get())
    """)
  #expect(sigs.contains("get(self: instance[A#0]) -> int"))
  #expect(sigs.contains("get(self: instance[B#1]) -> float"))
  #expect(sigs.contains("__init__(self: instance[B#1], v: float) -> None"))
}

@Test func bigIntegerLiteralsAreRejected() {
  let errs = errors("print(123456789012345678901234567890)\n")
  #expect(errs.map(\.id) == ["unsupported"])
}

@Test func everyPassKeepsTheIRValid() {
  let (result, diagnostics) = optimize("""
    xs = [3, 1, 2]
    total = 0
    for i, v in enumerate(sorted(xs)):
        if v % 2 == 0 and i > 0:
            continue
        total += v * i
    words = [str(v) for v in xs if v > 1]
    print(total, ", ".join(words), f"{total!r}", xs[1:], len(words) or -1)
    """, dumpAfter: "all")
  #expect(!diagnostics.hasErrors)
  #expect(result.verifierErrors.isEmpty)
  #expect(result.dumps.map(\.pass) == Pipeline.names)
}

@Test func pruningRemovesBlocksAfterReturn() {
  let (result, _) = optimize("""
    def f(x):
        return x
        print(x)
    print(f(1))
    """)
  let f = result.program?.functions.first { $0.pythonName == "f" }
  let printsInF = f?.blocks.flatMap(\.instructions).contains {
    if case .runtime(let fn, _) = $0.op { return fn.name == "pyrt_print" } else { return false }
  }
  #expect(printsInF == false)
}

@Test func aLongChainOfCallsConverges() {
  // Each return type is known only once its callee's is: a worklist settles it in one pass
  // down and one back up (rounds over the whole program needed one round per level).
  var source = ""
  for i in 0..<150 { source += "def g\(i)(x):\n    return g\(i + 1)(x + 1)\n" }
  source += "def g150(x):\n    return x * 1.5\nprint(g0(1))\n"
  let sigs = signatures(source)
  #expect(sigs.count == 151)
  #expect(sigs.contains("g0(x: int) -> float"))
}

@Test func argumentTypesThatGrowAlongARecursionAreWidened() {
  let sigs = signatures("""
    def f(x, n):
        return x if n == 0 else f((x, x), n - 1)
    def acc(n, t):
        return t if n == 0 else acc(n - 1, t + (n,))
    print(f(1, 3), acc(3, ()))
    """)
  #expect(sigs.sorted() == ["acc(n: int, t: object) -> object", "acc(n: int, t: tuple[]) -> object",
                            "f(x: int, n: int) -> object", "f(x: object, n: int) -> object"])
}

@Test func argumentTypesThatShrinkAlongARecursionKeepTheirTypes() {
  let sigs = signatures("""
    def inner(t, n):
        return t if n == 0 else inner(t[1], n - 1)
    print(inner(("a", ("b", "cd")), 2))
    """)
  #expect(sigs.count == 3)
  #expect(sigs.contains("inner(t: str, n: int) -> str"))
  #expect(!sigs.contains { $0.contains("(t: object") })
}
