/// A source file loaded into memory: its path as the user named it, its bytes, and a line table.
///
/// Locations follow CPython's conventions: lines are 1-based, columns are 0-based byte offsets
/// into the UTF-8 encoding of the line (what `ast` calls `col_offset`).
public final class SourceFile: @unchecked Sendable {
  /// The path as given on the command line or found by the module loader.
  public let path: String
  /// The file's bytes (UTF-8 after decoding any PEP 263 declaration).
  public let bytes: [UInt8]
  /// Byte offset of the first byte of each line; `lineStarts[0] == 0`.
  public let lineStarts: [Int]

  public init(path: String, bytes: [UInt8]) {
    self.path = path
    self.bytes = bytes
    var starts = [0]
    var i = 0
    while i < bytes.count {
      if bytes[i] == UInt8(ascii: "\n") {
        starts.append(i + 1)
      } else if bytes[i] == UInt8(ascii: "\r") {
        if i + 1 < bytes.count && bytes[i + 1] == UInt8(ascii: "\n") { i += 1 }
        starts.append(i + 1)
      }
      i += 1
    }
    self.lineStarts = starts
  }

  public convenience init(path: String, text: String) {
    self.init(path: path, bytes: Array(text.utf8))
  }

  /// Number of lines (a trailing newline does not start a new line).
  public var lineCount: Int {
    if let last = lineStarts.last, last == bytes.count, lineStarts.count > 1 {
      return lineStarts.count - 1
    }
    return lineStarts.count
  }

  /// The text of 1-based line `line` without its line terminator, or "" when out of range.
  public func lineText(_ line: Int) -> String {
    guard line >= 1 && line <= lineStarts.count else { return "" }
    let start = lineStarts[line - 1]
    var end = line < lineStarts.count ? lineStarts[line] : bytes.count
    while end > start && (bytes[end - 1] == UInt8(ascii: "\n") || bytes[end - 1] == UInt8(ascii: "\r")) {
      end -= 1
    }
    return String(decoding: bytes[start..<end], as: UTF8.self)
  }

  /// The location of byte `offset` in this file.
  public func location(ofOffset offset: Int) -> SourceLocation {
    var lo = 0
    var hi = lineStarts.count - 1
    while lo < hi {
      let mid = (lo + hi + 1) / 2
      if lineStarts[mid] <= offset { lo = mid } else { hi = mid - 1 }
    }
    return SourceLocation(line: lo + 1, column: offset - lineStarts[lo])
  }
}

/// A position in a source file: 1-based line, 0-based UTF-8 byte column (CPython's convention).
public struct SourceLocation: Hashable, Comparable, Sendable, CustomStringConvertible {
  public var line: Int
  public var column: Int

  public init(line: Int, column: Int) {
    self.line = line
    self.column = column
  }

  public static func < (a: SourceLocation, b: SourceLocation) -> Bool {
    (a.line, a.column) < (b.line, b.column)
  }

  public var description: String { "\(line):\(column)" }
}

/// A half-open range `[start, end)` of source, as `lineno/col_offset/end_lineno/end_col_offset`.
public struct SourceRange: Hashable, Sendable {
  public var start: SourceLocation
  public var end: SourceLocation

  public init(start: SourceLocation, end: SourceLocation) {
    self.start = start
    self.end = end
  }

  public init(line: Int, column: Int, endLine: Int, endColumn: Int) {
    self.start = SourceLocation(line: line, column: column)
    self.end = SourceLocation(line: endLine, column: endColumn)
  }

  /// The smallest range covering both.
  public func union(_ other: SourceRange) -> SourceRange {
    SourceRange(start: min(start, other.start), end: max(end, other.end))
  }

  /// A placeholder for synthesised nodes.
  public static let none = SourceRange(line: 0, column: 0, endLine: 0, endColumn: 0)
}
