import Testing

@testable import Frontend

/// The immutability rules. Each case is a small program whose offending lines carry
/// `# expect-error: <id>` (as in conformance/reject); every other line must stay clean.
@Suite struct ChecksTests {
  /// (line, id) of every error `Frontend.check` reports for `source`.
  static func errors(_ source: String) -> [Diagnostic] {
    let diagnostics = DiagnosticEngine()
    _ = Frontend.check(file: SourceFile(path: "t.py", text: source), diagnostics: diagnostics)
    return diagnostics.diagnostics.filter { $0.severity == .error }
  }

  /// (line, id) pairs the directives in `source` ask for.
  static func expected(_ source: String) -> [String] {
    var out: [String] = []
    for (i, line) in source.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      guard let r = line.range(of: "# expect-error: ") else { continue }
      out.append("\(i + 1):\(line[r.upperBound...].trimmingCharacters(in: .whitespaces))")
    }
    return out.sorted()
  }

  static func check(_ source: String) {
    let got = errors(source).map { "\($0.range.start.line):\($0.id)" }.sorted()
    #expect(got == expected(source), "\(errors(source).map(\.message))")
  }

  // MARK: mutation-call

  @Test func mutationCallOnKnownContainers() {
    Self.check(
      """
      def squares(n):
          out = []
          for i in range(n):
              out.append(i * i)  # expect-error: mutation-call
          return out
      d = dict()
      d.update(a=1)  # expect-error: mutation-call
      s = set([1]) | {2}
      s.add(3)  # expect-error: mutation-call
      list.append(out, 1)  # expect-error: mutation-call
      (sorted(s)).reverse()  # expect-error: mutation-call
      """)
  }

  @Test func mutationCallOnUnknownReceiverDependsOnUserClasses() {
    Self.check(
      """
      def walk(path, step):
          path.append(step)  # expect-error: mutation-call
          return path
      """)
    Self.check(
      """
      class Path:
          def __init__(self, steps):
              self.steps = steps
          def append(self, step):
              return Path(self.steps + (step,))
      def walk(path, step):
          return path.append(step)
      """)
  }

  @Test func mutationCallIgnoresModulesLiteralsAndNonMutators() {
    Self.check(
      """
      import math
      xs = [3, 1, 2]
      ys = xs.copy()
      n = xs.count(1) + xs.index(2)
      t = (1, 2).count(1)
      s = ",".join(["a"])
      z = math.floor(1.5)
      xs.add(1)
      """)
  }

  @Test func mutationCallNotesShowTheRewrite() {
    let e = Self.errors("out = []\nout.append(i * i)\n")
    #expect(e.first?.message == "'out.append(...)' mutates a list; lists are immutable in pyforac")
    #expect(
      e.first?.notes.first?.message
        == "build a new list instead: 'out = out + [i * i]' or a comprehension")
    #expect(e.first?.range == SourceRange(line: 2, column: 0, endLine: 2, endColumn: 10))
    let u = Self.errors("d = {}\nd.update(other)\n")
    #expect(u.first?.notes.first?.message == "build a new dict instead: 'd = {**d, **other}'")
    let a = Self.errors("s = set()\ns.add(v)\n")
    #expect(a.first?.notes.first?.message == "build a new set instead: 's = s | {v}'")
    let o = Self.errors("xs = []\nxs.sort()\n")
    #expect(o.first?.notes.first?.message == "use sorted() instead: 'xs = sorted(xs)'")
  }

  // MARK: item, slice and del

  @Test func itemAssignmentInEveryTargetPosition() {
    Self.check(
      """
      def count(words):
          counts = {}
          for w in words:
              counts[w] = counts.get(w, 0) + 1  # expect-error: item-assignment
          return counts
      def bump(grid, i):
          grid[i] += 1  # expect-error: item-assignment
          a, grid[0] = 1, 2  # expect-error: item-assignment
          for grid[1] in range(3):  # expect-error: item-assignment
              pass
          return grid
      """)
    let e = Self.errors("counts = {}\ncounts[w] = n + 1\n")
    #expect(
      e.first?.notes.first?.message
        == "build a new dict instead: 'counts = {**counts, w: n + 1}'")
  }

  @Test func sliceAssignmentAndDelItem() {
    Self.check(
      """
      def f(xs, d, k):
          xs[1:3] = [0, 0]  # expect-error: slice-assignment
          xs[:] = []  # expect-error: slice-assignment
          del xs[0]  # expect-error: del-item
          del xs[2:4]  # expect-error: del-item
          del d[k]  # expect-error: del-item
          ys = xs[1:3] + xs[:2]
          del ys
          return ys
      """)
    let s = Self.errors("xs = [1]\nxs[1:3] = ys\n")
    #expect(
      s.first?.notes.first?.message == "build a new list instead: 'xs = xs[:1] + ys + xs[3:]'")
  }

  // MARK: attribute-assignment

  @Test func attributesOnlyInInit() {
    Self.check(
      """
      class Point:
          def __init__(self, x, other):
              self.x = x
              self.total: int = 0
              self.total += x
              other.x = x  # expect-error: attribute-assignment
              def helper():
                  self.y = 1  # expect-error: attribute-assignment
          def move(self, d):
              self.x += d  # expect-error: attribute-assignment
          def clear(self):
              del self.x  # expect-error: attribute-assignment
      p = Point(1, None)
      p.x = 3  # expect-error: attribute-assignment
      setattr(p, "x", 3)  # expect-error: attribute-assignment
      object.__setattr__(p, "x", 3)  # expect-error: attribute-assignment
      p.__dict__["x"] = 3  # expect-error: attribute-assignment
      p.__dict__.update(x=3)  # expect-error: attribute-assignment
      y = p.x + getattr(p, "x")
      """)
  }

  // MARK: global-rebinding / nonlocal-rebinding

  @Test func globalAndNonlocalDeclarations() {
    Self.check(
      """
      counter = 0
      def bump():
          global counter  # expect-error: global-rebinding
          counter = counter + 1
      def read():
          return counter + 1
      def make():
          total = 0
          def add(v):
              nonlocal total  # expect-error: nonlocal-rebinding
              total = total + v
              return total
          def peek():
              return total
          return add, peek
      """)
  }

  // MARK: augmented-mutation

  @Test func augmentedAssignmentOnContainers() {
    Self.check(
      """
      def f(xs, v, seen, k):
          total = 0
          total += v
          name = "a"
          name += "b"
          t = (1,)
          t += (2,)
          xs += [v]  # expect-error: augmented-mutation
          seen |= {k}  # expect-error: augmented-mutation
          ys = list(xs)
          ys *= 2  # expect-error: augmented-mutation
          d = {}
          d |= {k: v}  # expect-error: augmented-mutation
          n = 2
          n *= 3
          acc = []
          acc = len(acc)
          acc += 1
          return total, name, t, xs, seen, ys, d, n, acc
      """)
    let e = Self.errors("xs = []\nxs += [v]\n")
    #expect(e.first?.notes.first?.message == "rebind to a new list instead: 'xs = xs + [v]'")
  }

  @Test func augmentedAttributeInInitIsChecked() {
    Self.check(
      """
      class Bag:
          def __init__(self, items):
              self.items = items
              self.items += [1]  # expect-error: augmented-mutation
              self.count = 0
              self.count += 1
      """)
  }

  // MARK: exec-eval / unsupported-io

  @Test func execEvalAndNamespaces() {
    Self.check(
      """
      x = eval("1 + 1")  # expect-error: exec-eval
      exec("y = 2")  # expect-error: exec-eval
      code = compile("1", "f", "eval")  # expect-error: exec-eval
      g = globals()  # expect-error: exec-eval
      def f():
          return locals()  # expect-error: exec-eval
      v = vars(f)  # expect-error: exec-eval
      """)
    Self.check(
      """
      def eval(expression):
          return expression
      x = eval("1")
      """)
  }

  @Test func onlyReadingFilesAndPrinting() {
    Self.check(
      """
      data = open("in.txt").read()
      raw = open("in.bin", "rb").read()
      out = open("out.txt", "w")  # expect-error: unsupported-io
      log = open("log.txt", mode="a")  # expect-error: unsupported-io
      both = open("x", "r+")  # expect-error: unsupported-io
      def mode():
          return "r"
      m = open("x", mode())  # expect-error: unsupported-io
      name = input("name? ")  # expect-error: unsupported-io
      print(data, raw, out, log, both, m, name)
      """)
  }

  @Test func everyRuleIsRegisteredOnce() {
    let ids = ImmutabilityChecker.ruleIDs
    #expect(Set(ids).count == ids.count)
    #expect(
      Set(ids) == [
        "mutation-call", "item-assignment", "slice-assignment", "del-item", "attribute-assignment",
        "global-rebinding", "nonlocal-rebinding", "augmented-mutation", "exec-eval",
        "unsupported-io",
      ])
  }
}

