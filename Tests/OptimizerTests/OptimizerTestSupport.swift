import Frontend
@testable import Optimizer

/// Parses `source` and runs the optimizer over it; the verifier runs after every pass.
func optimize(_ source: String, dumpAfter: String? = nil)
  -> (result: OptimizerResult, diagnostics: DiagnosticEngine)
{
  let diagnostics = DiagnosticEngine()
  let file = SourceFile(path: "/tmp/test.py", text: source)
  let module = Parser.parse(file: file, diagnostics: diagnostics)
  let result = Optimizer.run(module: module, sourcePath: "/tmp/test.py",
                             options: OptimizerOptions(dumpAfter: dumpAfter,
                                                       verifyOwnershipEachPass: true),
                             diagnostics: diagnostics)
  return (result, diagnostics)
}

/// The inferred signatures of a program that must compile.
func signatures(_ source: String) -> [String] {
  let (result, _) = optimize(source)
  return result.program?.signatures.map { $0.components(separatedBy: "  [")[0] } ?? []
}

/// The ids and lines of the errors a program gets.
func errors(_ source: String) -> [(id: String, line: Int)] {
  optimize(source).diagnostics.diagnostics.filter { $0.severity == .error }
    .map { ($0.id, $0.range.start.line) }
}

/// `module` with its scopes resolved, as the Frontend's loader hands it over.
func loaded(_ module: Module) -> LoadedModule {
  Optimizer.entryModule(module, diagnostics: DiagnosticEngine())
}
