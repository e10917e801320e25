/// The SyntaxWarnings CPython 3.11's compiler emits (compile.c: `compiler_assert`,
/// `check_compare`, `check_caller`, `check_subscripter`, `check_index`), in the order it
/// compiles the code: a program prints them on stderr when it starts, as CPython does each time
/// it compiles the script, and the driver shows them when compiling. The tokenizer's warnings
/// ("invalid decimal literal") come from the lexer and precede these.
///
/// Compile order differs from source order where CPython's compiler does: a comprehension's
/// first iterable after its body, a class body before its bases, a `while` test and a
/// `finally` body compiled twice (so their warnings print twice).
struct SyntaxWarnings {
  private(set) var found: [(line: Int, message: String)] = []

  /// The warnings of `module`, in CPython's order.
  static func collect(_ module: Module) -> [(line: Int, message: String)] {
    var w = SyntaxWarnings()
    w.visit(module.body)
    return w.found
  }

  private mutating func warn(_ message: String, _ range: SourceRange) {
    found.append((range.start.line, message))
  }

  // MARK: - Statements

  private mutating func visit(_ body: [Stmt]) {
    for s in body { visit(s) }
  }

  private mutating func visit(_ s: Stmt) {
    switch s.kind {
    case .functionDef(let def), .asyncFunctionDef(let def):
      visit(def.decoratorList)
      visit(def.args)
      if let r = def.returns { visit(r) }
      visit(def.body)
    case .classDef(_, let bases, let keywords, let body, let decorators):
      visit(decorators)
      visit(body)
      visit(bases)
      for k in keywords { visit(k.value) }
    case .return(let value):
      if let value { visit(value) }
    case .delete(let targets):
      visit(targets)
    case .assign(let targets, let value, _):
      visit(value)
      visit(targets)
    case .augAssign(let target, _, let value):
      visit(target)
      visit(value)
    case .annAssign(let target, let annotation, let value, _):
      if let value { visit(value) }
      visit(target)
      visit(annotation)
    case .for(let target, let iter, let body, let orelse, _),
      .asyncFor(let target, let iter, let body, let orelse, _):
      visit(iter)
      visit(target)
      visit(body)
      visit(orelse)
    case .while(let test, let body, let orelse):
      visit(test)
      visit(body)
      visit(test)
      visit(orelse)
    case .if(let test, let body, let orelse):
      visit(test)
      visit(body)
      visit(orelse)
    case .with(let items, let body, _), .asyncWith(let items, let body, _):
      for item in items {
        visit(item.contextExpr)
        if let v = item.optionalVars { visit(v) }
      }
      visit(body)
    case .match(let subject, let cases):
      visit(subject)
      for c in cases {
        if let g = c.guard_ { visit(g) }
        visit(c.body)
      }
    case .raise(let exc, let cause):
      if let exc { visit(exc) }
      if let cause { visit(cause) }
    case .try(let body, let handlers, let orelse, let finalbody),
      .tryStar(let body, let handlers, let orelse, let finalbody):
      visit(body)
      for h in handlers {
        if let t = h.type { visit(t) }
        visit(h.body)
      }
      visit(orelse)
      visit(finalbody)
      visit(finalbody)
    case .assert(let test, let msg):
      if case .tuple(let elts, _) = test.kind, !elts.isEmpty {
        warn("assertion is always true, perhaps remove parentheses?", s.range)
      }
      visit(test)
      if let msg { visit(msg) }
    case .expr(let value):
      visit(value)
    case .import, .importFrom, .global, .nonlocal, .pass, .break, .continue:
      break
    }
  }

  private mutating func visit(_ args: Arguments) {
    visit(args.defaults)
    for d in args.kwDefaults { if let d { visit(d) } }
  }

  // MARK: - Expressions

  private mutating func visit(_ exprs: [Expr]) {
    for e in exprs { visit(e) }
  }

