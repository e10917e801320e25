import Foundation
import Frontend

/// The phase list of one compiler run. Phases return values and collect diagnostics; this type
/// renders diagnostics once at the end and turns the outcome into an exit status.
struct Compilation {
  let options: PyforacCommand
  let diagnostics = DiagnosticEngine()

  /// Runs the phases in order and returns the process exit status (0, 1 or 70).
  func run() -> Int32 {
    guard let data = FileManager.default.contents(atPath: options.file) else {
      FileHandle.standardError.write(Data("pyforac: error: cannot read '\(options.file)'\n".utf8))
      return 1
    }
    if options.dumpAST || options.dumpASTAttributes || options.emit == .ast {
      let file = SourceFile(path: options.file, bytes: Array(data))
      let module = Parser.parse(file: file, diagnostics: diagnostics)
      if diagnostics.hasErrors { return reportErrors() }
      print(ASTDumper.dump(module, includeAttributes: options.dumpASTAttributes))
      return 0
    }
    let stdlib = Frontend.locateStdlib(
      executablePath: Bundle.main.executablePath ?? CommandLine.arguments[0])
    guard Frontend.load(entry: options.file, stdlibPath: stdlib, diagnostics: diagnostics) != nil
    else { return reportErrors() }
    FileHandle.standardError.write(Data("pyforac: code generation is not available yet\n".utf8))
    return 70
  }

  private func reportErrors() -> Int32 {
    FileHandle.standardError.write(Data(DiagnosticRenderer().render(diagnostics.diagnostics).utf8))
    return 1
  }
}
