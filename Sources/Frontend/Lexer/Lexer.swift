import Foundation

/// CPython 3.11's tokenizer over UTF-8 bytes: NEWLINE/INDENT/DEDENT, implicit line joining
/// inside brackets, backslash continuation, comments, names, numbers, strings and operators.
///
/// `Parser.parse` calls `Lexer.tokenize` once per file; the whole file is tokenized up front and
/// the first tokenizer error (with CPython's message and position) ends the stream.
public struct Lexer {
  let bytes: [UInt8]
  var pos = 0
  var line = 1
  var lineStart = 0
  var tokens: [Token] = []
  var indents: [Int] = [0]
  var altIndents: [Int] = [0]
  var brackets: [(UInt8, Int, Int)] = []
  var error: LexError?
  /// The tokenizer's SyntaxWarnings ("invalid decimal literal"), by line.
  var warnings: [(line: Int, message: String)] = []
  var atLineStart = true
  /// CPython's MAXLEVEL: the deepest bracket nesting the tokenizer accepts.
  static let maxBracketDepth = 200
  /// CPython's MAXINDENT: at most 99 indentation levels above column 0.
  static let maxIndentDepth = 100

  init(bytes: [UInt8]) {
    self.bytes = bytes
  }

  /// Tokenizes a whole file (UTF-8 bytes, BOM and coding cookie already handled by the caller).
  public static func tokenize(_ bytes: [UInt8]) -> TokenStream {
    var lexer = Lexer(bytes: bytes)
    lexer.run()
    if lexer.error != nil {
      let here = lexer.location(min(lexer.pos, bytes.count))
      lexer.tokens.append(Token(kind: .lexError, text: "", start: here, end: here,
                                offset: min(lexer.pos, bytes.count)))
    }
    return TokenStream(tokens: lexer.tokens, error: lexer.error, openBrackets: lexer.brackets,
                       warnings: lexer.warnings)
  }

  // MARK: - Cursor

  @inline(__always) func peek(_ ahead: Int = 0) -> UInt8 {
    let i = pos + ahead
    return i < bytes.count ? bytes[i] : 0
  }

  var atEnd: Bool { pos >= bytes.count }

  func location(_ offset: Int) -> SourceLocation {
    SourceLocation(line: line, column: offset - lineStart)
  }

  mutating func fail(
    _ message: String, column: Int, id: String = "syntax", deferred: Bool = false
  ) {
    if error == nil {
      error = LexError(id: id, message: message,
                       location: SourceLocation(line: line, column: max(column, 0)),
                       deferred: deferred)
    }
  }

  mutating func fail(_ message: String, at loc: SourceLocation, id: String = "syntax") {
    if error == nil { error = LexError(id: id, message: message, location: loc) }
  }

  /// Consumes one line terminator (`\n`, `\r\n` or `\r`) at `pos` and starts a new line.
  mutating func consumeNewline() {
    if peek() == 13 && peek(1) == 10 { pos += 2 } else { pos += 1 }
    line += 1
    lineStart = pos
  }

  @inline(__always) func isNewline(_ c: UInt8) -> Bool { c == 10 || c == 13 }

  mutating func emit(_ kind: TokenKind, from start: Int, text: String? = nil) {
    let t = text ?? String(decoding: bytes[start..<pos], as: UTF8.self)
    tokens.append(Token(kind: kind, text: t, start: location(start), end: location(pos),
                        offset: start))
  }

  // MARK: - Main loop

  mutating func run() {
    while error == nil {
      if atLineStart {
        atLineStart = false
        if brackets.isEmpty {
          if !handleIndentation() { continue }
          if error != nil { return }
        }
      }
      skipSpaces()
      if atEnd {
        finish()
        return
      }
      let c = peek()
      if c == UInt8(ascii: "#") {
        while !atEnd && !isNewline(peek()) { pos += 1 }
        continue
      }
      if isNewline(c) {
        let start = pos
        if brackets.isEmpty {
          consumeNewlineToken(start)
        } else {
          consumeNewline()
        }
        continue
      }
      if c == UInt8(ascii: "\\") {
        lineContinuation()
        continue
      }
      scanToken(c)
    }
  }

