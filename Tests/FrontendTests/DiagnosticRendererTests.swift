import Testing

@testable import Frontend

/// `DiagnosticRenderer`: `path:line:col: error: message [id]`, the source line, a caret with
/// tildes under the range, then notes (located or not).
@Suite struct DiagnosticRendererTests {
  let file = SourceFile(
    path: "model.py",
    text: "def squares(n):\n    out = []\n    for i in range(n):\n        out.append(i * i)\n")

  @Test func rendersTheDesignExample() {
    let d = Diagnostic(
      .error, id: "mutation-call",
      message: "'out.append(...)' mutates a list; lists are immutable in pyforac", file: file,
      range: SourceRange(line: 4, column: 8, endLine: 4, endColumn: 18),
      notes: [DiagnosticNote("build a new list instead: 'out = out + [i * i]' or a comprehension")])
    let expected =
      "model.py:4:9: error: 'out.append(...)' mutates a list; lists are immutable in pyforac "
      + "[mutation-call]\n"
      + "            out.append(i * i)\n"
      + "            ^~~~~~~~~~\n"
      + "note: build a new list instead: 'out = out + [i * i]' or a comprehension\n"
    #expect(DiagnosticRenderer().render(d) == expected)
  }

  @Test func caretCountsCodePointsNotBytes() {
    let f = SourceFile(path: "u.py", text: "s = 'héllo' + xs\n")
    let col = Array("s = 'héllo' + ".utf8).count
    let d = Diagnostic(.error, id: "syntax", message: "m", file: f,
                       range: SourceRange(line: 1, column: col, endLine: 1, endColumn: col + 2))
    let lines = DiagnosticRenderer().render(d).split(separator: "\n").map(String.init)
    #expect(lines[2] == "    " + String(repeating: " ", count: 14) + "^~")
  }

  @Test func veryLongLinesAreWindowed() {
    let line = "x = " + String(repeating: "1+", count: 100_000) + ")"
    let f = SourceFile(path: "big.py", text: line + "\n")
    let col = line.utf8.count - 1
    let d = Diagnostic(.error, id: "syntax", message: "unmatched ')'", file: f,
                       range: SourceRange(line: 1, column: col, endLine: 1, endColumn: col + 1))
    let lines = DiagnosticRenderer().render(d).split(separator: "\n").map(String.init)
    #expect(lines[1].count < 200)
    #expect(lines[1].hasPrefix("    ...") && lines[1].hasSuffix("1+)"))
    // The caret sits under the ')'.
    #expect(lines[2].count == lines[1].count && lines[2].hasSuffix("^"))
  }

  @Test func columnsArePrintedOneBased() {
    let d = Diagnostic(
      .error, id: "syntax", message: "'return' outside function", file: file,
      range: SourceRange(line: 1, column: 0, endLine: 1, endColumn: 3))
    let first = DiagnosticRenderer().render(d).split(separator: "\n").first.map(String.init)
    #expect(first == "model.py:1:1: error: 'return' outside function [syntax]")
  }

  @Test func multiLineRangeUnderlinesToEndOfFirstLine() {
    let d = Diagnostic(
      .error, id: "x", message: "m", file: file,
      range: SourceRange(line: 3, column: 4, endLine: 4, endColumn: 5))
    let lines = DiagnosticRenderer().render(d).split(
      separator: "\n", omittingEmptySubsequences: false)
    #expect(lines[1] == "        for i in range(n):")
    #expect(lines[2] == "        ^~~~~~~~~~~~~~~~~~")
  }

  @Test func emptyRangeStillShowsOneCaret() {
    let d = Diagnostic(
      .error, id: "x", message: "m", file: file,
      range: SourceRange(line: 2, column: 4, endLine: 2, endColumn: 4))
    let lines = DiagnosticRenderer().render(d).split(
      separator: "\n", omittingEmptySubsequences: false)
    #expect(lines[2] == "        ^")
  }

  @Test func tabsInIndentationAreKeptUnderTheCaret() {
    let tabbed = SourceFile(path: "t.py", text: "if x:\n\ty = 1\n")
    let d = Diagnostic(
      .error, id: "x", message: "m", file: tabbed,
      range: SourceRange(line: 2, column: 1, endLine: 2, endColumn: 2))
    let lines = DiagnosticRenderer().render(d).split(
      separator: "\n", omittingEmptySubsequences: false)
    #expect(lines[1] == "    \ty = 1")
    #expect(lines[2] == "    \t^")
  }

  @Test func locatedNotesGetTheirOwnSnippet() {
    let note = DiagnosticNote(
      "'out' was bound here", file: file,
      range: SourceRange(line: 2, column: 4, endLine: 2, endColumn: 7))
    let d = Diagnostic(
      .error, id: "x", message: "m", file: file,
      range: SourceRange(line: 4, column: 8, endLine: 4, endColumn: 11),
      notes: [note])
    let text = DiagnosticRenderer().render(d)
    #expect(
      text.contains("model.py:2:5: note: 'out' was bound here\n        out = []\n        ^~~\n"))
  }

  @Test func diagnosticWithoutLineHasNoSnippet() {
    let d = Diagnostic(
      .error, id: "source-unreadable", message: "cannot read 'x.py'",
      file: SourceFile(path: "x.py", bytes: []), range: .none)
    #expect(
      DiagnosticRenderer().render(d) == "x.py:0:1: error: cannot read 'x.py' [source-unreadable]\n")
  }

  @Test func rendersSeveralInOrder() {
    let a = Diagnostic(.error, id: "a", message: "first", file: nil, range: .none)
    let b = Diagnostic(.error, id: "b", message: "second", file: nil, range: .none)
    let text = DiagnosticRenderer().render([a, b])
    #expect(text == "<unknown>:0:1: error: first [a]\n<unknown>:0:1: error: second [b]\n")
  }
}
