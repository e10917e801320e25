/// Assignment, deletion and loop targets: parsing them, switching their context to Store/Del,
/// and CPython's messages for invalid targets ("cannot assign to literal", ...).
extension Parser {
  func isParenthesized(_ e: Expr) -> Bool {
    parenthesized.contains(ObjectIdentifier(e))
  }

  mutating func markParenthesized(_ e: Expr) {
    parenthesized.insert(ObjectIdentifier(e))
  }

  /// star_targets: star_target (',' star_target)* [','] (a Tuple when a comma appears).
  mutating func parseStarTargets() throws -> Expr {
    let start = tok.start
    let first = try parseStarTarget()
    guard isOp(",") else { return first }
    var elts = [first]
    while eatOp(",") {
      if !startsExpression { break }
      elts.append(try parseStarTarget())
    }
    let e = Expr(.tuple(elts: elts, ctx: .store), range(from: start))
    return e
  }

  /// star_target: '*' star_target | target_with_star_atom
  mutating func parseStarTarget() throws -> Expr {
    let e: Expr
    if isOp("*") {
      let start = tok.start
      p += 1
      let value = try parseBitOr()
      e = Expr(.starred(value: value, ctx: .store), range(from: start))
    } else {
      e = try parseBitOr()
    }
    try setContext(e, .store)
    return e
  }

  /// Sets `ctx` on a target and its elements, or throws CPython's "cannot assign to ..." /
  /// "cannot delete ..." error at the first invalid part.
  func setContext(_ e: Expr, _ ctx: ExprContext) throws {
    switch e.kind {
    case .name(let id, _): e.kind = .name(id: id, ctx: ctx)
    case .attribute(let v, let a, _): e.kind = .attribute(value: v, attr: a, ctx: ctx)
    case .subscript(let v, let s, _): e.kind = .subscript(value: v, slice: s, ctx: ctx)
    case .starred(let v, _):
      if ctx == .del { throw error("cannot delete starred", at: e.range.start) }
      e.kind = .starred(value: v, ctx: ctx)
      try setContext(v, ctx)
    case .tuple(let elts, _):
      e.kind = .tuple(elts: elts, ctx: ctx)
      for x in elts { try setContext(x, ctx) }
    case .list(let elts, _):
      e.kind = .list(elts: elts, ctx: ctx)
      for x in elts { try setContext(x, ctx) }
    default:
      let verb = ctx == .del ? "delete" : "assign to"
      throw error("cannot \(verb) \(expressionName(e))", at: e.range.start)
    }
  }

  /// CPython's `_PyPegen_get_expr_name`: how messages name an expression.
  func expressionName(_ e: Expr) -> String {
    switch e.kind {
    case .attribute: return "attribute"
    case .subscript: return "subscript"
    case .starred: return "starred"
    case .name: return "name"
    case .list: return "list"
    case .tuple: return "tuple"
    case .lambda: return "lambda"
    case .call: return "function call"
    case .boolOp, .binOp, .unaryOp: return "expression"
    case .generatorExp: return "generator expression"
    case .yield, .yieldFrom: return "yield expression"
    case .await: return "await expression"
    case .listComp: return "list comprehension"
    case .setComp: return "set comprehension"
    case .dictComp: return "dict comprehension"
    case .dict: return "dict literal"
    case .set: return "set display"
    case .joinedStr, .formattedValue: return "f-string expression"
    case .constant(let value, _):
      switch value {
      case .none: return "None"
      case .bool(let b): return b ? "True" : "False"
      case .ellipsis: return "ellipsis"
      default: return "literal"
      }
    case .compare: return "comparison"
    case .ifExp: return "conditional expression"
    case .namedExpr: return "named expression"
    case .slice: return "slice"
    }
  }

  /// The innermost part of a target that cannot be assigned to, or nil when all is valid.
  func firstInvalidTarget(_ e: Expr) -> Expr? {
    switch e.kind {
    case .name, .attribute, .subscript: return nil
    case .starred(let v, _): return firstInvalidTarget(v)
    case .tuple(let elts, _), .list(let elts, _):
      for x in elts {
        if let bad = firstInvalidTarget(x) { return bad }
      }
      return nil
    default: return e
    }
  }

  /// Whether `e` parses at CPython's `bitwise_or` level (what "... here. Maybe you meant '=='"
  /// requires on both sides of the '=').
  func isBitwiseOrLevel(_ e: Expr) -> Bool {
    if isParenthesized(e) { return true }
    switch e.kind {
    case .compare, .boolOp, .ifExp, .lambda, .namedExpr, .starred, .yield, .yieldFrom:
      return false
    case .unaryOp(let op, _): return op != .not
    default: return true
    }
  }

  /// The leftmost operand of `e` as CPython's PEG parser first sees it.
  func leftmost(_ e: Expr) -> Expr {
    if isParenthesized(e) { return e }
    switch e.kind {
    case .tuple(let elts, _): return elts.first.map(leftmost) ?? e
    case .boolOp(_, let values): return values.first.map(leftmost) ?? e
    case .compare(let left, _, _): return leftmost(left)
    case .ifExp(_, let body, _): return leftmost(body)
    default: return e
    }
  }

  /// Validates `t1 = t2 = ... = value` and sets Store context on every target.
  func checkAssignmentTargets(_ targets: [Expr], value: Expr) throws {
    for (i, t) in targets.enumerated() {
      guard let bad = firstInvalidTarget(t) else {
        try setContext(t, .store)
        continue
      }
      if !isParenthesized(bad) {
        if case .yield = bad.kind {
          throw error("assignment to yield expression not possible", at: bad.range.start)
        }
        if case .yieldFrom = bad.kind {
          throw error("assignment to yield expression not possible", at: bad.range.start)
        }
      }
      let name = expressionName(bad)
      if i == 0 && targets.count == 1 && bad.range.end == t.range.end && isBitwiseOrLevel(bad)
        && isBitwiseOrLevel(leftmost(value)) && !isListTupleOrSingleton(t)
      {
        throw error("cannot assign to \(name) here. Maybe you meant '==' instead of '='?",
                    at: bad.range.start)
      }
      throw error("cannot assign to \(name)", at: bad.range.start)
    }
  }

  func isListTupleOrSingleton(_ t: Expr) -> Bool {
    switch t.kind {
    case .list: return true
    case .tuple: return isParenthesized(t)
    case .generatorExp: return true
    case .constant(let v, _):
      switch v {
      case .none, .bool: return true
      default: return false
      }
    default: return false
    }
  }

  /// Augmented assignment accepts a single name, attribute or subscript.
  func checkAugmentedTarget(_ t: Expr) throws {
    switch t.kind {
    case .name, .attribute, .subscript:
      try setContext(t, .store)
    default:
      throw error("'\(expressionName(t))' is an illegal expression for augmented assignment",
                  at: t.range.start)
    }
  }

  /// Annotated assignment accepts a single name, attribute or subscript.
  func checkAnnotationTarget(_ t: Expr) throws {
    switch t.kind {
    case .name, .attribute, .subscript: return
    case .tuple: throw error("only single target (not tuple) can be annotated", at: t.range.start)
    case .list: throw error("only single target (not list) can be annotated", at: t.range.start)
    default: throw error("illegal target for annotation", at: t.range.start)
    }
  }
}
