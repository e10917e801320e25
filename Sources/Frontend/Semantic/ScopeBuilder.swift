/// First pass of name resolution: walks one module, opens a `Scope` per module, function, lambda,
/// class body and comprehension, and records what each scope does with each name (CPython's
/// `symtable.c` visit). Statement-context errors that CPython raises while compiling
/// ('return' outside function, 'break' outside loop, misplaced `yield`/`await`, bad `global`
/// and `nonlocal` declarations) are diagnosed here with CPython's wording and id "syntax".
///
/// Called only by `ScopeInfo.build(module:diagnostics:)`, which then runs `ScopeAnalysis`.
final class ScopeBuilder {
  let file: SourceFile
  let diagnostics: DiagnosticEngine
  let info: ScopeInfo
  var current: Scope
  /// Loops enclosing the current statement within the current scope.
  var loopDepth = 0
  /// Blocks of CPython's compiler (loops, `with` items, parts of `try`) enclosing the current
  /// statement within the current scope; at most `maxBlocks` (CO_MAXBLOCKS).
  var blockDepth = 0
  static let maxBlocks = 20
  /// Comprehension iterables being visited in the current scope (walrus is banned there).
  var comprehensionIterableDepth = 0
  /// True while visiting a comprehension's `for` target.
  var inComprehensionTarget = false
  /// First `return value` of each function scope (for the async-generator check).
  var returnsWithValue: [ObjectIdentifier: SourceRange] = [:]
  /// Names bound by `from m import *` at module level, by source module (resolved by the loader).
  var starImports: [(module: String?, level: Int, range: SourceRange)] = []

  init(module: Module, diagnostics: DiagnosticEngine) {
    self.file = module.file
    self.diagnostics = diagnostics
    let top = Scope(kind: .module, name: "<module>", range: .none, parent: nil)
    self.info = ScopeInfo(module: top)
    self.current = top
  }

  func error(_ message: String, _ range: SourceRange) {
    diagnostics.error(FrontendMessages.syntaxID, message, file: file, range: range)
  }

  /// Runs `body` with `scope` as the current scope, with fresh per-scope loop state.
  func within(_ scope: Scope, _ body: () -> Void) {
    let saved = (current, loopDepth, blockDepth, comprehensionIterableDepth,
                 inComprehensionTarget)
    current = scope
    loopDepth = 0
    blockDepth = 0
    comprehensionIterableDepth = 0
    inComprehensionTarget = false
    body()
    (current, loopDepth, blockDepth, comprehensionIterableDepth, inComprehensionTarget) = saved
  }

  /// Runs `body` `levels` compiler blocks deeper, diagnosing "too many statically nested
  /// blocks" at `range` where the depth first passes CPython's limit of 20.
  func nested(_ levels: Int, _ range: SourceRange, _ body: () -> Void) {
    if blockDepth <= Self.maxBlocks && blockDepth + levels > Self.maxBlocks {
      error(FrontendMessages.tooManyNestedBlocks, range)
    }
    blockDepth += levels
    body()
    blockDepth -= levels
  }

  func visit(_ body: [Stmt]) {
    for statement in body { visit(statement) }
  }

