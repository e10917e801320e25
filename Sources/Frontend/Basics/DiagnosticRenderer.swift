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

  /// The source line, then a caret under the start and `~` to the end of the range on that line.
  func snippet(file: SourceFile, range: SourceRange) -> String {
    let text = file.lineText(range.start.line)
    let bytes = Array(text.utf8)
    let startCol = min(range.start.column, bytes.count)
    // Indentation is reproduced byte for byte so tabs line up.
    var pad = ""
    for b in bytes[0..<startCol] { pad += b == UInt8(ascii: "\t") ? "\t" : " " }
    let endCol = range.end.line == range.start.line ? min(max(range.end.column, startCol + 1), max(bytes.count, startCol + 1)) : max(bytes.count, startCol + 1)
    let width = max(1, endCol - startCol)
    return "    \(text)\n    \(pad)^\(String(repeating: "~", count: width - 1))\n"
  }
}
