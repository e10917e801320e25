/// Primaries and atoms: names, literals, parenthesized forms, displays, comprehensions,
/// attribute access, calls and subscripts.
extension Parser {
  /// primary: primary '.' NAME | primary genexp | primary '(' [arguments] ')'
  /// | primary '[' slices ']' | atom
  mutating func parsePrimary() throws -> Expr {
    let start = tok.start
    var e = try parseAtom()
    let saved = depth
    defer { depth = saved }
    while tok.kind == .op {
      switch tok.text {
      case ".":
        p += 1
        let attr = try expectIdentifier()
        e = Expr(.attribute(value: e, attr: attr, ctx: .load), range(from: start))
      case "(":
        let open = tok.start
        p += 1
        let (args, keywords) = try parseCallArguments()
        try expectOp(")")
        if args.count == 1, keywords.isEmpty, case .generatorExp = args[0].kind,
          !isParenthesized(args[0])
        {
          args[0].range = SourceRange(start: open, end: lastEnd)
        }
        e = Expr(.call(func: e, args: args, keywords: keywords), range(from: start))
      case "[":
        p += 1
        let slice = try parseSlices()
        if !isOp("]") {
          var last = slice
          if case .tuple(let elts, _) = slice.kind, let l = elts.last { last = l }
          if case .slice(let lower, let upper, let step) = last.kind {
            guard let part = step ?? upper ?? lower else { throw invalidSyntax() }
            last = part
          }
          throw missingCommaOrInvalid(after: last)
        }
        p += 1
        e = Expr(.subscript(value: e, slice: slice, ctx: .load), range(from: start))
      default:
        return e
      }
      try enterNesting()
    }
    return e
  }

  /// slices: slice !',' | ','.(slice | starred_expression)+ [',']
  mutating func parseSlices() throws -> Expr {
    let start = tok.start
    let first = try parseSlice()
    guard isOp(",") else {
      if case .starred = first.kind {
        return Expr(.tuple(elts: [first], ctx: .load), range(from: start))
      }
      return first
    }
    var elts = [first]
    while eatOp(",") {
      if isOp("]") { break }
      elts.append(try parseSlice())
    }
    return Expr(.tuple(elts: elts, ctx: .load), range(from: start))
  }

  /// slice: [expression] ':' [expression] [':' [expression]] | named_expression
  mutating func parseSlice() throws -> Expr {
    let start = tok.start
    if isOp("*") { return try parseStarExpression() }
    var lower: Expr? = nil
    if !isOp(":") {
      lower = try parseNamedExpression()
      if !isOp(":") { return lower! }
    }
    p += 1
    var upper: Expr? = nil
    var step: Expr? = nil
    if !isOp(":") && !isOp("]") && !isOp(",") { upper = try parseExpression() }
    if eatOp(":") {
      if !isOp("]") && !isOp(",") { step = try parseExpression() }
    }
    return Expr(.slice(lower: lower, upper: upper, step: step), range(from: start))
  }

  /// atom: NAME | 'True' | 'False' | 'None' | strings | NUMBER | tuple | group | genexp
  /// | list | listcomp | dict | set | dictcomp | setcomp | '...'
  mutating func parseAtom() throws -> Expr {
    let t = tok
    switch t.kind {
    case .name:
      switch t.text {
      case "None":
        p += 1
        return Expr(.constant(value: .none, kind: nil), t.range)
      case "True":
        p += 1
        return Expr(.constant(value: .bool(true), kind: nil), t.range)
      case "False":
        p += 1
        return Expr(.constant(value: .bool(false), kind: nil), t.range)
      default:
        if Parser.keywords.contains(t.text) { throw invalidSyntax() }
        p += 1
        return Expr(.name(id: t.text, ctx: .load), t.range)
      }
    case .number:
      p += 1
      let value = numberValue(t.text)
      if case .int(let digits) = value, digits.count > 4300, !t.text.hasPrefix("0") {
        throw error("Exceeds the limit (4300 digits) for integer string conversion: value has "
          + "\(digits.count) digits; use sys.set_int_max_str_digits() to increase the limit - "
          + "Consider hexadecimal for huge integer literals to avoid decimal conversion limits.",
          at: SourceLocation(line: t.start.line, column: 0))
      }
      return Expr(.constant(value: value, kind: nil), t.range)
    case .string:
      return try parseStrings()
    case .op:
      switch t.text {
      case "(": return try parseParenthesized()
      case "[": return try parseListDisplay()
      case "{": return try parseBraceDisplay()
      case "...":
        p += 1
        return Expr(.constant(value: .ellipsis, kind: nil), t.range)
      default: throw invalidSyntax()
      }
    default:
      throw invalidSyntax()
    }
  }

