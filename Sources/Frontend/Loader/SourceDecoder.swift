/// Turns the bytes of a `.py` file into the UTF-8 text the lexer reads, as CPython's tokenizer
/// does: a UTF-8 byte order mark is dropped, a PEP 263 `coding` declaration on line 1 or 2 is
/// honoured (UTF-8, Latin-1 and ASCII; other codecs are reported as unsupported), and invalid
/// UTF-8 is a SyntaxError with CPython's wording.
///
/// Called by `ModuleLoader` before `SourceFile` is created, so columns count UTF-8 bytes of the
/// decoded text, like CPython's `col_offset`.
enum SourceDecoder {
  /// Why a file could not be decoded: the message (CPython's wording) and the 1-based line.
  struct Failure: Error, Equatable {
    let message: String
    let line: Int
  }

  static func decode(_ raw: [UInt8], path: String) -> Result<[UInt8], Failure> {
    var bytes = raw
    let hasBOM = bytes.starts(with: [0xEF, 0xBB, 0xBF])
    if hasBOM { bytes.removeFirst(3) }
    let declared = declaredEncoding(bytes)
    let encoding = declared.map(normalize) ?? "utf-8"
    if hasBOM && encoding != "utf-8" {
      return .failure(Failure(message: FrontendMessages.encodingWithBOM(declared ?? ""), line: 1))
    }
    switch encoding {
    case "utf-8":
      if let bad = firstInvalidUTF8(bytes) {
        let line = 1 + bytes[..<bad].filter { $0 == UInt8(ascii: "\n") }.count
        let message = declared == nil
          ? FrontendMessages.nonUTF8(byte: bytes[bad], path: path, line: line)
          : FrontendMessages.invalidEncodedSource("utf-8")
        return .failure(Failure(message: message, line: line))
      }
      return .success(bytes)
    case "iso-8859-1":
      return .success(Array(String(String.UnicodeScalarView(bytes.map {
        Unicode.Scalar($0)
      })).utf8))
    case "ascii":
      if let bad = bytes.firstIndex(where: { $0 >= 0x80 }) {
        let line = 1 + bytes[..<bad].filter { $0 == UInt8(ascii: "\n") }.count
        return .failure(Failure(message: FrontendMessages.invalidEncodedSource("ascii"), line: line))
      }
      return .success(bytes)
    default:
      return .failure(Failure(message: FrontendMessages.unknownEncoding(declared ?? encoding),
                              line: 1))
    }
  }

  /// The encoding named by a PEP 263 comment on line 1, or on line 2 when line 1 is blank or
  /// only a comment.
  static func declaredEncoding(_ bytes: [UInt8]) -> String? {
    let lines = bytes.split(separator: UInt8(ascii: "\n"), maxSplits: 2,
                            omittingEmptySubsequences: false)
    guard let first = lines.first else { return nil }
    if let name = cookie(in: Array(first)) { return name }
    let trimmed = first.drop { $0 == 0x20 || $0 == 0x09 || $0 == 0x0C || $0 == 0x0D }
    guard lines.count > 1, trimmed.isEmpty || trimmed.first == UInt8(ascii: "#") else { return nil }
    return cookie(in: Array(lines[1]))
  }

  /// Matches `^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)` on one line.
  private static func cookie(in line: [UInt8]) -> String? {
    var i = 0
    while i < line.count, line[i] == 0x20 || line[i] == 0x09 || line[i] == 0x0C { i += 1 }
    guard i < line.count, line[i] == UInt8(ascii: "#") else { return nil }
    let word = Array("coding".utf8)
    var j = i + 1
    while j + word.count < line.count {
      if Array(line[j..<j + word.count]) == word,
        line[j + word.count] == UInt8(ascii: ":") || line[j + word.count] == UInt8(ascii: "=")
      {
        var k = j + word.count + 1
        while k < line.count, line[k] == 0x20 || line[k] == 0x09 { k += 1 }
        var name: [UInt8] = []
        while k < line.count, isNameByte(line[k]) {
          name.append(line[k])
          k += 1
        }
        if !name.isEmpty { return String(decoding: name, as: UTF8.self) }
      }
      j += 1
    }
    return nil
  }

  private static func isNameByte(_ b: UInt8) -> Bool {
    (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
      || b == UInt8(ascii: "-") || b == UInt8(ascii: "_") || b == UInt8(ascii: ".")
  }

  /// CPython's `get_normal_name`: spellings of UTF-8 and Latin-1 collapse to one name.
  static func normalize(_ name: String) -> String {
    let n = String(name.lowercased().map { $0 == "_" ? "-" : $0 })
    if n == "utf-8" || n.hasPrefix("utf-8-") || n == "utf8" { return "utf-8" }
    for latin in ["latin-1", "iso-8859-1", "iso-latin-1", "latin1", "iso8859-1", "l1"]
    where n == latin || n.hasPrefix(latin + "-") {
      return "iso-8859-1"
    }
    if n == "ascii" || n == "us-ascii" { return "ascii" }
    return n
  }

  /// The offset of the first byte that does not start or continue a valid UTF-8 sequence.
  static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
    var i = 0
    while i < bytes.count {
      let b = bytes[i]
      let length: Int
      var low: UInt8 = 0x80
      var high: UInt8 = 0xBF
      switch b {
      case 0x00...0x7F: length = 1
      case 0xC2...0xDF: length = 2
      case 0xE0: length = 3; low = 0xA0
      case 0xE1...0xEC, 0xEE...0xEF: length = 3
      case 0xED: length = 3; high = 0x9F
      case 0xF0: length = 4; low = 0x90
      case 0xF1...0xF3: length = 4
      case 0xF4: length = 4; high = 0x8F
      default: return i
      }
      guard i + length <= bytes.count else { return i }
      for k in 1..<max(length, 1) {
        let c = bytes[i + k]
        let (lo, hi) = k == 1 ? (low, high) : (UInt8(0x80), UInt8(0xBF))
        if c < lo || c > hi { return i }
      }
      i += length
    }
    return nil
  }
}
