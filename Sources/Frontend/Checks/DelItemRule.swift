/// `del-item`: deleting an item or a slice of a container.
///
///     del counts[word]      # rejected: counts = {key: val for key, val in counts.items() if ...}
///     del xs[0]             # rejected: xs = xs[:0] + xs[0 + 1:]
///     del xs[2:4]           # rejected: xs = xs[:2] + xs[4:]
///
/// Every `Subscript` in Del context is rejected (`del obj.__dict__[k]` is
/// `attribute-assignment`'s).
struct DelItemRule: ImmutabilityRule {
  static let id = "del-item"

  func check(expression e: Expr, in c: CheckContext) {
    guard case .subscript(let receiver, let index, .del) = e.kind else { return }
    if case .attribute(_, "__dict__", _) = receiver.kind { return }
    let r = c.text(receiver)
    let note: String
    let kind: ContainerKind?
    if case .slice(let lower, let upper, _) = index.kind {
      kind = .list
      note = RewriteSuggestion.slice(
        receiver: r, lower: lower.map { c.text($0) },
        upper: upper.map { c.text($0) }, value: nil)
    } else {
      kind = c.kinds(receiver).sorted().first { $0 != .set }
      note = RewriteSuggestion.itemDeletion(receiver: r, index: c.text(index), kind: kind)
    }
    c.report(Self.id, FrontendMessages.deleteItem(c.text(e), kind), e.range, note: note)
  }
}
