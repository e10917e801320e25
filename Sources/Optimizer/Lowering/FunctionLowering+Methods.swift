import Frontend

/// Method calls on str, list and tuple values (`s.split(",")`, `xs.index(v)`), and the
/// builtins `chr`, `ord`, `divmod`: each one runtime call with CPython's argument checks.
///
/// CPython 3.11 calls a method of a built-in type through its method descriptor; whether that
/// call counts a C level toward the recursion limit depends on the method's calling convention
/// (measured with `conformance/tools/limit-probe`): `METH_NOARGS`, `METH_O` and `METH_VARARGS`
/// methods always check "while calling a Python object" one level down; `METH_FASTCALL` ones
/// only while the calling code is cold (a generic call), since the specialised instruction of
/// warm code calls them directly; called with keyword arguments they are never specialised.
extension FunctionLowering {
  /// How CPython calls a method or builtin (its `PyMethodDef` flags).
  enum CConvention {
    /// `METH_NOARGS`, `METH_O`, `METH_VARARGS`: one C level, always.
    case checked
    /// `METH_FASTCALL` (with or without `METH_KEYWORDS`): one C level while the calling code
    /// is cold, or when called with keywords.
    case fast
  }

  /// What a parameter of a str method accepts.
  enum MethodParam {
    /// A str; otherwise TypeError `message` with `%T` the argument's type name.
    case str(String)
    /// A str or None (None and omitted pass NULL); otherwise TypeError `message`.
    case strOrNone(String)
    /// An int or bool (an index: other types raise "'T' object cannot be interpreted as an
    /// integer"); omitted it is `defaultValue`.
    case int(Int64)
    /// The same, converted to a C int: OverflowError outside its range.
    case cint(Int64)
    /// A fill character: a str (the runtime checks its length); NULL when omitted.
    case fill
  }

  struct MethodSpec {
    let function: RuntimeFunction
    /// Parameter names (for keywords, where `keywords` allows them) and kinds, in order.
    let params: [(name: String, kind: MethodParam)]
    let required: Int
    let keywords: Bool
    let convention: CConvention
    let result: IRType
  }

  private static func strSpec(_ f: RuntimeFunction, _ params: [(String, MethodParam)] = [],
                              required: Int? = nil, keywords: Bool = false,
                              _ convention: CConvention = .checked,
                              result: IRType = .str) -> MethodSpec {
    MethodSpec(function: f, params: params.map { (name: $0.0, kind: $0.1) },
               required: required ?? params.count, keywords: keywords,
               convention: convention, result: result)
  }

