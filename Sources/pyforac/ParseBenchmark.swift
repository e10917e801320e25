import Foundation
import Frontend

/// `pyforac --bench-parse LIST`: parses and dumps every file named in LIST (one path a line) in
/// this one process, as `benchmarks/parse` does with CPython's `ast.parse` + `ast.dump`, so the
/// two front doors are compared on the same files without process start-up in either number.
/// Prints `files N bytes B rejected R dumped D parse-seconds P dump-seconds S` on stdout; exit 1 when a file cannot be read.
struct ParseBenchmark {
  let listing: Data

  /// The paths of a listing file: one a line, blank lines ignored (also read by `ParseFuzz`).
  static func paths(in listing: Data) -> [String] {
    String(decoding: listing, as: UTF8.self)
      .split(whereSeparator: \.isNewline).map(String.init).filter { !$0.isEmpty }
  }

  func run() -> Int32 {
    let paths = Self.paths(in: listing)
    var files: [SourceFile] = []
    var bytes = 0
    for path in paths {
      guard let data = FileManager.default.contents(atPath: path) else {
        FileHandle.standardError.write(Data("pyforac: error: cannot read '\(path)'\n".utf8))
        return 1
      }
      files.append(SourceFile(path: path, bytes: Array(data)))
      bytes += data.count
    }
    var modules: [Module] = []
    let start = DispatchTime.now().uptimeNanoseconds
    for file in files {
      let diagnostics = DiagnosticEngine()
      let module = Parser.parse(file: file, diagnostics: diagnostics)
      if !diagnostics.hasErrors { modules.append(module) }
    }
    let parsed = DispatchTime.now().uptimeNanoseconds
    var dumped = 0
    for module in modules { dumped += ASTDumper.dump(module).utf8.count }
    let end = DispatchTime.now().uptimeNanoseconds
    print("files \(files.count) bytes \(bytes) rejected \(files.count - modules.count)",
          "dumped \(dumped) parse-seconds \(Double(parsed - start) / 1e9)",
          "dump-seconds \(Double(end - parsed) / 1e9)")
    return 0
  }
}
