/// `item-assignment`: storing into an item of a value, wherever a target can appear.
///
///     counts[word] = n             # rejected: counts = {**counts, word: n}
///     grid[i] += 1                 # rejected (augmented item assignment)
///     a, xs[0] = 1, 2              # rejected (inside a tuple target)
///     for xs[0] in range(3): ...   # rejected (loop target)
///
/// Every `Subscript` in Store context is rejected, whatever its receiver: item assignment is
/// an in-place change. Slices are `slice-assignment`'s; `obj.__dict__[k] = v` is reported by
/// `attribute-assignment`.
struct ItemAssignmentRule: ImmutabilityRule {
  static let id = "item-assignment"

  func check(expression e: Expr, in c: CheckContext) {
    guard case .subscript(let receiver, let index, .store) = e.kind, !Self.isSlice(index)
    else { return }
    if case .attribute(_, "__dict__", _) = receiver.kind { return }
    let kind = c.kinds(receiver).sorted().first { $0 != .set }
    let value = assignedValue(to: e, c) ?? "v"
    c.report(
      Self.id, FrontendMessages.itemAssignment(c.text(e), kind), e.range,
      note: RewriteSuggestion.itemAssignment(
        receiver: c.text(receiver), index: c.text(index), value: value, kind: kind))
  }

  /// True for `a:b` and for index tuples that contain a slice (`m[1:2, 0]`).
  static func isSlice(_ index: Expr) -> Bool {
    switch index.kind {
    case .slice: return true
    case .tuple(let elts, _):
      return elts.contains { if case .slice = $0.kind { true } else { false } }
    default: return false
    }
  }

  /// The source of the value stored into `target` when the current statement says it directly.
  private func assignedValue(to target: Expr, _ c: CheckContext) -> String? {
    guard let s = c.statement else { return nil }
    switch s.kind {
    case .assign(let targets, let value, _) where targets.contains(where: { $0 === target }):
      return c.text(value)
    case .annAssign(let t, _, let value?, _) where t === target:
      return c.text(value)
    case .augAssign(let t, let op, let value) where t === target:
      return "\(c.text(target)) \(OperatorSpelling.binary(op)) \(c.text(value))"
    default:
      return nil
    }
  }
}

/// Python spellings of operators, for quoting code in messages.
enum OperatorSpelling {
  static func binary(_ op: BinaryOperator) -> String {
    switch op {
    case .add: "+"
    case .sub: "-"
    case .mult: "*"
    case .matMult: "@"
    case .div: "/"
    case .mod: "%"
    case .pow: "**"
    case .lShift: "<<"
    case .rShift: ">>"
    case .bitOr: "|"
    case .bitXor: "^"
    case .bitAnd: "&"
    case .floorDiv: "//"
    }
  }
}
