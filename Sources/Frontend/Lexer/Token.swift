/// The kind of a token, following CPython's tokenizer (Grammar/Tokens) with operators and
/// keywords kept as text: the parser compares `Token.text` against spellings such as `"+="`.
public enum TokenKind: UInt8, Sendable {
  /// An identifier or keyword; `text` is NFKC-normalised when it contains non-ASCII letters.
  case name
  /// A numeric literal as written (underscores included).
  case number
  /// A string literal as written: prefix, quotes and body.
  case string
  /// An operator or delimiter, or a stray character such as `?` that no rule accepts.
  case op
  case newline
  case indent
  case dedent
  case endMarker
  /// End of input while brackets are open; the parser reports "'(' was never closed".
  case eofInBrackets
  /// Where the tokenizer stopped with an error (`TokenStream.error`).
  case lexError
}

/// One token with its text and its source range (1-based lines, 0-based UTF-8 byte columns).
public struct Token: Sendable {
  public var kind: TokenKind
  public var text: String
  public var start: SourceLocation
  public var end: SourceLocation
  /// Byte offset of the first byte in the file.
  public var offset: Int
  /// For a string literal whose body is not valid UTF-8: CPython's decoding error, which the
  /// parser reports when it builds the literal.
  public var utf8Error: String? = nil

  public init(
    kind: TokenKind, text: String, start: SourceLocation, end: SourceLocation, offset: Int
  ) {
    self.kind = kind
    self.text = text
    self.start = start
    self.end = end
    self.offset = offset
  }

  /// The token's source range.
  public var range: SourceRange { SourceRange(start: start, end: end) }
}

/// A tokenizer error: CPython raises it as SyntaxError, IndentationError or TabError.
public struct LexError: Sendable, Equatable {
  /// Diagnostic id: "syntax", "indentation" or "encoding".
  public var id: String
  public var message: String
  public var location: SourceLocation
  /// True for the errors CPython's tokenizer reports only when the parser reaches them
  /// (indentation, tabs, line continuation); the others win over any parser error.
  public var deferred: Bool

  public init(
    id: String = "syntax", message: String, location: SourceLocation, deferred: Bool = false
  ) {
    self.id = id
    self.message = message
    self.location = location
    self.deferred = deferred
  }
}

/// The result of tokenizing a whole file.
public struct TokenStream: Sendable {
  public var tokens: [Token]
  /// The first tokenizer error; tokens stop where it happened.
  public var error: LexError?
  /// Open brackets at end of input (character, line, column), innermost last.
  public var openBrackets: [(UInt8, Int, Int)]
  /// SyntaxWarnings of the tokenizer, in order.
  public var warnings: [(line: Int, message: String)] = []
}
