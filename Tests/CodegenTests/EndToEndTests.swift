import Foundation
import Testing
@testable import Codegen

/// Compiles small programs with the built `pyforac` and compares their output with CPython's
/// (the oracle, run at test time). Enabled when the compiler (release, as test.sh builds it, or
/// debug), the runtime library, `mpicc` and `python3` are all available (after
/// `scripts/build.sh`).
private enum Tools {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
  static let pyforac = [".build/release/pyforac", ".build/debug/pyforac"]
    .map { root.appendingPathComponent($0).path }
    .first { FileManager.default.isExecutableFile(atPath: $0) } ?? ""
  static let runtime = root.appendingPathComponent(".build/runtime/libpyrt.a").path
  static var available: Bool {
    FileManager.default.isExecutableFile(atPath: pyforac)
      && FileManager.default.fileExists(atPath: runtime)
      && FileManager.default.isExecutableFile(atPath: "/usr/bin/python3")
  }
}

/// Runs a tool (``ChildProcess``: no run loop, which could miss an exit off the main thread and
/// hang the test run); anything still running after `timeout` seconds is killed and fails.
private func run(_ tool: String, _ args: [String], timeout: Double = 300)
  -> (status: Int32, out: String, err: String)
{
  let r = ChildProcess.run([tool] + args, timeout: timeout)
  #expect(!r.timedOut, "\(tool) \(args.joined(separator: " ")) ran past \(Int(timeout)) s")
  return (r.status, r.stdoutText, r.stderrText)
}

private func compareWithCPython(_ source: String) throws {
  let dir = FileManager.default.temporaryDirectory
    .appendingPathComponent("pyforac-e2e-\(UUID().uuidString)")
  try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
  defer { try? FileManager.default.removeItem(at: dir) }
  let py = dir.appendingPathComponent("prog.py").path
  try source.write(toFile: py, atomically: true, encoding: .utf8)
  let exe = dir.appendingPathComponent("prog").path
  let compiled = run(Tools.pyforac, [py, "-o", exe])
  #expect(compiled.status == 0, "\(compiled.err)")
  let expected = run("/usr/bin/python3", [py])
  let actual = run(exe, [], timeout: 60)
  #expect(actual.out == expected.out)
  #expect(actual.status == expected.status)
  let lastLine = { (s: String) in s.split(separator: "\n").last.map(String.init) ?? "" }
  #expect(lastLine(actual.err) == lastLine(expected.err))
  let frames = { (s: String) in
    s.split(separator: "\n").filter { $0.hasPrefix("  File ") || $0.hasPrefix("[Previous") }
  }
  #expect(frames(actual.err) == frames(expected.err))
}

@Test(.enabled(if: Tools.available)) func fibAndListsMatchCPython() throws {
  try compareWithCPython("""
    def fib(n):
        return n if n < 2 else fib(n - 1) + fib(n - 2)
    xs = []
    for i in range(12):
        xs = xs + [fib(i)]
    print(xs, sum(xs) / len(xs), max(xs), sorted(xs, reverse=True)[:3])
    print(f"{sum(xs):,} {0.1 + 0.2!r}", [(i, s) for i, s in enumerate("ab")])
    """)
}

@Test(.enabled(if: Tools.available)) func uncaughtErrorMatchesCPython() throws {
  try compareWithCPython("""
    def ratio(a, b):
        return a // b
    print([ratio(10, d) for d in [5, 2]])
    print(ratio(1, 0))
    """)
}

@Test(.enabled(if: Tools.available)) func unionsMatchCPython() throws {
  try compareWithCPython("""
    total = 0
    for v in [1, 2.5, 3]:
        total = total + v
    best = None
    for v in [3, 9, 2]:
        if best is None or v > best:
            best = v
    print(total, best, [1, "a", None, 2.5], max(1, 2.5))
    """)
}

/// Runs `argv` with stdout to /dev/full and without PYTHONUNBUFFERED (which would change when
/// CPython's writes fail); returns the status and stderr without CPython's `^^^` marker lines.
private func runToFullDevice(_ argv: [String]) -> (status: Int32, err: String) {
  var env = ProcessInfo.processInfo.environment
  env["PYTHONUNBUFFERED"] = nil
  let r = ChildProcess.run(argv, environment: env, stdout: .file("/dev/full"), timeout: 120)
  #expect(!r.timedOut, "\(argv[0]) ran past 120 s")
  let lines = r.stderrText.split(separator: "\n", omittingEmptySubsequences: false)
    .filter { !$0.allSatisfy { " ~^".contains($0) } || $0.isEmpty }
  return (r.status, lines.joined(separator: "\n"))
}

