/// `match` statements and patterns (PEP 634). `match`, `case` and `_` are soft keywords: a
/// line starting with `match` is a match statement only if `match subject:` NEWLINE follows.
extension Parser {
  /// match_stmt: "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT. Returns nil when
  /// `match` is used as an ordinary name.
  mutating func parseMatchStatement() throws -> Stmt? {
    let start = tok.start
    let save = p
    let saveDepth = depth
    p += 1
    let subject = startsExpression || isOp("*") ? try? parseSubject() : nil
    furthest = max(furthest, p)
    guard let subject = subject, isOp(":"), peekToken(1).kind == .newline else {
      if subject != nil && tok.kind == .newline {
        let newline = tok.start
        p = save
        depth = saveDepth
        if (try? parseSimpleStatements()) == nil {
          throw error("expected ':'", at: newline)
        }
      }
      p = save
      depth = saveDepth
      if isKeyword("match") && peekToken(1).kind != .op && startsSubjectAfterMatch() {
        return try parseMatchStatementStrict()
      }
      return nil
    }
    p += 2
    guard tok.kind == .indent else {
      throw error("expected an indented block after 'match' statement on line \(start.line)",
                  at: tok.start, id: "indentation")
    }
    p += 1
    var cases: [MatchCase] = []
    while isKeyword("case") {
      cases.append(try parseCaseBlock())
    }
    if cases.isEmpty || tok.kind != .dedent { throw invalidSyntax() }
    p += 1
    return Stmt(.match(subject: subject, cases: cases), range(from: start))
  }

  /// Whether `match <something>` can only be a match statement (so its errors are reported).
  func startsSubjectAfterMatch() -> Bool {
    let next = peekToken(1)
    return next.kind == .name && !Parser.keywords.contains(next.text)
      && peekToken(2).kind == .op && peekToken(2).text == ":"
  }

  /// Re-parses a statement that must be a match statement, letting its syntax errors surface.
  mutating func parseMatchStatementStrict() throws -> Stmt? {
    p += 1
    _ = try parseSubject()
    if tok.kind == .newline { throw error("expected ':'", at: tok.start) }
    throw invalidSyntax()
  }

  /// subject_expr: star_named_expression ',' star_named_expressions? | named_expression
  mutating func parseSubject() throws -> Expr {
    let start = tok.start
    let first = try parseStarNamedExpression()
    guard isOp(",") else { return first }
    var elts = [first]
    while eatOp(",") {
      if isOp(":") { break }
      elts.append(try parseStarNamedExpression())
    }
    return Expr(.tuple(elts: elts, ctx: .load), range(from: start))
  }

  /// case_block: "case" patterns guard? ':' block
  mutating func parseCaseBlock() throws -> MatchCase {
    let line = tok.start.line
    p += 1
    let pattern = try parsePatterns()
    let guardExpr = eatKeyword("if") ? try parseNamedExpression() : nil
    try expectColon(forced: false)
    let body = try parseBlock(after: "'case' statement", line: line)
    return MatchCase(pattern: pattern, guard_: guardExpr, body: body)
  }

  /// patterns: open_sequence_pattern | pattern
  mutating func parsePatterns() throws -> Pattern {
    let start = tok.start
    let first = try parseMaybeStarPattern()
    guard isOp(",") else {
      if case .matchStar = first.kind { throw invalidSyntax() }
      return first
    }
    var patterns = [first]
    while eatOp(",") {
      if isOp(":") || isKeyword("if") { break }
      patterns.append(try parseMaybeStarPattern())
    }
    return Pattern(.matchSequence(patterns: patterns), range(from: start))
  }

  /// maybe_star_pattern: star_pattern | pattern
  mutating func parseMaybeStarPattern() throws -> Pattern {
    guard isOp("*") else { return try parsePattern() }
    let start = tok.start
    p += 1
    let name = try expectIdentifier()
    return Pattern(.matchStar(name: name == "_" ? nil : name), range(from: start))
  }

