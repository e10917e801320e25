/// Something that wants to see every statement and expression of a module together with the
/// scope it runs in. Implemented by `ContainerInference` and `ImmutabilityChecker`.
protocol SyntaxVisitor: AnyObject {
  /// Called before the statement's children are visited.
  func visit(statement: Stmt, scope: Scope)
  /// Called before the expression's children are visited.
  func visit(expression: Expr, scope: Scope)
  /// Called for each function, lambda or comprehension parameter, with the scope it binds in
  /// and its default value (evaluated in the enclosing scope), if any.
  func visit(parameter: Arg, default: Expr?, scope: Scope)
}

extension SyntaxVisitor {
  func visit(parameter: Arg, default: Expr?, scope: Scope) {}
}

/// Pre-order traversal of a module that switches scopes exactly where `ScopeBuilder` does:
/// decorators, defaults, annotations, class bases and a comprehension's first iterable run in
/// the enclosing scope; bodies run in the scope their node opens.
struct SyntaxWalker {
  let info: ScopeInfo
  let visitor: SyntaxVisitor

  func walk(_ module: Module) {
    walk(module.body, info.module)
  }

  func walk(_ body: [Stmt], _ scope: Scope) {
    for s in body { walk(s, scope) }
  }

  func walk(_ s: Stmt, _ scope: Scope) {
    visitor.visit(statement: s, scope: scope)
    switch s.kind {
    case .functionDef(let def), .asyncFunctionDef(let def):
      walk(def.decoratorList, scope)
      let inner = info.scope(of: s) ?? scope
      walkArguments(def.args, outer: scope, inner: inner)
      if let r = def.returns { walk(r, scope) }
      walk(def.body, inner)
    case .classDef(_, let bases, let keywords, let body, let decorators):
      walk(decorators, scope)
      walk(bases, scope)
      for k in keywords { walk(k.value, scope) }
      walk(body, info.scope(of: s) ?? scope)
    case .return(let value):
      if let value { walk(value, scope) }
    case .delete(let targets):
      walk(targets, scope)
    case .assign(let targets, let value, _):
      walk(targets, scope)
      walk(value, scope)
    case .augAssign(let target, _, let value):
      walk(target, scope)
      walk(value, scope)
    case .annAssign(let target, let annotation, let value, _):
      walk(target, scope)
      walk(annotation, scope)
      if let value { walk(value, scope) }
    case .for(let target, let iter, let body, let orelse, _),
      .asyncFor(let target, let iter, let body, let orelse, _):
      walk(target, scope)
      walk(iter, scope)
      walk(body, scope)
      walk(orelse, scope)
    case .while(let test, let body, let orelse), .if(let test, let body, let orelse):
      walk(test, scope)
      walk(body, scope)
      walk(orelse, scope)
    case .with(let items, let body, _), .asyncWith(let items, let body, _):
      for item in items {
        walk(item.contextExpr, scope)
        if let v = item.optionalVars { walk(v, scope) }
      }
      walk(body, scope)
    case .match(let subject, let cases):
      walk(subject, scope)
      for c in cases {
        walk(c.pattern, scope)
        if let g = c.guard_ { walk(g, scope) }
        walk(c.body, scope)
      }
    case .raise(let exc, let cause):
      if let exc { walk(exc, scope) }
      if let cause { walk(cause, scope) }
    case .try(let body, let handlers, let orelse, let finalbody),
      .tryStar(let body, let handlers, let orelse, let finalbody):
      walk(body, scope)
      for h in handlers {
        if let t = h.type { walk(t, scope) }
        walk(h.body, scope)
      }
      walk(orelse, scope)
      walk(finalbody, scope)
    case .assert(let test, let msg):
      walk(test, scope)
      if let msg { walk(msg, scope) }
    case .expr(let value):
      walk(value, scope)
    case .import, .importFrom, .global, .nonlocal, .pass, .break, .continue:
      break
    }
  }

