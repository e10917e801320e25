/// Expressions, lambdas, comprehensions, walrus targets and match patterns for `ScopeBuilder`.
extension ScopeBuilder {
  func visit(_ e: Expr) {
    switch e.kind {
    case .name(let id, let ctx):
      visitName(id, ctx: ctx, node: e)
    case .namedExpr(let target, let value):
      visitNamedExpr(target: target, value: value, node: e)
    case .lambda(let args, let body):
      visitLambda(args, body, node: e)
    case .listComp(let elt, let generators):
      visitComprehension(e, name: "<listcomp>", generators: generators, results: [elt])
    case .setComp(let elt, let generators):
      visitComprehension(e, name: "<setcomp>", generators: generators, results: [elt])
    case .dictComp(let key, let value, let generators):
      visitComprehension(e, name: "<dictcomp>", generators: generators, results: [key, value])
    case .generatorExp(let elt, let generators):
      visitComprehension(e, name: "<genexpr>", generators: generators, results: [elt])
    case .yield(let value):
      checkYield(e)
      if let value { visit(value) }
    case .yieldFrom(let value):
      checkYield(e)
      if current.isCoroutine && current.kind == .function {
        error(FrontendMessages.yieldFromInAsync, e.range)
      }
      visit(value)
    case .await(let value):
      checkAwait(e)
      visit(value)
    case .boolOp(_, let values):
      visit(values)
    case .binOp(let left, _, let right):
      visit(left)
      visit(right)
    case .unaryOp(_, let operand):
      visit(operand)
    case .ifExp(let test, let body, let orelse):
      visit(test)
      visit(body)
      visit(orelse)
    case .dict(let keys, let values):
      for k in keys { if let k { visit(k) } }
      visit(values)
    case .set(let elts), .list(let elts, _), .tuple(let elts, _), .joinedStr(let elts):
      visit(elts)
    case .compare(let left, _, let comparators):
      visit(left)
      visit(comparators)
    case .call(let function, let args, let keywords):
      for k in keywords { checkDebugBinding(k.arg ?? "", e.range) }
      visit(function)
      visit(args)
      for k in keywords { visit(k.value) }
    case .formattedValue(let value, _, let spec):
      visit(value)
      if let spec { visit(spec) }
    case .constant:
      break
    case .attribute(let value, let attr, let ctx):
      if ctx == .store { checkDebugBinding(attr, e.range) }
      visit(value)
    case .starred(let value, _):
      visit(value)
    case .subscript(let value, let slice, _):
      visit(value)
      visit(slice)
    case .slice(let lower, let upper, let step):
      for part in [lower, upper, step] { if let part { visit(part) } }
    }
  }

  private func visitName(_ id: String, ctx: ExprContext, node: Expr) {
    info.recordEnclosing(node, current)
    if ctx == .load {
      current.add(id, .used, at: node.range)
      info.nameLoads.append((node, current))
      if id == "super" && current.isFunctionLike {
        current.add("__class__", .used, at: node.range)
      }
    } else {
      checkDebugBinding(id, node.range, deleting: ctx == .del)
      var flags: SymbolFlags = .assigned
      if inComprehensionTarget { flags.insert(.comprehensionIteration) }
      current.add(id, flags, at: node.range)
    }
  }

  /// `target := value`; inside a comprehension the target binds in the enclosing function
  /// (or module) scope, as PEP 572 specifies.
  private func visitNamedExpr(target: Expr, value: Expr, node: Expr) {
    guard case .name(let id, _) = target.kind else {
      visit(value)
      visit(target)
      return
    }
    if comprehensionIterableDepth > 0 {
      error(FrontendMessages.walrusInComprehensionIterable, target.range)
    }
    if current.kind == .comprehension {
      extendNamedExprScope(id, target: target)
    }
    visit(value)
    visit(target)
  }

  private func extendNamedExprScope(_ id: String, target: Expr) {
    var scope: Scope? = current
    while let s = scope {
      if s.kind == .comprehension {
        if s.symbol(id)?.flags.contains(.comprehensionIteration) == true {
          error(FrontendMessages.walrusRebindsIterationVariable(id), target.range)
          return
        }
        scope = s.parent
        continue
      }
      switch s.kind {
      case .classBody:
        error(FrontendMessages.walrusInClassComprehension, target.range)
      case .module:
        current.add(id, .declaredGlobal, at: target.range)
        s.add(id, .assigned, at: target.range)
      default:
        current.add(id, .declaredNonlocal, at: target.range)
        s.add(id, .assigned, at: target.range)
      }
      return
    }
  }