  mutating func consumeNewlineToken(_ start: Int) {
    let startLoc = location(start)
    if peek() == 13 && peek(1) == 10 { pos += 2 } else { pos += 1 }
    let endLoc = SourceLocation(line: line, column: pos - lineStart)
    tokens.append(Token(kind: .newline, text: "\n", start: startLoc, end: endLoc, offset: start))
    line += 1
    lineStart = pos
    atLineStart = true
  }

  mutating func skipSpaces() {
    while !atEnd {
      let c = peek()
      if c == 32 || c == 9 || c == 12 { pos += 1 } else { break }
    }
  }

  mutating func lineContinuation() {
    let bs = pos
    pos += 1
    if !atEnd && !isNewline(peek()) {
      fail("unexpected character after line continuation character", column: bs - lineStart + 1,
           deferred: true)
      return
    }
    let (bsLine, column) = (line, bs - lineStart + 1)
    if !atEnd { consumeNewline() }
    if atEnd { eofAfterContinuation(line: bsLine, column: column) }
  }

  /// End of input right after a line continuation (CPython's tokenizer adds the missing final
  /// newline): "unexpected EOF while parsing" just after the backslash, unless a bracket is
  /// open, which the parser then reports as never closed.
  mutating func eofAfterContinuation(line: Int, column: Int) {
    guard brackets.isEmpty, error == nil else { return }
    error = LexError(id: "syntax", message: "unexpected EOF while parsing",
                     location: SourceLocation(line: line, column: column), deferred: true)
  }

  /// At end of input: an implicit NEWLINE, DEDENTs back to column 0, then ENDMARKER.
  mutating func finish() {
    if !brackets.isEmpty {
      tokens.append(Token(kind: .eofInBrackets, text: "", start: location(pos), end: location(pos),
                          offset: pos))
      return
    }
    if let last = tokens.last, last.kind != .newline && last.kind != .dedent
      && last.kind != .indent
    {
      tokens.append(Token(kind: .newline, text: "", start: location(pos),
                          end: location(pos + 1), offset: pos))
    }
    let here = endOfInputLocation()
    while indents.count > 1 {
      indents.removeLast()
      tokens.append(Token(kind: .dedent, text: "", start: here, end: here, offset: pos))
    }
    tokens.append(Token(kind: .endMarker, text: "", start: here, end: here, offset: pos))
  }

  /// Where CPython places tokens at end of input: the end of the last line that has content
  /// (a final newline belongs to the line it ends).
  func endOfInputLocation() -> SourceLocation {
    guard pos > 0, lineStart == pos, line > 1 else { return location(pos) }
    var start = pos - 1
    if start > 0 && bytes[start] == 10 && bytes[start - 1] == 13 { start -= 1 }
    let end = start
    while start > 0 && !isNewline(bytes[start - 1]) { start -= 1 }
    return SourceLocation(line: line - 1, column: end - start)
  }

  // MARK: - Indentation