  func visit(_ s: Stmt) {
    info.recordEnclosing(s, current)
    switch s.kind {
    case .functionDef(let def):
      visitFunction(def, isAsync: false, statement: s)
    case .asyncFunctionDef(let def):
      visitFunction(def, isAsync: true, statement: s)
    case .classDef(let name, let bases, let keywords, let body, let decorators):
      visitClass(
        name: name, bases: bases, keywords: keywords, body: body, decorators: decorators,
        statement: s)
    case .return(let value):
      visitReturn(value, statement: s)
    case .delete(let targets):
      visit(targets)
    case .assign(let targets, let value, _):
      visit(targets)
      visit(value)
    case .augAssign(let target, _, let value):
      visit(target)
      visit(value)
    case .annAssign(let target, let annotation, let value, let simple):
      visitAnnotatedAssignment(target, annotation, value, simple: simple)
    case .for(let target, let iter, let body, let orelse, _):
      visitLoop(target: target, header: iter, body: body, orelse: orelse, s.range)
    case .asyncFor(let target, let iter, let body, let orelse, _):
      requireAsyncFunction(FrontendMessages.asyncForOutsideAsync, s.range)
      visitLoop(target: target, header: iter, body: body, orelse: orelse, s.range)
    case .while(let test, let body, let orelse):
      visitLoop(target: nil, header: test, body: body, orelse: orelse, s.range)
    case .if(let test, let body, let orelse):
      visit(test)
      visit(body)
      visit(orelse)
    case .with(let items, let body, _):
      visitWith(items, body, s.range)
    case .asyncWith(let items, let body, _):
      requireAsyncFunction(FrontendMessages.asyncWithOutsideAsync, s.range)
      visitWith(items, body, s.range)
    case .match(let subject, let cases):
      visit(subject)
      for c in cases {
        visit(c.pattern)
        if let g = c.guard_ { visit(g) }
        visit(c.body)
      }
    case .raise(let exc, let cause):
      if let exc { visit(exc) }
      if let cause { visit(cause) }
    case .try(let body, let handlers, let orelse, let finalbody),
      .tryStar(let body, let handlers, let orelse, let finalbody):
      // CPython's blocks: the body in TRY_EXCEPT, handler bodies in EXCEPTION_HANDLER plus
      // HANDLER_CLEANUP, all of it in FINALLY_TRY when there is a `finally`, whose body is
      // compiled once more inside FINALLY_END.
      let finallyLevel = finalbody.isEmpty ? 0 : 1
      nested(finallyLevel, s.range) {
        nested(handlers.isEmpty ? 0 : 1, s.range) { visit(body) }
        nested(handlers.isEmpty ? 0 : 1, s.range) {
          for h in handlers {
            if let t = h.type { visit(t) }
            if let n = h.name {
              checkDebugBinding(n, h.range)
              current.add(n, .assigned, at: h.range)
            }
            nested(1, h.range) { visit(h.body) }
          }
        }
        visit(orelse)
      }
      nested(finallyLevel, s.range) { visit(finalbody) }
    case .assert(let test, let msg):
      visit(test)
      if let msg { visit(msg) }
    case .import(let names):
      for alias in names {
        let bound = alias.asname ?? String(alias.name.split(separator: ".").first ?? "")
        checkDebugBinding(bound, s.range)
        current.add(bound, .imported, at: alias.range)
      }
    case .importFrom(let module, let names, let level):
      for alias in names where alias.name != "*" {
        checkDebugBinding(alias.asname ?? alias.name, s.range)
      }
      visitImportFrom(module: module, names: names, level: level)
    case .global(let names):
      for name in names { declare(name, global: true, statement: s) }
    case .nonlocal(let names):
      for name in names { declare(name, global: false, statement: s) }
    case .expr(let value):
      visit(value)
    case .pass:
      break
    case .break:
      if loopDepth == 0 { error(FrontendMessages.breakOutsideLoop, s.range) }
    case .continue:
      if loopDepth == 0 { error(FrontendMessages.continueOutsideLoop, s.range) }
    }
  }

  func visit(_ exprs: [Expr]) {
    for e in exprs { visit(e) }
  }

  private func visitFunction(_ def: FunctionDef, isAsync: Bool, statement: Stmt) {
    checkDebugBinding(def.name, statement.range)
    for a in allParameters(def.args) { checkDebugBinding(a.arg, statement.range) }
    current.add(def.name, [.assigned, .definition], at: statement.range)
    visitDefaultsAndAnnotations(def.args)
    if let r = def.returns { visit(r) }
    visit(def.decoratorList)
    let scope = Scope(kind: .function, name: def.name, range: statement.range, parent: current)
    scope.isCoroutine = isAsync
    info.register(scope, openedBy: statement)
    within(scope) {
      addParameters(def.args)
      visit(def.body)
    }
    if isAsync, scope.isGenerator, let r = returnsWithValue[ObjectIdentifier(scope)] {
      error(FrontendMessages.returnWithValueInAsyncGenerator, r)
    }
  }

  private func visitClass(
    name: String, bases: [Expr], keywords: [Keyword], body: [Stmt], decorators: [Expr],
    statement: Stmt
  ) {
    checkDebugBinding(name, statement.range)
    current.add(name, [.assigned, .definition], at: statement.range)
    visit(bases)
    for k in keywords { visit(k.value) }
    visit(decorators)
    let scope = Scope(kind: .classBody, name: name, range: statement.range, parent: current)
    info.register(scope, openedBy: statement)
    within(scope) { visit(body) }
  }

  private func visitReturn(_ value: Expr?, statement: Stmt) {
    if !current.isFunctionLike {
      error(FrontendMessages.returnOutsideFunction, statement.range)
    } else if value != nil, returnsWithValue[ObjectIdentifier(current)] == nil {
      returnsWithValue[ObjectIdentifier(current)] = statement.range
    }
    if let value { visit(value) }
  }

