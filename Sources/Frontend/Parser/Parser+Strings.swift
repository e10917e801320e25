/// String and bytes literals: implicit concatenation, escape sequences, and the numeric
/// literal values. F-string bodies are parsed in Parser+FStrings.
extension Parser {
  /// One literal token split into its prefix flags and body bytes (quotes removed, newlines
  /// normalised to `\n`).
  struct StringPiece {
    var isRaw = false
    var isBytes = false
    var isFormat = false
    var isUnicode = false
    var body: [UInt8] = []
    /// Location of the first body byte.
    var bodyStart: SourceLocation
    var token: Token
  }

  func splitString(_ t: Token) -> StringPiece {
    let bytes = Array(t.text.utf8)
    var piece = StringPiece(bodyStart: t.start, token: t)
    var i = 0
    while i < bytes.count && bytes[i] != 34 && bytes[i] != 39 {
      switch bytes[i] | 0x20 {
      case UInt8(ascii: "r"): piece.isRaw = true
      case UInt8(ascii: "b"): piece.isBytes = true
      case UInt8(ascii: "f"): piece.isFormat = true
      case UInt8(ascii: "u"): piece.isUnicode = true
      default: break
      }
      i += 1
    }
    let quote = i < bytes.count ? bytes[i] : 34
    var q = 1
    if i + 2 < bytes.count && bytes[i + 1] == quote && bytes[i + 2] == quote {
      q = 3
    }
    let bodyStartIndex = min(i + q, bytes.count)
    let bodyEnd = max(bodyStartIndex, bytes.count - q)
    piece.bodyStart = SourceLocation(line: t.start.line, column: t.start.column + bodyStartIndex)
    var body: [UInt8] = []
    body.reserveCapacity(bodyEnd - bodyStartIndex)
    var j = bodyStartIndex
    while j < bodyEnd {
      let c = bytes[j]
      if c == 13 {
        body.append(10)
        if j + 1 < bodyEnd && bytes[j + 1] == 10 { j += 1 }
      } else {
        body.append(c)
      }
      j += 1
    }
    piece.body = body
    return piece
  }

  /// strings: STRING+, concatenated; a Constant (str or bytes) or a JoinedStr when any piece is
  /// an f-string.
  mutating func parseStrings() throws -> Expr {
    let start = tok.start
    var pieces: [StringPiece] = []
    while tok.kind == .string {
      pieces.append(splitString(tok))
      p += 1
    }
    do {
      return try buildStrings(pieces, start: start)
    } catch var e as ParseError {
      // CPython reports escape decoding errors at the token after the literal.
      if e.message.hasPrefix("(unicode error)") || e.message.hasPrefix("(value error)") {
        e.location = tok.start
      }
      throw e
    }
  }

  /// The Constant or JoinedStr for a sequence of adjacent literals.
  mutating func buildStrings(_ pieces: [StringPiece], start: SourceLocation) throws -> Expr {
    let whole = range(from: start)
    for piece in pieces where !piece.isBytes {
      if let message = piece.token.utf8Error { throw error(message, at: start) }
    }
    let isBytes = pieces[0].isBytes
    for piece in pieces where piece.isBytes != isBytes {
      throw error("cannot mix bytes and nonbytes literals", at: whole.end)
    }
    if isBytes {
      var value: [UInt8] = []
      for piece in pieces {
        value += piece.isRaw ? piece.body : try decodeBytesEscapes(piece)
      }
      return Expr(.constant(value: .bytes(value), kind: nil), whole)
    }
    let kind: String? = pieces[0].isUnicode ? "u" : nil
    if !pieces.contains(where: { $0.isFormat }) {
      var value = ""
      for piece in pieces {
        value += piece.isRaw ? String(decoding: piece.body, as: UTF8.self)
          : try decodeStringEscapes(piece.body, at: piece.token.start)
      }
      let e = Expr(.constant(value: .str(value), kind: kind), whole)
      if let exact = try surrogateCodePoints(pieces) {
        loneSurrogates[ObjectIdentifier(e)] = exact
      }
      return e
    }
    var builder = FStringBuilder(range: whole, kind: kind)
    for piece in pieces {
      if piece.isFormat {
        try parseFStringBody(piece, into: &builder)
      } else {
        try appendLiteral(piece.body, of: piece, to: &builder)
      }
    }
    return Expr(.joinedStr(values: finish(&builder)), whole)
  }