  static let strMethods: [String: MethodSpec] = {
    let mustBeStr = MethodParam.str("must be str, not %T")
    let sep = MethodParam.strOrNone("must be str or None, not %T")
    func strip(_ name: String) -> MethodParam { .strOrNone("\(name) arg must be None or str") }
    func replaceArg(_ n: Int) -> MethodParam { .str("replace() argument \(n) must be str, not %T") }
    var m: [String: MethodSpec] = [
      "split": strSpec(.strSplit, [("sep", sep), ("maxsplit", .int(-1))], required: 0,
                       keywords: true, .fast, result: .list(.str)),
      "rsplit": strSpec(.strRSplit, [("sep", sep), ("maxsplit", .int(-1))], required: 0,
                        keywords: true, .fast, result: .list(.str)),
      "splitlines": strSpec(.strSplitLines, [("keepends", .cint(0))], required: 0, keywords: true,
                            .fast, result: .list(.str)),
      "replace": strSpec(.strReplace, [("old", replaceArg(1)), ("new", replaceArg(2)),
                                       ("count", .int(-1))], required: 2, .fast),
      "partition": strSpec(.strPartition, [("sep", mustBeStr)],
                           result: .tuple([.str, .str, .str])),
      "rpartition": strSpec(.strRPartition, [("sep", mustBeStr)],
                            result: .tuple([.str, .str, .str])),
      "zfill": strSpec(.strZFill, [("width", .int(0))]),
    ]
    for name in ["strip", "lstrip", "rstrip"] {
      let f: RuntimeFunction = name == "strip" ? .strStrip : name == "lstrip" ? .strLStrip
        : .strRStrip
      m[name] = strSpec(f, [("chars", strip(name))], required: 0, .fast)
    }
    for (name, f) in [("find", RuntimeFunction.strFind), ("rfind", .strRFind),
                      ("index", .strIndex), ("rindex", .strRIndex), ("count", .strCount)] {
      m[name] = strSpec(f, [("sub", mustBeStr)], result: .int)
    }
    for (name, f) in [("ljust", RuntimeFunction.strLJust), ("rjust", .strRJust),
                      ("center", .strCenter)] {
      m[name] = strSpec(f, [("width", .int(0)), ("fillchar", .fill)], required: 1, .fast)
    }
    for (name, f) in [("upper", RuntimeFunction.strUpper), ("lower", .strLower),
                      ("title", .strTitle), ("capitalize", .strCapitalize),
                      ("swapcase", .strSwapCase), ("casefold", .strCaseFold)] {
      m[name] = strSpec(f)
    }
    for (name, f) in [("isspace", RuntimeFunction.strIsSpace), ("isalpha", .strIsAlpha),
                      ("isdigit", .strIsDigit), ("isdecimal", .strIsDecimal),
                      ("isnumeric", .strIsNumeric), ("isalnum", .strIsAlnum),
                      ("isupper", .strIsUpper), ("islower", .strIsLower)] {
      m[name] = strSpec(f, result: .bool)
    }
    return m
  }()

  /// `base.attr(args...)` where `base` is not a module: evaluates `base`, then the method.
  func methodCall(_ baseExpr: Expr, _ attr: String, _ args: [Expr], _ keywords: [Keyword],
                  _ range: SourceRange) -> Value {
    if attr == "format", case .constant(.str(let format), _) = baseExpr.kind,
      program.module.loneSurrogates[ObjectIdentifier(baseExpr)] == nil
    {
      return strFormat(format, args, keywords, range)
    }
    if case .call(let f, let superArgs, let superKeywords) = baseExpr.kind,
      case .name("super", _) = f.kind, binding(of: "super") == nil, superArgs.isEmpty,
      superKeywords.isEmpty, let v = superCall(attr, args, keywords, range)
    {
      return v
    }
    if case .name(let id, _) = baseExpr.kind, let c = userClass(id, baseExpr.range) {
      return classMethodCall(c, attr, args, keywords, range)
    }
    let base = expr(baseExpr)
    guard base.reg != nil else { return .never }
    switch base.type {
    case .instance(let c):
      return instanceMethodCall(base, c, attr, args, keywords, range)
    case .object:
      if let v = objectMethodCall(base, attr, args, keywords, range) { return v }
    case .str:
      if let op = Self.boundedSearches[attr], args.count > 1 || op >= Self.startsWithOp {
        return boundedSearch(base, attr, op, args, keywords, range)
      }
      if let spec = Self.strMethods[attr] {
        return strMethod(base, attr, spec, args, keywords, range)
      }
    case .dict:
      return dictMethod(base, attr, args, keywords, range)
    case .set, .frozenset:
      return setMethod(base, attr, args, keywords, range)
    case .list where attr == "index" || attr == "count",
         .tuple where attr == "index" || attr == "count":
      return sequenceSearch(base, attr, args, keywords, range)
    default: break
    }
    drop(base)
    program.unsupported("a method call '.\(attr)()' on \(base.type.phrase)", range)
    return .never
  }

