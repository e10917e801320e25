/// Renders diagnostics for a terminal:
///
///     model.py:4:9: error: 'out.append(...)' mutates a list; lists are immutable in pyforac [mutation-call]
///         out.append(i * i)
///         ^~~~~~~~~~
///     note: build a new list instead: 'out = out + [i * i]' or a comprehension
///
/// Columns are printed 1-based (as compilers do); the AST stores them 0-based like CPython.
public struct DiagnosticRenderer {
  public init() {}

  public func render(_ d: Diagnostic) -> String {
    var out = ""
    let path = d.file?.path ?? "<unknown>"
    out += "\(path):\(d.range.start.line):\(d.range.start.column + 1): \(d.severity.rawValue): "
    out += "\(d.message) [\(d.id)]\n"
    if let file = d.file, d.range.start.line >= 1 {
      out += snippet(file: file, range: d.range)
    }
    for note in d.notes {
      if let file = note.file ?? d.file, let r = note.range, r.start.line >= 1 {
        out += "\(file.path):\(r.start.line):\(r.start.column + 1): note: \(note.message)\n"
        out += snippet(file: file, range: r)
      } else {
        out += "note: \(note.message)\n"
      }
    }
    return out
  }

  public func render(_ ds: [Diagnostic]) -> String {
    ds.map(render).joined()
  }

  /// Lines longer than this many bytes are shown as a window around the range.
  static let maxSnippetBytes = 160

  /// The source line, then a caret under the start and `~` to the end of the range on that line.
  /// Columns are UTF-8 byte offsets; the caret is placed by code points so it lines up under
  /// non-ASCII text, and tabs are reproduced so it lines up under tabs.
  func snippet(file: SourceFile, range: SourceRange) -> String {
    var bytes = Array(file.lineText(range.start.line).utf8)
    var start = min(range.start.column, bytes.count)
    var end = range.end.line == range.start.line ? range.end.column : bytes.count
    end = min(max(end, start + 1), max(bytes.count, start + 1))
    var prefix = "", suffix = ""
    if bytes.count > Self.maxSnippetBytes {
      // Generated or minified code: keep a window around the range, never megabytes of it.
      var lo = max(0, start - 60)
      while lo > 0 && isContinuation(bytes[lo]) { lo -= 1 }
      var hi = min(bytes.count, lo + Self.maxSnippetBytes)
      while hi < bytes.count && isContinuation(bytes[hi]) { hi += 1 }
      prefix = lo > 0 ? "..." : ""
      suffix = hi < bytes.count ? "..." : ""
      bytes = Array(bytes[lo..<hi])
      start -= lo
      end = min(end - lo, max(bytes.count, start + 1))
    }
    var pad = String(repeating: " ", count: prefix.count)
    for b in bytes[0..<start] where !isContinuation(b) {
      pad += b == UInt8(ascii: "\t") ? "\t" : " "
    }
    let covered = bytes[start..<min(end, bytes.count)].filter { !isContinuation($0) }.count
    let width = max(1, covered + max(0, end - bytes.count))
    let text = prefix + String(decoding: bytes, as: UTF8.self) + suffix
    return "    \(text)\n    \(pad)^\(String(repeating: "~", count: width - 1))\n"
  }

  private func isContinuation(_ b: UInt8) -> Bool { b & 0xC0 == 0x80 }
}
