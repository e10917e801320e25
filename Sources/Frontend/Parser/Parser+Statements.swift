/// Simple statements: expression statements, assignments, and the keyword-led one-liners.
extension Parser {
  /// file: [statements] ENDMARKER. After a syntax error (kept in `firstError`) parsing resumes
  /// at the next top-level statement, so the module holds every statement that parsed.
  mutating func parseFile() -> [Stmt] {
    var body: [Stmt] = []
    while tok.kind != .endMarker && tok.kind != .lexError && tok.kind != .eofInBrackets {
      if tok.kind == .newline {
        p += 1
        continue
      }
      let start = p
      do {
        body += try parseStatement()
      } catch let e as ParseError {
        if firstError == nil { firstError = resolve(e) }
        skipToNextTopLevelStatement(from: start)
      } catch {
        skipToNextTopLevelStatement(from: start)
      }
    }
    if firstError == nil && tok.kind != .endMarker {
      firstError = resolve(invalidSyntax())
    }
    return body
  }

  /// Error recovery: moves to the first token after the error that starts a line at the top
  /// indentation level.
  mutating func skipToNextTopLevelStatement(from start: Int) {
    let errorIndex = max(p, start)
    var depth = 0
    var i = start
    while i < tokens.count {
      let k = tokens[i].kind
      if k == .endMarker || k == .lexError || k == .eofInBrackets { break }
      if k == .indent {
        depth += 1
      } else if k == .dedent {
        depth -= 1
      } else if i > errorIndex && depth <= 0 && i > 0
        && (tokens[i - 1].kind == .newline || tokens[i - 1].kind == .dedent)
      {
        break
      }
      i += 1
    }
    p = min(i, tokens.count - 1)
    furthest = p
    lookahead = p
  }

  /// statement: compound_stmt | simple_stmts
  mutating func parseStatement() throws -> [Stmt] {
    if let compound = try parseCompoundStatement() { return [compound] }
    return try parseSimpleStatements()
  }

  /// simple_stmts: simple_stmt (';' simple_stmt)* [';'] NEWLINE
  mutating func parseSimpleStatements() throws -> [Stmt] {
    var stmts = [try parseSimpleStatement()]
    while eatOp(";") {
      if tok.kind == .newline { break }
      stmts.append(try parseSimpleStatement())
    }
    guard tok.kind == .newline else { throw invalidSyntax() }
    p += 1
    return stmts
  }

  /// simple_stmt: assignment | star_expressions | return | import | raise | pass | del | yield
  /// | assert | break | continue | global | nonlocal
  mutating func parseSimpleStatement() throws -> Stmt {
    let start = tok.start
    if tok.kind == .name {
      switch tok.text {
      case "pass":
        p += 1
        return Stmt(.pass, range(from: start))
      case "break":
        p += 1
        return Stmt(.break, range(from: start))
      case "continue":
        p += 1
        return Stmt(.continue, range(from: start))
      case "return":
        p += 1
        let value = atStatementEnd ? nil : try parseStarExpressions()
        return Stmt(.return(value: value), range(from: start))
      case "raise": return try parseRaise()
      case "global", "nonlocal": return try parseGlobal()
      case "del": return try parseDel()
      case "assert":
        p += 1
        let test = try parseExpression()
        let msg = eatOp(",") ? try parseExpression() : nil
        return Stmt(.assert(test: test, msg: msg), range(from: start))
      case "import": return try parseImport()
      case "from": return try parseFromImport()
      default: break
      }
    }
    return try parseExpressionStatement()
  }

  var atStatementEnd: Bool { tok.kind == .newline || isOp(";") }

  mutating func parseRaise() throws -> Stmt {
    let start = tok.start
    p += 1
    if atStatementEnd { return Stmt(.raise(exc: nil, cause: nil), range(from: start)) }
    let exc = try parseExpression()
    let cause = eatKeyword("from") ? try parseExpression() : nil
    return Stmt(.raise(exc: exc, cause: cause), range(from: start))
  }

  mutating func parseGlobal() throws -> Stmt {
    let start = tok.start
    let isGlobal = tok.text == "global"
    p += 1
    var names = [try expectIdentifier()]
    while eatOp(",") { names.append(try expectIdentifier()) }
    return Stmt(isGlobal ? .global(names: names) : .nonlocal(names: names), range(from: start))
  }

  /// del_stmt: 'del' del_targets &(';' | NEWLINE)
  mutating func parseDel() throws -> Stmt {
    let start = tok.start
    p += 1
    var targets: [Expr] = []
    repeat {
      if atStatementEnd && !targets.isEmpty { break }
      let e = try parseStarExpression()
      try setContext(e, .del)
      targets.append(e)
    } while eatOp(",")
    guard atStatementEnd else { throw invalidSyntax() }
    return Stmt(.delete(targets: targets), range(from: start))
  }

  // MARK: - Imports

  /// dotted_name: NAME ('.' NAME)*
  mutating func parseDottedName() throws -> String {
    var name = try expectIdentifier()
    while isOp(".") {
      p += 1
      name += "." + (try expectIdentifier())
    }
    return name
  }

