/// `match` statements and patterns (PEP 634).
extension Parser {
  /// match_stmt: "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT. Returns nil when
  /// `match` is used as an ordinary name.
  mutating func parseMatchStatement() throws -> Stmt? {
    nil
  }
}