  /// Measures the indentation of a new logical line and emits INDENT/DEDENT tokens. Returns
  /// false when the line was blank or a comment (the caller restarts on the next line).
  mutating func handleIndentation() -> Bool {
    var col = 0
    var alt = 0
    var continuationCol: Int? = nil
    while !atEnd {
      let c = peek()
      if c == 32 {
        col += 1
        alt += 1
      } else if c == 9 {
        col = (col / 8 + 1) * 8
        alt += 1
      } else if c == 12 {
        col = 0
        alt = 0
      } else if c == UInt8(ascii: "\\") {
        // A backslash in the indentation: the first one fixes the indentation (CPython 3.11).
        if continuationCol == nil { continuationCol = col }
        let bs = pos
        pos += 1
        if !atEnd && !isNewline(peek()) {
          fail("unexpected character after line continuation character",
               column: bs - lineStart + 1, deferred: true)
          return true
        }
        let (bsLine, column) = (line, bs - lineStart + 1)
        if !atEnd { consumeNewline() }
        if atEnd {
          eofAfterContinuation(line: bsLine, column: column)
          return true
        }
        continue
      } else {
        break
      }
      pos += 1
    }
    if atEnd { return true }
    let c = peek()
    if c == UInt8(ascii: "#") || isNewline(c) {
      while !atEnd && !isNewline(peek()) { pos += 1 }
      if !atEnd {
        consumeNewline()
        atLineStart = true
      }
      return false
    }
    if let c = continuationCol {
      col = c
      alt = c
    }
    let here = location(pos)
    let top = indents[indents.count - 1]
    if col == top {
      if alt != altIndents[altIndents.count - 1] { tabError() }
    } else if col > top {
      if alt <= altIndents[altIndents.count - 1] {
        tabError()
        return true
      }
      if indents.count >= Lexer.maxIndentDepth {
        fail("too many levels of indentation", column: 0, id: "indentation", deferred: true)
        return true
      }
      indents.append(col)
      altIndents.append(alt)
      tokens.append(Token(kind: .indent, text: "", start: SourceLocation(line: line, column: 0),
                          end: here, offset: lineStart))
    } else {
      var dedents = 0
      while indents.count > 1 && col < indents[indents.count - 1] {
        indents.removeLast()
        altIndents.removeLast()
        dedents += 1
      }
      if col != indents[indents.count - 1] {
        var end = pos
        while end < bytes.count && !isNewline(bytes[end]) { end += 1 }
        fail("unindent does not match any outer indentation level",
             column: end - lineStart, id: "indentation", deferred: true)
        return true
      }
      if alt != altIndents[altIndents.count - 1] {
        tabError()
        return true
      }
      for _ in 0..<dedents {
        tokens.append(Token(kind: .dedent, text: "", start: here, end: here, offset: pos))
      }
    }
    return true
  }

  mutating func tabError() {
    fail("inconsistent use of tabs and spaces in indentation", column: 0, id: "indentation",
         deferred: true)
  }

  // MARK: - Tokens

  static let threeCharOps: Set<String> = ["**=", "...", "//=", "<<=", ">>="]
  static let twoCharOps: Set<String> = [
    "!=", "%=", "&=", "**", "*=", "+=", "-=", "->", "//", "/=", ":=", "<<", "<=", "<>", "==",
    ">=", ">>", "@=", "^=", "|=",
  ]

  mutating func scanToken(_ c: UInt8) {
    if isIdentStart(c) {
      scanNameOrString()
    } else if isDigit(c) || (c == UInt8(ascii: ".") && isDigit(peek(1))) {
      scanNumber()
    } else if c == UInt8(ascii: "\"") || c == UInt8(ascii: "'") {
      scanString(start: pos)
    } else {
      scanOperator(c)
    }
  }

  @inline(__always) func isDigit(_ c: UInt8) -> Bool { c >= 48 && c <= 57 }

