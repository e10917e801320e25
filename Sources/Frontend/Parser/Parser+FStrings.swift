/// Collects the parts of a JoinedStr: adjacent literal text is merged, empty text dropped.
struct FStringBuilder {
  /// The range given to literal parts (the whole literal; one token inside a format spec).
  var range: SourceRange
  /// The range given to FormattedValue parts: always the whole concatenated literal.
  var valueRange: SourceRange
  var kind: String?
  var values: [Expr] = []
  /// The pending literal text, as code points (lone surrogates included).
  var literal: [UInt32] = []
  /// Literal parts holding lone surrogates and their exact code points (the part's `.str`
  /// has U+FFFD in their place); the parser moves them to `Module.loneSurrogates`.
  var surrogateParts: [(Expr, [UInt32])] = []

  init(range: SourceRange, valueRange: SourceRange? = nil, kind: String?) {
    self.range = range
    self.valueRange = valueRange ?? range
    self.kind = kind
  }

  mutating func appendLiteral(_ s: String) {
    literal += s.unicodeScalars.map(\.value)
  }

  /// Appends decoded literal text given as code points (a lone surrogate may be among them).
  mutating func appendLiteral(codePoints: [UInt32]) {
    literal += codePoints
  }

  mutating func appendValue(_ e: Expr) {
    flushLiteral()
    values.append(e)
  }

  mutating func flushLiteral() {
    if !literal.isEmpty {
      var text = String.UnicodeScalarView()
      for v in literal { text.append(Unicode.Scalar(v) ?? "\u{FFFD}") }
      let part = Expr(.constant(value: .str(String(text)), kind: nil), range)
      values.append(part)
      if literal.contains(where: { (0xD800...0xDFFF).contains($0) }) {
        surrogateParts.append((part, literal))
      }
      literal = []
    }
  }

  mutating func finish() -> [Expr] {
    flushLiteral()
    return values
  }
}

/// F-string bodies as CPython 3.11 parses them (Parser/string_parser.c): literal text with
/// `{{`/`}}`, replacement fields `{expr=!r:spec}` with nested fields in the format spec, and the
/// expression parsed as `(expr)` by a nested parser.
extension Parser {
  /// Appends literal text of an f-string piece (escapes decoded unless the piece is raw).
  mutating func appendLiteral(_ text: [UInt8], of piece: StringPiece,
                              to builder: inout FStringBuilder) throws {
    if piece.isRaw || !text.contains(92) {
      builder.appendLiteral(String(decoding: text, as: UTF8.self))
    } else {
      builder.appendLiteral(codePoints: try escapeScalars(text, at: piece.token.start))
    }
  }

  /// The parts of a finished f-string, its lone surrogates recorded for the module.
  mutating func finish(_ builder: inout FStringBuilder) -> [Expr] {
    let parts = builder.finish()
    for (part, exact) in builder.surrogateParts { loneSurrogates[ObjectIdentifier(part)] = exact }
    return parts
  }

  /// Parses the body of one f-string piece into `builder`.
  mutating func parseFStringBody(_ piece: StringPiece, into builder: inout FStringBuilder) throws {
    var i = 0
    try parseFStringParts(piece, &i, into: &builder, level: 0)
  }

