import Frontend

/// Lambdas where they are called on the spot (`(lambda x: x + 1)(2)`) and key functions
/// (`sorted(xs, key=lambda p: p[1])`, `max(words, key=len)`, `min(xs, key=f)`): each call is
/// lowered inline, in a `<lambda>` frame of its own (it counts toward the recursion limit and
/// shows in tracebacks, as CPython's frame does). A lambda used as a value (stored, returned,
/// passed to a user function) is not compiled yet.
extension FunctionLowering {
  /// A key function as the C code of `sorted`, `min` or `max` calls it on each item.
  enum KeyFunction {
    case lambda(Arguments, Expr, SourceRange)
    case user(String, FunctionInfo)
    /// `len`, `abs` or `ord`.
    case builtin(String)
    /// An unbound str method taking no arguments (`str.lower`).
    case strMethod(String)
  }

  /// The METH_NOARGS str methods accepted as keys (a FASTCALL one would be called
  /// generically from C, unlike in bytecode: not emulated).
  static let keyStrMethods: Set<String> = ["lower", "upper", "casefold", "swapcase", "title",
                                           "capitalize"]

  /// The key function `e` names, or nil after reporting what is not supported.
  func keyFunction(_ e: Expr, of builtin: String) -> KeyFunction? {
    switch e.kind {
    case .lambda(let params, let body) where isSimpleLambda(params, arity: 1):
      return .lambda(params, body, e.range)
    case .name(let id, _) where binding(of: id) == nil:
      if let info = program.definitions.function(named: id) {
        let params = info.def.args
        if params.args.count - params.defaults.count <= 1, !params.args.isEmpty,
          params.posonlyargs.isEmpty, params.vararg == nil, params.kwonlyargs.isEmpty,
          params.kwarg == nil
        {
          return .user(id, info)
        }
      } else if id == "len" || id == "abs" || id == "ord" {
        return .builtin(id)
      }
    case .attribute(let base, let attr, _):
      if case .name("str", _) = base.kind, binding(of: "str") == nil,
        Self.keyStrMethods.contains(attr)
      {
        return .strMethod(attr)
      }
    default: break
    }
    program.unsupported("\(builtin)(key=...) with this key function", e.range)
    return nil
  }

  /// A lambda with `arity` plain positional parameters (no defaults, `*`, keywords).
  func isSimpleLambda(_ params: Arguments, arity: Int) -> Bool {
    params.args.count == arity && params.posonlyargs.isEmpty && params.vararg == nil
      && params.kwonlyargs.isEmpty && params.kwarg == nil && params.defaults.isEmpty
  }

  /// `(lambda params: body)(args)`: the arguments are evaluated, then the body runs in a
  /// `<lambda>` frame entered as `entry` says, its parameters bound in a scope of their own.
  func lambdaCall(_ params: Arguments, _ body: Expr, _ lambdaRange: SourceRange,
                  _ args: [Expr], _ keywords: [Keyword], _ range: SourceRange,
                  entry: FrameEntry = .direct) -> Value {
    guard isSimpleLambda(params, arity: args.count), keywords.isEmpty else {
      program.unsupported("this call of a lambda", range)
      return .never
    }
    let values = args.map { expr($0, unions: true) }
    guard values.allSatisfy({ $0.reg != nil }) else {
      values.forEach(drop)
      return .never
    }
    var scope: [String: String] = [:]
    for p in params.args { scope[p.arg] = hiddenName("lambda.\(p.arg)", p.range) }
    scopes.append(scope)
    setLine(range)
    frameCount += 1
    comprehensionVarnames[frameCount] = params.args.map(\.arg)
    comprehensionCode[frameCount] = "lambda.\(lambdaRange.start.line).\(lambdaRange.start.column)"
    enterFrame(frameCount, "<lambda>", lambdaRange.start.line, entry)
    for (p, v) in zip(params.args, values) {
      store(p.arg, Value(reg: own(v), type: v.type, owned: true), p.range)
    }
    let result = expr(body, unions: true)
    popComprehensionFrame()
    env.forget(scopes.removeLast().values)
    return result
  }

  /// Applies key function `k` to the item in local `item`, as the C code of a builtin calls
  /// it, inside `enterColdCall(levels)`: the C levels between the calling frame and the key's
  /// call (`Operation.coldCallKey`: for `sorted`, its own level while the caller is cold plus
  /// `list.sort`'s; for `min`/`max`, always called generically, one).
  func applyKey(_ k: KeyFunction, item: String, levels: String, _ range: SourceRange) -> Value {
    let itemExpr = Expr(.name(id: item, ctx: .load), range)
    setLine(range)
    emitVoid(.enterColdCall(levels))
    defer { leaveColdCall() }
    switch k {
    case .lambda(let params, let body, let lambdaRange):
      return lambdaCall(params, body, lambdaRange, [itemExpr], [], range)
    case .user(let name, _):
      return call(Expr(.name(id: name, ctx: .load), range), [itemExpr], [], range)
    case .builtin(let name):
      guard name == "len" else {
        // abs, ord: METH_O builtins, checked one level down as when bytecode calls them.
        return call(Expr(.name(id: name, ctx: .load), range), [itemExpr], [], range)
      }
      // A C function called through vectorcall checks one level down.
      checkCLevel(1, Self.callingMessage)
      let v = expr(itemExpr)
      switch v.type {
      case .str, .list, .tuple, .dict, .set, .frozenset:
        let n = length(v)
        drop(v)
        return Value(reg: n, type: .int, owned: false)
      case .object:
        let n = emit(.runtime(.objLen, [v.reg!]), .int)
        drop(v)
        return Value(reg: n, type: .int, owned: false)
      default:
        drop(v)
        raise(.type, "object of type '\(v.type.pythonName)' has no len()", range)
        return .never
      }
    case .strMethod(let attr):
      let v = expr(itemExpr)
      guard v.type == .str else {
        drop(v)
        if v.type == .object || v.type.isUnion {
          program.unsupported("str.\(attr) as a key of items of several types", range)
          return .never
        }
        checkCLevel(1, Self.callingMessage)
        raise(.type, "descriptor '\(attr)' for 'str' objects doesn't apply to a "
              + "'\(v.type.pythonName)' object", range)
        return .never
      }
      drop(v)
      // A METH_NOARGS method: checked one level down (`strMethod`).
      return call(Expr(.attribute(value: itemExpr, attr: attr, ctx: .load), range), [], [],
                  range)
    }
  }
}