  /// tuple | group | genexp: '(' ... ')'
  mutating func parseParenthesized() throws -> Expr {
    let start = tok.start
    p += 1
    try enterNesting()
    defer { depth -= 1 }
    if eatOp(")") { return Expr(.tuple(elts: [], ctx: .load), range(from: start)) }
    if isKeyword("yield") {
      let e = try parseYieldExpression()
      try expectOp(")")
      markParenthesized(e)
      return e
    }
    let first = try parseStarNamedExpression()
    if isKeyword("for") || isKeyword("async") {
      let generators = try parseComprehensionClauses()
      try expectOp(")")
      let e = Expr(.generatorExp(elt: first, generators: generators), range(from: start))
      markParenthesized(e)
      return e
    }
    if eatOp(")") {
      if case .starred = first.kind {
        throw error("cannot use starred expression here", at: first.range.start)
      }
      markParenthesized(first)
      return first
    }
    guard isOp(",") else { throw missingCommaOrInvalid(after: first) }
    var elts = [first]
    while eatOp(",") {
      if isOp(")") { break }
      elts.append(try parseStarNamedExpression())
    }
    try checkUnparenthesizedComprehensionTarget(elts)
    if !isOp(")") { throw missingCommaOrInvalid(after: elts[elts.count - 1]) }
    p += 1
    let e = Expr(.tuple(elts: elts, ctx: .load), range(from: start))
    markParenthesized(e)
    return e
  }

  /// CPython's "invalid syntax. Perhaps you forgot a comma?" when two expressions sit side by
  /// side inside brackets; otherwise plain "invalid syntax".
  mutating func missingCommaOrInvalid(after previous: Expr) -> ParseError {
    let generic = invalidSyntax()
    guard startsExpression, !isKeyword("not") else { return generic }
    if let i = tokenIndex(at: previous.range.start), tokens[i].kind == .name {
      if tokens[i + 1].kind == .string { return generic }
      if ["match", "case", "_"].contains(tokens[i].text) { return generic }
    }
    let save = p
    let saveDepth = depth
    defer {
      p = save
      depth = saveDepth
    }
    let parsed = (try? parseExpression()) != nil
    lookahead = max(lookahead, p)
    guard parsed else { return generic }
    if tok.kind == .eofInBrackets {
      return ParseError(message: "invalid syntax", location: tok.start, generic: true,
                        eofInBrackets: true)
    }
    return error("invalid syntax. Perhaps you forgot a comma?", at: previous.range.start)
  }

  /// `[x, y for ...]`: CPython's "did you forget parentheses around the comprehension target?"
  func checkUnparenthesizedComprehensionTarget(_ elts: [Expr]) throws {
    if elts.count > 1 && (isKeyword("for") || isKeyword("async")) {
      throw error("did you forget parentheses around the comprehension target?",
                  at: elts[0].range.start)
    }
  }

  /// list | listcomp: '[' ... ']'
  mutating func parseListDisplay() throws -> Expr {
    let start = tok.start
    p += 1
    try enterNesting()
    defer { depth -= 1 }
    if eatOp("]") { return Expr(.list(elts: [], ctx: .load), range(from: start)) }
    let first = try parseStarNamedExpression()
    if isKeyword("for") || isKeyword("async") {
      let generators = try parseComprehensionClauses()
      try expectOp("]")
      return Expr(.listComp(elt: first, generators: generators), range(from: start))
    }
    var elts = [first]
    while eatOp(",") {
      if isOp("]") { break }
      elts.append(try parseStarNamedExpression())
    }
    try checkUnparenthesizedComprehensionTarget(elts)
    if !isOp("]") { throw missingCommaOrInvalid(after: elts[elts.count - 1]) }
    p += 1
    return Expr(.list(elts: elts, ctx: .load), range(from: start))
  }