  /// Literal text and replacement fields until the end of the body or, inside a format spec
  /// (`level` > 0), until its closing '}' (left unconsumed).
  mutating func parseFStringParts(
    _ piece: StringPiece, _ i: inout Int, into b: inout FStringBuilder, level: Int
  ) throws {
    let body = piece.body
    while i < body.count {
      var lit: [UInt8] = []
      while i < body.count {
        let c = body[i]
        if c == 92 && !piece.isRaw && i + 1 < body.count {
          let n = body[i + 1]
          if n == UInt8(ascii: "N") && i + 2 < body.count && body[i + 2] == UInt8(ascii: "{") {
            var j = i + 3
            while j < body.count && body[j] != UInt8(ascii: "}") { j += 1 }
            lit += body[i..<min(j + 1, body.count)]
            i = j + 1
            continue
          }
          if n == UInt8(ascii: "{") || n == UInt8(ascii: "}") {
            lit.append(c)
            i += 1
            continue
          }
          lit.append(c)
          lit.append(n)
          i += 2
          continue
        }
        if c == UInt8(ascii: "{") {
          if level == 0 && i + 1 < body.count && body[i + 1] == c {
            lit.append(c)
            i += 2
            continue
          }
          break
        }
        if c == UInt8(ascii: "}") {
          if level > 0 { break }
          if i + 1 < body.count && body[i + 1] == c {
            lit.append(c)
            i += 2
            continue
          }
          throw error("f-string: single '}' is not allowed", at: piece.token.end)
        }
        lit.append(c)
        i += 1
      }
      if !lit.isEmpty { try appendLiteral(lit, of: piece, to: &b) }
      if i >= body.count || body[i] == UInt8(ascii: "}") { return }
      i += 1
      try parseReplacementField(piece, &i, into: &b, level: level)
    }
  }

  /// The location in the source of byte `offset` of a piece's body.
  func sourceLocation(in piece: StringPiece, offset: Int) -> SourceLocation {
    var line = piece.bodyStart.line
    var lastNewline = -1
    for k in 0..<min(offset, piece.body.count) where piece.body[k] == 10 {
      line += 1
      lastNewline = k
    }
    if lastNewline < 0 {
      return SourceLocation(line: line, column: piece.bodyStart.column + offset)
    }
    return SourceLocation(line: line, column: offset - lastNewline - 1)
  }

  /// Finds where a replacement field's expression ends: at a top-level '}', '!', ':' or '='.
  func scanFieldExpression(_ piece: StringPiece, from start: Int) throws -> Int {
    let body = piece.body
    var i = start
    var stack: [UInt8] = []
    var quote: UInt8 = 0
    var quoteSize = 0
    while i < body.count {
      let c = body[i]
      if c == 92 {
        throw error("f-string expression part cannot include a backslash", at: piece.token.end)
      }
      if quoteSize > 0 {
        if c == quote {
          if quoteSize == 1 {
            quoteSize = 0
          } else if i + 2 < body.count && body[i + 1] == quote && body[i + 2] == quote {
            quoteSize = 0
            i += 2
          }
        }
        i += 1
        continue
      }
      switch c {
      case 34, 39:
        quote = c
        if i + 2 < body.count && body[i + 1] == c && body[i + 2] == c {
          quoteSize = 3
          i += 2
        } else {
          quoteSize = 1
        }
      case 40, 91, 123:
        if stack.count >= 200 {
          throw error("f-string: too many nested parenthesis", at: piece.token.end)
        }
        stack.append(c)
      case 41, 93, 125:
        if stack.isEmpty {
          if c == 125 { return i }
          throw error("f-string: unmatched '\(Character(Unicode.Scalar(c)))'",
                      at: piece.token.end)
        }
        let open = stack.removeLast()
        let expected: UInt8 = open == 40 ? 41 : open + 2
        if c != expected {
          throw error("f-string: closing parenthesis '\(Character(Unicode.Scalar(c)))' does not "
            + "match opening parenthesis '\(Character(Unicode.Scalar(open)))'", at: piece.token.end)
        }
      case 35:
        throw error("f-string expression part cannot include '#'", at: piece.token.end)
      case 33 where stack.isEmpty:
        if i + 1 < body.count && body[i + 1] == 61 {
          i += 1
        } else {
          return i
        }
      case 58 where stack.isEmpty:
        return i
      case 61 where stack.isEmpty:
        let next: UInt8 = i + 1 < body.count ? body[i + 1] : 0
        let prev: UInt8 = i > start ? body[i - 1] : 0
        if next == 61 {
          i += 1
        } else if prev != 61 && prev != 33 && prev != 60 && prev != 62 {
          return i
        }
      case 60 where stack.isEmpty, 62 where stack.isEmpty:
        if i + 1 < body.count && body[i + 1] == 61 { i += 1 }
      default:
        break
      }
      i += 1
    }
    if quoteSize > 0 {
      throw error("f-string: unterminated string", at: piece.token.end)
    }
    throw error("f-string: expecting '}'", at: piece.token.end)
  }