  /// The arguments of a call bound to `params` by position and (where `allowKeywords`) by name,
  /// in CPython's evaluation order (positional first, then keywords); nil after reporting a
  /// call whose arity or keywords CPython would reject with a TypeError (pyforac rejects it).
  /// `unions`: arguments of several scalar types stay unions in registers (as a user
  /// function's do) instead of being boxed.
  func bindArguments(_ what: String, _ params: [String], required: Int,
                     allowKeywords: Bool, _ args: [Expr], _ keywords: [Keyword],
                     _ range: SourceRange, unions: Bool = false) -> [Value?]? {
    var bound: [Expr?] = Array(repeating: nil, count: params.count)
    var order: [Int] = []
    guard args.count <= params.count, allowKeywords || keywords.isEmpty else {
      program.unsupported("\(what) with these arguments", range)
      return nil
    }
    for (i, a) in args.enumerated() {
      bound[i] = a
      order.append(i)
    }
    for k in keywords {
      guard let i = params.firstIndex(of: k.arg ?? ""), bound[i] == nil else {
        program.unsupported("\(what) with these arguments", k.range)
        return nil
      }
      bound[i] = k.value
      order.append(i)
    }
    guard bound.prefix(required).allSatisfy({ $0 != nil }) else {
      program.unsupported("\(what) with these arguments", range)
      return nil
    }
    var values: [Value?] = Array(repeating: nil, count: params.count)
    for i in order { values[i] = expr(bound[i]!, unions: unions) }
    if values.contains(where: { $0 != nil && $0!.reg == nil }) {
      values.forEach { if let v = $0 { drop(v) } }
      return nil
    }
    return values
  }

  /// Enters the method's C call as CPython makes it (see `CConvention`); `leave` ends it.
  private func enterMethodCall(_ convention: CConvention, keywords: Bool,
                               _ range: SourceRange) -> (() -> Void) {
    setLine(range)
    if convention == .checked || keywords {
      checkCLevel(1, Self.callingMessage)
      return {}
    }
    enterColdCall(range)
    return { self.leaveColdCall() }
  }

  private func strMethod(_ base: Value, _ attr: String, _ spec: MethodSpec, _ args: [Expr],
                         _ keywords: [Keyword], _ range: SourceRange) -> Value {
    guard let values = bindArguments("str.\(attr)()", spec.params.map(\.name),
                                     required: spec.required, allowKeywords: spec.keywords,
                                     args, keywords, range)
    else {
      drop(base)
      return .never
    }
    func dropAll() {
      values.forEach { if let v = $0 { drop(v) } }
      drop(base)
    }
    // Unions are rejected before the call: which member they hold is known only at run time.
    for v in values.compactMap({ $0 }) where v.type == .object || v.type.isUnion {
      program.unsupported("str.\(attr)() of \(v.type.phrase)", range)
      dropAll()
      return .never
    }
    let leave = enterMethodCall(spec.convention, keywords: !keywords.isEmpty, range)
    var callArgs = [base.reg!]
    for (v, param) in zip(values, spec.params) {
      switch param.kind {
      case .str(let message):
        guard let v, v.type == .str else {
          return argumentTypeError(message, v?.type, values, base, range)
        }
        callArgs.append(v.reg!)
      case .strOrNone(let message):
        if let v, v.type == .str {
          callArgs.append(v.reg!)
        } else if v == nil || v!.type == .none {
          callArgs.append(emit(.constNull, .rawPointer))
        } else {
          return argumentTypeError(message, v?.type, values, base, range)
        }
      case .int(let defaultValue), .cint(let defaultValue):
        guard let v else {
          callArgs.append(emit(.constInt(defaultValue), .int))
          continue
        }
        guard v.type == .int || v.type == .bool else {
          return argumentTypeError(
            "'%T' object cannot be interpreted as an integer", v.type, values, base, range)
        }
        let n = numeric(v).reg!
        if case .cint = param.kind, v.type == .int {
          let low = emit(.compare(.lt, n, emit(.constInt(Int64(Int32.min)), .int)), .bool)
          let high = emit(.compare(.gt, n, emit(.constInt(Int64(Int32.max)), .int)), .bool)
          let bad = newBlock(), ok = newBlock()
          terminate(.condBranch(emit(.select(low, low, high), .bool), bad, ok))
          startBlock(bad)
          raise(.overflow, "Python int too large to convert to C int", range)
          startBlock(ok)
        }
        callArgs.append(n)
      case .fill:
        if let v {
          guard v.type == .str else {
            return argumentTypeError("The fill character must be a unicode character, not %T",
                                     v.type, values, base, range)
          }
          callArgs.append(v.reg!)
        } else {
          callArgs.append(emit(.constNull, .rawPointer))
        }
      }
    }
    let result: Value
    switch spec.result {
    case .bool, .int:
      let n = emit(.runtime(spec.function, callArgs), .int)
      result = spec.result == .bool
        ? Value(reg: emit(.convert(.intToBool, n), .bool), type: .bool, owned: false)
        : Value(reg: n, type: .int, owned: false)
    default:
      result = Value(reg: emit(.runtime(spec.function, callArgs), spec.result),
                     type: spec.result, owned: true)
    }
    leave()
    dropAll()
    return result
  }

