import Testing

@testable import Frontend

/// Name resolution against CPython 3.11: the expected bindings below were printed by CPython's
/// `symtable` module for the same sources (GLOBAL_IMPLICIT split by what the module binds and
/// `builtins`), and the expected errors by `compile()`.
@Suite struct ScopeTests {
  static func build(_ source: String) -> (ScopeInfo, DiagnosticEngine, Module) {
    let diagnostics = DiagnosticEngine()
    let file = SourceFile(path: "m.py", text: source)
    let module = Parser.parse(file: file, diagnostics: diagnostics)
    let info = ScopeInfo.build(module: module, diagnostics: diagnostics)
    return (info, diagnostics, module)
  }

  /// The scope at a dotted path of scope names ("" is the module).
  static func scope(_ info: ScopeInfo, _ path: String) -> Scope? {
    var current: Scope? = info.module
    for part in path.split(separator: ".") where !path.isEmpty {
      current = current?.children.first { $0.name == part }
    }
    return current
  }

  static func bindings(_ info: ScopeInfo, _ path: String) -> [String: NameBinding] {
    guard let s = scope(info, path) else { return [:] }
    return s.symbols.mapValues(\.binding)
  }

  @Test func closuresCellsAndBuiltins() {
    let (info, d, _) = Self.build(
      """
      import math
      def outer(a, *args, k=1, **kw):
          total = a + k
          def inner(b):
              return total + b + math.pi + len(args)
          return inner
      """)
    #expect(!d.hasErrors)
    #expect(Self.bindings(info, "") == ["math": .global, "outer": .global])
    #expect(
      Self.bindings(info, "outer") == [
        "a": .local, "args": .cell, "inner": .local, "k": .local, "kw": .local, "total": .cell,
      ])
    #expect(
      Self.bindings(info, "outer.inner") == [
        "args": .free, "b": .local, "len": .builtin, "math": .global, "total": .free,
      ])
    #expect(Self.scope(info, "outer")?.parameters == ["a", "k", "args", "kw"])
    #expect(Self.scope(info, "outer")?.cellVariables.sorted() == ["args", "total"])
    #expect(Self.scope(info, "outer.inner")?.freeVariables.sorted() == ["args", "total"])
  }

  @Test func classBodiesAreNotVisibleToMethods() {
    let (info, d, _) = Self.build(
      """
      y = 1
      def f():
          x = 1
          class A:
              z = x
              def m(self):
                  return z + y + x + super().m()
          return A
      """)
    #expect(!d.hasErrors)
    #expect(Self.bindings(info, "f") == ["A": .local, "x": .cell])
    #expect(Self.bindings(info, "f.A") == ["m": .local, "x": .free, "z": .local])
    #expect(
      Self.bindings(info, "f.A.m") == [
        "__class__": .free, "self": .local, "super": .builtin, "x": .free, "y": .global,
        "z": .undefined,
      ])
    #expect(Self.scope(info, "f.A")?.needsClassCell == true)
    #expect(info.undefinedNames.map(\.name) == ["z"])
  }

  @Test func comprehensionsAndWalrus() {
    let (info, d, _) = Self.build(
      """
      def f(xs):
          n = 2
          return [x * n for x in xs if (last := x) > 0], last
      """)
    #expect(!d.hasErrors)
    #expect(Self.bindings(info, "f") == ["last": .cell, "n": .cell, "xs": .local])
    #expect(
      Self.bindings(info, "f.<listcomp>") == [
        ".0": .local, "last": .free, "n": .free, "x": .local,
      ])
  }

  @Test func freeVariablesPassThroughIntermediateScopes() {
    let (info, _, _) = Self.build(
      """
      def a():
          v = 1
          def b():
              def c():
                  return v
              return c
          return b
      """)
    #expect(Self.bindings(info, "a") == ["b": .local, "v": .cell])
    #expect(Self.bindings(info, "a.b") == ["c": .local, "v": .free])
    #expect(Self.bindings(info, "a.b.c") == ["v": .free])
  }

  @Test func lambdasAndUndefinedNames() {
    let (info, d, _) = Self.build(
      """
      def f(k):
          g = lambda x, y=k: x + y + k + undefined_thing
          return g
      """)
    #expect(!d.hasErrors, "undefined names are not compile errors")
    #expect(Self.bindings(info, "f") == ["g": .local, "k": .cell])
    #expect(
      Self.bindings(info, "f.<lambda>") == [
        "k": .free, "undefined_thing": .undefined, "x": .local, "y": .local,
      ])
    #expect(info.undefinedNames.map(\.name) == ["undefined_thing"])
    #expect(info.undefinedNames.first?.range.start == SourceLocation(line: 2, column: 35))
  }

  @Test func nameNodesAnswerTheirBinding() {
    let (info, _, module) = Self.build("x = 1\ndef f(y):\n    return x + y + len\n")
    guard case .functionDef(let def) = module.body[1].kind,
      case .return(let value?) = def.body[0].kind,
      case .binOp(let left, _, let lenNode) = value.kind,
      case .binOp(let xNode, _, let yNode) = left.kind
    else {
      Issue.record("unexpected AST shape")
      return
    }
    #expect(info.binding(of: xNode) == .global)
    #expect(info.binding(of: yNode) == .local)
    #expect(info.binding(of: lenNode) == .builtin)
    #expect(info.enclosingScope(of: def.body[0])?.name == "f")
    #expect(info.scope(of: module.body[1])?.locals == ["y"])
  }

  @Test func moduleLevelNamesIncludeGlobalDeclarations() {
    let (info, _, _) = Self.build("def f():\n    global counter\n    counter = 1\n")
    #expect(info.moduleLevelNames.contains("counter"))
    #expect(Self.bindings(info, "f") == ["counter": .global])
  }

  /// (source, CPython's message, line, 1-based column), from `compile(src, "f.py", "exec")`.
  static let syntaxErrors: [(String, String, Int, Int)] = [
    (
      "def f():\n    print(x)\n    global x\n", "name 'x' is used prior to global declaration", 3, 5
    ),
    (
      "def f():\n    x = 1\n    global x\n", "name 'x' is assigned to before global declaration", 3,
      5
    ),
    ("def f(): pass\nnonlocal x\n", "nonlocal declaration not allowed at module level", 2, 1),
    (
      "def f():\n    def g():\n        nonlocal y\n        y = 2\n    return g\n",
      "no binding for nonlocal 'y' found", 3, 9
    ),
    ("x = 1\nreturn x\n", "'return' outside function", 2, 1),
    ("class A:\n    return 1\n", "'return' outside function", 2, 5),
    ("for i in range(3):\n    def f():\n        break\n", "'break' outside loop", 3, 9),
    ("while x:\n    pass\nelse:\n    break\n", "'break' outside loop", 4, 5),
    ("while True:\n    pass\ncontinue\n", "'continue' not properly in loop", 3, 1),
    ("x = 1\nyield x\n", "'yield' outside function", 2, 1),
    ("class A:\n    yield 1\n", "'yield' outside function", 2, 5),
    ("x = 1\nawait x\n", "'await' outside function", 2, 1),
    ("def f():\n    await x\n", "'await' outside async function", 2, 5),
    ("def f(a):\n    global a\n", "name 'a' is parameter and global", 2, 5),
    (
      "def g():\n    a = 1\n    def f():\n        global a\n        nonlocal a\n",
      "name 'a' is nonlocal and global", 4, 9
    ),
    ("def f(a, a):\n    pass\n", "duplicate argument 'a' in function definition", 1, 10),
    ("def f():\n    from math import *\n", "import * only allowed at module level", 2, 22),
    ("def f():\n    global x\n    x: int = 1\n", "annotated name 'x' can't be global", 3, 5),
    (
      "[i := 0 for i in range(3)]\n",
      "assignment expression cannot rebind comprehension iteration variable 'i'", 1, 2
    ),
    (
      "class A:\n    [j := 0 for i in range(3)]\n",
      "assignment expression within a comprehension cannot be used in a class body", 2, 6
    ),
    (
      "def f():\n    return [x for x in (y := [1, 2])]\n",
      "assignment expression cannot be used in a comprehension iterable expression", 2, 25
    ),
    (
      "def f():\n    return [(yield i) for i in range(3)]\n", "'yield' inside list comprehension",
      2, 14
    ),
    ("async def f():\n    yield 1\n    return 2\n", "'return' with value in async generator", 3, 5),
    (
      "def f():\n    return [i async for i in g()]\n",
      "asynchronous comprehension outside of an asynchronous function", 2, 12
    ),
    (
      "def f():\n    x = 1\n    def g():\n        print(x)\n        nonlocal x\n",
      "name 'x' is used prior to nonlocal declaration", 5, 9
    ),
    ("__debug__ = 1\n", "cannot assign to __debug__", 1, 1),
    ("del __debug__\n", "cannot delete __debug__", 1, 5),
    ("def f(a, __debug__):\n    pass\n", "cannot assign to __debug__", 1, 1),
    ("f(__debug__=1)\n", "cannot assign to __debug__", 1, 1),
    ("from x import __debug__\n", "cannot assign to __debug__", 1, 1),
    ("for __debug__ in x:\n    pass\n", "cannot assign to __debug__", 1, 5),
    ("try:\n    pass\nexcept E as __debug__:\n    pass\n", "cannot assign to __debug__", 3, 1),
    ("f = lambda __debug__: 1\n", "cannot assign to __debug__", 1, 5),
    ("match x:\n    case __debug__:\n        pass\n", "cannot assign to __debug__", 2, 10),
  ]

  @Test(arguments: syntaxErrors.indices)
  func reportsCPythonSyntaxErrors(_ index: Int) {
    let (source, message, line, column) = Self.syntaxErrors[index]
    let (_, d, _) = Self.build(source)
    let first = d.diagnostics.first
    #expect(first?.id == "syntax")
    #expect(first?.message == message)
    #expect(first?.range.start == SourceLocation(line: line, column: column - 1))
  }

  /// `headers` nested one in another (`{d}` becomes the depth), each line indented one level
  /// more, then `tail` (lines at the innermost level, more indented after a `:` line).
  static func nest(_ headers: [String], _ tail: [String] = ["pass"]) -> String {
    var out = ""
    for (d, h) in headers.enumerated() {
      out += String(repeating: "    ", count: d) + h.replacingOccurrences(of: "{d}", with: "\(d)")
        + "\n"
    }
    var level = headers.count
    for t in tail {
      if t.hasPrefix("<") {
        level -= 1
        out += String(repeating: "    ", count: level) + t.dropFirst() + "\n"
        level += 1
        continue
      }
      out += String(repeating: "    ", count: level) + t + "\n"
      if t.hasSuffix(":") { level += 1 }
    }
    return out
  }

  /// Past 20 of CPython's compiler blocks, at the statement that opens the 21st; positions
  /// from `compile()`.
  static let nestedBlocks: [(String, Int, Int)] = [
    (nest(Array(repeating: "for i{d} in range(1):", count: 21)), 21, 81),
    (nest(Array(repeating: "while False:", count: 21)), 21, 81),
    (nest(Array(repeating: "for i{d} in range(1):", count: 19)
          + ["with open(\"x\") as f, open(\"y\") as g:"]), 20, 77),
    (nest(Array(repeating: "for i{d} in range(1):", count: 19) + ["try:"],
          ["pass", "<except ValueError:", "for z in range(1):", "pass"]), 22, 77),
    (nest(Array(repeating: "for i{d} in range(1):", count: 18) + ["try:"],
          ["pass", "<finally:", "for z in range(1):", "for zz in range(1):", "pass"]), 23, 81),
  ]

  @Test(arguments: nestedBlocks.indices)
  func tooManyStaticallyNestedBlocks(_ index: Int) {
    let (source, line, column) = Self.nestedBlocks[index]
    let (_, d, _) = Self.build(source)
    let first = d.diagnostics.first
    #expect(first?.message == "too many statically nested blocks")
    #expect(first?.range.start == SourceLocation(line: line, column: column - 1))
  }

  @Test func twentyNestedBlocksAndFunctionBodiesAreFine() {
    let loops = Array(repeating: "for i{d} in range(1):", count: 15)
    let (_, d, _) = Self.build(Self.nest(loops + ["def f{d}():"] + loops))
    #expect(d.diagnostics.isEmpty)
    let (_, d20, _) = Self.build(Self.nest(Array(repeating: "for i{d} in range(1):", count: 20)))
    #expect(d20.diagnostics.isEmpty)
  }

  /// Sources CPython compiles without error.
  static let accepted: [String] = [
    "f = lambda: (yield)\n",
    "def f():\n    for i in range(3):\n        try:\n            pass\n        finally:\n"
      + "            continue\n",
    "global x\nx = 1\n",
    "class A:\n    global x\n    x = 1\n",
    "def f():\n    x = 1\n    class A:\n        nonlocal x\n        x = 2\n",
    "async def f():\n    return [await i for i in range(3)]\n",
    "def f():\n    return (await x for x in y)\n",
    "[(j := i) for i in range(3)]\nprint(j)\n",
    "print(__debug__, x.__debug__)\ndel x.__debug__\n",
  ]

  @Test(arguments: accepted)
  func acceptsWhatCPythonAccepts(_ source: String) {
    let (_, d, _) = Self.build(source)
    #expect(d.diagnostics.isEmpty, "\(d.diagnostics.map(\.message))")
  }
}
