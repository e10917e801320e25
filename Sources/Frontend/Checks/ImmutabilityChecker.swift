/// Facts about the whole program that the rules need, gathered once over every loaded module.
public struct ProgramFacts: Sendable {
  /// Names of methods and class attributes defined by any user (or stdlib-py) class, plus
  /// attributes `__init__` methods set on `self`: a call `x.name(...)` on a value of unknown
  /// kind may be one of these, so `mutation-call` does not reject it.
  public var userMethodNames: Set<String> = []

  public init(userMethodNames: Set<String> = []) {
    self.userMethodNames = userMethodNames
  }

  /// Collects the facts from parsed modules. Called by `Frontend.load` before checking.
  public static func collect(from modules: [Module]) -> ProgramFacts {
    var facts = ProgramFacts()
    for module in modules { facts.collect(module.body) }
    return facts
  }

  private mutating func collect(_ body: [Stmt]) {
    for s in body {
      switch s.kind {
      case .classDef(_, _, _, let classBody, _):
        for member in classBody { addMember(member) }
        collect(classBody)
      case .functionDef(let def), .asyncFunctionDef(let def):
        collect(def.body)
      case .if(_, let a, let b), .while(_, let a, let b), .for(_, _, let a, let b, _):
        collect(a + b)
      case .try(let a, let handlers, let b, let c):
        collect(a + b + c + handlers.flatMap(\.body))
      default:
        break
      }
    }
  }

  private mutating func addMember(_ member: Stmt) {
    switch member.kind {
    case .functionDef(let def), .asyncFunctionDef(let def):
      userMethodNames.insert(def.name)
      if def.name == "__init__", let selfName = (def.args.posonlyargs + def.args.args).first?.arg {
        addSelfAttributes(def.body, selfName)
      }
    case .assign(let targets, _, _):
      for case .name(let id, _) in targets.map(\.kind) { userMethodNames.insert(id) }
    case .annAssign(let target, _, _, _):
      if case .name(let id, _) = target.kind { userMethodNames.insert(id) }
    default:
      break
    }
  }

  private mutating func addSelfAttributes(_ body: [Stmt], _ selfName: String) {
    for s in body {
      guard case .assign(let targets, _, _) = s.kind else { continue }
      for case .attribute(let value, let attr, _) in targets.map(\.kind) {
        if case .name(selfName, _) = value.kind { userMethodNames.insert(attr) }
      }
    }
  }
}

/// One rule of the immutable subset (design.md section 2), in its own file under `Checks/`.
/// `ImmutabilityChecker` shows every statement and expression to every rule.
protocol ImmutabilityRule: Sendable {
  /// The diagnostic id, kebab-case, never renamed.
  static var id: String { get }
  func check(statement: Stmt, in context: CheckContext)
  func check(expression: Expr, in context: CheckContext)
}

extension ImmutabilityRule {
  func check(statement: Stmt, in context: CheckContext) {}
  func check(expression: Expr, in context: CheckContext) {}
}

/// What a rule knows about the node it is looking at.
struct CheckContext {
  let file: SourceFile
  let info: ScopeInfo
  /// The scope the node runs in.
  let scope: Scope
  let inference: ContainerInference
  let facts: ProgramFacts
  let diagnostics: DiagnosticEngine
  /// The innermost statement visited so far (the statement whose header holds the node).
  let statement: Stmt?

  func report(_ id: String, _ message: String, _ range: SourceRange, note: String) {
    diagnostics.error(id, message, file: file, range: range, notes: [DiagnosticNote(note)])
  }

  /// The source text of `e` when it is short and on one line; otherwise its shape with the
  /// long parts elided (`counts[...]`, `obj.method(...)`).
  func text(_ e: Expr) -> String {
    let source = file.text(in: e.range, placeholder: "", limit: 60)
    if !source.isEmpty { return source }
    switch e.kind {
    case .subscript(let value, _, _): return text(value) + "[...]"
    case .attribute(let value, let attr, _): return text(value) + "." + attr
    case .call(let function, _, _): return text(function) + "(...)"
    default: return "..."
    }
  }

