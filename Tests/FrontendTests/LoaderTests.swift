import Foundation
import Testing

@testable import Frontend

/// `Frontend.load`: the module search order, packages, relative and star imports, and the
/// errors CPython raises at import time (messages as CPython prints them).
@Suite struct LoaderTests {
  /// Writes `files` (relative path -> source) under a fresh temporary directory.
  static func tree(_ files: [String: String]) -> String {
    let root = FileManager.default.temporaryDirectory
      .appendingPathComponent("pyforac-loader-\(UUID().uuidString)").path
    for (path, text) in files {
      let full = (root as NSString).appendingPathComponent(path)
      try? FileManager.default.createDirectory(
        atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
      FileManager.default.createFile(atPath: full, contents: Data(text.utf8))
    }
    return root
  }

  static func load(_ files: [String: String], stdlib: [String: String] = [:])
    -> (Program?, DiagnosticEngine, String)
  {
    let root = tree(files.merging(stdlib.map { ("stdlib-py/" + $0.key, $0.value) }) { a, _ in a })
    defer { try? FileManager.default.removeItem(atPath: root) }
    let diagnostics = DiagnosticEngine()
    let program = Frontend.load(
      entry: (root as NSString).appendingPathComponent("app/main.py"),
      stdlibPath: (root as NSString).appendingPathComponent("stdlib-py"),
      diagnostics: diagnostics)
    return (program, diagnostics, root)
  }

  @Test func loadsUserModulesPackagesAndStdlibInDependencyOrder() {
    let (program, d, _) = Self.load(
      [
        "app/main.py": """
        import helpers
        from pkg.sub import value
        import numpy as np
        import math
        print(helpers.f(), value, np.zeros, math.pi)
        """,
        "app/helpers.py": "def f():\n    return 1\n",
        "app/pkg/__init__.py": "",
        "app/pkg/sub.py": "from . import other\nvalue = other.x\n",
        "app/pkg/other.py": "x = 2\n",
      ], stdlib: ["numpy/__init__.py": "def zeros(n):\n    return [0.0] * n\n"])
    #expect(d.diagnostics.isEmpty, "\(d.diagnostics.map(\.message))")
    #expect(
      program?.modules.map(\.name) == [
        "helpers", "pkg", "pkg.other", "pkg.sub", "numpy", "__main__",
      ])
    #expect(program?.entry.name == "__main__")
    #expect(program?.modules.first { $0.name == "numpy" }?.isPackage == true)
  }

  @Test func userFilesWinOverStdlibAndBuiltinModulesWinOverFiles() {
    let (program, d, _) = Self.load(
      [
        "app/main.py": "import numpy\nimport math\n",
        "app/numpy.py": "mine = 1\n",
        "app/math.py": "this is not python\n",
      ], stdlib: ["numpy/__init__.py": "theirs = 1\n"])
    #expect(!d.hasErrors)
    let numpy = program?.modules.first { $0.name == "numpy" }
    #expect(numpy?.file.path.hasSuffix("app/numpy.py") == true)
    #expect(program?.modules.contains { $0.name == "math" } == false)
  }

