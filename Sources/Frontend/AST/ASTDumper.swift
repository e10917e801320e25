/// Prints a module exactly as CPython 3.11's `ast.dump(ast.parse(source))` does: no indent,
/// fields as `name=value` in `_fields` order, optional fields that are None omitted, lists
/// always shown, constants in Python `repr` form. Used by `pyforac --dump-ast` and the parser
/// tests; the representations of constants live in ASTDumper+Repr.swift.
public enum ASTDumper {
  /// The `ast.dump` text of a module.
  public static func dump(_ module: Module) -> String {
    dump(module, includeAttributes: false)
  }

  /// `ast.dump(tree, include_attributes=True)`: the same with every node's
  /// `lineno, col_offset, end_lineno, end_col_offset` (to check source ranges against CPython).
  public static func dump(_ module: Module, includeAttributes: Bool) -> String {
    var w = Writer()
    w.attrs = includeAttributes
    w.loneSurrogates = module.loneSurrogates
    w.out += "Module(body="
    w.stmts(module.body)
    w.out += ", type_ignores=["
    for (i, t) in module.typeIgnores.enumerated() {
      if i > 0 { w.out += ", " }
      w.out += "TypeIgnore(lineno=\(t.lineno), tag=\(PythonRepr.string(t.tag)))"
    }
    w.out += "])"
    return w.out
  }

  /// The `ast.dump` text of a single expression (for tests and debugging).
  public static func dump(_ expr: Expr) -> String {
    var w = Writer()
    w.expr(expr)
    return w.out
  }

  struct Writer {
    var out = ""
    var attrs = false
    var loneSurrogates: [ObjectIdentifier: [UInt32]] = [:]

    /// Appends a node's position attributes inside the closing parenthesis just written.
    mutating func attributes(_ r: SourceRange) {
      guard attrs else { return }
      out.removeLast()
      if !out.hasSuffix("(") { out += ", " }
      out += "lineno=\(r.start.line), col_offset=\(r.start.column), "
      out += "end_lineno=\(r.end.line), end_col_offset=\(r.end.column))"
    }

    mutating func list<T>(_ items: [T], _ each: (inout Writer, T) -> Void) {
      out += "["
      for (i, x) in items.enumerated() {
        if i > 0 { out += ", " }
        each(&self, x)
      }
      out += "]"
    }

    mutating func stmts(_ s: [Stmt]) { list(s) { $0.stmt($1) } }
    mutating func exprs(_ e: [Expr]) { list(e) { $0.expr($1) } }
    mutating func names(_ n: [String]) { list(n) { $0.out += PythonRepr.string($1) } }

    /// `, name=value` for a required expression field.
    mutating func field(_ name: String, _ e: Expr) {
      out += ", \(name)="
      expr(e)
    }

    /// `, name=value` for an optional expression field, nothing when nil.
    mutating func optional(_ name: String, _ e: Expr?) {
      if let e = e { field(name, e) }
    }

    mutating func stmtList(_ name: String, _ s: [Stmt]) {
      out += ", \(name)="
      stmts(s)
    }

    mutating func exprList(_ name: String, _ e: [Expr]) {
      out += ", \(name)="
      exprs(e)
    }

    mutating func stmt(_ s: Stmt) {
      stmtBody(s)
      attributes(s.range)
    }

    mutating func stmtBody(_ s: Stmt) {
      switch s.kind {
      case .functionDef(let f): functionDef("FunctionDef", f)
      case .asyncFunctionDef(let f): functionDef("AsyncFunctionDef", f)
      case .classDef(let name, let bases, let keywords, let body, let decorators):
        out += "ClassDef(name=\(PythonRepr.string(name))"
        exprList("bases", bases)
        out += ", keywords="
        list(keywords) { $0.keyword($1) }
        stmtList("body", body)
        exprList("decorator_list", decorators)
        out += ")"
      case .return(let value):
        out += "Return("
        if let v = value {
          out += "value="
          expr(v)
        }
        out += ")"
      case .delete(let targets):
        out += "Delete(targets="
        exprs(targets)
        out += ")"
      case .assign(let targets, let value, let tc):
        out += "Assign(targets="
        exprs(targets)
        field("value", value)
        typeComment(tc)
        out += ")"
      case .augAssign(let target, let op, let value):
        out += "AugAssign(target="
        expr(target)
        out += ", op=\(op.rawValue)()"
        field("value", value)
        out += ")"
      case .annAssign(let target, let annotation, let value, let simple):
        out += "AnnAssign(target="
        expr(target)
        field("annotation", annotation)
        optional("value", value)
        out += ", simple=\(simple))"
      case .for(let target, let iter, let body, let orelse, let tc):
        forLoop("For", target, iter, body, orelse, tc)
      case .asyncFor(let target, let iter, let body, let orelse, let tc):
        forLoop("AsyncFor", target, iter, body, orelse, tc)
      case .while(let test, let body, let orelse):
        out += "While(test="
        expr(test)
        stmtList("body", body)
        stmtList("orelse", orelse)
        out += ")"
      case .if(let test, let body, let orelse):
        out += "If(test="
        expr(test)
        stmtList("body", body)
        stmtList("orelse", orelse)
        out += ")"
      case .with(let items, let body, let tc): with("With", items, body, tc)
      case .asyncWith(let items, let body, let tc): with("AsyncWith", items, body, tc)
      case .match(let subject, let cases):
        out += "Match(subject="
        expr(subject)
        out += ", cases="
        list(cases) { $0.matchCase($1) }
        out += ")"
      case .raise(let exc, let cause):
        out += "Raise("
        if let e = exc {
          out += "exc="
          expr(e)
          optional("cause", cause)
        } else if let c = cause {
          out += "cause="
          expr(c)
        }
        out += ")"
      case .try(let body, let handlers, let orelse, let finalbody):
        tryStmt("Try", body, handlers, orelse, finalbody)
      case .tryStar(let body, let handlers, let orelse, let finalbody):
        tryStmt("TryStar", body, handlers, orelse, finalbody)
      case .assert(let test, let msg):
        out += "Assert(test="
        expr(test)
        optional("msg", msg)
        out += ")"
      case .import(let names):
        out += "Import(names="
        list(names) { $0.alias($1) }
        out += ")"
      case .importFrom(let module, let names, let level):
        out += "ImportFrom("
        if let m = module { out += "module=\(PythonRepr.string(m)), " }
        out += "names="
        list(names) { $0.alias($1) }
        out += ", level=\(level))"
      case .global(let names):
        out += "Global(names="
        self.names(names)
        out += ")"
      case .nonlocal(let names):
        out += "Nonlocal(names="
        self.names(names)
        out += ")"
      case .expr(let value):
        out += "Expr(value="
        expr(value)
        out += ")"
      case .pass: out += "Pass()"
      case .break: out += "Break()"
      case .continue: out += "Continue()"
      }
    }

