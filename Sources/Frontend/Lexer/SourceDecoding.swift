import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Turns a file's raw bytes into the UTF-8 text the tokenizer reads, as CPython does for
/// `ast.parse(bytes)`: a UTF-8 BOM is dropped, a PEP 263 coding cookie on line 1 or 2 selects
/// the encoding (UTF-8 and Latin-1 family are supported), and invalid UTF-8 is an error.
/// Called by `Parser.parse` before tokenizing.
enum SourceDecoding {
  static func decode(_ raw: [UInt8]) -> (bytes: [UInt8], error: ParseError?) {
    var bytes = raw
    var hadBOM = false
    if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF {
      bytes.removeFirst(3)
      hadBOM = true
    }
    if let zero = bytes.firstIndex(of: 0) {
      var line = 1
      for k in 0..<zero where bytes[k] == 10 { line += 1 }
      return (bytes, ParseError(message: "source code string cannot contain null bytes",
                                location: SourceLocation(line: line, column: 0)))
    }
    if let (name, line) = codingCookie(bytes) {
      let normalized = normalize(name)
      let lower = name.lowercased().replacingOccurrences(of: "_", with: "-")
      if hadBOM && lower != "utf-8" && !lower.hasPrefix("utf-8-") {
        return (bytes, ParseError(id: "encoding", message: "encoding problem: \(name) with BOM",
                                  location: SourceLocation(line: line, column: 0)))
      }
      switch normalized {
      case "utf-8":
        break
      case "latin-1":
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        for b in bytes {
          if b < 128 {
            out.append(b)
          } else {
            out.append(0xC0 | (b >> 6))
            out.append(0x80 | (b & 0x3F))
          }
        }
        return (out, nil)
      case "ascii":
        break
      default:
        guard let converted = transcode(bytes, from: name) else {
          return (bytes, ParseError(id: "encoding", message: "unknown encoding: \(name)",
                                    location: SourceLocation(line: line, column: 0)))
        }
        return (converted, nil)
      }
    }
    return (bytes, nil)
  }

  /// Converts `bytes` from the named encoding to UTF-8 with iconv; nil when the encoding is
  /// unknown or the text is not valid in it.
  static func transcode(_ bytes: [UInt8], from name: String) -> [UInt8]? {
    let cd = iconv_open("UTF-8", name)
    if cd == iconv_t(bitPattern: -1) { return nil }
    defer { iconv_close(cd) }
    var input = bytes.map { CChar(bitPattern: $0) }
    var output = [CChar](repeating: 0, count: bytes.count * 4 + 16)
    let produced: Int? = input.withUnsafeMutableBufferPointer { inBuf in
      output.withUnsafeMutableBufferPointer { outBuf in
        var inPtr = inBuf.baseAddress
        var inLeft = inBuf.count
        var outPtr = outBuf.baseAddress
        var outLeft = outBuf.count
        let r = iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft)
        if r == -1 || inLeft != 0 { return nil }
        return outBuf.count - outLeft
      }
    }
    guard let n = produced else { return nil }
    return output[0..<n].map { UInt8(bitPattern: $0) }
  }

  /// CPython's `get_normal_name`.
  static func normalize(_ name: String) -> String {
    let lower = name.lowercased().replacingOccurrences(of: "_", with: "-")
    if lower == "utf-8" || lower.hasPrefix("utf-8-") || lower == "utf8" { return "utf-8" }
    let latin = ["latin-1", "iso-8859-1", "iso-latin-1", "latin1", "iso8859-1", "l1", "latin"]
    for l in latin where lower == l || lower.hasPrefix(l + "-") { return "latin-1" }
    if lower == "ascii" || lower == "us-ascii" { return "ascii" }
    return lower
  }

  /// The encoding named by a `coding[:=]` comment on line 1 or 2 (line 2 only when line 1 is
  /// blank or a comment), with its line number.
  static func codingCookie(_ bytes: [UInt8]) -> (String, Int)? {
    var start = 0
    for lineNo in 1...2 {
      guard start < bytes.count else { return nil }
      var end = start
      while end < bytes.count && bytes[end] != 10 && bytes[end] != 13 { end += 1 }
      let line = String(decoding: bytes[start..<end], as: UTF8.self)
      let trimmed = line.drop { $0 == " " || $0 == "\t" || $0 == "\u{0C}" }
      if trimmed.hasPrefix("#") {
        if let name = cookieName(in: String(trimmed)) { return (name, lineNo) }
      } else if !trimmed.isEmpty {
        return nil
      }
      start = end + 1
      if end + 1 < bytes.count && bytes[end] == 13 && bytes[end + 1] == 10 { start += 1 }
    }
    return nil
  }

  static func cookieName(in comment: String) -> String? {
    guard let r = comment.range(of: "coding") else { return nil }
    var rest = comment[r.upperBound...]
    guard let c = rest.first, c == ":" || c == "=" else { return nil }
    rest = rest.dropFirst().drop { $0 == " " || $0 == "\t" }
    let name = rest.prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == "." }
    return name.isEmpty ? nil : String(name)
  }

  /// CPython's message for the first invalid UTF-8 sequence in `bytes` (as its codec reports
  /// it when a token is decoded), or nil when the bytes are valid UTF-8. Tokens are decoded one
  /// at a time, as CPython does: invalid bytes in comments are not errors.
  static func utf8Error<C: Collection>(_ bytes: C) -> String? where C.Element == UInt8, C.Index == Int {
    var i = bytes.startIndex
    let end = bytes.endIndex
    while i < end {
      let b = bytes[i]
      if b < 0x80 {
        i += 1
        continue
      }
      var len = 0
      var lo: UInt8 = 0x80
      var hi: UInt8 = 0xBF
      switch b {
      case 0xC2...0xDF: len = 2
      case 0xE0: (len, lo) = (3, 0xA0)
      case 0xE1...0xEC, 0xEE, 0xEF: len = 3
      case 0xED: (len, hi) = (3, 0x9F)
      case 0xF0: (len, lo) = (4, 0x90)
      case 0xF1...0xF3: len = 4
      case 0xF4: (len, hi) = (4, 0x8F)
      default: len = 0
      }
      let position = i - bytes.startIndex
      let prefix = "(unicode error) 'utf-8' codec can't decode byte 0x"
        + String(b, radix: 16) + " in position \(position): "
      if len == 0 { return prefix + "invalid start byte" }
      for k in 1..<len {
        guard i + k < end else {
          if k == 1 { return prefix + "unexpected end of data" }
          return "(unicode error) 'utf-8' codec can't decode bytes in position "
            + "\(position)-\(position + k - 1): unexpected end of data"
        }
        let c = bytes[i + k]
        let ok = k == 1 ? (c >= lo && c <= hi) : (c >= 0x80 && c <= 0xBF)
        if !ok { return prefix + "invalid continuation byte" }
      }
      i += len
    }
    return nil
  }
}