/// Output that cannot be written: CPython raises OSError from the print() whose write fails
/// (a large output), or reports "Exception ignored ..." and exits 120 (a small one).
@Test(.enabled(if: Tools.available && FileManager.default.fileExists(atPath: "/dev/full")))
func stdoutWriteErrorsMatchCPython() throws {
  let dir = FileManager.default.temporaryDirectory
    .appendingPathComponent("pyforac-e2e-\(UUID().uuidString)")
  try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
  defer { try? FileManager.default.removeItem(at: dir) }
  let programs = [
    "small": "print('hello', [1, 2])\n",
    "large": "def show(i):\n    print('line', i, 'x' * (i % 50))\nfor i in range(3000):\n    show(i)\n",
    "raises": "print('before')\nprint(1 // 0)\n",
    // A large text after small ones: the failing write is the buffer's own flush, whose bytes
    // stay buffered, so CPython also reports "Exception ignored" at exit (status 120).
    "mixed": "print('a' * 100)\nprint('b' * 9000)\nprint('c')\n",
    "boundary": "print('x' * 8191)\nprint('y' * 4096, end='')\nprint('z')\n",
  ]
  for (name, source) in programs.sorted(by: { $0.key < $1.key }) {
    let py = dir.appendingPathComponent("\(name).py").path
    try source.write(toFile: py, atomically: true, encoding: .utf8)
    let exe = dir.appendingPathComponent(name).path
    let compiled = run(Tools.pyforac, [py, "-o", exe])
    #expect(compiled.status == 0, "\(compiled.err)")
    let expected = runToFullDevice(["/usr/bin/python3", py])
    let actual = runToFullDevice([exe])
    #expect(actual.status == expected.status, "\(name): status")
    #expect(actual.err == expected.err, "\(name): stderr")
  }
}

/// `n` lines printing a computed value each (enough lines make the module body be split
/// into outlined parts, see `FunctionSplit`).
private func prints(_ n: Int, from start: Int = 0, indent: String = "") -> String {
  (start..<start + n).map { "\(indent)print(\($0), 'v', \($0) * 2)\n" }.joined()
}

@Test(.enabled(if: Tools.available)) func errorsDeepInAHugeModuleMatchCPython() throws {
  try compareWithCPython("def g(x):\n    return 10 // x\n" + prints(1500) + "print(g(0))\n")
  try compareWithCPython(prints(700) + "ys = [10 // x for x in [1, 2, 0]]\n" + prints(700))
  try compareWithCPython("def f(n):\n    return f(n + 1)\n" + prints(1500) + "f(0)\n")
  try compareWithCPython(prints(1500) + "print(zzz)\nzzz = 1\n")
}

@Test(.enabled(if: Tools.available)) func hugeLoopsAndFunctionsMatchCPython() throws {
  let terms = (0..<800).map { "    t = t + i * \($0)\n" }.joined()
  try compareWithCPython("t = 0\nfor i in range(5):\n" + terms
    + "    print(t, 10 // (2 - i))\n" + terms + "print(t)\n")
  let steps = (0..<800).map { "    s = s + b * \($0)\n    print(s)\n" }.joined()
  try compareWithCPython("def h(a, b):\n    s = a\n" + steps + "    return s // (a - a)\n"
    + "print(h(1, 2))\n")
  let cases = (0..<1000).map { "    if i == \($0 % 3):\n        print(\($0), i)\n" }.joined()
  try compareWithCPython("i = 0\nwhile i < 3:\n" + cases + "    i = i + 1\nprint([1][i])\n")
}

@Test(.enabled(if: Tools.available)) func largeLiteralsMatchCPython() throws {
  let ints = (0..<3000).map { String($0 * 7 - 500) }.joined(separator: ", ")
  let floats = (0..<500).map { "\(Double($0) / 8)" }.joined(separator: ", ")
  let fields = String(repeating: "{x}-{y!r}|", count: 400)
  try compareWithCPython("""
    xs = [\(ints)]
    t = (\(ints), None, True, \(floats), "end")
    fs = [\(floats), 1e300, -0.0]
    x = 3
    y = 2.5
    s = f'\(fields)'
    print(len(xs), sum(xs), xs[-3:], len(t), t[3000], t[3002], t[-2], t[-1], fs[-3:])
    print(len(s), s[-20:])
    """)
}