  /// replacement_field: '{' expression ['='] ['!' conversion] [':' format_spec] '}', with the
  /// opening brace already consumed.
  mutating func parseReplacementField(
    _ piece: StringPiece, _ i: inout Int, into b: inout FStringBuilder, level: Int
  ) throws {
    if level >= 2 {
      throw error("f-string: expressions nested too deeply", at: piece.token.end)
    }
    let body = piece.body
    let exprStart = i
    i = try scanFieldExpression(piece, from: i)
    let text = Array(body[exprStart..<i])
    if text.allSatisfy({ $0 == 32 || $0 == 9 || $0 == 10 || $0 == 12 || $0 == 13 }) {
      throw error("f-string: empty expression not allowed", at: piece.token.end)
    }
    let value = try parseFieldExpression(text, at: sourceLocation(in: piece, offset: exprStart))
    var debugText: String? = nil
    if body[i] == UInt8(ascii: "=") {
      i += 1
      while i < body.count && (body[i] == 32 || body[i] == 9 || body[i] == 10 || body[i] == 12) {
        i += 1
      }
      debugText = String(decoding: body[exprStart..<i], as: UTF8.self)
    }
    var conversion = -1
    if i < body.count && body[i] == UInt8(ascii: "!") {
      i += 1
      guard i < body.count else { throw error("f-string: expecting '}'", at: piece.token.end) }
      let c = body[i]
      guard c == UInt8(ascii: "s") || c == UInt8(ascii: "r") || c == UInt8(ascii: "a") else {
        throw error("f-string: invalid conversion character: expected 's', 'r', or 'a'",
                    at: piece.token.end)
      }
      conversion = Int(c)
      i += 1
    }
    var formatSpec: Expr? = nil
    if i < body.count && body[i] == UInt8(ascii: ":") {
      i += 1
      var spec = FStringBuilder(range: piece.token.range, valueRange: b.valueRange, kind: nil)
      try parseFStringParts(piece, &i, into: &spec, level: level + 1)
      formatSpec = Expr(.joinedStr(values: finish(&spec)), piece.token.range)
    }
    guard i < body.count && body[i] == UInt8(ascii: "}") else {
      throw error("f-string: expecting '}'", at: piece.token.end)
    }
    i += 1
    if let debugText = debugText {
      b.appendLiteral(debugText)
      if conversion == -1 && formatSpec == nil { conversion = Int(UInt8(ascii: "r")) }
    }
    b.appendValue(Expr(.formattedValue(value: value, conversion: conversion,
                                       formatSpec: formatSpec), b.valueRange))
  }

  /// Parses the text of a replacement field as CPython does: `(text)` as star_expressions.
  mutating func parseFieldExpression(_ text: [UInt8], at loc: SourceLocation) throws -> Expr {
    var lexer = Lexer(bytes: [40] + text + [41])
    lexer.line = loc.line
    lexer.lineStart = 1 - loc.column
    lexer.run()
    /// CPython 3.11 reports errors inside a replacement field at columns relative to `(text)`.
    func relative(_ l: SourceLocation) -> SourceLocation {
      guard l.line == loc.line else { return l }
      return SourceLocation(line: l.line, column: max(0, l.column - loc.column + 1))
    }
    if let e = lexer.error {
      throw ParseError(id: e.id, message: e.message, location: relative(e.location))
    }
    var sub = Parser(tokens: lexer.tokens, file: file)
    sub.depth = depth
    sub.inFString = true
    do {
      let e = try sub.parseStarExpressions()
      if sub.tok.kind != .newline { throw sub.invalidSyntax() }
      return e
    } catch var e as ParseError {
      if !e.message.hasPrefix("f-string") { e.message = "f-string: " + e.message }
      e.location = relative(e.location)
      throw e
    }
  }
}
