import Frontend

/// Lowering from the AST to typed IR, driven by `TypeInference`.
///
/// Starting from the module body, every function reachable by a call is lowered once per
/// argument-type signature (`fib$int`). The analysis of a body is its lowering, run for the
/// facts it widens (`TypeInference` keeps them and schedules what depends on them): assignments
/// widen the types of their variables, returns widen the return type, calls create
/// specialisations. Once the facts are final (`TypeInference.run` returned and `freeze`), the
/// module body and everything it reaches is lowered once more, reading them; only this last
/// lowering reports diagnostics (so transient unknowns never become errors) and its code is the
/// program. Functions are known by `DefinitionID`, their names and scopes come from the
/// Frontend's `ScopeInfo`. Called by `Optimizer.run`.
final class ProgramLowering {
  let module: Module
  /// The entry module's resolved scopes.
  let scopes: ScopeInfo
  let sourcePath: String
  var definitions = Definitions()
  let inference: TypeInference
  /// Functions whose `def` runs after module code that may already call functions: calls to
  /// them check a `NAME#function` flag (NameError before the `def` ran, as in CPython).
  var lateFunctions: Set<String> = []
  /// Names bound by `import math` (module aliases) and `from math import x as y` (name -> attr).
  var mathModules: Set<String> = []
  var mathNames: [String: String] = [:]
  /// Names `from typing import` binds (name -> the typing attribute), and the names `import
  /// typing` binds: usable in annotations (and `TYPE_CHECKING` anywhere).
  var typingNames: [String: String] = [:]
  var typingModules: Set<String> = []
  /// The names `import sys` binds (`sys.argv`, `sys.maxsize`, `sys.exit(...)`).
  var sysModules: Set<String> = []
  /// Where each typing name is imported (an annotation before it raises NameError).
  var typingImportLines: [String: Int] = [:]
  /// Names `from dataclasses import dataclass` binds.
  var dataclassNames: Set<String> = []
  /// Names `from __future__ import` binds (feature objects, never read by programs).
  var futureNames: Set<String> = []
  /// `from __future__ import annotations`: no annotation is ever evaluated.
  var futureAnnotations: Bool { module.futureFeatures.contains("annotations") }
  /// Names a math import binds after module code has run: their uses check a `NAME#import`
  /// flag (NameError before the import ran, as in CPython).
  var lateImports: Set<String> = []
  /// The program's exception classes (`class E(ValueError): pass` at module level): their
  /// class numbers, and those whose class statement runs after other module code (a use
  /// before it raises NameError, as in CPython).
  var exceptionClassNumbers: [String: Int32] = [:]
  var exceptionClasses: [(name: String, parent: Int32)] = []
  var lateClasses: Set<String> = []
  /// Names bound by `from math import pi` that the module also assigns: the import stores the
  /// value in the global, which later assignments rebind.
  var importedConstants: Set<String> = []
  /// Names the module body binds (its variables are globals).
  var moduleNames: Set<String> = []
  /// The same names in order of their first binding in the source (CPython's globals order).
  var moduleNameOrder: [String] = []
  var diagnostics: [Diagnostic] = []
  /// True during the last lowering, whose code is the program.
  var isFinalRound: Bool { inference.isFrozen }
  var moduleSpec: Specialization { inference.module }
  var globalTypes: [String: IRType] { inference.globalTypes }

  init(module: LoadedModule, sourcePath: String) {
    self.module = module.ast
    self.scopes = module.scopes
    self.sourcePath = sourcePath
    inference = TypeInference()
  }

  /// Runs inference to a fixed point and returns the program, or nil after reporting errors.
  func run(into engine: DiagnosticEngine) -> IRProgram? {
    collectDefinitions()
    if !diagnostics.isEmpty {
      diagnostics.forEach(engine.emit)
      return nil
    }
    let stuck = inference.run { spec in
      if spec === moduleSpec { lowerModule() } else { lowerSpecialization(spec) }
    }
    inference.freeze()
    diagnostics = []
    lowerReachable()
    if let stuck, diagnostics.isEmpty {
      let info = stuck.key.def.map { definitions[$0] }
      let range = info?.range ?? SourceRange(line: 1, column: 0, endLine: 1, endColumn: 0)
      let what = info.map { "function '\($0.def.name)'" } ?? "the module body"
      diagnostics.append(Diagnostic(
        .error, id: "unsupported",
        message: "pyforac cannot compile this program yet: type inference did not converge "
          + "for \(what)",
        file: module.file, range: range))
    }
    if !diagnostics.isEmpty {
      var seen = Set<String>()
      for d in diagnostics where seen.insert("\(d.range.start) \(d.message)").inserted {
        engine.emit(d)
      }
      return nil
    }
    return makeProgram()
  }

  /// The final lowering: the module body and every specialisation its code reaches.
  private func lowerReachable() {
    lowerModule()
    var done = Set<SpecializationKey>()
    var progress = true
    while progress {
      progress = false
      for spec in inference.usedSpecializations where !done.contains(spec.key) {
        done.insert(spec.key)
        lowerSpecialization(spec)
        progress = true
      }
    }
  }

