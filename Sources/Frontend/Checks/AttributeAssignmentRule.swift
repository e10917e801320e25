/// `attribute-assignment`: changing an object's attributes after `__init__` returns.
///
///     p.x = 3                   # rejected anywhere but directly in __init__ on self
///     self.count += 1           # rejected in any method other than __init__
///     del p.x                   # rejected
///     setattr(p, "x", 3)        # rejected, as are delattr and obj.__setattr__(...)
///     p.__dict__["x"] = 3       # rejected: writes to __dict__
///
/// Allowed: `self.name = value` (also `+=`, annotated, or as a loop target) where `self` is the
/// first parameter of a class's `__init__` and the statement runs in `__init__` itself, not in a
/// nested function or lambda.
struct AttributeAssignmentRule: ImmutabilityRule {
  static let id = "attribute-assignment"

  func check(expression e: Expr, in c: CheckContext) {
    switch e.kind {
    case .attribute(let value, _, .store):
      checkStore(e, value, c)
    case .attribute(_, _, .del):
      c.report(
        Self.id, FrontendMessages.attributeDeletion(c.text(e)), e.range,
        note: FrontendMessages.newObjectNote)
    case .subscript(let value, _, let ctx) where ctx != .load:
      if case .attribute(_, "__dict__", _) = value.kind {
        c.report(
          Self.id, FrontendMessages.dictWrite(c.text(value)), e.range,
          note: FrontendMessages.newObjectNote)
      }
    case .call(let function, _, _):
      checkCall(function, c)
    default:
      break
    }
  }

  private func checkStore(_ e: Expr, _ value: Expr, _ c: CheckContext) {
    if let selfName = c.initializerSelf {
      if case .name(selfName, _) = value.kind { return }
      c.report(
        Self.id, FrontendMessages.attributeAssignmentOnOther(c.text(e), selfName: selfName),
        e.range, note: FrontendMessages.newObjectNote)
      return
    }
    c.report(
      Self.id, FrontendMessages.attributeAssignment(c.text(e)), e.range,
      note: FrontendMessages.newObjectNote)
  }

  private func checkCall(_ function: Expr, _ c: CheckContext) {
    if c.isBuiltin(function, ["setattr", "delattr"]) {
      c.report(
        Self.id, FrontendMessages.attributeCall(c.text(function)), function.range,
        note: FrontendMessages.setattrNote)
      return
    }
    guard case .attribute(let receiver, let method, _) = function.kind else { return }
    if method == "__setattr__" || method == "__delattr__" {
      c.report(
        Self.id, FrontendMessages.attributeCall(c.text(function)), function.range,
        note: FrontendMessages.setattrNote)
    } else if case .attribute(_, "__dict__", _) = receiver.kind,
      MutationCallRule.mutators[.dict]?.contains(method) == true
    {
      c.report(
        Self.id, FrontendMessages.dictWrite(c.text(receiver)), function.range,
        note: FrontendMessages.newObjectNote)
    }
  }
}