  /// import_name: 'import' dotted_as_names
  mutating func parseImport() throws -> Stmt {
    let start = tok.start
    p += 1
    var names: [Alias] = []
    repeat {
      let aliasStart = tok.start
      let name = try parseDottedName()
      let asname = eatKeyword("as") ? try expectIdentifier() : nil
      names.append(Alias(name: name, asname: asname, range: range(from: aliasStart)))
    } while eatOp(",")
    return Stmt(.import(names: names), range(from: start))
  }

  /// import_from: 'from' ('.' | '...')* dotted_name 'import' import_from_targets
  /// | 'from' ('.' | '...')+ 'import' import_from_targets
  mutating func parseFromImport() throws -> Stmt {
    let start = tok.start
    p += 1
    var level = 0
    while true {
      if eatOp(".") {
        level += 1
      } else if eatOp("...") {
        level += 3
      } else {
        break
      }
    }
    var module: String? = nil
    if !isKeyword("import") || level == 0 { module = try parseDottedName() }
    try expectKeyword("import")
    var names: [Alias] = []
    if isOp("*") {
      let s = tok.start
      p += 1
      names.append(Alias(name: "*", asname: nil, range: range(from: s)))
    } else {
      let paren = eatOp("(")
      repeat {
        if paren && isOp(")") && !names.isEmpty { break }
        if !paren && atStatementEnd && !names.isEmpty {
          throw error("trailing comma not allowed without surrounding parentheses", at: tok.start)
        }
        let aliasStart = tok.start
        let name = try expectIdentifier()
        let asname = eatKeyword("as") ? try expectIdentifier() : nil
        names.append(Alias(name: name, asname: asname, range: range(from: aliasStart)))
      } while eatOp(",")
      if paren {
        try expectOp(")")
      }
    }
    return Stmt(.importFrom(module: module, names: names, level: level), range(from: start))
  }

  // MARK: - Expression statements and assignments

  nonisolated(unsafe) static let augmentedOperators: [String: BinaryOperator] = [
    "+=": .add, "-=": .sub, "*=": .mult, "@=": .matMult, "/=": .div, "%=": .mod, "&=": .bitAnd,
    "|=": .bitOr, "^=": .bitXor, "<<=": .lShift, ">>=": .rShift, "**=": .pow, "//=": .floorDiv,
  ]

  /// assignment | star_expressions: the statement forms that start with an expression.
  mutating func parseExpressionStatement() throws -> Stmt {
    let start = tok.start
    let firstIsName = isIdentifier
    let first = isKeyword("yield") ? try parseYieldExpression() : try parseStarExpressions()
    if isOp(":") {
      return try parseAnnotatedAssignment(target: first, start: start, simpleName: firstIsName)
    }
    if tok.kind == .op, let op = Parser.augmentedOperators[tok.text] {
      try checkAugmentedTarget(first)
      p += 1
      let value = isKeyword("yield") ? try parseYieldExpression() : try parseStarExpressions()
      return Stmt(.augAssign(target: first, op: op, value: value), range(from: start))
    }
    guard isOp("=") else {
      if isOp(":="), !isIdentifierExpression(first) {
        throw error("cannot use assignment expressions with \(expressionName(first))",
                    at: first.range.start)
      }
      if case .name(let id, _) = first.kind, startsExpression, !isParenthesized(first) {
        try checkLegacyStatement(id, first)
      }
      return Stmt(.expr(value: first), range(from: start))
    }
    var exprs = [first]
    while eatOp("=") {
      exprs.append(isKeyword("yield") ? try parseYieldExpression() : try parseStarExpressions())
    }
    let value = exprs.removeLast()
    try checkAssignmentTargets(exprs, value: value)
    return Stmt(.assign(targets: exprs, value: value, typeComment: nil), range(from: start))
  }

  func isIdentifierExpression(_ e: Expr) -> Bool {
    if case .name = e.kind { return true }
    return false
  }

  /// `NAME expression` at statement level (CPython's invalid_legacy_expression): the
  /// expression is parsed to surface its own errors; `print x` / `exec x` get their message.
  mutating func checkLegacyStatement(_ id: String, _ name: Expr) throws {
    let save = p
    let saveDepth = depth
    defer {
      lookahead = max(lookahead, p)
      p = save
      depth = saveDepth
    }
    do {
      _ = try parseStarExpressions()
    } catch let e as ParseError {
      if !e.generic { throw e }
      return
    }
    if id == "print" || id == "exec" {
      throw error("Missing parentheses in call to '\(id)'. Did you mean \(id)(...)?",
                  at: name.range.start)
    }
  }

  mutating func parseAnnotatedAssignment(
    target: Expr, start: SourceLocation, simpleName: Bool
  ) throws -> Stmt {
    do {
      try checkAnnotationTarget(target)
    } catch let e as ParseError {
      // CPython names a bad target only when an annotation follows the ':'.
      let colon = p
      p += 1
      let annotated = startsExpression && (try? parseExpression()) != nil
      p = colon
      if annotated { throw e }
      throw invalidSyntax()
    }
    p += 1
    let annotation = try parseExpression()
    var value: Expr? = nil
    if eatOp("=") {
      value = isKeyword("yield") ? try parseYieldExpression() : try parseStarExpressions()
    }
    var simple = 0
    if case .name = target.kind, simpleName, !isParenthesized(target) { simple = 1 }
    try setContext(target, .store)
    return Stmt(.annAssign(target: target, annotation: annotation, value: value, simple: simple),
                range(from: start))
  }
}