  @inline(__always) func isIdentStart(_ c: UInt8) -> Bool {
    (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c == 95 || c >= 128
  }

  @inline(__always) func isIdentChar(_ c: UInt8) -> Bool {
    isIdentStart(c) || isDigit(c)
  }

  mutating func scanOperator(_ c: UInt8) {
    let start = pos
    if c < 32 || c == 127 {
      pos += 1
      fail("invalid non-printable character U+\(Lexer.hex4(UInt32(c)))", column: start - lineStart)
      return
    }
    if pos + 3 <= bytes.count {
      let s = String(decoding: bytes[pos..<pos + 3], as: UTF8.self)
      if Lexer.threeCharOps.contains(s) {
        pos += 3
        emit(.op, from: start, text: s)
        return
      }
    }
    if pos + 2 <= bytes.count {
      let s = String(decoding: bytes[pos..<pos + 2], as: UTF8.self)
      if Lexer.twoCharOps.contains(s) {
        pos += 2
        emit(.op, from: start, text: s)
        return
      }
    }
    pos += 1
    switch c {
    case UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "{"):
      if brackets.count >= Lexer.maxBracketDepth {
        fail("too many nested parentheses", column: pos - lineStart)
        return
      }
      brackets.append((c, line, start - lineStart))
    case UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}"):
      guard let open = brackets.last else {
        fail("unmatched '\(Character(Unicode.Scalar(c)))'", column: start - lineStart)
        return
      }
      let expected: UInt8 = open.0 == 40 ? 41 : open.0 + 2
      if c != expected {
        var msg = "closing parenthesis '\(Character(Unicode.Scalar(c)))' does not match "
        msg += "opening parenthesis '\(Character(Unicode.Scalar(open.0)))'"
        if open.1 != line { msg += " on line \(open.1)" }
        fail(msg, column: start - lineStart)
        return
      }
      brackets.removeLast()
    default:
      break
    }
    emit(.op, from: start)
  }

  /// A name, a keyword, or a string literal with a prefix such as `rb"..."`.
  mutating func scanNameOrString() {
    let start = pos
    var sawB = false, sawR = false, sawU = false, sawF = false
    while true {
      let c = peek() | 0x20
      if !sawB && !sawU && !sawF && c == UInt8(ascii: "b") {
        sawB = true
      } else if !sawB && !sawU && !sawR && !sawF && c == UInt8(ascii: "u") {
        sawU = true
      } else if !sawR && !sawU && c == UInt8(ascii: "r") {
        sawR = true
      } else if !sawF && !sawB && !sawU && c == UInt8(ascii: "f") {
        sawF = true
      } else {
        break
      }
      pos += 1
      let q = peek()
      if q == UInt8(ascii: "\"") || q == UInt8(ascii: "'") {
        scanString(start: start)
        return
      }
    }
    var nonASCII = false
    while !atEnd && isIdentChar(peek()) {
      if peek() >= 128 { nonASCII = true }
      pos += 1
    }
    if !nonASCII {
      emit(.name, from: start)
      return
    }
    if let message = SourceDecoding.utf8Error(bytes[start..<pos]) {
      fail(message, column: start - lineStart)
      return
    }
    let raw = String(decoding: bytes[start..<pos], as: UTF8.self)
    if let bad = Lexer.firstInvalidIdentifierScalar(raw) {
      var offset = start
      for s in raw.unicodeScalars {
        if s == bad { break }
        offset += String(s).utf8.count
      }
      pos = offset
      let message: String
      if Lexer.isPrintable(bad) {
        message = "invalid character '\(String(bad))' (U+\(Lexer.hex4(bad.value)))"
      } else {
        message = "invalid non-printable character U+\(Lexer.hex4(bad.value))"
      }
      fail(message, column: offset - lineStart)
      return
    }
    emit(.name, from: start, text: raw.precomposedStringWithCompatibilityMapping)
  }

  static func hex4(_ v: UInt32) -> String {
    let s = String(v, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, 4 - s.count)) + s
  }

  /// The first scalar that keeps `raw` from being a Python identifier (PEP 3131), if any.
  static func firstInvalidIdentifierScalar(_ raw: String) -> Unicode.Scalar? {
    var first = true
    for s in raw.unicodeScalars {
      let ok: Bool
      if s.value < 128 {
        ok = true
      } else {
        ok = first ? s.properties.isXIDStart : s.properties.isXIDContinue
      }
      if !ok { return s }
      first = false
    }
    return nil
  }

  /// Python's `str.isprintable` for one scalar, with CPython 3.11's Unicode 14.0 data: scalars
  /// assigned in later Unicode versions count as unassigned.
  static func isPrintable(_ s: Unicode.Scalar) -> Bool {
    if s == " " { return true }
    if s.value >= 0x80, let age = s.properties.age, age.major > 14 { return false }
    switch s.properties.generalCategory {
    case .control, .format, .surrogate, .privateUse, .unassigned, .lineSeparator,
      .paragraphSeparator, .spaceSeparator:
      return false
    default:
      return true
    }
  }
}
