/// `augmented-mutation`: augmented assignment that changes a list, dict or set in place.
///
///     xs += [v]          # rejected: xs = xs + [v] (CPython's += extends every alias)
///     seen |= {k}        # rejected when seen is a set: seen = seen | {k}
///     total += v         # accepted: numbers, strings and tuples are rebound, not mutated
///
/// Rejected when the target may be a container whose in-place operator mutates it (list `+=`
/// `*=`, dict `|=`, set `|= &= -= ^=`), by the inference, or when the right operand is such a
/// container (only a container of that kind can absorb it in place). Item targets are
/// `item-assignment`'s; attribute targets are checked here only where `attribute-assignment`
/// allows them (`self.xs += [v]` in `__init__`).
struct AugmentedMutationRule: ImmutabilityRule {
  static let id = "augmented-mutation"

  /// True when `kind op= value` changes the container in place.
  static func mutatesInPlace(_ kind: ContainerKind, _ op: BinaryOperator) -> Bool {
    switch kind {
    case .list: op == .add || op == .mult
    case .dict: op == .bitOr
    case .set: op == .bitOr || op == .bitAnd || op == .sub || op == .bitXor
    }
  }

  /// A numeric literal (possibly signed): `xs += 1` cannot extend a list in place, it raises,
  /// so a target the flow-insensitive inference calls a list is then really a number.
  static func isNumber(_ e: Expr) -> Bool {
    switch e.kind {
    case .constant(.int, _), .constant(.float, _), .constant(.complex, _), .constant(.bool, _):
      return true
    case .unaryOp(_, let operand):
      return isNumber(operand)
    default:
      return false
    }
  }

  func check(statement s: Stmt, in c: CheckContext) {
    guard case .augAssign(let target, let op, let value) = s.kind else { return }
    switch target.kind {
    case .name:
      break
    case .attribute(let receiver, _, _):
      guard let selfName = c.initializerSelf, case .name(selfName, _) = receiver.kind else {
        return
      }
    default:
      return
    }
    if op != .mult && Self.isNumber(value) { return }
    var candidates = c.kinds(target)
    if op != .mult { candidates.formUnion(c.kinds(value)) }
    guard let kind = candidates.sorted().first(where: { Self.mutatesInPlace($0, op) })
    else { return }
    let t = c.text(target)
    let symbol = OperatorSpelling.binary(op)
    c.report(
      Self.id, FrontendMessages.augmentedMutation(t, "\(symbol)=", kind), s.range,
      note: FrontendMessages.rebindNote(kind, "\(t) = \(t) \(symbol) \(c.text(value))"))
  }
}