  private mutating func visit(_ e: Expr) {
    switch e.kind {
    case .boolOp(_, let values), .joinedStr(let values):
      visit(values)
    case .namedExpr(let target, let value):
      visit(value)
      visit(target)
    case .binOp(let left, _, let right):
      visit(left)
      visit(right)
    case .unaryOp(.not, let operand):
      // CPython's AST optimizer turns `not a is b` into `a is not b` (and back).
      if case .compare(let left, let ops, let comparators) = operand.kind, ops.count == 1,
        ops[0] == .is || ops[0] == .isNot
      {
        checkIdentity(left, [ops[0] == .is ? .isNot : .is], comparators, e.range)
        visit(left)
        visit(comparators)
      } else {
        visit(operand)
      }
    case .unaryOp(_, let operand), .await(let operand), .yieldFrom(let operand):
      visit(operand)
    case .lambda(let args, let body):
      visit(args)
      visit(body)
    case .ifExp(let test, let body, let orelse):
      visit(test)
      visit(body)
      visit(orelse)
    case .dict(let keys, let values):
      for (k, v) in zip(keys, values) {
        if let k { visit(k) }
        visit(v)
      }
    case .set(let elts), .list(let elts, _), .tuple(let elts, _):
      visit(elts)
    case .listComp(let elt, let generators), .setComp(let elt, let generators),
      .generatorExp(let elt, let generators):
      comprehension(generators) { $0.visit(elt) }
    case .dictComp(let key, let value, let generators):
      comprehension(generators) {
        $0.visit(key)
        $0.visit(value)
      }
    case .yield(let value):
      if let value { visit(value) }
    case .compare(let left, let ops, let comparators):
      checkIdentity(left, ops, comparators, e.range)
      visit(left)
      visit(comparators)
    case .call(let fn, let args, let keywords):
      if let type = Self.uncallableType(fn) {
        warn("'\(type)' object is not callable; perhaps you missed a comma?", e.range)
      }
      visit(fn)
      visit(args)
      for k in keywords { visit(k.value) }
    case .formattedValue(let value, _, let spec):
      visit(value)
      if let spec { visit(spec) }
    case .attribute(let value, _, _), .starred(let value, _):
      visit(value)
    case .subscript(let value, let slice, let ctx):
      if ctx == .load { checkSubscript(value, slice, e.range) }
      visit(value)
      visit(slice)
    case .slice(let lower, let upper, let step):
      for part in [lower, upper, step] { if let part { visit(part) } }
    case .constant, .name:
      break
    }
  }

  /// A comprehension's code: each generator's target, conditions and the next generator's
  /// iterable, then `body`; its first iterable is evaluated (compiled) after it.
  private mutating func comprehension(_ generators: [Comprehension],
                                      _ body: (inout SyntaxWarnings) -> Void) {
    for (i, g) in generators.enumerated() {
      if i > 0 { visit(g.iter) }
      visit(g.target)
      visit(g.ifs)
    }
    body(&self)
    if let first = generators.first { visit(first.iter) }
  }

  // MARK: - The checks

  /// `x is 1`: an identity test with a literal other than None, True, False or `...`.
  private mutating func checkIdentity(_ left: Expr, _ ops: [CompareOperator],
                                      _ comparators: [Expr], _ range: SourceRange) {
    var leftOK = !Self.isLiteral(left)
    for (op, right) in zip(ops, comparators) {
      let rightOK = !Self.isLiteral(right)
      if (op == .is || op == .isNot) && !(leftOK && rightOK) {
        warn(op == .is ? "\"is\" with a literal. Did you mean \"==\"?"
               : "\"is not\" with a literal. Did you mean \"!=\"?", range)
        return
      }
      leftOK = rightOK
    }
  }

