/// Expressions from `star_expressions` down to `await_primary`, with CPython's precedence:
/// lambda/if-else < or < and < not < comparisons < | < ^ < & < shifts < + - < * / // % @
/// < unary + - ~ < ** < await < primary.
extension Parser {
  /// star_expressions: star_expression (',' star_expression)* [','] (a Tuple when a comma
  /// appears).
  mutating func parseStarExpressions() throws -> Expr {
    let start = tok.start
    let first = try parseStarExpression()
    guard isOp(",") else { return first }
    var elts = [first]
    while eatOp(",") {
      if !startsExpression { break }
      elts.append(try parseStarExpression())
    }
    return Expr(.tuple(elts: elts, ctx: .load), range(from: start))
  }

  /// star_expression: '*' bitwise_or | expression
  mutating func parseStarExpression() throws -> Expr {
    if isOp("*") {
      let start = tok.start
      p += 1
      let value = try parseBitOr()
      return Expr(.starred(value: value, ctx: .load), range(from: start))
    }
    return try parseExpression()
  }

  /// star_named_expression: '*' bitwise_or | named_expression
  mutating func parseStarNamedExpression() throws -> Expr {
    if isOp("*") { return try parseStarExpression() }
    return try parseNamedExpression()
  }

  /// Whether the current token can begin an expression (used after a trailing comma).
  var startsExpression: Bool {
    let t = tok
    switch t.kind {
    case .name:
      switch t.text {
      case "not", "lambda", "await", "None", "True", "False", "yield": return t.text != "yield"
      default: return !Parser.keywords.contains(t.text)
      }
    case .number, .string: return true
    case .op:
      switch t.text {
      case "(", "[", "{", "-", "+", "~", "*", "...": return true
      default: return false
      }
    default: return false
    }
  }

