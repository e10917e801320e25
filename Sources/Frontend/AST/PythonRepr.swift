/// Python's `repr` for the constant values an AST can hold (str, bytes, int, float, complex,
/// None, bools, Ellipsis), byte for byte as CPython 3.11 prints them. Used by `ASTDumper`.
public enum PythonRepr {
  /// `repr(value)` of a Constant node's value.
  public static func constant(_ c: Constant) -> String {
    switch c {
    case .none: return "None"
    case .bool(let b): return b ? "True" : "False"
    case .ellipsis: return "Ellipsis"
    case .int(let digits): return digits
    case .float(let d): return float(d)
    case .complex(let d): return float(d, addDotZero: false) + "j"
    case .str(let s): return string(s)
    case .bytes(let b): return bytes(b)
    }
  }

  static let hexDigits = Array("0123456789abcdef".utf8)

  static func hex(_ v: UInt32, width: Int) -> String {
    var s = [UInt8](repeating: 48, count: width)
    var x = v
    for i in stride(from: width - 1, through: 0, by: -1) {
      s[i] = hexDigits[Int(x & 0xF)]
      x >>= 4
    }
    return String(decoding: s, as: UTF8.self)
  }

  /// `repr(str)`: single quotes unless the text has `'` and no `"`; escapes as CPython.
  public static func string(_ s: String) -> String {
    string(codePoints: s.unicodeScalars.map(\.value))
  }

  /// `repr(str)` of a sequence of code points, which may include lone surrogates.
  public static func string(codePoints: [UInt32]) -> String {
    let hasSingle = codePoints.contains(39)
    let hasDouble = codePoints.contains(34)
    let quote: Unicode.Scalar = hasSingle && !hasDouble ? "\"" : "'"
    var out = String.UnicodeScalarView()
    out.append(quote)
    for v in codePoints {
      guard let ch = Unicode.Scalar(v) else {
        out.append(contentsOf: ("\\u" + hex(v, width: 4)).unicodeScalars)
        continue
      }
      if ch == quote || ch == "\\" {
        out.append("\\")
        out.append(ch)
      } else if ch == "\t" {
        out.append(contentsOf: "\\t".unicodeScalars)
      } else if ch == "\n" {
        out.append(contentsOf: "\\n".unicodeScalars)
      } else if ch == "\r" {
        out.append(contentsOf: "\\r".unicodeScalars)
      } else if v < 32 || v == 127 {
        out.append(contentsOf: ("\\x" + hex(v, width: 2)).unicodeScalars)
      } else if v < 127 || Lexer.isPrintable(ch) {
        out.append(ch)
      } else if v <= 0xFF {
        out.append(contentsOf: ("\\x" + hex(v, width: 2)).unicodeScalars)
      } else if v <= 0xFFFF {
        out.append(contentsOf: ("\\u" + hex(v, width: 4)).unicodeScalars)
      } else {
        out.append(contentsOf: ("\\U" + hex(v, width: 8)).unicodeScalars)
      }
    }
    out.append(quote)
    return String(out)
  }

  /// `repr(bytes)`.
  public static func bytes(_ b: [UInt8]) -> String {
    let quote: UInt8 = b.contains(39) && !b.contains(34) ? 34 : 39
    var out: [UInt8] = [98, quote]
    for c in b {
      if c == quote || c == 92 {
        out += [92, c]
      } else if c == 9 {
        out += [92, 116]
      } else if c == 10 {
        out += [92, 110]
      } else if c == 13 {
        out += [92, 114]
      } else if c < 32 || c >= 127 {
        out += [92, 120, hexDigits[Int(c >> 4)], hexDigits[Int(c & 0xF)]]
      } else {
        out.append(c)
      }
    }
    out.append(quote)
    return String(decoding: out, as: UTF8.self)
  }

  /// `repr(float)`: the shortest round-trip digits, positional for exponents in [-4, 16),
  /// scientific (`1e+16`, `1e-05`) otherwise.
  public static func float(_ d: Double, addDotZero: Bool = true) -> String {
    if d.isNaN { return "nan" }
    if d.isInfinite { return d < 0 ? "-inf" : "inf" }
    if d == 0 { return (d.sign == .minus ? "-" : "") + (addDotZero ? "0.0" : "0") }
    let sign = d < 0 ? "-" : ""
    let (digits, decpt) = shortestDigits(abs(d))
    var body: String
    if decpt > -4 && decpt <= 16 {
      if decpt <= 0 {
        body = "0." + String(repeating: "0", count: -decpt) + digits
      } else if decpt >= digits.count {
        body = digits + String(repeating: "0", count: decpt - digits.count)
        if addDotZero { body += ".0" }
      } else {
        let i = digits.index(digits.startIndex, offsetBy: decpt)
        body = digits[..<i] + "." + digits[i...]
      }
    } else {
      let exp = decpt - 1
      body = String(digits.prefix(1))
      if digits.count > 1 { body += "." + digits.dropFirst() }
      let e = abs(exp)
      body += (exp < 0 ? "e-" : "e+") + (e < 10 ? "0" : "") + String(e)
    }
    return sign + body
  }

  /// The shortest digits of a positive finite double and the decimal point position
  /// (value = 0.DIGITS * 10^decpt), read from Swift's shortest round-trip description.
  static func shortestDigits(_ d: Double) -> (String, Int) {
    let text = d.description
    var mantissa = Substring(text)
    var exp = 0
    if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
      mantissa = text[..<e]
      exp = Int(text[text.index(after: e)...]) ?? 0
    }
    var intPart = mantissa
    var fracPart: Substring = ""
    if let dot = mantissa.firstIndex(of: ".") {
      intPart = mantissa[..<dot]
      fracPart = mantissa[mantissa.index(after: dot)...]
    }
    var digits = String(intPart) + String(fracPart)
    var decpt = intPart.count + exp
    while digits.hasPrefix("0") && digits.count > 1 {
      digits.removeFirst()
      decpt -= 1
    }
    while digits.hasSuffix("0") && digits.count > 1 { digits.removeLast() }
    return (digits, decpt)
  }
}