  /// dict | set | dictcomp | setcomp: '{' ... '}'
  mutating func parseBraceDisplay() throws -> Expr {
    let start = tok.start
    p += 1
    try enterNesting()
    defer { depth -= 1 }
    if eatOp("}") { return Expr(.dict(keys: [], values: []), range(from: start)) }
    if isOp("**") { return try parseDictRest(start: start, keys: [], values: []) }
    let first = try parseStarNamedExpression()
    if eatOp(":") {
      if isOp(",") || isOp("}") {
        throw error("expression expected after dictionary key and ':'", at: tokens[p - 1].start)
      }
      if isOp("*") {
        throw error("cannot use a starred expression in a dictionary value", at: tok.start)
      }
      let value = try parseExpression()
      if isKeyword("for") || isKeyword("async") {
        let generators = try parseComprehensionClauses()
        try expectOp("}")
        return Expr(.dictComp(key: first, value: value, generators: generators),
                    range(from: start))
      }
      return try parseDictRest(start: start, keys: [first], values: [value])
    }
    if isKeyword("for") || isKeyword("async") {
      let generators = try parseComprehensionClauses()
      try expectOp("}")
      return Expr(.setComp(elt: first, generators: generators), range(from: start))
    }
    var elts = [first]
    while eatOp(",") {
      if isOp("}") { break }
      elts.append(try parseStarNamedExpression())
    }
    try checkUnparenthesizedComprehensionTarget(elts)
    if !isOp("}") { throw missingCommaOrInvalid(after: elts[elts.count - 1]) }
    p += 1
    return Expr(.set(elts: elts), range(from: start))
  }

  /// The remaining `key: value` and `**mapping` items of a dict display.
  mutating func parseDictRest(start: SourceLocation, keys: [Expr?], values: [Expr]) throws -> Expr {
    var keys = keys
    var values = values
    if !keys.isEmpty && !isOp(",") && !isOp("}") {
      throw missingCommaOrInvalid(after: values[values.count - 1])
    }
    while keys.isEmpty || eatOp(",") {
      if isOp("}") { break }
      if eatOp("**") {
        keys.append(nil)
        values.append(try parseBitOr())
      } else {
        let key = try parseExpression()
        keys.append(key)
        if !isOp(":") {
          let comma = missingCommaOrInvalid(after: key)
          if !comma.generic || tok.kind == .eofInBrackets { throw comma }
          throw error("':' expected after dictionary key",
                      at: SourceLocation(line: key.range.end.line,
                                         column: max(0, key.range.end.column - 1)))
        }
        p += 1
        if isOp(",") || isOp("}") {
          throw error("expression expected after dictionary key and ':'", at: tokens[p - 1].start)
        }
        if isOp("*") {
          throw error("cannot use a starred expression in a dictionary value", at: tok.start)
        }
        values.append(try parseExpression())
      }
      if !isOp(",") && !isOp("}") { throw missingCommaOrInvalid(after: values[values.count - 1]) }
    }
    try expectOp("}")
    return Expr(.dict(keys: keys, values: values), range(from: start))
  }

  /// for_if_clauses: (['async'] 'for' star_targets 'in' disjunction ('if' disjunction)*)+
  mutating func parseComprehensionClauses() throws -> [Comprehension] {
    var clauses: [Comprehension] = []
    while isKeyword("for") || (isKeyword("async") && peekToken(1).text == "for") {
      let isAsync = eatKeyword("async") ? 1 : 0
      p += 1
      let target = try parseStarTargets()
      if !isKeyword("in") { throw missingCommaOrInvalid(after: target) }
      p += 1
      let iter = try parseDisjunction()
      var ifs: [Expr] = []
      while eatKeyword("if") { ifs.append(try parseDisjunction()) }
      clauses.append(Comprehension(target: target, iter: iter, ifs: ifs, isAsync: isAsync))
    }
    return clauses
  }
}
