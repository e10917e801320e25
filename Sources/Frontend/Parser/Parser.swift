import Foundation

/// Carries the parse result back from the large-stack parsing thread.
private final class ResultBox: @unchecked Sendable {
  var value: (Module, ParseError?)?
}

/// A syntax error found while parsing; `Parser.parse` turns the first one into a diagnostic.
struct ParseError: Error {
  var id = "syntax"
  var message: String
  var location: SourceLocation
  /// True for CPython's catch-all "invalid syntax", which a tokenizer error overrides.
  var generic = false
  /// True when the parser reached the end of input inside brackets.
  var eofInBrackets = false
}

/// A recursive-descent parser for the Python 3.11 grammar over the token array produced by
/// `Lexer`, building the CPython-shaped AST of AST.swift.
///
/// The grammar is split by topic: Parser+Statements (simple statements), Parser+Compound
/// (blocks, `if`/`for`/`def`/...), Parser+Expressions (operators), Parser+Atoms (displays,
/// comprehensions, calls), Parser+Arguments (parameters), Parser+Targets (assignment targets and
/// their error messages), Parser+Strings (literals, f-strings), Parser+Patterns (`match`).
public struct Parser {
  var tokens: [Token]
  var p = 0
  let file: SourceFile
  /// Current nesting depth of expressions, bounded by `maxDepth`.
  var depth = 0
  static let maxDepth = 2_900
  /// Expressions written in parentheses (CPython drops the parentheses from the AST but some
  /// rules and messages depend on them).
  var parenthesized = Set<ObjectIdentifier>()
  /// The furthest token index a speculative parse of CPython's first pass looked at: where a
  /// generic "invalid syntax" is reported.
  var furthest = 0
  /// The furthest token index read by the checks of CPython's second (error) pass; an unclosed
  /// bracket wins when this token is on a later line.
  var lookahead = 0
  /// The tokens' stream (its tokenizer error and open brackets decide which error is reported).
  var stream = TokenStream(tokens: [], error: nil, openBrackets: [])
  /// The first syntax error, as CPython reports it; later ones are not reported.
  var firstError: ParseError?
  /// Exact code points of str constants holding lone surrogates (see `Module.loneSurrogates`).
  var loneSurrogates: [ObjectIdentifier: [UInt32]] = [:]
  /// True while parsing the expression of an f-string replacement field.
  var inFString = false

  init(tokens: [Token], file: SourceFile) {
    self.tokens = tokens
    self.file = file
  }

  /// Parses one file into a `Module`; never throws and never crashes: the first syntax error
  /// (CPython's message and position) goes to `diagnostics` with id "syntax", "indentation" or
  /// "encoding". Called by the module loader and by `pyforac --dump-ast`.
  public static func parse(file: SourceFile, diagnostics: DiagnosticEngine) -> Module {
    let box = ResultBox()
    let done = DispatchSemaphore(value: 0)
    let thread = Thread {
      box.value = parseOnCurrentThread(file: file)
      done.signal()
    }
    thread.stackSize = 1 << 29
    thread.start()
    done.wait()
    guard let (module, error) = box.value else { return Module(body: [], file: file) }
    if let error = error {
      let range = SourceRange(start: error.location, end: error.location)
      diagnostics.error(error.id, error.message, file: file, range: range)
    }
    return module
  }

  static func parseOnCurrentThread(file: SourceFile) -> (Module, ParseError?) {
    let decoded = SourceDecoding.decode(file.bytes)
    if let error = decoded.error {
      return (Module(body: [], file: file), error)
    }
    let stream = Lexer.tokenize(decoded.bytes)
    var parser = Parser(tokens: stream.tokens, file: file)
    parser.stream = stream
    let body = parser.parseFile()
    let module = Module(body: body, file: file)
    module.loneSurrogates = parser.loneSurrogates
    module.syntaxWarnings = stream.warnings
    if let error = parser.firstError { return (module, error) }
    return (module, stream.error.map {
      ParseError(id: $0.id, message: $0.message, location: $0.location)
    })
  }

  /// Turns the parser error just caught into the error CPython reports, given the tokenizer's
  /// own error (if any) and the brackets left open at end of input.
  func resolve(_ error: ParseError) -> ParseError {
    guard let lex = stream.error else { return adjust(error, openBrackets: stream.openBrackets) }
    // CPython tokenizes lazily: a parser error found before a deferred tokenizer error (or an
    // unexpected indent before any tokenizer error) stands; otherwise the tokenizer's error
    // replaces it.
    // (Also when CPython's second pass peeked at it: the token after "Perhaps you forgot a
    // comma?"'s second expression.)
    let reached = tokens[min(max(p, furthest, lookahead), tokens.count - 1)].kind == .lexError
    let indentError = error.message == "unexpected indent"
      || error.message == "unexpected unindent"
    if !reached && (indentError || lex.deferred) {
      return adjust(error, openBrackets: [])
    }
    return ParseError(id: lex.id, message: lex.message, location: lex.location)
  }

