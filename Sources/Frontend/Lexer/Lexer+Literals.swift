/// Numeric and string literal scanning, following the NUMBER and STRING branches of CPython
/// 3.11's `tok_get` (Parser/tokenizer.c), including its error messages and positions.
extension Lexer {
  /// CPython's `tok_nextc`: the byte at the cursor (0 at end of input), advancing past it.
  @inline(__always) mutating func nextc() -> UInt8 {
    if pos < bytes.count {
      pos += 1
      return bytes[pos - 1]
    }
    pos += 1
    return 0
  }

  /// CPython's `tok_backup`.
  @inline(__always) mutating func backup(_ c: UInt8) {
    pos -= 1
  }

  /// A tokenizer error positioned like CPython's `syntaxerror` (offset = cursor column).
  mutating func failAtCursor(_ message: String) {
    fail(message, column: min(pos, bytes.count) - lineStart - 1)
  }

  func isHexDigit(_ c: UInt8) -> Bool {
    isDigit(c) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70)
  }

  // MARK: - Numbers

  /// Scans a NUMBER token starting at `pos`; on error records it and returns.
  mutating func scanNumber() {
    let start = pos
    if scanNumberBody(start) {
      if pos > bytes.count { pos = bytes.count }
      emit(.number, from: start)
    }
  }

  private mutating func scanNumberBody(_ start: Int) -> Bool {
    var c = nextc()
    if c == UInt8(ascii: ".") {
      c = nextc()
      return fraction(c)
    }
    if c != UInt8(ascii: "0") {
      c = decimalTail()
      if c == 0 && error != nil { return false }
      if c == UInt8(ascii: ".") { return fraction(nextc()) }
      return exponentAndImaginary(c)
    }
    c = nextc()
    switch c | 0x20 {
    case UInt8(ascii: "x"):
      return radixLiteral(kind: "hexadecimal") {
        ($0 >= 48 && $0 <= 57) || ($0 >= 97 && $0 <= 102) || ($0 >= 65 && $0 <= 70)
      }
    case UInt8(ascii: "o"):
      return radixLiteral(kind: "octal") { $0 >= 48 && $0 < 56 }
    case UInt8(ascii: "b"):
      return radixLiteral(kind: "binary") { $0 == 48 || $0 == 49 }
    default:
      break
    }
    var nonzero = false
    while true {
      if c == UInt8(ascii: "_") {
        c = nextc()
        if !isDigit(c) {
          backup(c)
          failAtCursor("invalid decimal literal")
          return false
        }
      }
      if c != UInt8(ascii: "0") { break }
      c = nextc()
    }
    let zerosEnd = pos
    if isDigit(c) {
      nonzero = true
      c = decimalTail()
      if error != nil { return false }
    }
    if c == UInt8(ascii: ".") { return fraction(nextc()) }
    if c | 0x20 == UInt8(ascii: "e") || c | 0x20 == UInt8(ascii: "j") {
      return exponentAndImaginary(c)
    }
    if nonzero {
      _ = zerosEnd
      backup(c)
      fail("leading zeros in decimal integer literals are not permitted; use an 0o prefix for "
        + "octal integers", column: start - lineStart)
      return false
    }
    if !verifyEndOfNumber(c, kind: "decimal") { return false }
    backup(c)
    return true
  }

  /// Hex, octal or binary digits after the `0x`/`0o`/`0b` prefix, with underscores.
  private mutating func radixLiteral(kind: String, isDigitOfBase: (UInt8) -> Bool) -> Bool {
    var c = nextc()
    repeat {
      if c == UInt8(ascii: "_") { c = nextc() }
      if !isDigitOfBase(c) {
        if kind != "hexadecimal" && isDigit(c) {
          failAtCursor("invalid digit '\(Character(Unicode.Scalar(c)))' in \(kind) literal")
        } else {
          backup(c)
          failAtCursor("invalid \(kind) literal")
        }
        return false
      }
      repeat { c = nextc() } while isDigitOfBase(c)
    } while c == UInt8(ascii: "_")
    if kind != "hexadecimal" && isDigit(c) {
      failAtCursor("invalid digit '\(Character(Unicode.Scalar(c)))' in \(kind) literal")
      return false
    }
    if !verifyEndOfNumber(c, kind: kind) { return false }
    backup(c)
    return true
  }

  /// CPython's `tok_decimal_tail`: digits and single underscores; returns the next byte, or 0
  /// after recording an error.
  private mutating func decimalTail() -> UInt8 {
    var c: UInt8
    while true {
      repeat { c = nextc() } while isDigit(c)
      if c != UInt8(ascii: "_") { break }
      c = nextc()
      if !isDigit(c) {
        backup(c)
        failAtCursor("invalid decimal literal")
        return 0
      }
    }
    return c
  }

  private mutating func fraction(_ first: UInt8) -> Bool {
    var c = first
    if isDigit(c) {
      c = decimalTail()
      if error != nil { return false }
    }
    return exponentAndImaginary(c)
  }

  private mutating func exponentAndImaginary(_ first: UInt8) -> Bool {
    var c = first
    if c | 0x20 == UInt8(ascii: "e") {
      let e = c
      c = nextc()
      if c == UInt8(ascii: "+") || c == UInt8(ascii: "-") {
        c = nextc()
        if !isDigit(c) {
          backup(c)
          failAtCursor("invalid decimal literal")
          return false
        }
      } else if !isDigit(c) {
        backup(c)
        if !verifyEndOfNumber(e, kind: "decimal") { return false }
        backup(e)
        return true
      }
      c = decimalTail()
      if error != nil { return false }
    }
    if c | 0x20 == UInt8(ascii: "j") {
      c = nextc()
      if !verifyEndOfNumber(c, kind: "imaginary") { return false }
    } else if !verifyEndOfNumber(c, kind: "decimal") {
      return false
    }
    backup(c)
    return true
  }

  private func lookahead(_ rest: String) -> Bool {
    var i = pos
    for b in rest.utf8 {
      if i >= bytes.count || bytes[i] != b { return false }
      i += 1
    }
    return true
  }

  /// CPython's `verify_end_of_number`: a literal directly followed by a keyword that may follow
  /// a number (`1if x else 2`) is accepted; followed by other name characters it is an error.
  private mutating func verifyEndOfNumber(_ c: UInt8, kind: String) -> Bool {
    var r = false
    switch c {
    case UInt8(ascii: "a"): r = lookahead("nd")
    case UInt8(ascii: "e"): r = lookahead("lse")
    case UInt8(ascii: "f"): r = lookahead("or")
    case UInt8(ascii: "i"):
      let c2 = peek()
      r = c2 == UInt8(ascii: "f") || c2 == UInt8(ascii: "n") || c2 == UInt8(ascii: "s")
    case UInt8(ascii: "o"): r = lookahead("r")
    case UInt8(ascii: "n"): r = lookahead("ot")
    default: break
    }
    if r {
      // A number right before a keyword: still valid in 3.11, with a warning.
      warnings.append((line, "invalid \(kind) literal"))
      return true
    }
    if c != 0 && isIdentChar(c) {
      backup(c)
      failAtCursor("invalid \(kind) literal")
      return false
    }
    return true
  }

  // MARK: - Strings

  /// Scans a string literal whose prefix (if any) starts at `start` and whose opening quote is
  /// at `pos`.
  mutating func scanString(start: Int) {
    let startLoc = location(start)
    let quoteStart = pos
    let quote = peek()
    pos += 1
    var quoteSize = 1
    if peek() == quote {
      if peek(1) == quote {
        quoteSize = 3
        pos += 2
      } else {
        pos += 1
        emit(.string, from: start)
        return
      }
    }
    var endQuoteSize = 0
    while endQuoteSize != quoteSize {
      if atEnd {
        unterminated(quoteSize: quoteSize, at: startLoc, detectedLine: lastContentLine())
        return
      }
      let c = bytes[pos]
      if quoteSize == 1 && isNewline(c) {
        unterminated(quoteSize: 1, at: startLoc, detectedLine: line)
        return
      }
      if c == quote {
        endQuoteSize += 1
        pos += 1
        continue
      }
      endQuoteSize = 0
      if c == UInt8(ascii: "\\") {
        pos += 1
        if atEnd { continue }
      }
      if isNewline(bytes[pos]) {
        let keep = line
        consumeNewline()
        _ = keep
      } else {
        pos += 1
      }
    }
    let text = String(decoding: bytes[start..<pos], as: UTF8.self)
    var token = Token(kind: .string, text: text, start: startLoc, end: location(pos),
                      offset: start)
    if text.utf8.count != pos - start || text.contains("\u{FFFD}") {
      let open = quoteStart + quoteSize
      token.utf8Error = SourceDecoding.utf8Error(bytes[open..<max(open, pos - quoteSize)])
    }
    tokens.append(token)
  }

  private mutating func unterminated(quoteSize: Int, at loc: SourceLocation, detectedLine: Int) {
    let what = quoteSize == 3 ? "unterminated triple-quoted string literal" :
      "unterminated string literal"
    fail("\(what) (detected at line \(detectedLine))", at: loc)
  }

  /// The line of the last byte of the file (a final newline belongs to the line it ends).
  private func lastContentLine() -> Int {
    var l = line
    if bytes.count > 0 && bytes.count == lineStart && l > 1 { l -= 1 }
    return l
  }
}