  /// Which containers `e` may be.
  func kinds(_ e: Expr) -> Set<ContainerKind> {
    inference.kinds(of: e, in: scope)
  }

  /// True when `name` resolves to the builtin of that name here (not shadowed).
  func isBuiltin(_ e: Expr, _ names: Set<String>) -> Bool {
    guard case .name(let id, _) = e.kind, names.contains(id) else { return false }
    return scope.binding(of: id) == .builtin
  }

  /// The first parameter of `__init__` when the node runs directly in a class's `__init__`.
  var initializerSelf: String? {
    guard scope.kind == .function, scope.name == "__init__", scope.parent?.kind == .classBody
    else { return nil }
    return scope.parameters.first
  }

  /// True when `e` is a name bound by an import (a module, or a function from one).
  func isImportedName(_ e: Expr) -> Bool {
    guard case .name(let id, _) = e.kind, let home = info.definingScope(of: id, from: scope)
    else { return false }
    return home.symbol(id)?.flags.contains(.imported) == true
  }
}

/// Runs every immutability rule over one module whose scopes were built without errors.
///
/// Called by `Frontend.load` for each module after the whole program is loaded; tests call it
/// directly. Diagnostics go to `diagnostics`; nothing is returned.
public enum ImmutabilityChecker {
  static let rules: [any ImmutabilityRule] = [
    MutationCallRule(), ItemAssignmentRule(), SliceAssignmentRule(), DelItemRule(),
    AttributeAssignmentRule(), GlobalRebindingRule(), NonlocalRebindingRule(),
    AugmentedMutationRule(), ExecEvalRule(), UnsupportedIORule(),
  ]

  /// The ids of all rules, in the order they run.
  public static var ruleIDs: [String] { rules.map { type(of: $0).id } }

  public static func check(
    module: Module, scopes: ScopeInfo, facts: ProgramFacts, diagnostics: DiagnosticEngine
  ) {
    let inference = ContainerInference(module: module, info: scopes)
    let runner = RuleRunner(
      file: module.file, info: scopes, inference: inference, facts: facts,
      diagnostics: diagnostics)
    SyntaxWalker(info: scopes, visitor: runner).walk(module)
  }
}

private final class RuleRunner: SyntaxVisitor {
  let file: SourceFile
  let info: ScopeInfo
  let inference: ContainerInference
  let facts: ProgramFacts
  let diagnostics: DiagnosticEngine

  init(
    file: SourceFile, info: ScopeInfo, inference: ContainerInference, facts: ProgramFacts,
    diagnostics: DiagnosticEngine
  ) {
    self.file = file
    self.info = info
    self.inference = inference
    self.facts = facts
    self.diagnostics = diagnostics
  }

  private var statement: Stmt?

  private func context(_ scope: Scope) -> CheckContext {
    CheckContext(
      file: file, info: info, scope: scope, inference: inference, facts: facts,
      diagnostics: diagnostics, statement: statement)
  }

  func visit(statement: Stmt, scope: Scope) {
    self.statement = statement
    let c = context(scope)
    for rule in ImmutabilityChecker.rules { rule.check(statement: statement, in: c) }
  }

  func visit(expression: Expr, scope: Scope) {
    let c = context(scope)
    for rule in ImmutabilityChecker.rules { rule.check(expression: expression, in: c) }
  }
}

extension SourceFile {
  /// The text a range covers when it lies on one line and is at most `limit` bytes long;
  /// otherwise `placeholder`. Used to quote user code in messages.
  func text(in range: SourceRange, placeholder: String, limit: Int = 40) -> String {
    guard range.start.line == range.end.line, range.start.line >= 1 else { return placeholder }
    let line = Array(lineText(range.start.line).utf8)
    let start = range.start.column
    let end = range.end.column
    guard start >= 0, end <= line.count, start < end, end - start <= limit else {
      return placeholder
    }
    return String(decoding: line[start..<end], as: UTF8.self)
  }
}