  /// Raises CPython's TypeError for the first argument of a wrong type (`%T`: its type name).
  private func argumentTypeError(_ message: String, _ type: IRType?, _ values: [Value?],
                                 _ base: Value, _ range: SourceRange) -> Value {
    values.forEach { if let v = $0 { drop(v) } }
    drop(base)
    // Argument Clinic's messages ("replace() argument 1 must be str, not None") name None
    // itself; the others its type.
    var name = type?.pythonName ?? "NoneType"
    if type == IRType.none && message.contains("() argument") { name = "None" }
    raise(.type, message.replacingOccurrences(of: "%T", with: name), range)
    return .never
  }

  /// The searches that take `start` and `end` bounds, by their `pyrt_str_search` operation.
  static let boundedSearches: [String: Int32] = [
    "find": 0, "rfind": 1, "index": 2, "rindex": 3, "count": 4, "startswith": 5, "endswith": 6,
  ]
  /// The first of the operations that test an affix (`startswith`, `endswith`).
  static let startsWithOp: Int32 = 5

  /// The `start` and `end` arguments of a bounded search (ints, bools or None): their values
  /// and the `given` bits of `pyrt_str_search`; nil after raising CPython's TypeError for
  /// another type (the values are then dropped).
  private func searchBounds(_ bounds: [Value], _ range: SourceRange)
    -> (start: Register, end: Register, given: Register)?
  {
    var regs: [Register] = []
    var given: Int32 = 0
    for (i, b) in bounds.enumerated() {
      switch b.type {
      case .int, .bool:
        regs.append(numeric(b).reg!)
        given |= Int32(1 << i)
      case .none:
        regs.append(emit(.constInt(0), .int))
      default:
        bounds.forEach(drop)
        if b.type == .object || b.type.isUnion {
          program.unsupported("a search bound of \(b.type.phrase)", range)
          return nil
        }
        raise(.type, "slice indices must be integers or None or have an __index__ method",
              range)
        return nil
      }
    }
    while regs.count < 2 { regs.append(emit(.constInt(0), .int)) }
    return (regs[0], regs[1], emit(.constI32(given), .i32))
  }

