/// `from __future__ import ...`, checked as CPython's compiler checks it (Python/future.c):
/// every feature must be one CPython 3.11 knows ("future feature X is not defined"; `braces`:
/// "not a chance"), and such imports may follow only the module's docstring and other future
/// imports ("from __future__ imports must occur at the beginning of the file"). Each is a
/// SyntaxError in CPython: the program never runs. Records the features in
/// `Module.futureFeatures` (`annotations`: annotations are never evaluated).
enum FutureImports {
  static let features: Set<String> = [
    "nested_scopes", "generators", "division", "absolute_import", "with_statement",
    "print_function", "unicode_literals", "barry_as_FLUFL", "generator_stop", "annotations",
  ]

  static func check(_ module: Module, diagnostics: DiagnosticEngine) {
    var atStart = true
    for (i, stmt) in module.body.enumerated() {
      if case .importFrom("__future__", let names, 0) = stmt.kind {
        guard atStart else {
          diagnostics.error(
            "syntax", "from __future__ imports must occur at the beginning of the file",
            file: module.file, range: stmt.range)
          continue
        }
        for a in names {
          if a.name == "braces" {
            diagnostics.error("syntax", "not a chance", file: module.file, range: stmt.range)
          } else if !features.contains(a.name) {
            diagnostics.error("syntax", "future feature \(a.name) is not defined",
                              file: module.file, range: stmt.range)
          } else {
            module.futureFeatures.insert(a.name)
          }
        }
        continue
      }
      // A docstring may come first.
      if i == 0, case .expr(let e) = stmt.kind, case .constant(.str, _) = e.kind { continue }
      atStart = false
    }
    // Nested future imports (in a function, say) are errors too.
    for stmt in module.body { nested(stmt, module, diagnostics) }
  }

  private static func nested(_ stmt: Stmt, _ module: Module, _ diagnostics: DiagnosticEngine) {
    func body(_ stmts: [Stmt]) {
      for s in stmts {
        if case .importFrom("__future__", _, 0) = s.kind {
          diagnostics.error(
            "syntax", "from __future__ imports must occur at the beginning of the file",
            file: module.file, range: s.range)
        }
        nested(s, module, diagnostics)
      }
    }
    switch stmt.kind {
    case .functionDef(let def), .asyncFunctionDef(let def): body(def.body)
    case .classDef(_, _, _, let b, _): body(b)
    case .if(_, let b, let o), .while(_, let b, let o): body(b); body(o)
    case .for(_, _, let b, let o, _), .asyncFor(_, _, let b, let o, _): body(b); body(o)
    case .with(_, let b, _), .asyncWith(_, let b, _): body(b)
    default: break
    }
  }
}