  private func visitLambda(_ args: Arguments, _ body: Expr, node: Expr) {
    info.recordEnclosing(node, current)
    for a in allParameters(args) { checkDebugBinding(a.arg, node.range) }
    visitDefaultsAndAnnotations(args)
    let scope = Scope(kind: .lambda, name: "<lambda>", range: node.range, parent: current)
    info.register(scope, openedBy: node)
    within(scope) {
      addParameters(args)
      visit(body)
    }
  }

  /// CPython's `symtable_handle_comprehension`: the first iterable runs in the enclosing scope,
  /// everything else in a new function-like scope with the implicit parameter `.0`.
  private func visitComprehension(
    _ node: Expr, name: String, generators: [Comprehension], results: [Expr]
  ) {
    info.recordEnclosing(node, current)
    guard let first = generators.first else { return }
    comprehensionIterableDepth += 1
    visit(first.iter)
    comprehensionIterableDepth -= 1
    let scope = Scope(kind: .comprehension, name: name, range: node.range, parent: current)
    scope.isGenerator = name == "<genexpr>"
    info.register(scope, openedBy: node)
    if generators.contains(where: { $0.isAsync != 0 }) {
      markAsyncComprehension(scope)
    }
    within(scope) {
      current.add(".0", .parameter, at: node.range)
      current.parameters.append(".0")
      for (index, generator) in generators.enumerated() {
        if index > 0 {
          comprehensionIterableDepth += 1
          visit(generator.iter)
          comprehensionIterableDepth -= 1
        }
        inComprehensionTarget = true
        visit(generator.target)
        inComprehensionTarget = false
        visit(generator.ifs)
      }
      visit(results)
    }
  }

  /// An `async for` or `await` inside a comprehension makes it asynchronous, which CPython allows
  /// only for generator expressions and inside `async def`.
  private func markAsyncComprehension(_ scope: Scope) {
    if scope.isCoroutine { return }
    scope.isCoroutine = true
    if scope.name == "<genexpr>" { return }
    var outer = scope.parent
    while let s = outer, s.kind == .comprehension { outer = s.parent }
    if !(outer?.kind == .function && outer?.isCoroutine == true) {
      error(FrontendMessages.asyncComprehensionOutsideAsync, scope.range)
    }
  }

  private func checkYield(_ e: Expr) {
    switch current.kind {
    case .module, .classBody:
      error(FrontendMessages.yieldOutsideFunction, e.range)
    case .comprehension:
      error(FrontendMessages.yieldInsideComprehension(current.name), e.range)
    case .function, .lambda:
      current.isGenerator = true
    }
  }

  private func checkAwait(_ e: Expr) {
    switch current.kind {
    case .module, .classBody:
      error(FrontendMessages.awaitOutsideFunction, e.range)
    case .lambda:
      error(FrontendMessages.awaitOutsideAsyncFunction, e.range)
    case .function:
      if !current.isCoroutine { error(FrontendMessages.awaitOutsideAsyncFunction, e.range) }
    case .comprehension:
      markAsyncComprehension(current)
    }
  }

  func visit(_ p: Pattern) {
    switch p.kind {
    case .matchValue(let value):
      visit(value)
    case .matchSingleton:
      break
    case .matchSequence(let patterns), .matchOr(let patterns):
      for q in patterns { visit(q) }
    case .matchMapping(let keys, let patterns, let rest):
      visit(keys)
      for q in patterns { visit(q) }
      if let rest {
        checkDebugBinding(rest, p.range)
        current.add(rest, .assigned, at: p.range)
      }
    case .matchClass(let cls, let patterns, _, let kwdPatterns):
      visit(cls)
      for q in patterns + kwdPatterns { visit(q) }
    case .matchStar(let name):
      if let name {
        checkDebugBinding(name, p.range)
        current.add(name, .assigned, at: p.range)
      }
    case .matchAs(let pattern, let name):
      if let pattern { visit(pattern) }
      if let name {
        checkDebugBinding(name, p.range)
        current.add(name, .assigned, at: p.range)
      }
    }
  }
}