  private func visitAnnotatedAssignment(
    _ target: Expr, _ annotation: Expr, _ value: Expr?, simple: Int
  ) {
    if case .name(let id, _) = target.kind {
      let flags = current.symbol(id)?.flags ?? []
      if simple != 0 && flags.contains(.declaredGlobal) {
        error(FrontendMessages.annotatedGlobal(id), target.range)
      } else if simple != 0 && flags.contains(.declaredNonlocal) {
        error(FrontendMessages.annotatedNonlocal(id), target.range)
      }
      info.recordEnclosing(target, current)
      checkDebugBinding(id, target.range)
      if simple != 0 {
        current.add(id, [.assigned, .annotated], at: target.range)
      } else if value != nil {
        current.add(id, .assigned, at: target.range)
      }
    } else {
      visit(target)
    }
    visit(annotation)
    if let value { visit(value) }
  }

  private func visitLoop(target: Expr?, header: Expr, body: [Stmt], orelse: [Stmt],
                         _ range: SourceRange) {
    nested(1, range) {
      if let target { visit(target) }
      visit(header)
      loopDepth += 1
      visit(body)
      loopDepth -= 1
    }
    visit(orelse)
  }

  /// Each item of a `with` is a block of its own around the next items and the body.
  private func visitWith(_ items: [WithItem], _ body: [Stmt], _ range: SourceRange) {
    guard let item = items.first else { return visit(body) }
    visit(item.contextExpr)
    nested(1, range) {
      if let v = item.optionalVars { visit(v) }
      visitWith(Array(items.dropFirst()), body, range)
    }
  }

  private func visitImportFrom(module: String?, names: [Alias], level: Int) {
    for alias in names {
      if alias.name == "*" {
        if current.kind != .module {
          error(FrontendMessages.importStarNotAtModuleLevel, alias.range)
        } else {
          starImports.append((module, level, alias.range))
        }
        continue
      }
      current.add(alias.asname ?? alias.name, .imported, at: alias.range)
    }
  }

  /// A `global` or `nonlocal` directive for one name (CPython's checks, in CPython's order).
  private func declare(_ name: String, global: Bool, statement: Stmt) {
    let flags = current.symbol(name)?.flags ?? []
    if flags.contains(.parameter) {
      error(FrontendMessages.parameterAndDeclared(name, global: global), statement.range)
    } else if flags.contains(.used) {
      error(FrontendMessages.usedPriorToDeclaration(name, global: global), statement.range)
    } else if flags.contains(.annotated) {
      error(FrontendMessages.annotatedDeclared(name, global: global), statement.range)
    } else if flags.contains(.assigned) {
      error(FrontendMessages.assignedBeforeDeclaration(name, global: global), statement.range)
    }
    current.add(name, global ? .declaredGlobal : .declaredNonlocal, at: statement.range)
    if current.directives[name] == nil { current.directives[name] = statement.range }
  }

  /// Defaults, keyword defaults and parameter annotations run in the enclosing scope.
  func visitDefaultsAndAnnotations(_ args: Arguments) {
    visit(args.defaults)
    for d in args.kwDefaults { if let d { visit(d) } }
    for a in allParameters(args) { if let ann = a.annotation { visit(ann) } }
  }

  /// Parameters in CPython's `co_varnames` order: positional, keyword-only, `*args`, `**kwargs`.
  func allParameters(_ args: Arguments) -> [Arg] {
    var all = args.posonlyargs + args.args + args.kwonlyargs
    if let v = args.vararg { all.append(v) }
    if let k = args.kwarg { all.append(k) }
    return all
  }

  func addParameters(_ args: Arguments) {
    for a in allParameters(args) {
      if current.symbol(a.arg)?.flags.contains(.parameter) == true {
        error(FrontendMessages.duplicateArgument(a.arg), a.range)
        continue
      }
      current.add(a.arg, .parameter, at: a.range)
      current.parameters.append(a.arg)
    }
  }

  /// CPython's `forbidden_name`: nothing may bind `__debug__`.
  func checkDebugBinding(_ name: String, _ range: SourceRange, deleting: Bool = false) {
    guard name == "__debug__" else { return }
    error(deleting ? FrontendMessages.cannotDeleteDebug : FrontendMessages.cannotAssignDebug, range)
  }

  private func requireAsyncFunction(_ message: String, _ range: SourceRange) {
    if !(current.kind == .function && current.isCoroutine) { error(message, range) }
  }
}
