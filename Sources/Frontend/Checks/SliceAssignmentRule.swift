/// `slice-assignment`: replacing a slice of a list in place.
///
///     xs[1:3] = [0, 0]       # rejected: xs = xs[:1] + [0, 0] + xs[3:]
///     xs[:] = ys             # rejected: xs = ys
///     m[0:2, 1] = 0          # rejected (an index tuple with a slice)
///
/// Every `Subscript` in Store context whose index is or contains a slice is rejected.
struct SliceAssignmentRule: ImmutabilityRule {
  static let id = "slice-assignment"

  func check(expression e: Expr, in c: CheckContext) {
    guard case .subscript(let receiver, let index, .store) = e.kind,
      ItemAssignmentRule.isSlice(index)
    else { return }
    if case .attribute(_, "__dict__", _) = receiver.kind { return }
    var lower: String?
    var upper: String?
    if case .slice(let l, let u, _) = index.kind {
      lower = l.map { c.text($0) }
      upper = u.map { c.text($0) }
    }
    var value = "new_items"
    if let s = c.statement, case .assign(let targets, let v, _) = s.kind,
      targets.contains(where: { $0 === e })
    {
      value = c.text(v)
    }
    c.report(
      Self.id, FrontendMessages.sliceAssignment(c.text(e)), e.range,
      note: RewriteSuggestion.slice(
        receiver: c.text(receiver), lower: lower, upper: upper,
        value: value))
  }
}
