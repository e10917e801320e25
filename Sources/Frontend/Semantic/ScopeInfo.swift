/// The resolved scopes of one module: the scope tree plus side tables keyed by AST node identity.
///
/// Produced by `ScopeInfo.build(module:diagnostics:)` (called by `Frontend.load`), then read by the
/// immutability checks and the optimizer:
/// - `binding(of:)` for any `Name` expression: local / cell / free / global / builtin / undefined;
/// - `scope(of:)` for a `def`/`class` statement or a lambda/comprehension expression: the scope it
///   opens (its `locals`, `parameters`, `cellVariables`, `freeVariables`);
/// - `enclosingScope(of:)` for any statement or `Name` expression: the scope it runs in.
public final class ScopeInfo {
  /// A read of a name bound nowhere (NameError at run time); recorded, never rejected.
  public struct UndefinedName: Sendable {
    public let name: String
    public let range: SourceRange
  }

  /// The module scope; every other scope descends from it.
  public let module: Scope
  /// Every scope in pre-order (module first).
  public private(set) var scopes: [Scope] = []
  /// Reads of names that are not bound anywhere, in source order.
  public internal(set) var undefinedNames: [UndefinedName] = []

  var openedScopes: [ObjectIdentifier: Scope] = [:]
  var enclosingScopes: [ObjectIdentifier: Scope] = [:]
  /// The names the module binds, plus names it gets from `from m import *` (filled by the loader).
  var moduleNames: Set<String> = []
  /// Every `Name` read, with the scope it is read in (for `undefinedNames`).
  var nameLoads: [(node: Expr, scope: Scope)] = []

  init(module: Scope) {
    self.module = module
    scopes.append(module)
  }

  func register(_ scope: Scope, openedBy node: AnyObject) {
    scopes.append(scope)
    openedScopes[ObjectIdentifier(node)] = scope
  }

  func recordEnclosing(_ node: AnyObject, _ scope: Scope) {
    enclosingScopes[ObjectIdentifier(node)] = scope
  }

  /// The scope opened by a `def`, `async def` or `class` statement; nil for other statements.
  public func scope(of statement: Stmt) -> Scope? {
    openedScopes[ObjectIdentifier(statement)]
  }

  /// The scope opened by a lambda or comprehension (list/set/dict/generator); nil otherwise.
  public func scope(of expression: Expr) -> Scope? {
    openedScopes[ObjectIdentifier(expression)]
  }

  /// The scope a statement executes in.
  public func enclosingScope(of statement: Stmt) -> Scope? {
    enclosingScopes[ObjectIdentifier(statement)]
  }

  /// The scope a `Name` (or lambda/comprehension) expression is evaluated in.
  public func enclosingScope(of expression: Expr) -> Scope? {
    enclosingScopes[ObjectIdentifier(expression)]
  }

  /// How a `Name` expression resolves; nil when `expression` is not a `Name` of this module.
  public func binding(of expression: Expr) -> NameBinding? {
    guard case .name(let id, _) = expression.kind,
      let scope = enclosingScopes[ObjectIdentifier(expression)]
    else { return nil }
    return scope.binding(of: id)
  }

  /// The scope whose frame (or module namespace) holds `name` as seen from `scope`: the scope
  /// itself for locals, the binding function for free variables, the module for globals; nil for
  /// builtins and undefined names.
  public func definingScope(of name: String, from scope: Scope) -> Scope? {
    switch scope.binding(of: name) {
    case .local, .cell:
      return scope.kind == .module ? module : scope
    case .global:
      return module
    case .builtin, .undefined:
      return nil
    case .free:
      var current = scope.parent
      while let s = current {
        if s.isFunctionLike, let b = s.symbols[name]?.binding, b == .cell || b == .local {
          return s
        }
        current = s.parent
      }
      return nil
    }
  }

  /// The names bound at module level (including star imports), used by `from m import name`.
  public var moduleLevelNames: Set<String> { moduleNames }
}
