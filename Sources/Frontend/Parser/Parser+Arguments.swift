/// Parameter lists of `def` and `lambda`, and argument lists of calls and class bases.
extension Parser {
  /// params / lambda_params: the parameters up to `closing` (")" for def, ":" for lambda), with
  /// positional-only `/`, defaults, `*args`, bare `*`, keyword-only parameters and `**kwargs`.
  mutating func parseParameters(closing: String) throws -> Arguments {
    let annotated = closing == ")"
    var result = Arguments()
    var sawSlash = false
    var sawStar = false
    var sawDefault = false
    while !isOp(closing) {
      let itemStart = tok.start
      if result.kwarg != nil {
        throw error("arguments cannot follow var-keyword argument", at: itemStart)
      }
      if isOp("/") {
        if sawSlash { throw error("/ may appear only once", at: itemStart) }
        if sawStar { throw error("/ must be ahead of *", at: itemStart) }
        if result.args.isEmpty {
          if peekToken(1).text == "," {
            throw error("at least one argument must precede /", at: itemStart)
          }
          throw invalidSyntax()
        }
        p += 1
        sawSlash = true
        result.posonlyargs = result.args
        result.args = []
        if isOp("*") { throw error("expected comma between / and *", at: tok.start) }
      } else if isOp("*") {
        if sawStar { throw error("* argument may appear only once", at: itemStart) }
        p += 1
        sawStar = true
        if isOp(",") || isOp(closing) {
          try checkBareStar(star: itemStart, closing: closing)
        } else {
          result.vararg = try parseParameter(annotated: annotated, starAnnotation: true)
          if isOp("=") {
            throw error("var-positional argument cannot have default value", at: tok.start)
          }
        }
      } else if isOp("**") {
        p += 1
        result.kwarg = try parseParameter(annotated: annotated, starAnnotation: false)
        if isOp("=") {
          throw error("var-keyword argument cannot have default value", at: tok.start)
        }
      } else {
        let arg = try parseParameter(annotated: annotated, starAnnotation: false)
        var value: Expr? = nil
        if isOp("=") {
          let equals = tok.start
          p += 1
          if isOp(",") || isOp(closing) {
            throw error("expected default value expression", at: equals)
          }
          value = try parseExpression()
        }
        if sawStar {
          result.kwonlyargs.append(arg)
          result.kwDefaults.append(value)
        } else {
          if let value = value {
            result.defaults.append(value)
            sawDefault = true
          } else if sawDefault {
            if !isOp(",") && !isOp(closing) { throw invalidSyntax() }
            throw error("non-default argument follows default argument", at: arg.range.start)
          }
          result.args.append(arg)
        }
      }
      if !eatOp(",") { break }
    }
    if sawStar && result.vararg == nil && result.kwonlyargs.isEmpty {
      throw error("named arguments must follow bare *", at: tok.start)
    }
    return result
  }

  /// After a bare `*`: CPython requires a keyword-only parameter next ("named arguments must
  /// follow bare *", at the `*` for def and at the following token for lambda).
  func checkBareStar(star: SourceLocation, closing: String) throws {
    let next = peekToken(isOp(",") ? 1 : 0)
    guard isOp(closing) || (next.kind == .op && (next.text == closing || next.text == "**")) else {
      return
    }
    if closing == ")" { throw error("named arguments must follow bare *", at: star) }
    throw error("named arguments must follow bare *", at: isOp(closing) ? tok.start : next.start)
  }

  /// param: NAME [':' expression]; for `*args`, the annotation may be starred (`*Ts`).
  mutating func parseParameter(annotated: Bool, starAnnotation: Bool) throws -> Arg {
    let start = tok.start
    if isOp("(") {
      let what = annotated ? "Function parameters" : "Lambda expression parameters"
      throw error("\(what) cannot be parenthesized", at: start)
    }
    let name = try expectIdentifier()
    var annotation: Expr? = nil
    if annotated && eatOp(":") {
      annotation = starAnnotation && isOp("*") ? try parseStarExpression() : try parseExpression()
    }
    return Arg(arg: name, annotation: annotation, range: range(from: start))
  }

  /// arguments: positional arguments, `*iterables`, `name=value` and `**mappings`, up to (not
  /// including) the closing ')'. A sole unparenthesized generator expression is allowed.
  mutating func parseCallArguments(allowGenerator: Bool = true) throws -> ([Expr], [Keyword]) {
    var args: [Expr] = []
    var keywords: [Keyword] = []
    var sawDoubleStar = false
    var genexp: Expr? = nil
    var lastItem: Expr? = nil
    while !isOp(")") {
      let start = tok.start
      if isOp("*") {
        if sawDoubleStar {
          throw error("iterable argument unpacking follows keyword argument unpacking", at: start)
        }
        p += 1
        let value = try parseExpression()
        args.append(Expr(.starred(value: value, ctx: .load), range(from: start)))
        lastItem = value
      } else if isOp("**") {
        p += 1
        let value = try parseExpression()
        keywords.append(Keyword(arg: nil, value: value, range: range(from: start)))
        sawDoubleStar = true
        lastItem = value
      } else if isIdentifier && peekToken(1).kind == .op && peekToken(1).text == "=" {
        let name = tok.text
        p += 2
        let value = try parseExpression()
        keywords.append(Keyword(arg: name, value: value, range: range(from: start)))
        lastItem = value
      } else {
        var e = try parseNamedExpression(inCall: true)
        if isKeyword("for") || isKeyword("async") {
          if !allowGenerator { throw invalidSyntax() }
          let generators = try parseComprehensionClauses()
          e = Expr(.generatorExp(elt: e, generators: generators), range(from: start))
          if genexp == nil { genexp = e }
        } else if isOp("=") {
          if case .constant(let v, _) = e.kind, v == .none || v == .bool(true) || v == .bool(false)
          {
            throw error("cannot assign to \(expressionName(e))", at: e.range.start)
          }
          throw error("expression cannot contain assignment, perhaps you meant \"==\"?",
                      at: e.range.start)
        }
        if !keywords.isEmpty {
          if !isOp(",") && !isOp(")") {
            let comma = missingCommaOrInvalid(after: e)
            if !comma.generic { throw comma }
          }
          let what = sawDoubleStar ? "keyword argument unpacking" : "keyword argument"
          throw error("positional argument follows \(what)", at: tok.start)
        }
        args.append(e)
        lastItem = e
      }
      if !eatOp(",") { break }
    }
    if let g = genexp, args.count + keywords.count > 1 || tokens[p - 1].text == "," {
      throw error("Generator expression must be parenthesized", at: g.range.start)
    }
    if !isOp(")") {
      if let last = lastItem, tok.kind != .eofInBrackets {
        throw missingCommaOrInvalid(after: last)
      }
      throw invalidSyntax()
    }
    return (args, keywords)
  }
}
