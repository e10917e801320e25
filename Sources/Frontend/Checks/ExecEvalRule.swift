/// `exec-eval`: running code or reaching namespaces at run time.
///
///     eval(expr)         # rejected, as are exec(...) and compile(...)
///     globals()["x"]     # rejected, as are locals() and vars()
///
/// Only calls of the builtins themselves are rejected; a user function named `eval` is fine.
struct ExecEvalRule: ImmutabilityRule {
  static let id = "exec-eval"

  func check(expression e: Expr, in c: CheckContext) {
    guard case .call(let function, let args, _) = e.kind,
      c.isBuiltin(function, ["exec", "eval", "compile", "globals", "locals", "vars"]),
      case .name(let name, _) = function.kind
    else { return }
    switch name {
    case "exec", "eval", "compile":
      c.report(
        Self.id, FrontendMessages.dynamicCode(name), e.range,
        note: FrontendMessages.dynamicCodeNote)
    default:
      let note =
        name == "vars" && !args.isEmpty
        ? FrontendMessages.varsNote : FrontendMessages.namespaceNote
      c.report(Self.id, FrontendMessages.namespaceAccess(name), e.range, note: note)
    }
  }
}