  private func lowerModule() {
    let lowering = FunctionLowering(program: self, spec: moduleSpec, def: nil)
    moduleSpec.lowered = lowering.lowerModuleBody(module.body)
  }

  private func lowerSpecialization(_ spec: Specialization) {
    guard let id = spec.key.def else { return }
    let info = definitions[id]
    let lowering = FunctionLowering(program: self, spec: spec, def: info)
    spec.lowered = lowering.lowerFunctionBody()
  }

  /// Widens the type of module global `slot`; false when the types have no join.
  func widenGlobal(_ slot: String, _ type: IRType) -> Bool {
    inference.widenGlobal(slot, type)
  }

  /// Records a diagnostic (kept only in the final round).
  func report(_ id: String, _ message: String, _ range: SourceRange) {
    guard isFinalRound else { return }
    diagnostics.append(Diagnostic(.error, id: id, message: message, file: module.file,
                                  range: range))
  }

  /// Reports `pyforac cannot compile <construct> yet` at `range`.
  func unsupported(_ construct: String, _ range: SourceRange) {
    report("unsupported", "pyforac cannot compile \(construct) yet", range)
  }

  /// `unsupported` for what the definitions show before any round of inference (`report`
  /// keeps only the final round's diagnostics).
  private func unsupportedDefinition(_ construct: String, _ range: SourceRange) {
    diagnostics.append(Diagnostic(.error, id: "unsupported",
                                  message: "pyforac cannot compile \(construct) yet",
                                  file: module.file, range: range))
  }

  private func collectDefinitions() {
    let probe = FunctionLowering(program: self, spec: moduleSpec, def: nil)
    probe.collectAssignedNames(module.body, into: &moduleNames)
    var codeRan = false
    var importRanges: [String: SourceRange] = [:]
    var otherImportRanges: [String: SourceRange] = [:]
    var seen = Set(moduleNameOrder)
    for stmt in module.body {
      let ranBefore = codeRan
      var bound = Set<String>()
      probe.collectAssignedNames([stmt], into: &bound)
      switch stmt.kind {
      case .functionDef(let def): bound.insert(def.name)
      case .classDef(let name, _, _, _, _): bound.insert(name)
      case .import(let names), .importFrom(_, let names, _):
        for a in names { bound.insert(a.asname ?? String(a.name.prefix { $0 != "." })) }
      default: break
      }
      if ranBefore {
        // CPython reads the builtin until this statement binds the name: a choice per read
        // between two values of different types.
        for name in bound.sorted() where NameSuggestion.builtins.contains(name) {
          unsupportedDefinition("binding the builtin name '\(name)' after module code has run",
                                stmt.range)
        }
      }
      for name in orderedNames(stmt, bound) where seen.insert(name).inserted {
        moduleNameOrder.append(name)
      }
      switch stmt.kind {
      case .functionDef(let def):
        // Annotations that can fail or call something run code when the def runs.
        if !FunctionLowering.annotations(of: def).allSatisfy(probe.isInertAnnotation) {
          codeRan = true
        }
      case .import, .importFrom: break
      case .assign(_, let value, _) where probe.isConstantExpression(value): break
      case .classDef(let name, let bases, let keywords, let body, let decorators):
        guard let parent = exceptionBase(bases, keywords, body, decorators) else {
          // Its body defines methods and constants only: running it cannot fail.
          collectClass(name, bases, keywords, body, decorators, stmt)
          if codeRan { lateClasses.insert(name) }
          break
        }
        if exceptionClassNumbers[name] != nil || moduleNames.contains(name) {
          unsupportedDefinition("an exception class bound twice", stmt.range)
        }
        exceptionClassNumbers[name] = ExceptionKind.firstUserClass + Int32(exceptionClasses.count)
        exceptionClasses.append((name, parent))
        if codeRan { lateClasses.insert(name) }
      default: codeRan = true
      }
      switch stmt.kind {
      case .functionDef(let def):
        if codeRan { lateFunctions.insert(def.name) }
        if !definitions.addModuleFunction(def, stmt, scopes: scopes) {
          unsupportedDefinition("a function defined twice", stmt.range)
        }
      case .import(let names):
        for a in names where a.name == "math" {
          let name = a.asname ?? "math"
          mathModules.insert(name)
          importRanges[name] = stmt.range
          if ranBefore { lateImports.insert(name) }
        }
      case .importFrom(let mod, let names, 0) where mod == "math":
        for a in names {
          let name = a.asname ?? a.name
          mathNames[name] = a.name
          importRanges[name] = stmt.range
          if ranBefore { lateImports.insert(name) }
        }
      default: break
      }
      switch stmt.kind {
      case .import(let names):
        for a in names where a.name == "sys" {
          sysModules.insert(a.asname ?? "sys")
          otherImportRanges[a.asname ?? "sys"] = stmt.range
        }
        for a in names where a.name == "typing" {
          typingModules.insert(a.asname ?? "typing")
          typingImportLines[a.asname ?? "typing"] = stmt.range.start.line
          otherImportRanges[a.asname ?? "typing"] = stmt.range
        }
      case .importFrom("typing", let names, 0):
        for a in names {
          typingNames[a.asname ?? a.name] = a.name
          typingImportLines[a.asname ?? a.name] = stmt.range.start.line
          otherImportRanges[a.asname ?? a.name] = stmt.range
        }
      case .importFrom("dataclasses", let names, 0):
        for a in names where a.name == "dataclass" {
          dataclassNames.insert(a.asname ?? a.name)
          otherImportRanges[a.asname ?? a.name] = stmt.range
        }
      case .importFrom("__future__", let names, 0):
        for a in names {
          futureNames.insert(a.asname ?? a.name)
          otherImportRanges[a.asname ?? a.name] = stmt.range
        }
      default: break
      }
    }
    for (name, range) in otherImportRanges.sorted(by: { $0.key < $1.key })
    where moduleNames.contains(name) || importRanges[name] != nil {
      unsupportedDefinition("binding '\(name)' again, which a sys, typing or __future__ import binds,",
                            range)
    }
    for (name, range) in importRanges.sorted(by: { $0.key < $1.key })
    where moduleNames.contains(name) {
      if mathNames[name] == "pi" {
        importedConstants.insert(name)
      } else {
        unsupportedDefinition("assigning '\(name)', which a math import binds,", range)
      }
    }
  }

