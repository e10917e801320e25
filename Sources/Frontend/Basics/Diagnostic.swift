/// How bad a diagnostic is.
public enum Severity: String, Sendable {
  case error, warning, note
}

/// A secondary message attached to a diagnostic, with its own optional location.
public struct DiagnosticNote: Sendable, Equatable {
  public var message: String
  public var file: SourceFile?
  public var range: SourceRange?

  public init(_ message: String, file: SourceFile? = nil, range: SourceRange? = nil) {
    self.message = message
    self.file = file
    self.range = range
  }

  public static func == (a: DiagnosticNote, b: DiagnosticNote) -> Bool {
    a.message == b.message && a.range == b.range && a.file === b.file
  }
}

/// A suggested textual replacement for a range of the primary file.
public struct FixIt: Sendable, Equatable {
  public var range: SourceRange
  public var replacement: String

  public init(range: SourceRange, replacement: String) {
    self.range = range
    self.replacement = replacement
  }
}

/// One diagnostic as data: severity, stable id, message, primary range, notes, fix-it.
///
/// Diagnostics are collected by phases into a `DiagnosticEngine` and rendered once, at the edge,
/// by `DiagnosticRenderer` as `path:line:col: error: message [id]` plus the source line and a caret.
/// Ids are lowerCamel or kebab-case strings that are never renamed once published.
public struct Diagnostic: Sendable, Equatable {
  public var severity: Severity
  public var id: String
  public var message: String
  public var file: SourceFile?
  public var range: SourceRange
  public var notes: [DiagnosticNote]
  public var fixIt: FixIt?

  public init(
    _ severity: Severity, id: String, message: String, file: SourceFile?, range: SourceRange,
    notes: [DiagnosticNote] = [], fixIt: FixIt? = nil
  ) {
    self.severity = severity
    self.id = id
    self.message = message
    self.file = file
    self.range = range
    self.notes = notes
    self.fixIt = fixIt
  }

  public static func == (a: Diagnostic, b: Diagnostic) -> Bool {
    a.severity == b.severity && a.id == b.id && a.message == b.message && a.range == b.range
      && a.notes == b.notes && a.fixIt == b.fixIt && a.file === b.file
  }
}

/// Collects diagnostics from every phase. Phases never print; the driver renders at the end.
public final class DiagnosticEngine: @unchecked Sendable {
  public private(set) var diagnostics: [Diagnostic] = []

  public init() {}

  public func emit(_ diagnostic: Diagnostic) {
    diagnostics.append(diagnostic)
  }

  public func error(
    _ id: String, _ message: String, file: SourceFile?, range: SourceRange,
    notes: [DiagnosticNote] = [], fixIt: FixIt? = nil
  ) {
    emit(Diagnostic(.error, id: id, message: message, file: file, range: range, notes: notes,
                    fixIt: fixIt))
  }

  public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
  public var errorCount: Int { diagnostics.filter { $0.severity == .error }.count }
}