  /// pattern: or_pattern ['as' pattern_capture_target]
  mutating func parsePattern() throws -> Pattern {
    let start = tok.start
    try enterNesting()
    defer { depth -= 1 }
    let pattern = try parseOrPattern()
    guard eatKeyword("as") else { return pattern }
    let nameToken = tok
    if !isIdentifier || peekToken(1).text == "." || peekToken(1).text == "(" {
      if startsExpression { throw error("invalid pattern target", at: nameToken.start) }
      throw invalidSyntax()
    }
    let name = try expectIdentifier()
    if name == "_" {
      throw error("cannot use '_' as a target", at: nameToken.start)
    }
    return Pattern(.matchAs(pattern: pattern, name: name), range(from: start))
  }

  /// or_pattern: '|'.closed_pattern+
  mutating func parseOrPattern() throws -> Pattern {
    let start = tok.start
    let first = try parseClosedPattern()
    guard isOp("|") else { return first }
    var patterns = [first]
    while eatOp("|") { patterns.append(try parseClosedPattern()) }
    return Pattern(.matchOr(patterns: patterns), range(from: start))
  }

  /// closed_pattern: literal | capture | wildcard | value | group | sequence | mapping | class
  mutating func parseClosedPattern() throws -> Pattern {
    let t = tok
    switch t.kind {
    case .number, .string:
      return Pattern(.matchValue(value: try parseLiteralExpression()), range(from: t.start))
    case .op:
      switch t.text {
      case "-":
        return Pattern(.matchValue(value: try parseLiteralExpression()), range(from: t.start))
      case "(": return try parseParenthesizedPattern()
      case "[":
        p += 1
        let patterns = try parseSequencePatternItems(closing: "]")
        try expectOp("]")
        return Pattern(.matchSequence(patterns: patterns), range(from: t.start))
      case "{": return try parseMappingPattern()
      default: throw invalidSyntax()
      }
    case .name:
      switch t.text {
      case "None":
        p += 1
        return Pattern(.matchSingleton(value: .none), t.range)
      case "True", "False":
        p += 1
        return Pattern(.matchSingleton(value: .bool(t.text == "True")), t.range)
      default:
        return try parseNamePattern()
      }
    default:
      throw invalidSyntax()
    }
  }

  /// capture_pattern | wildcard_pattern | value_pattern | class_pattern
  mutating func parseNamePattern() throws -> Pattern {
    let start = tok.start
    let first = try expectIdentifier()
    var cls = Expr(.name(id: first, ctx: .load), range(from: start))
    var dotted = false
    while eatOp(".") {
      let attr = try expectIdentifier()
      cls = Expr(.attribute(value: cls, attr: attr, ctx: .load), range(from: start))
      dotted = true
    }
    if isOp("(") { return try parseClassPattern(cls: cls) }
    if dotted { return Pattern(.matchValue(value: cls), cls.range) }
    if first == "_" { return Pattern(.matchAs(pattern: nil, name: nil), cls.range) }
    return Pattern(.matchAs(pattern: nil, name: first), cls.range)
  }

  /// class_pattern: name_or_attr '(' [positional_patterns] [keyword_patterns] ')'
  mutating func parseClassPattern(cls: Expr) throws -> Pattern {
    p += 1
    var patterns: [Pattern] = []
    var kwdAttrs: [String] = []
    var kwdPatterns: [Pattern] = []
    while !isOp(")") {
      if isIdentifier && peekToken(1).kind == .op && peekToken(1).text == "=" {
        kwdAttrs.append(tok.text)
        p += 2
        kwdPatterns.append(try parsePattern())
      } else {
        let pattern = try parsePattern()
        if !kwdAttrs.isEmpty {
          throw error("positional patterns follow keyword patterns", at: pattern.range.start)
        }
        patterns.append(pattern)
      }
      if !eatOp(",") { break }
    }
    try expectOp(")")
    return Pattern(.matchClass(cls: cls, patterns: patterns, kwdAttrs: kwdAttrs,
                               kwdPatterns: kwdPatterns), range(from: cls.range.start))
  }