  @Test func missingModuleIsImportNotFound() {
    let (program, d, _) = Self.load([
      "app/main.py": "import helpers\nimport nothere\nfrom pkg.missing import x\n",
      "app/helpers.py": "",
      "app/pkg/__init__.py": "",
    ])
    #expect(program == nil)
    let errors = d.diagnostics.map { "\($0.range.start.line):\($0.id):\($0.message)" }
    #expect(
      errors == [
        "2:import-not-found:No module named 'nothere'",
        "3:import-not-found:No module named 'pkg.missing'",
      ])
  }

  @Test func missingNameIsImportNameNotFound() {
    let (_, d, root) = Self.load([
      "app/main.py": "from helpers import f, g\n",
      "app/helpers.py": "def f():\n    return 1\n",
    ])
    #expect(d.diagnostics.count == 1)
    #expect(d.diagnostics.first?.id == "import-name-not-found")
    #expect(
      d.diagnostics.first?.message
        == "cannot import name 'g' from 'helpers' (\(root)/app/helpers.py)")
    #expect(d.diagnostics.first?.range.start == SourceLocation(line: 1, column: 23))
  }

  @Test func relativeImportFromTheEntryFileHasNoParent() {
    let (_, d, _) = Self.load(["app/main.py": "from . import helpers\n"])
    #expect(
      d.diagnostics.map(\.message) == [
        "attempted relative import with no known parent package"
      ])
  }

  @Test func starImportBindsPublicNamesOrAll() {
    let (program, d, _) = Self.load([
      "app/main.py": "from helpers import *\nfrom consts import *\nprint(f, PI, _hidden, E)\n",
      "app/helpers.py": "def f():\n    return 1\n_hidden = 2\n",
      "app/consts.py": "__all__ = ['PI']\nPI = 3.14\nE = 2.71\n",
    ])
    #expect(!d.hasErrors)
    let scopes = program?.entry.scopes
    #expect(scopes?.module.binding(of: "f") == .global)
    #expect(scopes?.module.binding(of: "PI") == .global)
    #expect(scopes?.module.binding(of: "_hidden") == .undefined)
    #expect(scopes?.module.binding(of: "E") == .undefined)
  }

  @Test func importCyclesTerminate() {
    let (program, d, _) = Self.load([
      "app/main.py": "import a\n",
      "app/a.py": "import b\nx = 1\n",
      "app/b.py": "import a\ny = 2\n",
    ])
    #expect(!d.hasErrors)
    #expect(program?.modules.map(\.name) == ["b", "a", "__main__"])
  }

  @Test func errorsInImportedModulesAreReportedWithTheirPath() {
    let (program, d, _) = Self.load([
      "app/main.py": "import bad\nimport mutating\n",
      "app/bad.py": "def f(:\n    pass\n",
      "app/mutating.py": "xs = []\nxs.append(1)\n",
    ])
    #expect(program == nil)
    let located = d.diagnostics.map {
      "\(($0.file?.path as NSString?)?.lastPathComponent ?? "?"):\($0.range.start.line):\($0.id)"
    }
    #expect(located == ["bad.py:1:syntax", "mutating.py:2:mutation-call"])
  }

  @Test func methodsDefinedInOtherModulesKeepUnknownReceiversLegal() {
    let (_, d, _) = Self.load([
      "app/main.py": "from shapes import Path\ndef grow(p):\n    return p.append(1)\n",
      "app/shapes.py": """
      class Path:
          def __init__(self, steps):
              self.steps = steps
          def append(self, step):
              return Path(self.steps + (step,))
      """,
    ])
    #expect(d.diagnostics.isEmpty, "\(d.diagnostics.map(\.message))")
  }

  @Test func realisticImmutableProgramIsAccepted() {
    let (program, d, _) = Self.load([
      "app/main.py": """
        import math
        from geometry import Point, centroid


        class Particle:
            def __init__(self, position, velocity, mass=1.0):
                self.position = position
                self.velocity = velocity
                self.mass = mass
                if mass <= 0:
                    self.mass = 1.0

            def step(self, dt):
                return Particle(self.position.moved(self.velocity, dt), self.velocity, self.mass)

            @property
            def energy(self):
                return 0.5 * self.mass * self.velocity.norm() ** 2


        def simulate(particles, steps, dt=0.1):
            history = []
            for _ in range(steps):
                particles = [p.step(dt) for p in particles]
                history = history + [centroid([p.position for p in particles])]
            return particles, history


        def histogram(values, bins):
            counts = {}
            for v in values:
                b = min(int(v * bins), bins - 1)
                counts = {**counts, b: counts.get(b, 0) + 1}
            return counts


        def make_counter():
            def count(xs, seen=frozenset()):
                total = 0
                for x in xs:
                    if x not in seen:
                        total += 1
                        seen = seen | {x}
                return total
            return count


        def main():
            ps = [Particle(Point(i, 0.0), Point(1.0, float(i))) for i in range(4)]
            final, hist = simulate(ps, 3)
            energies = sorted((p.energy for p in final), reverse=True)
            print([round(e, 3) for e in energies])
            print(hist[-1])
            print(histogram([0.1, 0.5, 0.52, 0.99], 4))
            print(make_counter()([1, 2, 2, 3]))
            words = "a b a c".split()
            index = {w: i for i, w in enumerate(words)}
            pairs = list(zip(words, words[1:]))
            names = tuple(sorted(set(words)))
            print(index, pairs, names, math.sqrt(16))
            text = ""
            for w in words:
                text += w.upper()
            print(text)


        if __name__ == "__main__":
            main()
        """,
      "app/geometry.py": """
        import math


        class Point:
            def __init__(self, x, y):
                self.x = x
                self.y = y

            def moved(self, v, dt):
                return Point(self.x + v.x * dt, self.y + v.y * dt)

            def norm(self):
                return math.hypot(self.x, self.y)

            def __repr__(self):
                return f"Point({self.x:.2f}, {self.y:.2f})"


        def centroid(points):
            n = len(points)
            return Point(sum(p.x for p in points) / n, sum(p.y for p in points) / n)
        """,
    ])
    #expect(d.diagnostics.isEmpty, "\(d.diagnostics.map(\.message))")
    #expect(program?.modules.map(\.name) == ["geometry", "__main__"])
    #expect(program?.entry.scopes.undefinedNames.isEmpty == true)
  }
}