  private func walkArguments(_ args: Arguments, outer: Scope, inner: Scope) {
    let positional = args.posonlyargs + args.args
    let firstDefault = positional.count - args.defaults.count
    for (i, a) in positional.enumerated() {
      let d = i >= firstDefault ? args.defaults[i - firstDefault] : nil
      if let d { walk(d, outer) }
      if let ann = a.annotation { walk(ann, outer) }
      visitor.visit(parameter: a, default: d, scope: inner)
    }
    for (i, a) in args.kwonlyargs.enumerated() {
      let d = i < args.kwDefaults.count ? args.kwDefaults[i] : nil
      if let d { walk(d, outer) }
      if let ann = a.annotation { walk(ann, outer) }
      visitor.visit(parameter: a, default: d, scope: inner)
    }
    for a in [args.vararg, args.kwarg].compactMap({ $0 }) {
      if let ann = a.annotation { walk(ann, outer) }
      visitor.visit(parameter: a, default: nil, scope: inner)
    }
  }

  func walk(_ exprs: [Expr], _ scope: Scope) {
    for e in exprs { walk(e, scope) }
  }

  func walk(_ e: Expr, _ scope: Scope) {
    visitor.visit(expression: e, scope: scope)
    switch e.kind {
    case .lambda(let args, let body):
      let inner = info.scope(of: e) ?? scope
      walkArguments(args, outer: scope, inner: inner)
      walk(body, inner)
    case .listComp(let elt, let generators), .setComp(let elt, let generators),
      .generatorExp(let elt, let generators):
      walkComprehension(e, generators, [elt], scope)
    case .dictComp(let key, let value, let generators):
      walkComprehension(e, generators, [key, value], scope)
    case .boolOp(_, let values):
      walk(values, scope)
    case .namedExpr(let target, let value):
      walk(value, scope)
      walk(target, scope)
    case .binOp(let left, _, let right):
      walk(left, scope)
      walk(right, scope)
    case .unaryOp(_, let operand):
      walk(operand, scope)
    case .ifExp(let test, let body, let orelse):
      walk([test, body, orelse], scope)
    case .dict(let keys, let values):
      walk(keys.compactMap { $0 }, scope)
      walk(values, scope)
    case .set(let elts), .list(let elts, _), .tuple(let elts, _), .joinedStr(let elts):
      walk(elts, scope)
    case .await(let value), .yieldFrom(let value), .attribute(let value, _, _),
      .starred(let value, _):
      walk(value, scope)
    case .yield(let value):
      if let value { walk(value, scope) }
    case .compare(let left, _, let comparators):
      walk(left, scope)
      walk(comparators, scope)
    case .call(let function, let args, let keywords):
      walk(function, scope)
      walk(args, scope)
      walk(keywords.map(\.value), scope)
    case .formattedValue(let value, _, let spec):
      walk(value, scope)
      if let spec { walk(spec, scope) }
    case .subscript(let value, let slice, _):
      walk(value, scope)
      walk(slice, scope)
    case .slice(let lower, let upper, let step):
      walk([lower, upper, step].compactMap { $0 }, scope)
    case .constant, .name:
      break
    }
  }

  private func walkComprehension(
    _ e: Expr, _ generators: [Comprehension], _ results: [Expr], _ scope: Scope
  ) {
    let inner = info.scope(of: e) ?? scope
    for (i, g) in generators.enumerated() {
      walk(g.iter, i == 0 ? scope : inner)
      walk(g.target, inner)
      walk(g.ifs, inner)
    }
    walk(results, inner)
  }

  private func walk(_ p: Pattern, _ scope: Scope) {
    switch p.kind {
    case .matchValue(let value):
      walk(value, scope)
    case .matchSingleton, .matchStar:
      break
    case .matchSequence(let patterns), .matchOr(let patterns):
      for q in patterns { walk(q, scope) }
    case .matchMapping(let keys, let patterns, _):
      walk(keys, scope)
      for q in patterns { walk(q, scope) }
    case .matchClass(let cls, let patterns, _, let kwdPatterns):
      walk(cls, scope)
      for q in patterns + kwdPatterns { walk(q, scope) }
    case .matchAs(let pattern, _):
      if let pattern { walk(pattern, scope) }
    }
  }
}