  /// named_expression: NAME ':=' expression | expression !':='
  mutating func parseNamedExpression(inCondition: Bool = false, inCall: Bool = false) throws
    -> Expr
  {
    if isIdentifier && peekToken(1).kind == .op && peekToken(1).text == ":=" {
      let start = tok.start
      let target = Expr(.name(id: tok.text, ctx: .store), tok.range)
      p += 2
      let value = try parseExpression()
      return Expr(.namedExpr(target: target, value: value), range(from: start))
    }
    let e = try parseExpression()
    if isOp(":=") {
      throw error("cannot use assignment expressions with \(expressionName(e))", at: e.range.start)
    }
    if isOp("=") && !inCall {
      let save = p
      p += 1
      let rhs = try? parseBitOr()
      let followedByAssignment = isOp("=") || isOp(":=")
      lookahead = max(lookahead, p)
      p = save
      if rhs == nil || followedByAssignment { return e }
      if case .name = e.kind, !isParenthesized(e) {
        throw error("invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                    at: e.range.start)
      }
      if isBitwiseOrLevel(e) && !isListTupleOrSingleton(e) {
        throw error("cannot assign to \(expressionName(e)) here. Maybe you meant '==' instead of "
          + "'='?", at: e.range.start)
      }
    }
    return e
  }

  /// expression: disjunction 'if' disjunction 'else' expression | disjunction | lambdef
  mutating func parseExpression() throws -> Expr {
    if isKeyword("lambda") { return try parseLambda() }
    try enterNesting()
    defer { depth -= 1 }
    let start = tok.start
    let body = try parseDisjunction()
    guard isKeyword("if") else { return body }
    p += 1
    let test = try parseDisjunction()
    guard eatKeyword("else") else {
      if isOp(":") { throw invalidSyntax() }
      throw error("expected 'else' after 'if' expression", at: body.range.start)
    }
    let orelse = try parseExpression()
    return Expr(.ifExp(test: test, body: body, orelse: orelse), range(from: start))
  }

  /// lambdef: 'lambda' [lambda_params] ':' expression
  mutating func parseLambda() throws -> Expr {
    let start = tok.start
    p += 1
    let args = try parseParameters(closing: ":")
    try expectOp(":")
    try enterNesting()
    defer { depth -= 1 }
    let body = try parseExpression()
    return Expr(.lambda(args: args, body: body), range(from: start))
  }

  /// disjunction: conjunction ('or' conjunction)+ | conjunction
  mutating func parseDisjunction() throws -> Expr {
    let start = tok.start
    let first = try parseConjunction()
    guard isKeyword("or") else { return first }
    var values = [first]
    while eatKeyword("or") { values.append(try parseConjunction()) }
    return Expr(.boolOp(op: .or, values: values), range(from: start))
  }

  /// conjunction: inversion ('and' inversion)+ | inversion
  mutating func parseConjunction() throws -> Expr {
    let start = tok.start
    let first = try parseInversion()
    guard isKeyword("and") else { return first }
    var values = [first]
    while eatKeyword("and") { values.append(try parseInversion()) }
    return Expr(.boolOp(op: .and, values: values), range(from: start))
  }

  /// inversion: 'not' inversion | comparison
  mutating func parseInversion() throws -> Expr {
    guard isKeyword("not") else { return try parseComparison() }
    let start = tok.start
    p += 1
    try enterNesting()
    defer { depth -= 1 }
    let operand = try parseInversion()
    return Expr(.unaryOp(op: .not, operand: operand), range(from: start))
  }

  /// The comparison operator at the current token, consuming it (two tokens for `not in` and
  /// `is not`).
  mutating func eatComparisonOperator() -> CompareOperator? {
    let t = tok
    if t.kind == .op {
      let op: CompareOperator?
      switch t.text {
      case "==": op = .eq
      case "!=": op = .notEq
      case "<": op = .lt
      case "<=": op = .ltE
      case ">": op = .gt
      case ">=": op = .gtE
      default: op = nil
      }
      if op != nil { p += 1 }
      return op
    }
    guard t.kind == .name else { return nil }
    switch t.text {
    case "in":
      p += 1
      return .in
    case "is":
      p += 1
      if eatKeyword("not") { return .isNot }
      return .is
    case "not":
      let next = peekToken(1)
      if next.kind == .name && next.text == "in" {
        p += 2
        return .notIn
      }
      return nil
    default:
      return nil
    }
  }

  /// comparison: bitwise_or compare_op_bitwise_or_pair+ | bitwise_or
  mutating func parseComparison() throws -> Expr {
    let start = tok.start
    let left = try parseBitOr()
    var ops: [CompareOperator] = []
    var comparators: [Expr] = []
    while let op = eatComparisonOperator() {
      ops.append(op)
      comparators.append(try parseBitOr())
    }
    if ops.isEmpty { return left }
    return Expr(.compare(left: left, ops: ops, comparators: comparators),
                range(from: start))
  }

  /// One left-associative binary level: `next (op next)*`.
  mutating func parseBinaryLevel(
    _ operators: [String: BinaryOperator], next: (inout Parser) throws -> Expr
  ) throws -> Expr {
    let start = tok.start
    var left = try next(&self)
    let saved = depth
    defer { depth = saved }
    while tok.kind == .op, let op = operators[tok.text] {
      p += 1
      try enterNesting()
      let right = try next(&self)
      left = Expr(.binOp(left: left, op: op, right: right), range(from: start))
    }
    return left
  }

  nonisolated(unsafe) static let bitOrOps: [String: BinaryOperator] = ["|": .bitOr]
  nonisolated(unsafe) static let bitXorOps: [String: BinaryOperator] = ["^": .bitXor]
  nonisolated(unsafe) static let bitAndOps: [String: BinaryOperator] = ["&": .bitAnd]
  nonisolated(unsafe) static let shiftOps: [String: BinaryOperator] = ["<<": .lShift, ">>": .rShift]
  nonisolated(unsafe) static let sumOps: [String: BinaryOperator] = ["+": .add, "-": .sub]
  nonisolated(unsafe) static let termOps: [String: BinaryOperator] = [
    "*": .mult, "/": .div, "//": .floorDiv, "%": .mod, "@": .matMult,
  ]

  /// bitwise_or: bitwise_or '|' bitwise_xor | bitwise_xor
  mutating func parseBitOr() throws -> Expr {
    try parseBinaryLevel(Parser.bitOrOps) { try $0.parseBitXor() }
  }

  mutating func parseBitXor() throws -> Expr {
    try parseBinaryLevel(Parser.bitXorOps) { try $0.parseBitAnd() }
  }

  mutating func parseBitAnd() throws -> Expr {
    try parseBinaryLevel(Parser.bitAndOps) { try $0.parseShift() }
  }

  mutating func parseShift() throws -> Expr {
    try parseBinaryLevel(Parser.shiftOps) { try $0.parseSum() }
  }

  mutating func parseSum() throws -> Expr {
    try parseBinaryLevel(Parser.sumOps) { try $0.parseTerm() }
  }

  mutating func parseTerm() throws -> Expr {
    try parseBinaryLevel(Parser.termOps) { try $0.parseFactor() }
  }

  /// factor: '+' factor | '-' factor | '~' factor | power
  mutating func parseFactor() throws -> Expr {
    let op: UnaryOperator
    if isOp("-") {
      op = .uSub
    } else if isOp("+") {
      op = .uAdd
    } else if isOp("~") {
      op = .invert
    } else {
      return try parsePower()
    }
    let start = tok.start
    p += 1
    try enterNesting()
    defer { depth -= 1 }
    let operand = try parseFactor()
    return Expr(.unaryOp(op: op, operand: operand), range(from: start))
  }

  /// power: await_primary '**' factor | await_primary
  mutating func parsePower() throws -> Expr {
    let start = tok.start
    let base = try parseAwaitPrimary()
    guard eatOp("**") else { return base }
    try enterNesting()
    defer { depth -= 1 }
    let exponent = try parseFactor()
    return Expr(.binOp(left: base, op: .pow, right: exponent), range(from: start))
  }

  /// await_primary: 'await' primary | primary
  mutating func parseAwaitPrimary() throws -> Expr {
    guard isKeyword("await") else { return try parsePrimary() }
    let start = tok.start
    p += 1
    let value = try parsePrimary()
    return Expr(.await(value: value), range(from: start))
  }

  /// yield_expr: 'yield' 'from' expression | 'yield' [star_expressions]
  mutating func parseYieldExpression() throws -> Expr {
    let start = tok.start
    p += 1
    if eatKeyword("from") {
      let value = try parseExpression()
      return Expr(.yieldFrom(value: value), range(from: start))
    }
    if startsExpression {
      let value = try parseStarExpressions()
      return Expr(.yield(value: value), range(from: start))
    }
    return Expr(.yield(value: nil), range(from: start))
  }
}