    mutating func typeComment(_ tc: String?) {
      if let tc = tc { out += ", type_comment=\(PythonRepr.string(tc))" }
    }

    mutating func functionDef(_ name: String, _ f: FunctionDef) {
      out += "\(name)(name=\(PythonRepr.string(f.name)), args="
      arguments(f.args)
      stmtList("body", f.body)
      exprList("decorator_list", f.decoratorList)
      optional("returns", f.returns)
      typeComment(f.typeComment)
      out += ")"
    }

    mutating func forLoop(
      _ name: String, _ target: Expr, _ iter: Expr, _ body: [Stmt], _ orelse: [Stmt],
      _ tc: String?
    ) {
      out += "\(name)(target="
      expr(target)
      field("iter", iter)
      stmtList("body", body)
      stmtList("orelse", orelse)
      typeComment(tc)
      out += ")"
    }

    mutating func with(_ name: String, _ items: [WithItem], _ body: [Stmt], _ tc: String?) {
      out += "\(name)(items="
      list(items) { w, item in
        w.out += "withitem(context_expr="
        w.expr(item.contextExpr)
        w.optional("optional_vars", item.optionalVars)
        w.out += ")"
      }
      stmtList("body", body)
      typeComment(tc)
      out += ")"
    }

    mutating func tryStmt(
      _ name: String, _ body: [Stmt], _ handlers: [ExceptHandler], _ orelse: [Stmt],
      _ finalbody: [Stmt]
    ) {
      out += "\(name)(body="
      stmts(body)
      out += ", handlers="
      list(handlers) { w, h in
        w.out += "ExceptHandler("
        if let t = h.type {
          w.out += "type="
          w.expr(t)
          w.out += ", "
        }
        if let n = h.name { w.out += "name=\(PythonRepr.string(n)), " }
        w.out += "body="
        w.stmts(h.body)
        w.out += ")"
        w.attributes(h.range)
      }
      stmtList("orelse", orelse)
      stmtList("finalbody", finalbody)
      out += ")"
    }

    mutating func alias(_ a: Alias) {
      out += "alias(name=\(PythonRepr.string(a.name))"
      if let asname = a.asname { out += ", asname=\(PythonRepr.string(asname))" }
      out += ")"
      attributes(a.range)
    }

    mutating func keyword(_ k: Keyword) {
      out += "keyword("
      if let a = k.arg { out += "arg=\(PythonRepr.string(a)), " }
      out += "value="
      expr(k.value)
      out += ")"
      attributes(k.range)
    }

    mutating func arg(_ a: Arg) {
      out += "arg(arg=\(PythonRepr.string(a.arg))"
      optional("annotation", a.annotation)
      typeComment(a.typeComment)
      out += ")"
      attributes(a.range)
    }

    mutating func arguments(_ a: Arguments) {
      out += "arguments(posonlyargs="
      list(a.posonlyargs) { $0.arg($1) }
      out += ", args="
      list(a.args) { $0.arg($1) }
      if let v = a.vararg {
        out += ", vararg="
        arg(v)
      }
      out += ", kwonlyargs="
      list(a.kwonlyargs) { $0.arg($1) }
      out += ", kw_defaults="
      list(a.kwDefaults) { w, e in
        if let e = e { w.expr(e) } else { w.out += "None" }
      }
      if let k = a.kwarg {
        out += ", kwarg="
        arg(k)
      }
      exprList("defaults", a.defaults)
      out += ")"
    }

    mutating func comprehensions(_ gens: [Comprehension]) {
      out += ", generators="
      list(gens) { w, g in
        w.out += "comprehension(target="
        w.expr(g.target)
        w.field("iter", g.iter)
        w.exprList("ifs", g.ifs)
        w.out += ", is_async=\(g.isAsync))"
      }
    }
  }
}