  /// group_pattern: '(' pattern ')' | sequence_pattern: '(' [open_sequence_pattern] ')'
  mutating func parseParenthesizedPattern() throws -> Pattern {
    let start = tok.start
    p += 1
    if eatOp(")") { return Pattern(.matchSequence(patterns: []), range(from: start)) }
    let first = try parseMaybeStarPattern()
    if eatOp(")") {
      if case .matchStar = first.kind {
        return Pattern(.matchSequence(patterns: [first]), range(from: start))
      }
      return first
    }
    guard eatOp(",") else { throw invalidSyntax() }
    var patterns = [first]
    patterns += try parseSequencePatternItems(closing: ")")
    try expectOp(")")
    return Pattern(.matchSequence(patterns: patterns), range(from: start))
  }

  /// maybe_sequence_pattern: ','.maybe_star_pattern+ ','?
  mutating func parseSequencePatternItems(closing: String) throws -> [Pattern] {
    var patterns: [Pattern] = []
    while !isOp(closing) {
      patterns.append(try parseMaybeStarPattern())
      if !eatOp(",") { break }
    }
    return patterns
  }

  /// mapping_pattern: '{' [items_pattern] [double_star_pattern] [','] '}'
  mutating func parseMappingPattern() throws -> Pattern {
    let start = tok.start
    p += 1
    var keys: [Expr] = []
    var patterns: [Pattern] = []
    var rest: String? = nil
    while !isOp("}") {
      if eatOp("**") {
        if isKeyword("_") { throw invalidSyntax() }
        rest = try expectIdentifier()
        _ = eatOp(",")
        break
      }
      let key: Expr
      if tok.kind == .name && !["None", "True", "False"].contains(tok.text) {
        let s = tok.start
        key = Expr(.name(id: try expectIdentifier(), ctx: .load), range(from: s))
        var value = key
        while eatOp(".") {
          let attr = try expectIdentifier()
          value = Expr(.attribute(value: value, attr: attr, ctx: .load), range(from: s))
        }
        if case .name = value.kind { throw invalidSyntax() }
        keys.append(value)
      } else {
        key = try parseLiteralExpression()
        keys.append(key)
      }
      try expectOp(":")
      patterns.append(try parsePattern())
      if !eatOp(",") { break }
    }
    try expectOp("}")
    return Pattern(.matchMapping(keys: keys, patterns: patterns, rest: rest), range(from: start))
  }

  /// literal_expr: signed_number | complex_number | strings | None | True | False
  mutating func parseLiteralExpression() throws -> Expr {
    let start = tok.start
    if tok.kind == .string { return try parseStrings() }
    if tok.kind == .name {
      switch tok.text {
      case "None", "True", "False": return try parseAtom()
      default: throw invalidSyntax()
      }
    }
    var real = try parseSignedNumber()
    if isOp("+") || isOp("-") {
      let op: BinaryOperator = tok.text == "+" ? .add : .sub
      p += 1
      guard tok.kind == .number else { throw invalidSyntax() }
      let imag = try parseAtom()
      real = Expr(.binOp(left: real, op: op, right: imag), range(from: start))
    }
    return real
  }

  /// signed_number: NUMBER | '-' NUMBER
  mutating func parseSignedNumber() throws -> Expr {
    let start = tok.start
    if eatOp("-") {
      guard tok.kind == .number else { throw invalidSyntax() }
      let n = try parseAtom()
      return Expr(.unaryOp(op: .uSub, operand: n), range(from: start))
    }
    guard tok.kind == .number else { throw invalidSyntax() }
    return try parseAtom()
  }
}
