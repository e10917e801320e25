/// The kind of block a scope belongs to, as in CPython's symtable (`module`, `function`, `class`),
/// with lambdas and comprehensions kept apart from `def` functions.
public enum ScopeKind: String, Sendable {
  case module, function, lambda
  case classBody = "class"
  case comprehension
}

/// How a name is resolved inside one scope. CPython's symtable scopes (LOCAL, CELL, FREE,
/// GLOBAL_EXPLICIT/IMPLICIT) with the implicit-global case split by what the whole program binds.
///
/// The optimizer asks `ScopeInfo.binding(of:)` for every `Name` node and reads `Scope.locals`,
/// `Scope.cellVariables` and `Scope.freeVariables` to lay out frames and closures.
public enum NameBinding: String, Sendable, Equatable {
  /// A local of a function, lambda, comprehension or class body, not captured by an inner scope.
  case local
  /// A local of a function that an inner scope captures (it lives in a closure cell).
  case cell
  /// A variable of an enclosing function, captured by this scope (a closure variable).
  case free
  /// A module-level name: bound at module level, or declared `global`.
  case global
  /// A builtin (`len`, `print`, ...) that no module-level binding shadows.
  case builtin
  /// Bound nowhere: reading it raises NameError at run time (recorded, never rejected).
  case undefined
}

/// What a scope does with one name (CPython's `DEF_*` flags).
public struct SymbolFlags: OptionSet, Sendable, Hashable {
  public let rawValue: UInt32
  public init(rawValue: UInt32) { self.rawValue = rawValue }

  /// Assigned, deleted, or bound by `for`, `with`, `except`, `def`, `class`, `match`, walrus.
  public static let assigned = SymbolFlags(rawValue: 1 << 0)
  public static let parameter = SymbolFlags(rawValue: 1 << 1)
  /// Read (a `Name` in Load context).
  public static let used = SymbolFlags(rawValue: 1 << 2)
  public static let declaredGlobal = SymbolFlags(rawValue: 1 << 3)
  public static let declaredNonlocal = SymbolFlags(rawValue: 1 << 4)
  /// Bound by `import` or `from ... import`.
  public static let imported = SymbolFlags(rawValue: 1 << 5)
  /// Target of an annotated assignment `x: T` or `x: T = v`.
  public static let annotated = SymbolFlags(rawValue: 1 << 6)
  /// Iteration variable of a comprehension.
  public static let comprehensionIteration = SymbolFlags(rawValue: 1 << 7)
  /// Bound by a `def` or `class` statement.
  public static let definition = SymbolFlags(rawValue: 1 << 8)

  /// Flags that make a name local to a scope (CPython's DEF_BOUND).
  public static let bound: SymbolFlags = [.assigned, .parameter, .imported]
}

/// One name as seen by one scope: its flags, where it first appeared, and how it resolves.
public final class Symbol {
  public let name: String
  public internal(set) var flags: SymbolFlags
  /// The first occurrence in this scope (for diagnostics).
  public let firstRange: SourceRange
  /// How the name resolves in this scope; set by the analysis after the scope tree is built.
  public internal(set) var binding: NameBinding = .undefined
  /// Set by the analysis for CPython's GLOBAL_IMPLICIT names, resolved afterwards to
  /// `.global`, `.builtin` or `.undefined` from what the module binds.
  var isImplicitGlobal = false

  init(name: String, flags: SymbolFlags, firstRange: SourceRange) {
    self.name = name
    self.flags = flags
    self.firstRange = firstRange
  }
}

/// One block of the program: a module, function, lambda, class body or comprehension.
///
/// Built by `ScopeBuilder`, resolved by `ScopeAnalysis`, owned by `ScopeInfo`; read by the
/// immutability checks and by the optimizer (frame layout, closures, global/builtin lookups).
public final class Scope {
  public let kind: ScopeKind
  /// The function or class name; "<module>", "<lambda>", "<listcomp>", "<genexpr>" ... otherwise.
  public let name: String
  public let range: SourceRange
  /// The enclosing scope; nil for the module scope. Held strongly by `ScopeInfo.scopes`.
  public private(set) weak var parent: Scope?
  public private(set) var children: [Scope] = []
  /// Every name the scope mentions, by name.
  public private(set) var symbols: [String: Symbol] = [:]
  /// Names in order of first appearance.
  public private(set) var symbolOrder: [String] = []
  /// Parameter names in declaration order (posonly, regular, *args, kwonly, **kwargs).
  public internal(set) var parameters: [String] = []
  /// Contains `yield` or `yield from` (or is a generator expression).
  public internal(set) var isGenerator = false
  /// An `async def`, or a comprehension that awaits.
  public internal(set) var isCoroutine = false
  /// A class body whose methods use `super()` or `__class__` (CPython's implicit `__class__` cell).
  public internal(set) var needsClassCell = false
  /// Source of every `global`/`nonlocal` directive, by name (first occurrence).
  public internal(set) var directives: [String: SourceRange] = [:]

  init(kind: ScopeKind, name: String, range: SourceRange, parent: Scope?) {
    self.kind = kind
    self.name = name
    self.range = range
    self.parent = parent
    parent?.children.append(self)
  }

  /// True for scopes that have a frame of locals (everything except module and class bodies).
  public var isFunctionLike: Bool {
    kind == .function || kind == .lambda || kind == .comprehension
  }

  /// The symbol for `name`, if this scope mentions it.
  public func symbol(_ name: String) -> Symbol? { symbols[name] }

  /// How `name` resolves in this scope; names the scope never mentions resolve like a read would.
  public func binding(of name: String) -> NameBinding {
    symbols[name]?.binding ?? .undefined
  }

  /// The frame locals of a function-like scope (parameters first), including cells, in order.
  public var locals: [String] {
    let ordered = parameters + symbolOrder.filter { !parameters.contains($0) }
    return ordered.filter {
      let b = symbols[$0]?.binding
      return b == .local || b == .cell
    }
  }

  /// Locals captured by inner scopes.
  public var cellVariables: [String] {
    symbolOrder.filter { symbols[$0]?.binding == .cell }
  }

  /// Variables of enclosing functions this scope captures (including ones it only passes on).
  public var freeVariables: [String] {
    symbolOrder.filter { symbols[$0]?.binding == .free }
  }

  /// Adds `flags` to the symbol for `name`, creating it at `range` if new; returns the symbol.
  @discardableResult
  func add(_ name: String, _ flags: SymbolFlags, at range: SourceRange) -> Symbol {
    if let existing = symbols[name] {
      existing.flags.formUnion(flags)
      return existing
    }
    let symbol = Symbol(name: name, flags: flags, firstRange: range)
    symbols[name] = symbol
    symbolOrder.append(name)
    return symbol
  }
}
