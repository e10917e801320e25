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
  /// The class whose body defines it (a method), nil for a module-level function.
  var owner: Int32? = nil
}

/// What `@dataclass(...)` made of a class: the default of each field that has one.
struct DataclassInfo {
  var frozen = false
  var eq = true
  var repr = true
  var defaults: [String: Expr] = [:]
}

/// One of the program's classes (other than exception classes): a class statement at module
/// level whose body defines methods and class attributes. Its number is its index in
/// `Definitions.classes` and in the runtime's class table.
struct ClassInfo {
  let ref: ClassRef
  /// The program's class it derives from, nil for `object`.
  let base: Int32?
  let range: SourceRange
  /// The methods its own body defines.
  var methods: [String: DefinitionID] = [:]
  /// Those of its methods decorated `@staticmethod` (no `self`) and `@property` (read as
  /// an attribute).
  var staticMethods: Set<String> = []
  var properties: Set<String> = []
  /// Its own class attributes (`name = constant`), in order.
  var attributes: [(name: String, value: Expr)] = []
  /// Every field of an instance: the base's, then the attributes its own `__init__` assigns
  /// on `self` that the base has not, in order of first assignment (of a dataclass: its
  /// annotated names, its base's first).
  var fields: [String] = []
  /// `@dataclass`: the generated `__init__` (a parameter per field, constant defaults),
  /// `__repr__` and `__eq__` (unless the body defines them), and with `frozen=True` a
  /// `__hash__` of the fields.
  var dataclass: DataclassInfo?

  var number: Int32 { ref.number }
  var name: String { ref.name }

  /// Whether `@dataclass` made the method `name` for this class (its body does not define it).
  func generates(_ name: String) -> Bool {
    guard let d = dataclass, methods[name] == nil else { return false }
    switch name {
    case "__init__": return true
    case "__repr__": return d.repr
    case "__eq__": return d.eq
    case "__hash__": return d.eq && d.frozen
    default: return false
    }
  }
}

/// The program's function definitions, and the global name each module-level one binds.
struct Definitions {
  private(set) var all: [FunctionInfo] = []
  /// Module-level functions by the name their `def` binds.
  private(set) var byName: [String: DefinitionID] = [:]

  /// The program's classes, by number, and their numbers by name.
  private(set) var classes: [ClassInfo] = []
  private(set) var classNumbers: [String: Int32] = [:]

  subscript(id: DefinitionID) -> FunctionInfo { all[id.index] }

  func classInfo(_ number: Int32) -> ClassInfo { classes[Int(number)] }

  /// The class named `name` at module level, if any.
  func classNamed(_ name: String) -> ClassInfo? {
    classNumbers[name].map { classes[Int($0)] }
  }

  /// Class `number` and its bases, nearest first (the method resolution order of single
  /// inheritance).
  func mro(_ number: Int32) -> [ClassInfo] {
    var out: [ClassInfo] = []
    var next: Int32? = number
    while let n = next {
      out.append(classes[Int(n)])
      next = classes[Int(n)].base
    }
    return out
  }

  /// The method `name` of class `number` as its MRO resolves it (starting after the class
  /// itself when `after`): the defining class and the method.
  func method(_ name: String, of number: Int32, after: Bool = false)
    -> (owner: ClassInfo, id: DefinitionID)?
  {
    // The first class of the MRO whose body binds the name decides: a class attribute
    // there hides the bases' methods of that name.
    for c in mro(number).dropFirst(after ? 1 : 0) {
      if let id = c.methods[name] { return (c, id) }
      if c.attributes.contains(where: { $0.name == name }) { return nil }
      if c.generates(name) { return nil }
    }
    return nil
  }

  /// Whether the method `name` of class `number`, as its MRO resolves it, is a property /
  /// a static method.
  func isProperty(_ name: String, of number: Int32) -> Bool {
    method(name, of: number).map { $0.owner.properties.contains(name) } ?? false
  }

  func isStaticMethod(_ name: String, of number: Int32) -> Bool {
    method(name, of: number).map { $0.owner.staticMethods.contains(name) } ?? false
  }

  /// The class attribute `name` of class `number` as its MRO resolves it: the defining class.
  func classAttribute(_ name: String, of number: Int32) -> ClassInfo? {
    for c in mro(number) {
      if c.attributes.contains(where: { $0.name == name }) { return c }
      if c.methods[name] != nil { return nil }
    }
    return nil
  }

  /// How instances of class `number` hash: the nearest class of the MRO defining `__hash__`
  /// or `__eq__` decides (`__eq__` alone sets `__hash__` to None, as CPython does); none: by
  /// identity.
  /// `.identity` also stands for what the runtime does alone: a frozen dataclass's hash of its
  /// fields.
  enum Hashing { case identity, unhashable, method(ClassInfo, DefinitionID) }

  func hashing(of number: Int32) -> Hashing {
    for c in mro(number) {
      if let id = c.methods["__hash__"] { return .method(c, id) }
      if c.generates("__hash__") { return .identity }
      if c.methods["__eq__"] != nil || c.generates("__eq__") { return .unhashable }
    }
    return .identity
  }

  /// Whether class `a` is class `b` or derives from it.
  func isSubclass(_ a: Int32, of b: Int32) -> Bool {
    mro(a).contains { $0.number == b }
  }

  /// Records a class; its number is the next one.
  mutating func addClass(name: String, base: Int32?, range: SourceRange) -> Int32 {
    let number = Int32(classes.count)
    classes.append(ClassInfo(ref: ClassRef(number: number, name: name), base: base, range: range))
    classNumbers[name] = number
    return number
  }

  mutating func updateClass(_ number: Int32, _ body: (inout ClassInfo) -> Void) {
    body(&classes[Int(number)])
  }

  /// Records a method of class `owner`; nil when the statement has no scope.
  mutating func addMethod(_ def: FunctionDef, _ statement: Stmt, owner: Int32,
                          scopes: ScopeInfo) -> DefinitionID? {
    guard let scope = scopes.scope(of: statement) else { return nil }
    let id = DefinitionID(index: all.count)
    all.append(FunctionInfo(id: id, def: def, range: statement.range, scope: scope, owner: owner))
    classes[Int(owner)].methods[def.name] = id
    return id
  }

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
