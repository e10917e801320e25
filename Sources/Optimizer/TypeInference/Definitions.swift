import Frontend

/// The identity of a function definition: its position among the entry module's `def`
/// statements in source order. Specialisations, call targets and diagnostics are keyed by
/// it, never by the function's name (a nested function or a method may share a name with a
/// module-level one).
struct DefinitionID: Hashable, Comparable, CustomStringConvertible {
  let index: Int

  static func < (a: DefinitionID, b: DefinitionID) -> Bool { a.index < b.index }
  var description: String { "def\(index)" }
}

/// A `def` of the program with the scope the Frontend resolved for it (`ScopeInfo`): its
/// parameters, locals, cells and free variables.
struct FunctionInfo {
  var id: DefinitionID
  var def: FunctionDef
  var range: SourceRange
  var scope: Scope
}

/// The program's function definitions, and the global name each module-level one binds.
struct Definitions {
  private(set) var all: [FunctionInfo] = []
  /// Module-level functions by the name their `def` binds.
  private(set) var byName: [String: DefinitionID] = [:]

  subscript(id: DefinitionID) -> FunctionInfo { all[id.index] }

  /// The module-level function bound to `name`, if any.
  func function(named name: String) -> FunctionInfo? {
    byName[name].map { all[$0.index] }
  }

  /// Records a module-level `def` (its scope from `scopes`); false when the name already
  /// names one (a function defined twice).
  mutating func addModuleFunction(_ def: FunctionDef, _ statement: Stmt, scopes: ScopeInfo)
    -> Bool
  {
    guard byName[def.name] == nil, let scope = scopes.scope(of: statement) else { return false }
    let id = DefinitionID(index: all.count)
    all.append(FunctionInfo(id: id, def: def, range: statement.range, scope: scope))
    byName[def.name] = id
    return true
  }
}