/// Container inference as the rules see it.
@Suite struct ContainerInferenceChecksTests {
  @Test func kindsFlowThroughNamesAnnotationsAndOperators() {
    ChecksTests.check(
      """
      class Log:
          def append(self, line):
              return self
      def f(xs: list[int], ys, zs=None):
          xs.append(1)  # expect-error: mutation-call
          a = []
          b = a
          c = b + ys
          c.append(2)  # expect-error: mutation-call
          d = zs or {}
          d.update(k=1)  # expect-error: mutation-call
          e = ys.copy()
          e.append(3)
          t = sorted(ys)[1:]
          t.insert(0, 1)  # expect-error: mutation-call
          return ys.append(4)
      """)
  }

  @Test func boundMutatorsOfKnownContainers() {
    ChecksTests.check(
      """
      seen = set()
      add = seen.add  # expect-error: mutation-call
      list(map(seen.add, [1, 2]))  # expect-error: mutation-call
      items = []
      count = items.count
      print(add, count)
      """)
  }

  @Test func shadowedBuiltinsAreNotContainers() {
    ChecksTests.check(
      """
      class Bag:
          def __init__(self, items):
              self.items = items
          def add(self, item):
              return Bag(self.items + (item,))
      def set(*items):
          return Bag(items)
      s = set(1, 2)
      s.add(3)
      """)
  }
}

