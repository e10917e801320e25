/// Compound statements: blocks, `if`, `while`, `for`, `try`, `with`, `def`, `class`, decorators
/// and the `async` forms. `match` lives in Parser+Patterns.
extension Parser {
  /// compound_stmt: function_def | if_stmt | class_def | with_stmt | for_stmt | try_stmt
  /// | while_stmt | match_stmt. Returns nil when the current token starts none of them.
  mutating func parseCompoundStatement() throws -> Stmt? {
    if isOp("@") { return try parseDecorated() }
    guard tok.kind == .name else { return nil }
    switch tok.text {
    case "if": return try parseIf()
    case "while": return try parseWhile()
    case "for": return try parseFor(isAsync: false, start: tok.start)
    case "try": return try parseTry()
    case "with": return try parseWith(isAsync: false, start: tok.start)
    case "def": return try parseFunctionDef(decorators: [], start: tok.start, isAsync: false)
    case "class": return try parseClassDef(decorators: [], start: tok.start)
    case "async": return try parseAsync(decorators: [])
    case "match": return try parseMatchStatement()
    default: return nil
    }
  }

  /// Expects the ':' that opens a block. `forced` follows CPython's `&&':'` (any other token
  /// reports "expected ':'"); otherwise only a NEWLINE in its place does.
  mutating func expectColon(forced: Bool) throws {
    if eatOp(":") { return }
    if forced || tok.kind == .newline { throw error("expected ':'", at: tok.start) }
    throw invalidSyntax()
  }

  /// block: NEWLINE INDENT statements DEDENT | simple_stmts
  mutating func parseBlock(after what: String, line: Int) throws -> [Stmt] {
    guard tok.kind == .newline else { return try parseSimpleStatements() }
    p += 1
    guard tok.kind == .indent else {
      throw error("expected an indented block after \(what) on line \(line)", at: tok.start,
                  id: "indentation")
    }
    p += 1
    var body: [Stmt] = []
    while tok.kind != .dedent && tok.kind != .endMarker {
      body += try parseStatement()
    }
    if tok.kind == .dedent { p += 1 }
    return body
  }

  /// The `else:` block of `if`, `for`, `while` and `try`, or [] when absent.
  mutating func parseElseBlock() throws -> [Stmt] {
    guard isKeyword("else") else { return [] }
    let line = tok.start.line
    p += 1
    try expectColon(forced: true)
    return try parseBlock(after: "'else' statement", line: line)
  }

  /// if_stmt: 'if' named_expression ':' block (elif_stmt | [else_block])
  mutating func parseIf() throws -> Stmt {
    let start = tok.start
    let keyword = tok.text
    p += 1
    let test = try parseNamedExpression(inCondition: true)
    try expectColon(forced: false)
    let body = try parseBlock(after: "'\(keyword)' statement", line: start.line)
    var orelse: [Stmt] = []
    if isKeyword("elif") {
      orelse = [try parseIf()]
    } else {
      orelse = try parseElseBlock()
    }
    return Stmt(.if(test: test, body: body, orelse: orelse), range(from: start))
  }

  /// while_stmt: 'while' named_expression ':' block [else_block]
  mutating func parseWhile() throws -> Stmt {
    let start = tok.start
    p += 1
    let test = try parseNamedExpression(inCondition: true)
    try expectColon(forced: false)
    let body = try parseBlock(after: "'while' statement", line: start.line)
    let orelse = try parseElseBlock()
    return Stmt(.while(test: test, body: body, orelse: orelse), range(from: start))
  }

  /// for_stmt: ['async'] 'for' star_targets 'in' star_expressions ':' block [else_block]
  mutating func parseFor(isAsync: Bool, start: SourceLocation) throws -> Stmt {
    let line = tok.start.line
    p += 1
    let target = try parseStarTargets()
    try expectKeyword("in")
    let iter = try parseStarExpressions()
    try expectColon(forced: false)
    let body = try parseBlock(after: "'for' statement", line: line)
    let orelse = try parseElseBlock()
    let kind: StmtKind = isAsync
      ? .asyncFor(target: target, iter: iter, body: body, orelse: orelse, typeComment: nil)
      : .for(target: target, iter: iter, body: body, orelse: orelse, typeComment: nil)
    return Stmt(kind, range(from: start))
  }

  /// try_stmt: 'try' ':' block (finally_block | except_block+ [else] [finally]
  /// | except_star_block+ [else] [finally])
  mutating func parseTry() throws -> Stmt {
    let start = tok.start
    p += 1
    try expectColon(forced: true)
    let body = try parseBlock(after: "'try' statement", line: start.line)
    var handlers: [ExceptHandler] = []
    var star: Bool? = nil
    while isKeyword("except") {
      let (handler, isStar) = try parseExceptHandler()
      if let s = star, s != isStar {
        throw error("cannot have both 'except' and 'except*' on the same 'try'",
                    at: handler.range.start)
      }
      star = isStar
      handlers.append(handler)
    }
    let orelse = handlers.isEmpty ? [] : try parseElseBlock()
    var finalbody: [Stmt] = []
    if isKeyword("finally") {
      let line = tok.start.line
      p += 1
      try expectColon(forced: true)
      finalbody = try parseBlock(after: "'finally' statement", line: line)
    } else if handlers.isEmpty {
      throw error("expected 'except' or 'finally' block", at: tok.start)
    }
    let kind: StmtKind = star == true
      ? .tryStar(body: body, handlers: handlers, orelse: orelse, finalbody: finalbody)
      : .try(body: body, handlers: handlers, orelse: orelse, finalbody: finalbody)
    return Stmt(kind, range(from: start))
  }

