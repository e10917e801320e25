import Testing
@testable import Frontend

/// Token kinds and texts as "KIND:text" strings, for compact expectations. The expected streams
/// follow CPython's tokenizer (`python3 -m tokenize`, without its COMMENT/NL tokens).
func lex(_ source: String) -> [String] {
  let stream = Lexer.tokenize(Array(source.utf8))
  return stream.tokens.map { t in
    switch t.kind {
    case .name: return "NAME:\(t.text)"
    case .number: return "NUMBER:\(t.text)"
    case .string: return "STRING:\(t.text)"
    case .op: return "OP:\(t.text)"
    case .newline: return "NEWLINE"
    case .indent: return "INDENT"
    case .dedent: return "DEDENT"
    case .endMarker: return "ENDMARKER"
    case .eofInBrackets: return "EOF-IN-BRACKETS"
    case .lexError: return "ERROR"
    }
  }
}

@Test func indentationProducesIndentAndDedent() {
  #expect(lex("if x:\n    y\nz\n") == [
    "NAME:if", "NAME:x", "OP::", "NEWLINE", "INDENT", "NAME:y", "NEWLINE", "DEDENT", "NAME:z",
    "NEWLINE", "ENDMARKER",
  ])
  #expect(lex("if a:\n  if b:\n    c") == [
    "NAME:if", "NAME:a", "OP::", "NEWLINE", "INDENT", "NAME:if", "NAME:b", "OP::", "NEWLINE",
    "INDENT", "NAME:c", "NEWLINE", "DEDENT", "DEDENT", "ENDMARKER",
  ])
}

@Test func blankLinesCommentsAndJoiningAreIgnored() {
  #expect(lex("x = (1,\n  2)  # c\n\n   # indented comment\ny") == [
    "NAME:x", "OP:=", "OP:(", "NUMBER:1", "OP:,", "NUMBER:2", "OP:)", "NEWLINE", "NAME:y",
    "NEWLINE", "ENDMARKER",
  ])
  #expect(lex("x = 1 + \\\n    2\n") == [
    "NAME:x", "OP:=", "NUMBER:1", "OP:+", "NUMBER:2", "NEWLINE", "ENDMARKER",
  ])
}

@Test func operatorsUseLongestMatch() {
  #expect(lex("a **= b // c -> d := e ... != <<= >>") == [
    "NAME:a", "OP:**=", "NAME:b", "OP://", "NAME:c", "OP:->", "NAME:d", "OP::=", "NAME:e",
    "OP:...", "OP:!=", "OP:<<=", "OP:>>", "NEWLINE", "ENDMARKER",
  ])
}

@Test func numericLiterals() {
  #expect(lex("0 1_000 0x_Ff 0o17 0b1_0 1.5 .5 5. 1e-3 1_0.0_1e+1_0 2j 1.5J 0_0 00 09.5") == [
    "NUMBER:0", "NUMBER:1_000", "NUMBER:0x_Ff", "NUMBER:0o17", "NUMBER:0b1_0", "NUMBER:1.5",
    "NUMBER:.5", "NUMBER:5.", "NUMBER:1e-3", "NUMBER:1_0.0_1e+1_0", "NUMBER:2j", "NUMBER:1.5J",
    "NUMBER:0_0", "NUMBER:00", "NUMBER:09.5", "NEWLINE", "ENDMARKER",
  ])
  // `1if` splits as CPython does (a SyntaxWarning there, not an error).
  #expect(lex("1if x else 2") == [
    "NUMBER:1", "NAME:if", "NAME:x", "NAME:else", "NUMBER:2", "NEWLINE", "ENDMARKER",
  ])
}

@Test func numericLiteralErrors() {
  // Messages from CPython 3.11's tokenizer.
  let cases: [(String, String)] = [
    ("1abc", "invalid decimal literal"), ("1_", "invalid decimal literal"),
    ("0x", "invalid hexadecimal literal"), ("0o8", "invalid digit '8' in octal literal"),
    ("0b12", "invalid digit '2' in binary literal"), ("0b1_", "invalid binary literal"),
    ("012", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers"),
    ("1.5_", "invalid decimal literal"), ("1e+", "invalid decimal literal"),
  ]
  for (source, message) in cases {
    #expect(Lexer.tokenize(Array(source.utf8)).error?.message == message, "\(source)")
  }
}

@Test func stringLiteralsKeepPrefixAndQuotes() {
  #expect(lex("'a' \"b\" r'\\d' Rb'x' f\"{y}\" '''t\nq''' u'z' ''") == [
    "STRING:'a'", "STRING:\"b\"", "STRING:r'\\d'", "STRING:Rb'x'", "STRING:f\"{y}\"",
    "STRING:'''t\nq'''", "STRING:u'z'", "STRING:''", "NEWLINE", "ENDMARKER",
  ])
  #expect(lex("'a\\'b' 'c\\\nd'") == ["STRING:'a\\'b'", "STRING:'c\\\nd'", "NEWLINE", "ENDMARKER"])
}

@Test func unterminatedStrings() {
  #expect(Lexer.tokenize(Array("x = 'abc\n".utf8)).error?.message
    == "unterminated string literal (detected at line 1)")
  let triple = Lexer.tokenize(Array("x = '''abc\ndef\n".utf8)).error
  #expect(triple?.message == "unterminated triple-quoted string literal (detected at line 2)")
  #expect(triple?.location == SourceLocation(line: 1, column: 4))
}

@Test func tokenPositionsAreUTF8ByteColumns() {
  let tokens = Lexer.tokenize(Array("é = 'ü'\n  ".utf8)).tokens
  #expect(tokens[0].start == SourceLocation(line: 1, column: 0))
  #expect(tokens[0].end == SourceLocation(line: 1, column: 2))
  #expect(tokens[2].start == SourceLocation(line: 1, column: 5))
  #expect(tokens[2].end == SourceLocation(line: 1, column: 9))
}

@Test func identifiersAreNFKCNormalised() {
  // CPython: ast.parse("ﬁ = 1") binds the name 'fi'.
  #expect(lex("ﬁ") == ["NAME:fi", "NEWLINE", "ENDMARKER"])
  #expect(Lexer.tokenize(Array("a€".utf8)).error?.message == "invalid character '€' (U+20AC)")
}

@Test func bracketErrors() {
  #expect(Lexer.tokenize(Array("x = )".utf8)).error?.message == "unmatched ')'")
  #expect(Lexer.tokenize(Array("(]".utf8)).error?.message
    == "closing parenthesis ']' does not match opening parenthesis '('")
  #expect(lex("(1,") == ["OP:(", "NUMBER:1", "OP:,", "EOF-IN-BRACKETS"])
}

@Test func indentationErrors() {
  #expect(Lexer.tokenize(Array("if x:\n    a\n  b\n".utf8)).error?.message
    == "unindent does not match any outer indentation level")
  #expect(Lexer.tokenize(Array("if x:\n\ta\n        b\n".utf8)).error?.message
    == "inconsistent use of tabs and spaces in indentation")
}