  // MARK: - Escapes

  func hexValue(_ c: UInt8) -> UInt32? {
    switch c {
    case 48...57: return UInt32(c - 48)
    case 97...102: return UInt32(c - 87)
    case 65...70: return UInt32(c - 55)
    default: return nil
    }
  }

  /// Decodes the escapes of a non-raw str literal body (CPython's `decode_unicode_with_escapes`).
  /// Lone surrogates (`\\ud800`), which a Swift String cannot hold, become U+FFFD here; see
  /// `escapeScalars` for the exact code points.
  func decodeStringEscapes(_ body: [UInt8], at loc: SourceLocation) throws -> String {
    if !body.contains(92) { return String(decoding: body, as: UTF8.self) }
    var out = String.UnicodeScalarView()
    for v in try escapeScalars(body, at: loc) {
      out.append(Unicode.Scalar(v) ?? "\u{FFFD}")
    }
    return String(out)
  }

  /// The value of an escape that is one character after the backslash and means the same in
  /// str and bytes literals (`\\`, `\'`, `\"`, `\a`, `\b`, `\f`, `\n`, `\r`, `\t`, `\v`), or nil.
  static func singleCharacterEscape(_ e: UInt8) -> UInt8? {
    switch e {
    case 92, 39, 34: return e
    case UInt8(ascii: "a"): return 7
    case UInt8(ascii: "b"): return 8
    case UInt8(ascii: "f"): return 12
    case UInt8(ascii: "n"): return 10
    case UInt8(ascii: "r"): return 13
    case UInt8(ascii: "t"): return 9
    case UInt8(ascii: "v"): return 11
    default: return nil
    }
  }

  /// An octal escape: `first` (already consumed) and up to two more octal digits at `body[i...]`,
  /// advancing `i` past them. The value may exceed 0xFF (`\777`); callers narrow it as needed.
  static func octalEscape(first: UInt8, _ body: [UInt8], _ i: inout Int) -> UInt32 {
    var v = UInt32(first - 48)
    var n = 1
    while n < 3 && i < body.count && body[i] >= 48 && body[i] <= 55 {
      v = v * 8 + UInt32(body[i] - 48)
      i += 1
      n += 1
    }
    return v
  }

  /// The code points of a non-raw str literal body after escape processing.
  func escapeScalars(_ body: [UInt8], at loc: SourceLocation) throws -> [UInt32] {
    var out: [UInt32] = []
    out.reserveCapacity(body.count)
    var plain: [UInt8] = []
    func flush() {
      if !plain.isEmpty {
        for s in String(decoding: plain, as: UTF8.self).unicodeScalars { out.append(s.value) }
        plain.removeAll(keepingCapacity: true)
      }
    }
    var i = 0
    while i < body.count {
      let c = body[i]
      if c != 92 || i + 1 >= body.count {
        plain.append(c)
        i += 1
        continue
      }
      flush()
      let e = body[i + 1]
      i += 2
      if let v = Self.singleCharacterEscape(e) {
        out.append(UInt32(v))
        continue
      }
      switch e {
      case 10: break
      case 48...55: out.append(Self.octalEscape(first: e, body, &i))
      case UInt8(ascii: "x"), UInt8(ascii: "u"), UInt8(ascii: "U"):
        let count = e == UInt8(ascii: "x") ? 2 : (e == UInt8(ascii: "u") ? 4 : 8)
        var v: UInt32 = 0
        for k in 0..<count {
          guard i + k < body.count, let h = hexValue(body[i + k]) else {
            let name = e == UInt8(ascii: "x") ? "\\xXX"
              : (e == UInt8(ascii: "u") ? "\\uXXXX" : "\\UXXXXXXXX")
            throw unicodeError("truncated \(name) escape", at: loc, start: i - 2, end: i + k - 1)
          }
          v = v * 16 + h
        }
        i += count
        if v > 0x10FFFF {
          throw unicodeError("illegal Unicode character", at: loc, start: i - count - 2, end: i - 1)
        }
        out.append(v)
      case UInt8(ascii: "N"):
        guard i < body.count, body[i] == UInt8(ascii: "{"),
          let close = body[i...].firstIndex(of: UInt8(ascii: "}")), close > i + 1
        else {
          throw unicodeError("malformed \\N character escape", at: loc, start: i - 2, end: i - 1)
        }
        let name = String(decoding: body[(i + 1)..<close], as: UTF8.self)
        guard let s = UnicodeNames.scalar(named: name) else {
          throw unicodeError("unknown Unicode character name", at: loc, start: i - 2, end: close)
        }
        out.append(s.value)
        i = close + 1
      default:
        out.append(92)
        i -= 1
      }
    }
    flush()
    return out
  }