  /// The base class number of `class E(Base): pass` (a body of `pass`, `...` and docstrings,
  /// one base that is a builtin exception class or one of the program's), nil for any other
  /// class.
  private func exceptionBase(_ bases: [Expr], _ keywords: [Keyword], _ body: [Stmt],
                             _ decorators: [Expr]) -> Int32? {
    guard bases.count == 1, keywords.isEmpty, decorators.isEmpty,
      case .name(let base, _) = bases[0].kind, !moduleNames.contains(base)
    else { return nil }
    for s in body {
      switch s.kind {
      case .pass: continue
      case .expr(let e):
        if case .constant = e.kind { continue }
        return nil
      default: return nil
      }
    }
    if let own = exceptionClassNumbers[base] { return own }
    guard let k = ExceptionKind(pythonName: base), definitions.function(named: base) == nil
    else { return nil }
    return k.rawValue
  }

  /// The names a statement binds, in source order of their first binding target.
  private func orderedNames(_ stmt: Stmt, _ bound: Set<String>) -> [String] {
    var out: [String] = []
    var seen = Set<String>()
    func walk(_ e: Expr) {
      switch e.kind {
      case .name(let id, _): if bound.contains(id) && seen.insert(id).inserted { out.append(id) }
      case .tuple(let elts, _), .list(let elts, _): elts.forEach(walk)
      default: break
      }
    }
    switch stmt.kind {
    case .assign(let targets, _, _): targets.forEach(walk)
    case .augAssign(let t, _, _), .annAssign(let t, _, _, _), .for(let t, _, _, _, _): walk(t)
    default: break
    }
    for name in bound.sorted() where seen.insert(name).inserted { out.append(name) }
    return out
  }

  private func makeProgram() -> IRProgram {
    var program = IRProgram(sourcePath: sourcePath)
    if let m = moduleSpec.lowered { program.functions.append(m) }
    for s in inference.usedSpecializations {
      guard let f = s.lowered, let id = s.key.def else { continue }
      program.functions.append(f)
      let def = definitions[id].def
      let params = zip(def.args.args.map(\.arg), s.key.argTypes).map { "\($0): \($1)" }
      program.signatures.append(
        "\(def.name)(\(params.joined(separator: ", "))) -> \(s.returnType)  [\(s.symbol)]")
    }
    program.globals = globalTypes.keys.sorted().map { ($0, globalTypes[$0] ?? .none) }
    program.exceptionClasses = exceptionClasses
    program.classes = classTable()
    Self.pruneWarmups(&program)
    return program
  }

  /// Deletes the `warmup` counts of code objects whose warmth no frame entry reads (every
  /// program without `sum`/`sorted` of a generator expression): lowering counts them all.
  static func pruneWarmups(_ program: inout IRProgram) {
    var read = Set<String>()
    for f in program.functions {
      for b in f.blocks {
        for i in b.instructions {
          if case .pushFrame(_, _, _, .belowCCallIfCold(let key)) = i.op { read.insert(key) }
          if case .enterColdCall(let key) = i.op,
            let code = Operation.parseColdCallKey(key).code
          {
            read.insert(code)
          }
        }
      }
    }
    for fi in program.functions.indices {
      for bi in program.functions[fi].blocks.indices {
        program.functions[fi].blocks[bi].instructions.removeAll {
          if case .warmup(let key) = $0.op { return !read.contains(key) }
          return false
        }
      }
    }
  }
}
