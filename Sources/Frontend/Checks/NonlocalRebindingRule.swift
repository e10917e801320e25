/// `nonlocal-rebinding`: any `nonlocal` declaration.
///
///     def counter():
///         total = 0
///         def add(v):
///             nonlocal total    # rejected: return the new total instead
///             total += v
///
/// A closure may read the variables of its enclosing function freely; rebinding them is state
/// shared between calls, so the declaration is rejected.
struct NonlocalRebindingRule: ImmutabilityRule {
  static let id = "nonlocal-rebinding"

  func check(statement s: Stmt, in c: CheckContext) {
    guard case .nonlocal(let names) = s.kind, let first = names.first else { return }
    var outer = c.scope.parent
    while let o = outer, o.kind != .function { outer = o.parent }
    c.report(
      Self.id, FrontendMessages.nonlocalRebinding(names, outer: outer?.name ?? "<module>"),
      s.range, note: FrontendMessages.nonlocalRebindingNote(first, function: c.scope.name))
  }
}