  /// The exact code points of a concatenated str literal when it holds lone surrogates, else nil.
  func surrogateCodePoints(_ pieces: [StringPiece]) throws -> [UInt32]? {
    guard pieces.contains(where: { !$0.isRaw && $0.body.contains(92) }) else { return nil }
    var all: [UInt32] = []
    var found = false
    for piece in pieces {
      if piece.isRaw || !piece.body.contains(92) {
        all += String(decoding: piece.body, as: UTF8.self).unicodeScalars.map(\.value)
      } else {
        let scalars = try escapeScalars(piece.body, at: piece.token.start)
        if scalars.contains(where: { $0 >= 0xD800 && $0 <= 0xDFFF }) { found = true }
        all += scalars
      }
    }
    return found ? all : nil
  }

  func unicodeError(_ what: String, at loc: SourceLocation, start: Int, end: Int) -> ParseError {
    error("(unicode error) 'unicodeescape' codec can't decode bytes in position \(start)-\(end): "
      + what, at: loc)
  }

  /// Decodes the escapes of a non-raw bytes literal body.
  func decodeBytesEscapes(_ piece: StringPiece) throws -> [UInt8] {
    let body = piece.body
    for b in body where b >= 128 {
      throw error("bytes can only contain ASCII literal characters", at: piece.token.start)
    }
    if !body.contains(92) { return body }
    var out: [UInt8] = []
    var i = 0
    while i < body.count {
      let c = body[i]
      if c != 92 || i + 1 >= body.count {
        out.append(c)
        i += 1
        continue
      }
      let e = body[i + 1]
      i += 2
      if let v = Self.singleCharacterEscape(e) {
        out.append(v)
        continue
      }
      switch e {
      case 10: break
      case 48...55: out.append(UInt8(Self.octalEscape(first: e, body, &i) & 0xFF))
      case UInt8(ascii: "x"):
        guard i + 1 < body.count, let h1 = hexValue(body[i]), let h2 = hexValue(body[i + 1]) else {
          throw error("(value error) invalid \\x escape at position \(i - 2)",
                      at: piece.token.start)
        }
        out.append(UInt8(h1 * 16 + h2))
        i += 2
      default:
        out.append(92)
        i -= 1
      }
    }
    return out
  }

  // MARK: - Numbers

  /// The value of a NUMBER token: int (decimal digits, any size), float or imaginary.
  func numberValue(_ text: String) -> Constant {
    let clean = text.replacingOccurrences(of: "_", with: "")
    let lower = clean.lowercased()
    if lower.hasSuffix("j") {
      return .complex(Double(String(lower.dropLast())) ?? 0)
    }
    let radixes: [(String, UInt64)] = [("0x", 16), ("0o", 8), ("0b", 2)]
    for (prefix, radix) in radixes where lower.hasPrefix(prefix) {
      return .int(BigDigits.decimal(fromDigits: lower.dropFirst(2), radix: radix))
    }
    if lower.contains(".") || lower.contains("e") {
      return .float(Double(lower) ?? .infinity)
    }
    var digits = Substring(clean)
    while digits.count > 1 && digits.first == "0" { digits = digits.dropFirst() }
    return .int(String(digits))
  }
}
