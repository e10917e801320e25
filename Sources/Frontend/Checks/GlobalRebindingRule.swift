/// `global-rebinding`: any `global` declaration.
///
///     def bump():
///         global counter        # rejected: return the new value instead
///         counter += 1
///
/// Reading a module-level name needs no declaration, so a `global` statement only serves to
/// rebind one, which would make calls impure. Rejected wherever it appears.
struct GlobalRebindingRule: ImmutabilityRule {
  static let id = "global-rebinding"

  func check(statement s: Stmt, in c: CheckContext) {
    guard case .global(let names) = s.kind, let first = names.first else { return }
    let function = c.scope.kind == .module ? "update" : c.scope.name
    c.report(
      Self.id, FrontendMessages.globalRebinding(names), s.range,
      note: FrontendMessages.globalRebindingNote(first, function: function))
  }
}