  /// `5[0]`, `"ab"["x"]`: a subscript of a value that has none, or a sequence indexed by a
  /// literal that is neither an int nor a slice.
  private mutating func checkSubscript(_ value: Expr, _ index: Expr, _ range: SourceRange) {
    let type = Self.literalType(value)
    let unsubscriptable: Set<String> = ["NoneType", "ellipsis", "int", "bool", "float",
                                        "complex", "frozenset", "set", "generator", "function"]
    if let type, unsubscriptable.contains(type) {
      switch value.kind {
      case .constant, .unaryOp, .binOp, .set, .setComp, .generatorExp, .lambda:
        warn("'\(type)' object is not subscriptable; perhaps you missed a comma?", range)
      default: break
      }
    }
    guard let indexType = Self.literalType(index), !["int", "bool", "slice"].contains(indexType)
    else { return }
    let sequences: Set<String> = ["str", "bytes", "tuple", "list"]
    if let type, sequences.contains(type) {
      switch value.kind {
      case .constant, .tuple, .list, .listComp, .joinedStr, .formattedValue, .binOp:
        warn("\(type) indices must be integers or slices, not \(indexType); perhaps you missed "
             + "a comma?", range)
      default: break
      }
    }
  }

  /// The type named in "'X' object is not callable" for a literal being called.
  static func uncallableType(_ fn: Expr) -> String? {
    switch fn.kind {
    case .constant, .tuple, .list, .listComp, .dictComp, .setComp, .generatorExp, .joinedStr,
      .formattedValue:
      return literalType(fn)
    case .unaryOp, .binOp:
      return isLiteral(fn) ? literalType(fn) : nil
    default:
      return nil
    }
  }

  /// Whether CPython's AST optimizer turns the expression into a constant (the literals
  /// `x is ...` warns about): constants, signs and `not` of them, arithmetic between numbers,
  /// tuples of constants.
  static func isLiteral(_ e: Expr) -> Bool {
    switch e.kind {
    case .constant(let c, _):
      switch c {
      case .none, .bool, .ellipsis: return false
      default: return true
      }
    default:
      return folds(e)
    }
  }

  private static func folds(_ e: Expr) -> Bool {
    switch e.kind {
    case .constant: return true
    case .unaryOp(let op, let operand):
      return folds(operand) && (op != .invert || literalType(operand).map {
        ["int", "bool"].contains($0) } ?? false)
    case .binOp(let l, let op, let r):
      let numbers: Set<String> = ["int", "bool", "float", "complex"]
      guard [.add, .sub, .mult].contains(op), folds(l), folds(r),
        let lt = literalType(l), let rt = literalType(r)
      else { return false }
      return (numbers.contains(lt) && numbers.contains(rt)) || (op == .add && lt == rt && lt == "str")
    case .tuple(let elts, .load): return elts.allSatisfy(folds)
    default: return false
    }
  }

  /// The CPython type of a literal expression (compile.c's `infer_type`), nil for others.
  static func literalType(_ e: Expr) -> String? {
    switch e.kind {
    case .constant(let c, _):
      switch c {
      case .none: return "NoneType"
      case .bool: return "bool"
      case .ellipsis: return "ellipsis"
      case .int: return "int"
      case .float: return "float"
      case .complex: return "complex"
      case .str: return "str"
      case .bytes: return "bytes"
      }
    case .tuple: return "tuple"
    case .list, .listComp: return "list"
    case .dict, .dictComp: return "dict"
    case .set, .setComp: return "set"
    case .generatorExp: return "generator"
    case .lambda: return "function"
    case .joinedStr, .formattedValue: return "str"
    case .slice: return "slice"
    case .unaryOp(let op, let operand):
      guard folds(e), let t = literalType(operand) else { return nil }
      if op == .not { return "bool" }
      return t == "bool" ? "int" : t
    case .binOp(let l, _, let r):
      guard folds(e), let lt = literalType(l), let rt = literalType(r) else { return nil }
      for t in ["complex", "float", "str"] where lt == t || rt == t { return t }
      return "int"
    default:
      return nil
    }
  }
}