/// (source, the (line, message) pairs CPython 3.11's `compile()` warns, in order), from
/// `warnings.catch_warnings(record=True)`.
private let syntaxWarningCases: [(String, [(Int, String)])] = {
  let isLit = "\"is\" with a literal. Did you mean \"==\"?"
  let isNotLit = "\"is not\" with a literal. Did you mean \"!=\"?"
  let assertion = "assertion is always true, perhaps remove parentheses?"
  return [
    ("x = 1\nassert (x, 'msg')\n", [(2, assertion)]),
    ("assert ()\nassert (1,)\n", [(2, assertion)]),
    ("x = 1\nif x is 1 or x is not 'a':\n    pass\n", [(2, isLit), (2, isNotLit)]),
    ("x = 1\nprint(x is None, x is True, x is ..., x is -1, x is (1, 2), x is [])\n",
     [(2, isLit), (2, isLit)]),
    ("x = 1\nwhile x is 2:\n    break\n", [(2, isLit), (2, isLit)]),
    ("try:\n    pass\nfinally:\n    assert (1, 2)\n", [(4, assertion), (4, assertion)]),
    ("y = [a is 3 for a in [4 is 4]]\n", [(1, isLit), (1, isLit)]),
    ("f = lambda: (1, 2)(3)\ng = lambda: [1](2)\nh = lambda: f'{1}'(3)\n",
     [(1, "'tuple' object is not callable; perhaps you missed a comma?"),
      (2, "'list' object is not callable; perhaps you missed a comma?"),
      (3, "'str' object is not callable; perhaps you missed a comma?")]),
    ("a = lambda: 5[0]\nb = lambda: None[1]\nc = lambda: {1, 2}[0]\nd = lambda: (x for x in y)[0]\n",
     [(1, "'int' object is not subscriptable; perhaps you missed a comma?"),
      (2, "'NoneType' object is not subscriptable; perhaps you missed a comma?"),
      (3, "'set' object is not subscriptable; perhaps you missed a comma?"),
      (4, "'generator' object is not subscriptable; perhaps you missed a comma?")]),
    ("a = lambda: 'ab'['x']\nb = lambda: [1, 2][1.5]\nc = lambda: (1, 2)[()]\n"
       + "d = lambda: 'ab'[1:2]\ne = lambda: 'ab'[True]\n",
     [(1, "str indices must be integers or slices, not str; perhaps you missed a comma?"),
      (2, "list indices must be integers or slices, not float; perhaps you missed a comma?"),
      (3, "tuple indices must be integers or slices, not tuple; perhaps you missed a comma?")]),
    ("x = 1\ny = 1if x else 2\nz = [0x1for _ in ()]\n",
     [(2, "invalid decimal literal"), (3, "invalid hexadecimal literal")]),
    ("class A(1 is 1):\n    y = 2 is 2\n", [(2, isLit), (1, isLit)]),
    ("x = 1\ndef f(a=x is 3):\n    return a is 4\n", [(2, isLit), (3, isLit)]),
    ("v = {(x is 12): x is 13 for x in [x is 14]}\n", [(1, isLit), (1, isLit), (1, isLit)]),
    ("x = [1]\n(a, b) = (x is 20, x is 21)\n", [(2, isLit), (2, isLit)]),
    ("x = -1 is -1\ny = not 1 is 2\nz = 1 + 2 is 3\nw = 'a' + 'b' is 'ab'\n",
     [(1, isLit), (2, isNotLit), (3, isLit), (4, isLit)]),
  ]
}()

@Test(arguments: syntaxWarningCases.indices)
func syntaxWarningsAreCPythons(_ index: Int) throws {
  let (source, expected) = syntaxWarningCases[index]
  let diagnostics = DiagnosticEngine()
  let module = try #require(Frontend.check(file: SourceFile(path: "/tmp/w.py", text: source),
                                           diagnostics: diagnostics))
  let got = module.ast.syntaxWarnings
  #expect(got.map(\.line) == expected.map(\.0), "\(got)")
  #expect(got.map(\.message) == expected.map(\.1), "\(got)")
  #expect(diagnostics.diagnostics.filter { $0.severity == .warning }.count == expected.count)
}
