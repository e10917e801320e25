import Frontend

/// A function specialised for one tuple of argument types: the unit of type inference.
struct SpecializationKey: Hashable {
  var name: String
  var argTypes: [IRType]
}

/// What inference knows about one specialisation between fixed-point rounds.
final class Specialization {
  let key: SpecializationKey
  let symbol: String
  var returnType: IRType = .never
  var localTypes: [String: IRType] = [:]
  /// Variable state at each loop header, accumulated over rounds.
  var loopEnvs: [String: FlowEnv] = [:]
  /// Variables whose type differs between paths that meet: they live in one boxed `object`
  /// slot (`x#object`) for the whole body.
  var unionVars: Set<String> = []
  /// Scalar locals read where they may be unassigned: they carry a `name#set` flag.
  var flaggedLocals: Set<String> = []
  var lowered: IRFunction?
  /// Called from code lowered in the final round (others are stale and not emitted).
  var used = false
  /// The specialisation whose body first called this one (nil for the module body): the
  /// chain of these is where a recursion whose argument types grow is found.
  let parent: Specialization?
  /// The specialisations (and the module body) whose code calls this one.
  var callers: Set<SpecializationKey> = []
  /// How many times inference lowered this body.
  var lowerings = 0

  init(key: SpecializationKey, symbol: String, parent: Specialization? = nil) {
    self.key = key
    self.symbol = symbol
    self.parent = parent
  }
}

/// A module-level `def`.
struct FunctionInfo {
  var def: FunctionDef
  var range: SourceRange
}

/// Whole-program type inference and lowering from the AST to typed IR.
///
/// Starting from the module body, every function reachable by a call is lowered once per
/// argument-type signature (`fib$int`). Lowering a body both infers and emits: assignments
/// widen the types of their variables, returns widen the return type, calls create
/// specialisations. A worklist lowers again only the bodies whose facts changed: a body whose
/// own variables widened, the callers of a function whose return type widened, every body when
/// a global's type changed; each body at most `maxLowerings` times. A last round then lowers
/// everything reachable once more and only it reports diagnostics (so transient unknowns never
/// become errors). Called by `Optimizer.run`.
final class ProgramLowering {
  static let maxLowerings = 100
  let module: Module
  let sourcePath: String
  var functions: [String: FunctionInfo] = [:]
  /// Functions whose `def` runs after module code that may already call functions: calls to
  /// them check a `NAME#function` flag (NameError before the `def` ran, as in CPython).
  var lateFunctions: Set<String> = []
  /// Names bound by `import math` (module aliases) and `from math import x as y` (name -> attr).
  var mathModules: Set<String> = []
  var mathNames: [String: String] = [:]
  /// Names a math import binds after module code has run: their uses check a `NAME#import`
  /// flag (NameError before the import ran, as in CPython).
  var lateImports: Set<String> = []
  /// Names bound by `from math import pi` that the module also assigns: the import stores the
  /// value in the global, which later assignments rebind.
  var importedConstants: Set<String> = []
  var specializations: [SpecializationKey: Specialization] = [:]
  var order: [SpecializationKey] = []
  var globalTypes: [String: IRType] = [:]
  /// Names the module body binds (its variables are globals).
  var moduleNames: Set<String> = []
  /// The same names in order of their first binding in the source (CPython's globals order).
  var moduleNameOrder: [String] = []
  var moduleSpec = Specialization(
    key: SpecializationKey(name: "<module>", argTypes: []), symbol: "pyforac_module_main")
  /// Bodies to lower again (the worklist), by position in `order` (-1: the module body).
  var dirty: Set<Int> = []
  var position: [SpecializationKey: Int] = [:]
  var diagnostics: [Diagnostic] = []
  var isFinalRound = false

  init(module: Module, sourcePath: String) {
    self.module = module
    self.sourcePath = sourcePath
  }

