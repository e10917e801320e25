/// Expressions and patterns for `ASTDumper`.
extension ASTDumper.Writer {
  mutating func ctx(_ c: ExprContext) {
    out += ", ctx=\(c.rawValue)())"
  }

  mutating func expr(_ e: Expr) {
    exprBody(e)
    attributes(e.range)
  }

  mutating func exprBody(_ e: Expr) {
    switch e.kind {
    case .boolOp(let op, let values):
      out += "BoolOp(op=\(op.rawValue)(), values="
      exprs(values)
      out += ")"
    case .namedExpr(let target, let value):
      out += "NamedExpr(target="
      expr(target)
      field("value", value)
      out += ")"
    case .binOp(let left, let op, let right):
      out += "BinOp(left="
      expr(left)
      out += ", op=\(op.rawValue)()"
      field("right", right)
      out += ")"
    case .unaryOp(let op, let operand):
      out += "UnaryOp(op=\(op.rawValue)(), operand="
      expr(operand)
      out += ")"
    case .lambda(let args, let body):
      out += "Lambda(args="
      arguments(args)
      field("body", body)
      out += ")"
    case .ifExp(let test, let body, let orelse):
      out += "IfExp(test="
      expr(test)
      field("body", body)
      field("orelse", orelse)
      out += ")"
    case .dict(let keys, let values):
      out += "Dict(keys="
      list(keys) { w, k in
        if let k = k { w.expr(k) } else { w.out += "None" }
      }
      exprList("values", values)
      out += ")"
    case .set(let elts):
      out += "Set(elts="
      exprs(elts)
      out += ")"
    case .listComp(let elt, let gens): comprehension("ListComp", elt, gens)
    case .setComp(let elt, let gens): comprehension("SetComp", elt, gens)
    case .generatorExp(let elt, let gens): comprehension("GeneratorExp", elt, gens)
    case .dictComp(let key, let value, let gens):
      out += "DictComp(key="
      expr(key)
      field("value", value)
      comprehensions(gens)
      out += ")"
    case .await(let value):
      out += "Await(value="
      expr(value)
      out += ")"
    case .yield(let value):
      out += "Yield("
      if let v = value {
        out += "value="
        expr(v)
      }
      out += ")"
    case .yieldFrom(let value):
      out += "YieldFrom(value="
      expr(value)
      out += ")"
    case .compare(let left, let ops, let comparators):
      out += "Compare(left="
      expr(left)
      out += ", ops="
      list(ops) { $0.out += "\($1.rawValue)()" }
      exprList("comparators", comparators)
      out += ")"
    case .call(let fn, let args, let keywords):
      out += "Call(func="
      expr(fn)
      exprList("args", args)
      out += ", keywords="
      list(keywords) { $0.keyword($1) }
      out += ")"
    case .formattedValue(let value, let conversion, let spec):
      out += "FormattedValue(value="
      expr(value)
      out += ", conversion=\(conversion)"
      optional("format_spec", spec)
      out += ")"
    case .joinedStr(let values):
      out += "JoinedStr(values="
      exprs(values)
      out += ")"
    case .constant(let value, let kind):
      out += "Constant(value="
      if let exact = loneSurrogates[ObjectIdentifier(e)] {
        out += PythonRepr.string(codePoints: exact)
      } else {
        out += PythonRepr.constant(value)
      }
      if let k = kind { out += ", kind=\(PythonRepr.string(k))" }
      out += ")"
    case .attribute(let value, let attr, let c):
      out += "Attribute(value="
      expr(value)
      out += ", attr=\(PythonRepr.string(attr))"
      ctx(c)
    case .subscript(let value, let slice, let c):
      out += "Subscript(value="
      expr(value)
      field("slice", slice)
      ctx(c)
    case .starred(let value, let c):
      out += "Starred(value="
      expr(value)
      ctx(c)
    case .name(let id, let c):
      out += "Name(id=\(PythonRepr.string(id))"
      ctx(c)
    case .list(let elts, let c):
      out += "List(elts="
      exprs(elts)
      ctx(c)
    case .tuple(let elts, let c):
      out += "Tuple(elts="
      exprs(elts)
      ctx(c)
    case .slice(let lower, let upper, let step):
      out += "Slice("
      var first = true
      for (name, part) in [("lower", lower), ("upper", upper), ("step", step)] {
        guard let part = part else { continue }
        if !first { out += ", " }
        first = false
        out += "\(name)="
        expr(part)
      }
      out += ")"
    }
  }

  mutating func comprehension(_ name: String, _ elt: Expr, _ gens: [Comprehension]) {
    out += "\(name)(elt="
    expr(elt)
    comprehensions(gens)
    out += ")"
  }

  mutating func matchCase(_ c: MatchCase) {
    out += "match_case(pattern="
    pattern(c.pattern)
    optional("guard", c.guard_)
    stmtList("body", c.body)
    out += ")"
  }

  mutating func patterns(_ ps: [Pattern]) { list(ps) { $0.pattern($1) } }

  mutating func pattern(_ p: Pattern) {
    patternBody(p)
    attributes(p.range)
  }

  mutating func patternBody(_ p: Pattern) {
    switch p.kind {
    case .matchValue(let value):
      out += "MatchValue(value="
      expr(value)
      out += ")"
    case .matchSingleton(let value):
      out += "MatchSingleton(value=\(PythonRepr.constant(value)))"
    case .matchSequence(let ps):
      out += "MatchSequence(patterns="
      patterns(ps)
      out += ")"
    case .matchMapping(let keys, let ps, let rest):
      out += "MatchMapping(keys="
      exprs(keys)
      out += ", patterns="
      patterns(ps)
      if let r = rest { out += ", rest=\(PythonRepr.string(r))" }
      out += ")"
    case .matchClass(let cls, let ps, let kwdAttrs, let kwdPatterns):
      out += "MatchClass(cls="
      expr(cls)
      out += ", patterns="
      patterns(ps)
      out += ", kwd_attrs="
      names(kwdAttrs)
      out += ", kwd_patterns="
      patterns(kwdPatterns)
      out += ")"
    case .matchStar(let name):
      out += "MatchStar("
      if let n = name { out += "name=\(PythonRepr.string(n))" }
      out += ")"
    case .matchAs(let pat, let name):
      out += "MatchAs("
      if let pat = pat {
        out += "pattern="
        pattern(pat)
        if name != nil { out += ", " }
      }
      if let n = name { out += "name=\(PythonRepr.string(n))" }
      out += ")"
    case .matchOr(let ps):
      out += "MatchOr(patterns="
      patterns(ps)
      out += ")"
    }
  }
}
