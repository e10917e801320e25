/// `unsupported-io`: input and output other than `print` and reading files.
///
///     open("out.txt", "w")          # rejected: any mode with w, a, x or +
///     open(path, mode=m)            # rejected: a mode not known at compile time
///     input("name? ")               # rejected
///     open("data.csv")              # accepted
///
/// Only calls of the builtins `open` and `input` are checked (shadowed names are user code).
struct UnsupportedIORule: ImmutabilityRule {
  static let id = "unsupported-io"

  func check(expression e: Expr, in c: CheckContext) {
    guard case .call(let function, let args, let keywords) = e.kind,
      c.isBuiltin(function, ["open", "input"]), case .name(let name, _) = function.kind
    else { return }
    if name == "input" {
      c.report(
        Self.id, FrontendMessages.terminalInput, e.range,
        note: FrontendMessages.terminalInputNote)
      return
    }
    let mode = keywords.first { $0.arg == "mode" }?.value ?? (args.count > 1 ? args[1] : nil)
    guard let mode else { return }
    guard case .constant(.str(let text), _) = mode.kind else {
      c.report(
        Self.id, FrontendMessages.unknownOpenMode, mode.range,
        note: FrontendMessages.unknownOpenModeNote)
      return
    }
    if text.contains(where: { "wax+".contains($0) }) {
      c.report(
        Self.id, FrontendMessages.fileWrite(text), e.range,
        note: FrontendMessages.fileWriteNote)
    }
  }
}
