import Foundation
import Frontend

/// `pyforac --fuzz-parse LIST [--fuzz-seed S] [--fuzz-count N]`: the in-process parser fuzzer
/// for runs of millions of inputs (conformance/tools/parse-robustness starts one process per
/// input, so it is for CI-sized runs). Mutates the files named in LIST (one path a line) with
/// the same kinds of damage (truncation, deleted/duplicated lines, inserted brackets, quotes,
/// tabs, NUL bytes, invalid UTF-8 bytes, flipped bytes) and parses each mutant. A crash ends the
/// process (a signal: the caller sees it); every rejection must name a line that exists in the
/// mutant, else the mutant is written to ./fuzz-failure-N.py and the run fails. Deterministic
/// for a seed. Prints `parse-fuzz-inprocess: N passed, N failed`.
struct ParseFuzz {
  let listing: Data
  let seed: UInt64
  let count: Int

  func run() -> Int32 {
    let corpus = ParseBenchmark.paths(in: listing)
      .compactMap { FileManager.default.contents(atPath: $0).map { Array($0) } }
    guard !corpus.isEmpty else {
      FileHandle.standardError.write(Data("pyforac: error: --fuzz-parse: empty corpus\n".utf8))
      return 1
    }
    var rng = SplitMix64(state: seed)
    var passed = 0, failed = 0
    for i in 0..<count {
      let source = corpus[Int(rng.next() % UInt64(corpus.count))]
      let mutant = mutate(source, &rng)
      let file = SourceFile(path: "fuzz.py", bytes: mutant)
      let diagnostics = DiagnosticEngine()
      _ = Parser.parse(file: file, diagnostics: diagnostics)
      let lines = mutant.reduce(1) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
      let bad = diagnostics.diagnostics.first {
        $0.severity == .error && !(1...lines).contains($0.range.start.line)
      }
      if let bad {
        failed += 1
        let path = "fuzz-failure-\(i).py"
        _ = FileManager.default.createFile(atPath: path, contents: Data(mutant))
        print("FAIL \(path): error at line \(bad.range.start.line) of \(lines): \(bad.message)")
      } else {
        passed += 1
      }
    }
    print("parse-fuzz-inprocess: \(passed) passed, \(failed) failed")
    return failed == 0 ? 0 : 1
  }

  private func mutate(_ src: [UInt8], _ rng: inout SplitMix64) -> [UInt8] {
    func pick(_ n: Int) -> Int { n <= 0 ? 0 : Int(rng.next() % UInt64(n)) }
    var out = src
    let pos = pick(src.count + 1)
    let inserts: [[UInt8]] = ["(", ")", "[", "]", "{", "}", "'", "\"", "\"\"\"", "f'{", "\t",
                              "\n\t", "\0", "\\", ":", "lambda", " if ", "**", "@", "match "]
      .map { Array($0.utf8) }
    switch pick(8) {
    case 0: out = Array(src[0..<pos])
    case 1, 2:
      var lines = src.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
      let i = pick(lines.count)
      if lines.isEmpty { break }
      if pick(2) == 0 { lines.remove(at: i) } else { lines.insert(lines[i], at: i) }
      out = Array(lines.joined(separator: [UInt8(ascii: "\n")]))
    case 3: out.insert(contentsOf: [[0xFF], [0xC3], [0xED, 0xA0, 0x80], [0x80]][pick(4)], at: pos)
    case 4:
      if pos < out.count { out[pos] = UInt8(truncatingIfNeeded: rng.next()) }
    default: out.insert(contentsOf: inserts[pick(inserts.count)], at: pos)
    }
    return out
  }
}

/// A small deterministic generator (SplitMix64), so a seed reproduces a fuzz run exactly.
struct SplitMix64 {
  var state: UInt64
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