  /// Runs inference to a fixed point and returns the program, or nil after reporting errors.
  func run(into engine: DiagnosticEngine) -> IRProgram? {
    collectDefinitions()
    if !diagnostics.isEmpty {
      diagnostics.forEach(engine.emit)
      return nil
    }
    let stuck = infer()
    isFinalRound = true
    diagnostics = []
    lowerReachable()
    if let stuck, diagnostics.isEmpty {
      let range = stuck.key.name == moduleSpec.key.name
        ? SourceRange(line: 1, column: 0, endLine: 1, endColumn: 0)
        : functions[stuck.key.name]?.range ?? .none
      let what = stuck === moduleSpec ? "the module body" : "function '\(stuck.key.name)'"
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

  /// Lowers bodies until no fact changes; returns the body that kept changing past
  /// `maxLowerings`, if any. The most recently created body goes first, so that callees
  /// settle before their callers are lowered again.
  private func infer() -> Specialization? {
    dirty = [-1]
    while let next = dirty.max() {
      dirty.remove(next)
      let spec = next < 0 ? moduleSpec : specializations[order[next]]!
      spec.lowerings += 1
      if spec.lowerings > Self.maxLowerings { return spec }
      if next < 0 { lowerModule() } else { lowerSpecialization(spec) }
    }
    return nil
  }

  /// The final round: the module body and every specialisation its code reaches.
  private func lowerReachable() {
    lowerModule()
    var done = Set<SpecializationKey>()
    var progress = true
    while progress {
      progress = false
      for key in order where !done.contains(key) {
        guard let spec = specializations[key], spec.used else { continue }
        done.insert(key)
        lowerSpecialization(spec)
        progress = true
      }
    }
  }

  /// Asks for `spec`'s body to be lowered again (a fact it computed changed).
  func invalidate(_ spec: Specialization) {
    guard !isFinalRound else { return }
    dirty.insert(spec === moduleSpec ? -1 : position[spec.key]!)
  }

  /// Asks for the bodies calling `spec` to be lowered again (its return type changed).
  func invalidateCallers(of spec: Specialization) {
    guard !isFinalRound else { return }
    for key in spec.callers {
      dirty.insert(key == moduleSpec.key ? -1 : position[key]!)
    }
  }

  /// Asks for every body to be lowered again (a global's type or representation changed).
  func invalidateAll() {
    guard !isFinalRound else { return }
    dirty.insert(-1)
    dirty.formUnion(order.indices)
  }

  private func lowerModule() {
    let lowering = FunctionLowering(program: self, spec: moduleSpec, def: nil)
    moduleSpec.lowered = lowering.lowerModuleBody(module.body)
  }

  private func lowerSpecialization(_ spec: Specialization) {
    guard let info = functions[spec.key.name] else { return }
    let lowering = FunctionLowering(program: self, spec: spec, def: info)
    spec.lowered = lowering.lowerFunctionBody()
  }

  /// The specialisation of `name` for `argTypes` called from `caller`'s body, created (and
  /// scheduled) on first request. An argument type that grows along a recursion (`f((x, x))`
  /// inside `f(x)`, `f([x])`, `f(acc + (n,))`) would make infinitely many specialisations: it
  /// is widened to `object` as soon as it is bigger than at the same function's nearest
  /// specialisation up the chain of callers (what Julia's inference does with growing types).
  func specialization(_ name: String, _ argTypes: [IRType], from caller: Specialization)
    -> Specialization
  {
    var argTypes = argTypes
    var ancestor: Specialization? = caller
    while let a = ancestor, a.key.name != name { ancestor = a.parent }
    if let a = ancestor {
      for i in argTypes.indices where i < a.key.argTypes.count
        && argTypes[i].size > a.key.argTypes[i].size
      {
        argTypes[i] = .object
      }
    }
    let key = SpecializationKey(name: name, argTypes: argTypes)
    if let s = specializations[key] {
      if isFinalRound { s.used = true }
      s.callers.insert(caller.key)
      return s
    }
    let suffix = argTypes.map { mangle($0) }.joined(separator: "$")
    let symbol = "pyfn." + name + (argTypes.isEmpty ? "" : "$" + suffix)
    let s = Specialization(key: key, symbol: symbol, parent: caller)
    s.used = isFinalRound
    s.callers.insert(caller.key)
    specializations[key] = s
    position[key] = order.count
    order.append(key)
    if !isFinalRound { dirty.insert(order.count - 1) }
    return s
  }

  private func mangle(_ t: IRType) -> String {
    t.description.filter { $0 != " " }
  }

  /// Widens the type of module global `name`; false when the types have no join.
  func widenGlobal(_ name: String, _ type: IRType) -> Bool {
    let old = globalTypes[name] ?? .never
    guard let new = IRType.join(old, type) else { return false }
    if new != old {
      globalTypes[name] = new
      invalidateAll()
    }
    return true
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
    var seen = Set(moduleNameOrder)
    for stmt in module.body {
      let ranBefore = codeRan
      var bound = Set<String>()
      probe.collectAssignedNames([stmt], into: &bound)
      switch stmt.kind {
      case .functionDef(let def): bound.insert(def.name)
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
      case .functionDef, .import, .importFrom: break
      case .assign(_, let value, _) where probe.isConstantExpression(value): break
      default: codeRan = true
      }
      switch stmt.kind {
      case .functionDef(let def):
        if codeRan { lateFunctions.insert(def.name) }
        if functions[def.name] != nil {
          unsupportedDefinition("a function defined twice", stmt.range)
        }
        functions[def.name] = FunctionInfo(def: def, range: stmt.range)
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
    for key in order {
      guard let s = specializations[key], s.used, let f = s.lowered else { continue }
      program.functions.append(f)
      let names = functions[key.name]?.def.args.args.map(\.arg) ?? []
      let params = zip(names, key.argTypes).map { "\($0): \($1)" }
      program.signatures.append(
        "\(key.name)(\(params.joined(separator: ", "))) -> \(s.returnType)  [\(s.symbol)]")
    }
    program.globals = globalTypes.keys.sorted().map { ($0, globalTypes[$0] ?? .none) }
    return program
  }
}