  /// except_block: 'except' [expression ['as' NAME]] ':' block; also 'except' '*' ...
  mutating func parseExceptHandler() throws -> (ExceptHandler, Bool) {
    let start = tok.start
    p += 1
    let isStar = eatOp("*")
    var type: Expr? = nil
    var name: String? = nil
    if isStar && isOp(":") {
      throw error("expected one or more exception types", at: tok.start)
    }
    if !isOp(":") || isStar {
      if tok.kind == .newline && !isStar { throw error("expected ':'", at: tok.start) }
      let typeStart = tok.start
      let first = try parseExpression()
      if isOp(",") {
        throw error("multiple exception types must be parenthesized", at: first.range.start)
      }
      _ = typeStart
      type = first
      if eatKeyword("as") { name = try expectIdentifier() }
    }
    try expectColon(forced: false)
    let what = isStar ? "'except*' statement" : "'except' statement"
    let body = try parseBlock(after: what, line: start.line)
    return (ExceptHandler(type: type, name: name, body: body, range: range(from: start)), isStar)
  }

  /// with_stmt: ['async'] 'with' ( '(' ','.with_item+ ','? ')' | ','.with_item+ ) ':' block
  mutating func parseWith(isAsync: Bool, start: SourceLocation) throws -> Stmt {
    let line = tok.start.line
    p += 1
    var items: [WithItem] = []
    if isOp("("), let parenItems = try parseParenthesizedWithItems() {
      items = parenItems
    } else {
      repeat { items.append(try parseWithItem()) } while eatOp(",")
    }
    try expectColon(forced: false)
    let body = try parseBlock(after: "'with' statement", line: line)
    let kind: StmtKind = isAsync
      ? .asyncWith(items: items, body: body, typeComment: nil)
      : .with(items: items, body: body, typeComment: nil)
    return Stmt(kind, range(from: start))
  }

  /// with_item: expression ['as' star_target]
  mutating func parseWithItem() throws -> WithItem {
    let expr = try parseExpression()
    var vars: Expr? = nil
    if eatKeyword("as") {
      vars = try parseStarTarget()
      if !(isOp(",") || isOp(":") || isOp(")") || tok.kind == .newline) { throw invalidSyntax() }
    }
    return WithItem(contextExpr: expr, optionalVars: vars)
  }

  /// The parenthesized form `with (a as b, c):`, tried first; returns nil (restoring the
  /// position) when the parentheses turn out to belong to an expression.
  mutating func parseParenthesizedWithItems() throws -> [WithItem]? {
    let save = p
    p += 1
    var items: [WithItem] = []
    do {
      while !isOp(")") {
        items.append(try parseWithItem())
        if !eatOp(",") { break }
      }
      try expectOp(")")
    } catch {
      p = save
      return nil
    }
    if !(isOp(":") || tok.kind == .newline) || items.isEmpty {
      p = save
      return nil
    }
    return items
  }

  // MARK: - Definitions

  /// decorators: ('@' named_expression NEWLINE)+, then a function or class definition.
  mutating func parseDecorated() throws -> Stmt {
    var decorators: [Expr] = []
    while eatOp("@") {
      decorators.append(try parseNamedExpression())
      guard tok.kind == .newline else { throw invalidSyntax() }
      p += 1
    }
    let start = tok.start
    if isKeyword("def") {
      return try parseFunctionDef(decorators: decorators, start: start, isAsync: false)
    }
    if isKeyword("class") { return try parseClassDef(decorators: decorators, start: start) }
    if isKeyword("async") { return try parseAsync(decorators: decorators) }
    throw invalidSyntax()
  }

  /// 'async' (function_def | for_stmt | with_stmt)
  mutating func parseAsync(decorators: [Expr]) throws -> Stmt {
    let start = tok.start
    p += 1
    if isKeyword("def") {
      return try parseFunctionDef(decorators: decorators, start: start, isAsync: true)
    }
    if decorators.isEmpty && isKeyword("for") { return try parseFor(isAsync: true, start: start) }
    if decorators.isEmpty && isKeyword("with") { return try parseWith(isAsync: true, start: start) }
    throw invalidSyntax()
  }

  /// function_def_raw: ['async'] 'def' NAME '(' [params] ')' ['->' expression] ':' block
  mutating func parseFunctionDef(
    decorators: [Expr], start: SourceLocation, isAsync: Bool
  ) throws -> Stmt {
    let line = tok.start.line
    p += 1
    let name = try expectIdentifier()
    if !isOp("(") { throw error("expected '('", at: tok.start) }
    p += 1
    let args = try parseParameters(closing: ")")
    try expectOp(")")
    var returns: Expr? = nil
    if isOp("->") {
      let arrow = tok
      p += 1
      if !startsExpression { throw error("expected ':'", at: arrow.start) }
      returns = try parseExpression()
    }
    try expectColon(forced: true)
    let body = try parseBlock(after: "function definition", line: line)
    let def = FunctionDef(name: name, args: args, body: body, decoratorList: decorators,
                          returns: returns)
    return Stmt(isAsync ? .asyncFunctionDef(def) : .functionDef(def), range(from: start))
  }

  /// class_def_raw: 'class' NAME ['(' [arguments] ')'] ':' block
  mutating func parseClassDef(decorators: [Expr], start: SourceLocation) throws -> Stmt {
    let line = tok.start.line
    p += 1
    let name = try expectIdentifier()
    var bases: [Expr] = []
    var keywords: [Keyword] = []
    if isOp("(") {
      p += 1
      (bases, keywords) = try parseCallArguments(allowGenerator: false)
      try expectOp(")")
    }
    try expectColon(forced: false)
    let body = try parseBlock(after: "class definition", line: line)
    return Stmt(.classDef(name: name, bases: bases, keywords: keywords, body: body,
                          decoratorList: decorators), range(from: start))
  }
}
