/// Reverse lookup of Unicode character names for `\N{...}` escapes, built lazily from the
/// name properties of every scalar (and their aliases) the first time one is needed.
enum UnicodeNames {
  static let table: [String: Unicode.Scalar] = {
    var t: [String: Unicode.Scalar] = [:]
    for v in UInt32(0)...0x10FFFF {
      guard let s = Unicode.Scalar(v) else { continue }
      if let n = s.properties.name { t[n] = s }
      if let a = s.properties.nameAlias, t[a] == nil { t[a] = s }
    }
    return t
  }()

  /// The scalar named `name` (case-insensitive, as CPython's `unicodedata.lookup`), if any.
  static func scalar(named name: String) -> Unicode.Scalar? {
    table[name.uppercased()]
  }
}