  /// `s.find(sub, start[, end])` and the other searches with bounds, and every
  /// `startswith`/`endswith` (all METH_VARARGS: one C level down). `startswith`/`endswith`
  /// also take a tuple of str.
  private func boundedSearch(_ base: Value, _ attr: String, _ op: Int32, _ args: [Expr],
                             _ keywords: [Keyword], _ range: SourceRange) -> Value {
    guard (1...3).contains(args.count), keywords.isEmpty else {
      drop(base)
      program.unsupported("str.\(attr)() with these arguments", range)
      return .never
    }
    let values = args.map { expr($0) }
    guard values.allSatisfy({ $0.reg != nil }) else {
      values.forEach(drop)
      drop(base)
      return .never
    }
    let sub = values[0]
    let isAffix = op >= Self.startsWithOp
    setLine(range)
    checkCLevel(1, Self.callingMessage)
    // CPython converts the bounds before it looks at the substring.
    guard let (start, end, given) = searchBounds(Array(values.dropFirst()), range) else {
      drop(sub)
      drop(base)
      return .never
    }
    let opReg = emit(.constI32(op), .i32)
    func search(_ s: Register) -> Register {
      emit(.runtime(.strSearch, [base.reg!, s, opReg, start, end, given]), .int)
    }
    var result: Register?
    switch sub.type {
    case .str:
      result = search(sub.reg!)
    case .tuple(let types) where isAffix:
      // CPython tries the items in order and stops at the first match: an item that is not a
      // str raises only when no item before it matched.
      let bad = types.firstIndex(where: { $0 != .str })
      if let bad, types[bad] == .object || types[bad].isUnion {
        program.unsupported("str.\(attr)() of a tuple of \(types[bad].phrase)", range)
        break
      }
      var any = emit(.constInt(0), .int)
      for i in types.indices.prefix(bad ?? types.count) {
        let slot = emit(.runtime(.tupleGetItem, [sub.reg!, emit(.constInt(Int64(i)), .int)]),
                        .slot)
        any = emit(.intArith(.or, any, search(emit(.convert(.fromSlot, slot), .str))), .int)
      }
      if let bad {
        let fail = newBlock(), ok = newBlock()
        terminate(.condBranch(emit(.convert(.intToBool, any), .bool), ok, fail))
        startBlock(fail)
        raise(.type, "tuple for \(attr) must only contain str, not \(types[bad].pythonName)",
              range)
        startBlock(ok)
      }
      result = any
    case .object, .union:
      program.unsupported("str.\(attr)() of \(sub.type.phrase)", range)
    default:
      drop(sub)
      drop(base)
      raise(.type, isAffix
        ? "\(attr) first arg must be str or a tuple of str, not \(sub.type.pythonName)"
        : "must be str, not \(sub.type.pythonName)", range)
      return .never
    }
    drop(sub)
    drop(base)
    guard let result else { return .never }
    if isAffix {
      return Value(reg: emit(.convert(.intToBool, result), .bool), type: .bool, owned: false)
    }
    return Value(reg: result, type: .int, owned: false)
  }

  /// `xs.index(v)` / `xs.count(v)` on a list or tuple whose items are of type `elem`.
  private func sequenceSearch(_ base: Value, _ attr: String, _ args: [Expr],
                              _ keywords: [Keyword], _ range: SourceRange) -> Value {
    let isList = base.type.pythonName == "list"
    let what = "\(base.type.pythonName).\(attr)()"
    guard let values = bindArguments(what, ["value"], required: 1, allowKeywords: false,
                                     args, keywords, range),
      let v = values[0]
    else {
      drop(base)
      return .never
    }
    // list.index and tuple.index are METH_FASTCALL (start/stop arguments), count METH_O: its
    // comparisons run one C level down in every state.
    let leave: () -> Void
    if attr == "index" {
      leave = enterMethodCall(.fast, keywords: false, range)
    } else {
      setLine(range)
      emitVoid(.enterColdCall(Operation.alwaysCold))
      leave = { self.leaveColdCall() }
    }
    var needle = v
    if v.type.isUnion, let b = box(v) {
      needle = Value(reg: b, type: .object, owned: true)
      drop(v)
    }
    let f: RuntimeFunction
    switch (isList, attr) {
    case (true, "index"): f = .listIndex
    case (true, _): f = .listCount
    case (false, "index"): f = .tupleIndex
    default: f = .tupleCount
    }
    let result = emit(.runtime(f, [base.reg!, emit(.convert(.toSlot, needle.reg!), .slot),
                                   emit(.constI32(needle.type.slotKind), .i32)]), .int)
    leave()
    drop(needle)
    drop(base)
    return Value(reg: result, type: .int, owned: false)
  }
}