  /// Applies CPython's rule that an unclosed bracket on an earlier line overrides a generic
  /// error found later.
  func adjust(_ error: ParseError, openBrackets: [(UInt8, Int, Int)]) -> ParseError {
    var error = error
    if error.generic && furthest > p && tokens[furthest].kind != .eofInBrackets {
      error.location = tokens[furthest].start
    }
    guard let open = openBrackets.last else { return error }
    let furthestLine = tokens[min(max(p, furthest, lookahead), tokens.count - 1)].start.line
    if error.eofInBrackets || max(error.location.line, furthestLine) > open.1
      || tokens[min(p, tokens.count - 1)].kind == .eofInBrackets
    {
      return ParseError(
        message: "'\(Character(Unicode.Scalar(open.0)))' was never closed",
        location: SourceLocation(line: open.1, column: open.2))
    }
    return error
  }

  // MARK: - Token access

  var tok: Token { tokens[p] }

  func peekToken(_ ahead: Int) -> Token {
    tokens[min(p + ahead, tokens.count - 1)]
  }

  /// End of the last consumed token other than NEWLINE/INDENT/DEDENT (CPython's
  /// `_PyPegen_get_last_nonnwhitespace_token`).
  var lastEnd: SourceLocation {
    var i = p - 1
    while i > 0 {
      let k = tokens[i].kind
      if k != .newline && k != .indent && k != .dedent { break }
      i -= 1
    }
    return i >= 0 ? tokens[i].end : tok.start
  }

  @inline(__always) func isOp(_ s: String) -> Bool {
    tokens[p].kind == .op && tokens[p].text == s
  }

  @inline(__always) func isKeyword(_ s: String) -> Bool {
    tokens[p].kind == .name && tokens[p].text == s
  }

  /// True when the current token is a NAME that is not a reserved keyword.
  var isIdentifier: Bool {
    tokens[p].kind == .name && !Parser.keywords.contains(tokens[p].text)
  }

  mutating func advance() {
    let k = tokens[p].kind
    if k == .eofInBrackets || k == .endMarker || k == .lexError { return }
    p += 1
  }

  mutating func eatOp(_ s: String) -> Bool {
    if isOp(s) {
      p += 1
      return true
    }
    return false
  }

  mutating func eatKeyword(_ s: String) -> Bool {
    if isKeyword(s) {
      p += 1
      return true
    }
    return false
  }

  mutating func expectOp(_ s: String) throws {
    if !eatOp(s) { throw invalidSyntax() }
  }

  mutating func expectKeyword(_ s: String) throws {
    if !eatKeyword(s) { throw invalidSyntax() }
  }

  mutating func expectIdentifier() throws -> String {
    guard isIdentifier else { throw invalidSyntax() }
    let name = tok.text
    p += 1
    return name
  }

  /// CPython's generic "invalid syntax" at the current token (or the matching special cases for
  /// an unexpected INDENT/DEDENT or end of input).
  func invalidSyntax() -> ParseError {
    let t = tok
    switch t.kind {
    case .indent:
      let column = max(t.end.column - 1, 0)
      return ParseError(id: "indentation", message: "unexpected indent",
                        location: SourceLocation(line: t.end.line, column: column))
    case .dedent:
      return ParseError(id: "indentation", message: "unexpected unindent", location: t.start)
    case .eofInBrackets:
      return ParseError(message: "unexpected EOF while parsing", location: t.start, generic: true,
                        eofInBrackets: true)
    default:
      return ParseError(message: "invalid syntax", location: t.start, generic: true)
    }
  }

  func error(_ message: String, at loc: SourceLocation, id: String = "syntax") -> ParseError {
    ParseError(id: id, message: message, location: loc)
  }

  /// Index of the token that starts at `loc` (binary search; tokens are in source order).
  func tokenIndex(at loc: SourceLocation) -> Int? {
    var lo = 0
    var hi = tokens.count - 1
    while lo <= hi {
      let mid = (lo + hi) / 2
      let s = tokens[mid].start
      if s == loc && tokens[mid].kind != .indent && tokens[mid].kind != .dedent { return mid }
      if s < loc || (s == loc) { lo = mid + 1 } else { hi = mid - 1 }
    }
    return nil
  }

  func range(from start: SourceLocation) -> SourceRange {
    SourceRange(start: start, end: lastEnd)
  }

  mutating func enterNesting() throws {
    depth += 1
    if depth > Parser.maxDepth {
      throw error("too many nested expressions (CPython: maximum recursion depth exceeded)",
                  at: tok.start)
    }
  }

  static let keywords: Set<String> = [
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
    "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if",
    "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try",
    "while", "with", "yield",
  ]
}
