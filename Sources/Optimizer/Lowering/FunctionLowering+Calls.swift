import Frontend

/// Calls: user functions (specialised per argument types), `print`, the slice's builtins and
/// the `math` functions.
extension FunctionLowering {
  static let mathFunctions: Set<String> = ["sqrt", "sin", "cos", "exp", "log", "floor", "ceil",
                                           "fabs"]
  static let builtins: Set<String> = ["print", "len", "abs", "min", "max", "sum", "sorted", "int",
                                      "float", "str", "bool", "round", "repr", "range", "list",
                                      "chr", "ord", "divmod", "any", "all", "dict",
                                      "set", "frozenset", "hex", "oct", "bin", "pow", "hash"]

  func call(_ f: Expr, _ args: [Expr], _ keywords: [Keyword], _ range: SourceRange) -> Value {
    if args.contains(where: { if case .starred = $0.kind { return true } else { return false } })
      || keywords.contains(where: { $0.arg == nil })
    {
      program.unsupported("'*' or '**' arguments", range)
      return .never
    }
    switch f.kind {
    case .name(let id, _) where binding(of: id) == nil:
      if let info = program.definitions.function(named: id) {
        return userCall(id, info, args, keywords, range)
      }
      if let c = userClass(id, f.range) { return instantiate(c, args, keywords, range) }
      if let attr = program.mathNames[id] {
        checkImported(id, range)
        return mathCall(attr, args, keywords, range)
      }
      if Self.builtins.contains(id) { return builtinCall(id, args, keywords, range) }
      if id == "isinstance", args.count == 2, keywords.isEmpty {
        return isInstance(args[0], args[1], range)
      }
      if let c = exceptionClass(id, f.range) {
        return exceptionValue(c, args, keywords, range)
      }
      program.unsupported("a call to '\(id)'", range)
      return .never
    case .attribute(let base, let attr, _):
      // CPython 3.11 reports a call of `x.attr(...)` at the line of the name `attr`.
      var range = range
      if f.range.end.line != range.start.line {
        range.start = SourceLocation(line: f.range.end.line,
                                     column: max(0, f.range.end.column - attr.count))
      }
      if case .name(let id, _) = base.kind, program.mathModules.contains(id),
        binding(of: id) == nil
      {
        checkImported(id, range)
        return mathCall(attr, args, keywords, range)
      }
      if case .name(let id, _) = base.kind, program.sysModules.contains(id),
        binding(of: id) == nil, attr == "exit"
      {
        return sysExit(args, keywords, range)
      }
      if attr == "join", args.count == 1, keywords.isEmpty {
        return join(base, args[0], range)
      }
      return methodCall(base, attr, args, keywords, range)
    case .lambda(let params, let body):
      return lambdaCall(params, body, f.range, args, keywords, range)
    case .name(let id, _) where program.definitions.classes.contains { $0.methods["__call__"] != nil }:
      // An instance called: its class's __call__.
      let v = expr(f)
      if case .instance(let c) = v.type {
        return instanceMethodCall(v, c, "__call__", args, keywords, range)
      }
      drop(v)
      if v.reg != nil { program.unsupported("a call to '\(id)'", range) }
      return .never
    default:
      program.unsupported("this call", range)
      return .never
    }
  }

  // MARK: - User functions

  /// A call of the program's function (or method) `info`, specialised for the argument types.
  /// A method called on an instance gets it as `receiver` (its first parameter).
  func userCall(_ name: String, _ info: FunctionInfo, _ args: [Expr],
                _ keywords: [Keyword], _ range: SourceRange, receiver: Value? = nil) -> Value {
    if program.lateFunctions.contains(name) { requireBound(name + "#function", range) }
    let params = info.def.args.args
    let defaults = info.def.args.defaults
    let first = receiver == nil ? 0 : 1
    var bound: [Expr?] = Array(repeating: nil, count: params.count)
    guard args.count + first <= params.count else {
      receiver.map(drop)
      program.unsupported("a call with too many arguments", range)
      return .never
    }
    for (i, a) in args.enumerated() { bound[i + first] = a }
    var order = args.indices.map { $0 + first }
    for k in keywords {
      guard let i = params.firstIndex(where: { $0.arg == k.arg }), i >= first, bound[i] == nil
      else {
        receiver.map(drop)
        program.unsupported("this keyword argument", k.range)
        return .never
      }
      bound[i] = k.value
      order.append(i)
    }
    let firstDefault = params.count - defaults.count
    for i in bound.indices where bound[i] == nil && i < firstDefault && i >= first {
      receiver.map(drop)
      program.unsupported("a call with a missing argument", range)
      return .never
    }
    // Arguments are evaluated in source order (positional, then keywords); defaults were
    // evaluated when the def ran (constants are simply re-created here).
    var slots: [Value?] = Array(repeating: nil, count: params.count)
    if let receiver { slots[0] = receiver }
    for i in order { slots[i] = bound[i].map { expr($0, unions: true) } }
    for i in params.indices where slots[i] == nil {
      slots[i] = defaultValue(name, i - firstDefault, defaults[i - firstDefault])
    }
    return callSpecialization(name, info, slots.map { $0 ?? .never }, range)
  }

  /// Calls the specialisation of `info` for the types of `values` (consumed).
  func callSpecialization(_ name: String, _ info: FunctionInfo, _ values: [Value],
                          _ range: SourceRange) -> Value {
    defer { values.forEach(drop) }
    if values.contains(where: { $0.reg == nil }) { return .never }
    let target = program.inference.specialization(of: info.id, named: name, values.map(\.type),
                                                  from: spec)
    // Arguments whose type inference widened (a recursion whose argument type grows) are
    // passed boxed.
    var boxed: [Register] = []
    let args = zip(values, target.key.argTypes).map { v, t -> Register in
      guard v.type != t, let b = box(Value(reg: v.reg, type: v.type, owned: false)) else {
        return v.reg!
      }
      boxed.append(b)
      return b
    }
    setLine(range)
    guard target.returnType != .never else {
      // No return reached (yet): the call can only raise or recurse forever.
      emit(.call(target.symbol, args), .none)
      terminate(.unreachable)
      return .never
    }
    let r = emit(.call(target.symbol, args), target.returnType)
    boxed.forEach { emitVoid(.release($0)) }
    return Value(reg: r, type: target.returnType, owned: target.returnType.isObject)
  }

  /// The name of the hidden global holding default `index` of function `name`.
  func defaultGlobalName(_ name: String, _ index: Int) -> String { "\(name).default\(index)" }

  /// A default argument: constants are re-created, other defaults are read from the hidden
  /// global that the `def` statement filled (they are evaluated once, as in CPython).
  private func defaultValue(_ name: String, _ index: Int, _ d: Expr) -> Value {
    if isConstantExpression(d) { return expr(d) }
    let base = defaultGlobalName(name, index)
    guard let slot = program.globalTypes.keys.first(where: { $0.hasPrefix(base + "#") }),
      let type = program.globalTypes[slot]
    else { return .never }
    recordNameError(slot)
    return Value(reg: emit(.loadGlobal(slot), type), type: type, owned: false)
  }

  func isConstantExpression(_ e: Expr) -> Bool { Self.isConstant(e) }

  /// A constant, a negated one or a tuple of them: evaluating it cannot fail.
  static func isConstant(_ e: Expr) -> Bool {
    switch e.kind {
    case .constant: return true
    case .unaryOp(.uSub, let v): return isConstant(v)
    case .tuple(let elts, _): return elts.allSatisfy(isConstant)
    default: return false
    }
  }

  // MARK: - Builtins

  private func builtinCall(_ name: String, _ args: [Expr], _ keywords: [Keyword],
                           _ range: SourceRange) -> Value {
    if name == "print" { return printCall(args, keywords, range) }
    if name == "dict" { return dictCall(args, keywords, range) }
    if name == "set" || name == "frozenset" { return setCall(name, args, keywords, range) }
    if name == "sorted" { return sortedCall(args, keywords, range) }
    if (name == "min" || name == "max") && keywords.contains(where: { $0.arg == "key" }) {
      return keyedMinMax(name, args, keywords, range)
    }
    if name == "sum" || ((name == "min" || name == "max") && args.count == 1) {
      guard keywords.isEmpty else {
        program.unsupported("keyword arguments to \(name)()", range)
        return .never
      }
      return reduction(name, args, range)
    }
    if name == "round" && args.count == 2 && keywords.isEmpty {
      let x = expr(args[0]), n = numeric(expr(args[1]))
      if (x.type == .int || x.type == .bool) && n.type == .int, let b = n.reg {
        let a = numeric(x).reg!
        return insideColdCall(range) {
          checkCLevel(1, Self.callingMessage)
          return Value(reg: emit(.runtime(.intRound, [a, b]), .int), type: .int, owned: false)
        }
      }
      guard x.type == .float, n.type == .int, let a = x.reg, let b = n.reg else {
        program.unsupported("round() with these arguments", range)
        return .never
      }
      return insideColdCall(range) {
        checkCLevel(1, Self.callingMessage)
        return Value(reg: emit(.runtime(.floatRoundDigits, [a, b]), .float), type: .float,
                     owned: false)
      }
    }
    if name == "list" && args.count == 1 && keywords.isEmpty {
      // list() is a type: CPython's call of it counts no C level.
      if let g = generatorArgument(args[0], entry: .direct) { return g }
      return listComprehension(Expr(.name(id: "$elem", ctx: .load), args[0].range),
                               [Comprehension(target: Expr(.name(id: "$elem", ctx: .store),
                                                           args[0].range),
                                              iter: args[0], ifs: [], isAsync: 0)],
                               hint: nil, range)
    }
    guard keywords.isEmpty else {
      program.unsupported("keyword arguments to \(name)()", range)
      return .never
    }
    if name == "min" || name == "max" { return minMax(name, args, range) }
    if name == "divmod" { return divmodCall(args, range) }
    if name == "pow" { return powCall(args, range) }
    if name == "int" && args.count == 2 {
      let s = expr(args[0]), base = expr(args[1])
      guard s.type == .str, base.type == .int || base.type == .bool, s.reg != nil else {
        drop(s)
        drop(base)
        program.unsupported("int() of \(s.type.phrase) with a base of \(base.type.phrase)", range)
        return .never
      }
      setLine(range)
      checkCLevel(1, Self.callingMessage)
      let r = emit(.runtime(.intFromStrBase, [s.reg!, numeric(base).reg!]), .int)
      drop(s)
      return Value(reg: r, type: .int, owned: false)
    }
    if name == "any" || name == "all" {
      guard args.count == 1 else {
        program.unsupported("\(name)() with \(args.count) arguments", range)
        return .never
      }
      return anyAll(name, args[0], range)
    }
    guard args.count == 1 || (name == "str" && args.isEmpty) else {
      program.unsupported("\(name)() with \(args.count) arguments", range)
      return .never
    }
    if name == "str" && args.isEmpty { return constant(.constStr(""), .str) }
    // len(d.keys()) and the other views: the length of what they iterate.
    let v = name == "len" && isDictView(args[0]) ? iterationValue(args[0]) : expr(args[0])
    guard let r = v.reg else { return .never }
    // Called from cold code, these FASTCALL builtins and str() count a C level.
    let cold = name == "len" || name == "str" || name == "round"
    if cold { enterColdCall(range) }
    defer { if cold { leaveColdCall() } }
    switch name {
    case "abs", "round", "int", "repr", "chr", "ord", "hex", "oct", "bin":
      setLine(range)
      checkCLevel(1, Self.callingMessage)
      // The runtime's repr of a container makes CPython's checks of each value itself.
      if name == "repr" && !v.type.isContainerOrBoxed { checkCLevel(2, Self.reprMessage) }
    case "str" where v.type != .str:
      setLine(range)
      checkCLevel(1, Self.strMessage)
    default: break
    }
    if v.type == .object, let special = ["len": "__len__", "abs": "__abs__"][name],
      rejectsOperationOnObject([special], range)
    {
      drop(v)
      return .never
    }
    if case .instance = v.type, let special = ["len": "__len__", "abs": "__abs__"][name] {
      let r = instanceSpecial(special, [v], want: name == "len" ? .int : nil, range)
      guard name == "len", let n = r.reg else { return r }
      return Value(reg: emit(.runtime(.checkLen, [n]), .int), type: .int, owned: false)
    }
    if name == "hash" {
      guard v.type.isPython, !v.type.isUnion, v.type != .never else {
        drop(v)
        program.unsupported("hash() of \(v.type.phrase)", range)
        return .never
      }
      setLine(range)
      if case .instance(let c) = v.type {
        switch definitions.hashing(of: c.number) {
        case .method:
          // hash() turns -1 (CPython's error value) into -2.
          guard let h = instanceSpecial("__hash__", [v], want: .int, range).reg else {
            return .never
          }
          let minusOne = emit(.compare(.eq, h, emit(.constInt(-1), .int)), .bool)
          return Value(reg: emit(.select(minusOne, emit(.constInt(-2), .int), h), .int),
                       type: .int, owned: false)
        case .unhashable:
          drop(v)
          raise(.type, "unhashable type: '\(c.name)'", range)
          return .never
        case .identity: break
        }
      }
      let slot = emit(.convert(.toSlot, r), .slot)
      let h = emit(.runtime(.hashSlot, [slot, emit(.constI32(v.type.slotKind), .i32)]), .int)
      drop(v)
      return Value(reg: h, type: .int, owned: false)
    }
    switch (name, v.type) {
    case ("len", .object):
      setLine(range)
      let n = emit(.runtime(.objLen, [r]), .int)
      drop(v)
      return Value(reg: n, type: .int, owned: false)
    case ("len", .str), ("len", .list), ("len", .tuple), ("len", .dict), ("len", .set),
         ("len", .frozenset):
      let n = length(v)
      drop(v)
      return Value(reg: n, type: .int, owned: false)
    case ("str", _): return stringOf(v, repr: false, range)
    case ("repr", _): return stringOf(v, repr: true, range)
    case ("bool", _):
      guard let t = truth(v, range) else { return .never }
      drop(v)
      return Value(reg: t, type: .bool, owned: false)
    case ("int", .int), ("int", .bool): return numeric(v)
    case ("int", .float):
      setLine(range)
      return Value(reg: emit(.runtime(.floatToInt, [r]), .int), type: .int, owned: false)
    case ("int", .str):
      setLine(range)
      let n = emit(.runtime(.intFromStr, [r]), .int)
      drop(v)
      return Value(reg: n, type: .int, owned: false)
    case ("float", .int), ("float", .bool), ("float", .float):
      return Value(reg: toFloat(v), type: .float, owned: false)
    case ("float", .str):
      setLine(range)
      let n = emit(.runtime(.floatFromStr, [r]), .float)
      drop(v)
      return Value(reg: n, type: .float, owned: false)
    case ("abs", .int), ("abs", .bool):
      let x = numeric(v).reg!
      setLine(range)
      let neg = emit(.negate(x), .int)
      let isNeg = emit(.compare(.lt, x, emit(.constInt(0), .int)), .bool)
      return Value(reg: emit(.select(isNeg, neg, x), .int), type: .int, owned: false)
    case ("abs", .object):
      setLine(range)
      let a = emit(.runtime(.objAbs, [r]), .object)
      drop(v)
      return Value(reg: a, type: .object, owned: true)
    case ("float", .object), ("int", .object):
      setLine(range)
      let isFloat = name == "float"
      let c = emit(.runtime(isFloat ? .objToFloat : .objToInt, [r]), isFloat ? .float : .int)
      drop(v)
      return Value(reg: c, type: isFloat ? .float : .int, owned: false)
    case ("abs", .float):
      return Value(reg: emit(.runtime(.fabs, [r]), .float), type: .float, owned: false)
    case ("round", .float):
      setLine(range)
      return Value(reg: emit(.runtime(.floatRound, [r]), .int), type: .int, owned: false)
    case ("round", .int), ("round", .bool):
      return numeric(v)
    case ("hex", .int), ("hex", .bool), ("oct", .int), ("oct", .bool), ("bin", .int),
         ("bin", .bool):
      let base: Int32 = name == "hex" ? 16 : name == "oct" ? 8 : 2
      return Value(reg: emit(.runtime(.intToBaseStr, [numeric(v).reg!,
                                                       emit(.constI32(base), .i32)]), .str),
                   type: .str, owned: true)
    case ("hex", .float), ("oct", .float), ("bin", .float), ("hex", .str), ("oct", .str),
         ("bin", .str), ("hex", .none), ("oct", .none), ("bin", .none):
      raise(.type, "'\(v.type.pythonName)' object cannot be interpreted as an integer", range)
      return .never
    case ("chr", .int), ("chr", .bool):
      setLine(range)
      return Value(reg: emit(.runtime(.strChr, [numeric(v).reg!]), .str), type: .str, owned: true)
    case ("chr", .float), ("chr", .str), ("chr", .none), ("chr", .list), ("chr", .tuple):
      drop(v)
      raise(.type, "'\(v.type.pythonName)' object cannot be interpreted as an integer", range)
      return .never
    case ("ord", .str):
      setLine(range)
      let n = emit(.runtime(.strOrd, [r]), .int)
      drop(v)
      return Value(reg: n, type: .int, owned: false)
    case ("ord", .int), ("ord", .float), ("ord", .bool), ("ord", .none), ("ord", .list),
         ("ord", .tuple):
      drop(v)
      raise(.type, "ord() expected string of length 1, but \(v.type.pythonName) found", range)
      return .never
    default:
      drop(v)
      program.unsupported("\(name)() of \(v.type.phrase)", range)
      return .never
    }
  }

  /// `pow(a, b)` (as `a ** b`) and `pow(a, b, m)` of ints: a METH_FASTCALL builtin (one C
  /// level while the calling code is cold).
  private func powCall(_ args: [Expr], _ range: SourceRange) -> Value {
    guard args.count == 2 || args.count == 3 else {
      program.unsupported("pow() with \(args.count) arguments", range)
      return .never
    }
    let values = args.map { expr($0, unions: true) }
    guard values.allSatisfy({ $0.reg != nil }) else {
      values.forEach(drop)
      return .never
    }
    if values.count == 2 {
      return insideColdCall(range) {
        binary(.pow, values[0], values[1], range, rightExpr: args[1])
      }
    }
    guard values.allSatisfy({ $0.type == .int || $0.type == .bool }) else {
      values.forEach(drop)
      program.unsupported("pow() with a modulus, of values other than ints", range)
      return .never
    }
    return insideColdCall(range) {
      Value(reg: emit(.runtime(.intPowMod, values.map { numeric($0).reg! }), .int), type: .int,
            owned: false)
    }
  }

  /// `divmod(a, b)` of ints, bools and floats: `(a // b, a % b)`; a METH_FASTCALL builtin
  /// (one C level while the calling code is cold).
  private func divmodCall(_ args: [Expr], _ range: SourceRange) -> Value {
    guard args.count == 2 else {
      program.unsupported("divmod() with \(args.count) arguments", range)
      return .never
    }
    let a = expr(args[0]), b = expr(args[1])
    guard a.reg != nil, b.reg != nil else { return .never }
    let numbers: Set<IRType> = [.int, .bool, .float]
    guard numbers.contains(a.type), numbers.contains(b.type) else {
      program.unsupported("divmod() of \(a.type.phrase) and \(b.type.phrase)", range)
      drop(a)
      drop(b)
      return .never
    }
    return insideColdCall(range) {
      setLine(range)
      if a.type != .float && b.type != .float {
        let x = numeric(a).reg!, y = numeric(b).reg!
        let q = emit(.intArith(.floorDiv, x, y), .int)
        let m = emit(.intArith(.mod, x, y), .int)
        return makeTuple([Value(reg: q, type: .int, owned: false),
                          Value(reg: m, type: .int, owned: false)])
      }
      let x = toFloat(a)!, y = toFloat(b)!
      let zero = emit(.compare(.eq, y, emit(.constFloat(0), .float)), .bool)
      let bad = newBlock(), ok = newBlock()
      terminate(.condBranch(zero, bad, ok))
      startBlock(bad)
      raise(.zeroDivision, "float divmod()", range)
      startBlock(ok)
      let q = emit(.runtime(.floatFloorDiv, [x, y]), .float)
      let m = emit(.runtime(.floatMod, [x, y]), .float)
      return makeTuple([Value(reg: q, type: .float, owned: false),
                        Value(reg: m, type: .float, owned: false)])
    }
  }

  /// `str(v)` (or `repr(v)`) as an owned str; consumes `v`.
  func stringOf(_ v: Value, repr: Bool, _ range: SourceRange) -> Value {
    guard let r = v.reg else { return .never }
    func str(_ f: RuntimeFunction, _ args: [Register]) -> Value {
      Value(reg: emit(.runtime(f, args), .str), type: .str, owned: true)
    }
    switch v.type {
    case .str:
      if repr {
        let s = str(.strRepr, [r])
        drop(v)
        return s
      }
      return v
    case .int: return str(.strFromInt, [r])
    case .float: return str(.strFromFloat, [r])
    case .bool: return str(.strFromBool, [emit(.convert(.boolToInt, r), .int)])
    case .none: return str(.strNone, [])
    case .list, .tuple, .dict, .set, .frozenset, .object, .exception, .instance:
      setLine(range)
      let s = str(repr ? .objectRepr : .objectStr, [r])
      drop(v)
      return s
    default:
      program.unsupported("str() of \(v.type.phrase)", range)
      return .never
    }
  }

  /// The check CPython's print makes when it writes (two C levels down).
  private func checkWriteDepth() {
    emitVoid(.checkRecursion(2, Self.callingMessage))
  }

  static let callingMessage = "maximum recursion depth exceeded while calling a Python object"
  static let strMessage = "maximum recursion depth exceeded while getting the str of an object"
  static let reprMessage = "maximum recursion depth exceeded while getting the repr of an object"

  /// The recursion check CPython 3.11 makes `levels` C levels below the current frame, at the
  /// current line: a frame at the recursion limit fails there with `message`. Measured
  /// against CPython at the limit (the call sites warm, i.e. specialised, as in any recursion
  /// that reaches it): a call of a builtin taking one argument (`abs`, `round`, `int`, the
  /// `math` functions, `str.join`) or a keyword form (`min`, `max`, `sorted`, `zip`) checks
  /// one level down "while calling a Python object"; `str()` of a non-str checks "while
  /// getting the str"; `len`, `sum`, `float`, `bool`, `list`, `enumerate` check nothing.
  func checkCLevel(_ levels: Int, _ message: String) {
    emitVoid(.checkRecursion(levels, message))
  }

  /// Enters, at the call's line, the C call of a builtin as CPython 3.11 makes it from code
  /// that has not warmed up (`Operation.enterColdCall`): the call of a FASTCALL builtin
  /// (`print`, `sum`, `sorted`, `round`, `len`) or of `str()` is then generic and counts one C
  /// level. Its arguments are evaluated before; `leaveColdCall` ends it.
  func enterColdCall(_ range: SourceRange) {
    setLine(range)
    emitVoid(.enterColdCall(codeKey))
  }

  func leaveColdCall() {
    if isReachable { emitVoid(.leaveColdCall) }
  }

  /// `body` (a builtin's work) between `enterColdCall` and `leaveColdCall`.
  func insideColdCall<T>(_ range: SourceRange, _ body: () -> T) -> T {
    enterColdCall(range)
    let result = body()
    leaveColdCall()
    return result
  }

  private func printCall(_ args: [Expr], _ keywords: [Keyword], _ range: SourceRange) -> Value {
    // CPython evaluates the positional arguments, then the keywords, then converts inside print.
    let values = args.map { expr($0) }
    var sep: Value?
    var end: Value?
    func dropAll() {
      values.forEach(drop)
      [sep, end].compactMap { $0 }.forEach(drop)
    }
    for k in keywords {
      let v = expr(k.value)
      guard v.type == .str || v.type == .none else {
        program.unsupported("print(\(k.arg ?? "")=...) of \(v.type.phrase)", k.range)
        return .never
      }
      let chosen: Value? = v.type == .none ? nil : v
      switch k.arg {
      case "sep": sep = chosen
      case "end": end = chosen
      default:
        program.unsupported("print(\(k.arg ?? "")=...)", k.range)
        return .never
      }
    }
    if values.contains(where: { $0.reg == nil }) {
      dropAll()
      return .never
    }
    // CPython's own recursion checks inside print (measured at the limit): it converts and
    // writes each argument in turn; converting a first argument that is not a str is one C
    // level down, the first write two.
    enterColdCall(range)
    defer { leaveColdCall() }
    if let first = values.first, first.type != .str {
      emitVoid(.checkRecursion(
        1, "maximum recursion depth exceeded while getting the str of an object"))
    }
    // Converting a value may run the program's __str__/__repr__, which may raise or print:
    // then each argument is written as soon as it is converted, as CPython's print does.
    let runsCode = definitions.classes.contains {
      $0.methods["__str__"] != nil || $0.methods["__repr__"] != nil
    } && values.contains { $0.type.isContainerOrBoxed }
    if runsCode {
      let none = emit(.constNull, .rawPointer)
      let empty = emit(.constStr(""), .str)
      let noItems = emit(.argArray([]), .rawPointer)
      let zero = emit(.constInt(0), .int), one = emit(.constInt(1), .int)
      var ok = true
      for (i, (v, e)) in zip(values, args).enumerated() {
        if i > 0 {
          let s = sep?.reg ?? emit(.constStr(" "), .str)
          emitVoid(.runtime(.print, [noItems, zero, none, s]))
        }
        let str = stringOf(v, repr: false, e.range)
        if i == 0 { checkWriteDepth() }
        guard let r = str.reg else {
          ok = false
          break
        }
        emitVoid(.runtime(.print, [emit(.argArray([r]), .rawPointer), one, none, empty]))
        drop(str)
      }
      if values.isEmpty { checkWriteDepth() }
      if ok { emitVoid(.runtime(.print, [noItems, zero, none, end?.reg ?? none])) }
      if let sep { drop(sep) }
      if let end { drop(end) }
      return ok ? constant(.constNone, .none) : .never
    }
    var strs: [Value] = []
    for (i, (v, e)) in zip(values, args).enumerated() {
      strs.append(stringOf(v, repr: false, e.range))
      if i == 0 { checkWriteDepth() }
    }
    if strs.isEmpty { checkWriteDepth() }
    if strs.contains(where: { $0.reg == nil }) {
      strs.forEach(drop)
      return .never
    }
    let array = emit(.argArray(strs.map { $0.reg! }), .rawPointer)
    let n = emit(.constInt(Int64(strs.count)), .int)
    let s = sep?.reg ?? emit(.constNull, .rawPointer)
    let e = end?.reg ?? emit(.constNull, .rawPointer)
    emitVoid(.runtime(.print, [array, n, s, e]))
    strs.forEach(drop)
    if let sep { drop(sep) }
    if let end { drop(end) }
    return constant(.constNone, .none)
  }

  private func join(_ sepExpr: Expr, _ itemsExpr: Expr, _ range: SourceRange) -> Value {
    let sep = expr(sepExpr)
    guard sep.type == .str, let s = sep.reg else {
      if sep.reg != nil { program.unsupported("'.join' on \(sep.type.phrase)", range) }
      return .never
    }
    var items = generatorArgument(itemsExpr, entry: .belowCCall, hint: .list(.str))
      ?? (isDictView(itemsExpr) ? iterationValue(itemsExpr) : expr(itemsExpr, hint: .list(.str)))
    if case .dict = items.type { items = dictList(items, "keys") }
    guard let l = items.reg else { return .never }
    guard case .list = items.type else {
      program.unsupported("join() of \(items.type.phrase)", range)
      return .never
    }
    setLine(range)
    checkCLevel(1, Self.callingMessage)
    let r = emit(.runtime(.strJoin, [s, l]), .str)
    drop(items)
    drop(sep)
    return Value(reg: r, type: .str, owned: true)
  }

  private func minMax(_ name: String, _ args: [Expr], _ range: SourceRange) -> Value {
    guard args.count >= 2 else {
      program.unsupported("\(name)() with no arguments", range)
      return .never
    }
    let values = args.map { expr($0) }
    guard values.allSatisfy({ $0.reg != nil }) else { return .never }
    // CPython compares with PyObject_RichCompareBool, whose `<`/`>` always makes the recursion
    // check, one level below the call of min()/max(): "... in comparison" from one frame
    // short of the limit.
    setLine(range)
    checkCLevel(1, Self.callingMessage)
    emitVoid(.checkRecursion(2, "maximum recursion depth exceeded in comparison"))
    let type = values[0].type
    if !values.allSatisfy({ $0.type == type }) {
      return mixedMinMax(name, values, range)
    }
    guard type == .int || type == .float || type == .str else {
      program.unsupported("\(name)() of mixed or non-numeric arguments", range)
      values.forEach(drop)
      return .never
    }
    var best = values[0].reg!
    for v in values.dropFirst() {
      let better: Register
      if type == .str {
        let c = emit(.runtime(.strCompare, [v.reg!, best]), .int)
        better = emit(.compare(name == "max" ? .gt : .lt, c, emit(.constInt(0), .int)), .bool)
      } else {
        better = emit(.compare(name == "max" ? .gt : .lt, v.reg!, best), .bool)
      }
      best = emit(.select(better, v.reg!, best), type)
    }
    if type.isObject && values.contains(where: \.owned) {
      emitVoid(.retain(best))
      values.forEach(drop)
      return Value(reg: best, type: type, owned: true)
    }
    return Value(reg: best, type: type, owned: false)
  }

  /// min/max over values of different types: boxed and compared like CPython (`>` for max,
  /// `<` for min, keeping the first of equal values).
  private func mixedMinMax(_ name: String, _ values: [Value], _ range: SourceRange) -> Value {
    let boxed = values.compactMap { box($0) }
    guard boxed.count == values.count else { return .never }
    setLine(range)
    let k = emit(.constI32(IRType.object.slotKind), .i32)
    let op = emit(.constCString(name == "max" ? ">" : "<"), .rawPointer)
    var best = boxed[0]
    for v in boxed.dropFirst() {
      let c = emit(.runtime(.slotRichCompare, [emit(.convert(.toSlot, v), .slot), k,
                                               emit(.convert(.toSlot, best), .slot), k, op]),
                   .int)
      best = emit(.select(emit(.convert(.intToBool, c), .bool), v, best), .object)
    }
    emitVoid(.retain(best))
    boxed.forEach { emitVoid(.release($0)) }
    return Value(reg: best, type: .object, owned: true)
  }

  private func sortedCall(_ args: [Expr], _ keywords: [Keyword], _ range: SourceRange) -> Value {
    guard args.count == 1 else {
      program.unsupported("sorted() with these arguments", range)
      return .never
    }
    if let k = keywords.first(where: { $0.arg != "reverse" && $0.arg != "key" }) {
      program.unsupported("sorted(\(k.arg ?? "")=...)", k.range)
      return .never
    }
    var key: KeyFunction?
    for k in keywords where k.arg == "key" {
      if case .constant(.none, _) = k.value.kind { continue }
      guard let f = keyFunction(k.value, of: "sorted") else { return .never }
      key = f
    }
    // CPython evaluates the iterable, then the keywords.
    var v = generatorArgument(args[0], entry: .belowCCallIfCold(codeKey))
      ?? iterableValue(args[0])
    guard v.reg != nil else { return .never }
    // (The argument's range names the hidden list: the call's names the keys.)
    if case .tuple = v.type { v = listOfItems(v, args[0].range) }
    if v.type == .str { v = listOfItems(v, args[0].range) }
    guard let l = v.reg else { return .never }
    var reverse: Register?
    var badReverse: IRType?
    for k in keywords where k.arg == "reverse" {
      let kv = expr(k.value)
      guard kv.reg != nil else {
        drop(v)
        return .never
      }
      // list.sort takes `reverse` as a C int: an int or bool, anything else a TypeError.
      if kv.type == .int || kv.type == .bool {
        reverse = truth(kv, k.range)
      } else if kv.type == .object {
        program.unsupported("sorted(reverse=...) of a value of several types", k.range)
        drop(kv)
        drop(v)
        return .never
      } else {
        badReverse = kv.type
      }
      drop(kv)
    }
    guard case .list(let elem) = v.type else {
      program.unsupported("sorted() of \(v.type.phrase)", range)
      drop(v)
      return .never
    }
    if let key, elem != .never {
      // CPython's sorted copies the items, then list.sort (one C level down) calls the key
      // on each item in order, then sorts them by their keys.
      insideColdCall(range) { checkCLevel(1, Self.callingMessage) }
      if let badReverse {
        drop(v)
        raise(.type, "'\(badReverse.pythonName)' object cannot be interpreted as an integer",
              range)
        return .never
      }
      guard let keys = keyList(v, key, levels: Operation.coldCallKey(codeKey, plus: 1), range),
        let k = keys.reg
      else {
        drop(v)
        return .never
      }
      enterColdCall(range)
      defer { leaveColdCall() }
      checkCLevel(1, Self.callingMessage)
      let r = emit(.runtime(.listSortedByKeys, [l, k, reverseFlag(reverse)]), v.type)
      drop(keys)
      drop(v)
      return Value(reg: r, type: v.type, owned: true)
    }
    enterColdCall(range)
    defer { leaveColdCall() }
    checkCLevel(1, Self.callingMessage)
    if let badReverse {
      drop(v)
      raise(.type, "'\(badReverse.pythonName)' object cannot be interpreted as an integer", range)
      return .never
    }
    if elem == .never { return v }
    let r = emit(.runtime(.listSorted, [l, reverseFlag(reverse)]), v.type)
    drop(v)
    return Value(reg: r, type: v.type, owned: true)
  }

  /// `min(items, key=f)`, `max(a, b, ..., key=f)`: the keys are computed in order, then the
  /// first item with the smallest (largest) key is found. CPython compares each key as it is
  /// computed; computing them all first is the same only where comparing keys cannot raise,
  /// so the keys must be numbers or strs, or tuples of them.
  private func keyedMinMax(_ name: String, _ args: [Expr], _ keywords: [Keyword],
                           _ range: SourceRange) -> Value {
    guard !args.isEmpty, keywords.count == 1 else {
      program.unsupported("\(name)() with these arguments", range)
      return .never
    }
    if case .constant(.none, _) = keywords[0].value.kind {
      return builtinCall(name, args, [], range)
    }
    if args.count == 1, case .generatorExp = args[0].kind {
      program.unsupported("\(name)() of a generator with key=", range)
      return .never
    }
    var v = args.count == 1 ? iterableValue(args[0])
      : expr(Expr(.list(elts: args, ctx: .load), range))
    guard v.reg != nil else { return .never }
    guard let key = keyFunction(keywords[0].value, of: name) else {
      drop(v)
      return .never
    }
    // (The argument's range names the hidden list: the call's names the keys.)
    if case .tuple = v.type { v = listOfItems(v, args[0].range) }
    if v.type == .str { v = listOfItems(v, args[0].range) }
    guard v.reg != nil else { return .never }
    guard case .list(let elem) = v.type else {
      program.unsupported("\(name)() of \(v.type.phrase)", range)
      drop(v)
      return .never
    }
    // min and max are METH_VARARGS: always called generically, one C level down.
    setLine(range)
    checkCLevel(1, Self.callingMessage)
    if elem == .never {
      drop(v)
      raise(.value, "\(name)() arg is an empty sequence", range)
      return .never
    }
    guard let keys = keyList(v, key, levels: Operation.alwaysCold, range), let k = keys.reg else {
      drop(v)
      return .never
    }
    var keyType = IRType.object
    if case .list(let t) = keys.type { keyType = t }
    guard Self.comparesWithoutRaising(keyType) else {
      let what = keyType == .object || keyType.isUnion ? "of several types"
        : "of type \(keyType)"
      program.unsupported("\(name)(key=...) whose keys are \(what) (they may fail to compare)",
                          range)
      drop(keys)
      drop(v)
      return .never
    }
    setLine(range)
    let isMax = emit(.constI32(name == "max" ? 1 : 0), .i32)
    let best = emit(.runtime(.listBestIndex, [k, isMax]), .int)
    drop(keys)
    let empty = newBlock(), found = newBlock()
    terminate(.condBranch(emit(.compare(.lt, best, emit(.constInt(0), .int)), .bool), empty,
                          found))
    startBlock(empty)
    raise(.value, "\(name)() arg is an empty sequence", range)
    startBlock(found)
    let item = emit(.convert(.fromSlot, emit(.runtime(.listGetItem, [v.reg!, best]), .slot)), elem)
    if elem.isObject { emitVoid(.retain(item)) }
    drop(v)
    return Value(reg: item, type: elem, owned: elem.isObject)
  }

  /// Whether two values of type `t` compare with `<`/`>` without raising.
  static func comparesWithoutRaising(_ t: IRType) -> Bool {
    switch t {
    case .int, .float, .bool, .str: return true
    case .tuple(let ts): return ts.allSatisfy(comparesWithoutRaising)
    case .list(let e): return comparesWithoutRaising(e)
    default: return false
    }
  }

  /// The value of an iterable argument of a builtin: a `range(...)` call as the list of its
  /// items (the builtin's C code iterates it: no frame, no warm-up events), else its value.
  func iterableValue(_ e: Expr) -> Value {
    guard case .call(let f, _, _) = e.kind, case .name("range", _) = f.kind,
      binding(of: "range") == nil
    else { return iterationValue(e) }
    return builtinList(e, e.range)
  }

  /// The items of a tuple or str as a list (a comprehension without a frame over the value,
  /// which is consumed and held in a hidden local so that it is evaluated once).
  func listOfItems(_ v: Value, _ range: SourceRange) -> Value {
    let name = "$items"
    scopes.append([name: hiddenName("items", range)])
    defer { scopes.removeLast() }
    store(name, v, range)
    return builtinList(Expr(.name(id: name, ctx: .load), range), range)
  }

  private func reverseFlag(_ reverse: Register?) -> Register {
    guard let reverse else { return emit(.constI32(0), .i32) }
    return emit(.select(reverse, emit(.constI32(1), .i32), emit(.constI32(0), .i32)), .i32)
  }

  /// The list of `key(item)` for each item of list `items` (borrowed), in order, each call
  /// made as `applyKey` says (`levels`: the C levels above the calls); nil when not compiled.
  func keyList(_ items: Value, _ key: KeyFunction, levels: String,
               _ range: SourceRange) -> Value? {
    let listName = "$keyitems"
    let itemName = "$keyitem"
    let keyName = hiddenName("key", range)
    scopes.append([listName: hiddenName("keyitems", range)])
    defer { scopes.removeLast() }
    emitVoid(.retain(items.reg!))
    store(listName, Value(reg: items.reg, type: items.type, owned: true), range)
    computedNames[keyName] = { [unowned self] in
      self.applyKey(key, item: itemName, levels: levels, range)
    }
    defer { computedNames[keyName] = nil }
    let keys = listComprehension(
      Expr(.name(id: keyName, ctx: .load), range),
      [Comprehension(target: Expr(.name(id: itemName, ctx: .store), range),
                     iter: Expr(.name(id: listName, ctx: .load), range), ifs: [], isAsync: 0)],
      hint: nil, range)
    return keys.reg == nil ? nil : keys
  }

  /// `sys.exit([arg])`: raises SystemExit, which (never caught) ends the program without a
  /// traceback: with status `arg` for an int or bool (0 for None or no argument), else with
  /// `str(arg)` on stderr and status 1.
  private func sysExit(_ args: [Expr], _ keywords: [Keyword], _ range: SourceRange) -> Value {
    guard args.count <= 1, keywords.isEmpty else {
      program.unsupported("sys.exit() with these arguments", range)
      return .never
    }
    // SystemExit(arg): the runtime takes an int (or None, or no argument) as the exit
    // status and prints anything else.
    var tuple: Register?
    if let a = args.first {
      let v = expr(a)
      guard v.reg != nil else { return .never }
      if case .union = v.type {
        drop(v)
        program.unsupported("sys.exit() of a value of several types", range)
        return .never
      }
      if v.type == .object {
        drop(v)
        program.unsupported("sys.exit() of a value of several types", range)
        return .never
      }
      // sys.exit(arg) sets SystemExit from the value: None gives no arguments, a tuple its
      // items, anything else itself.
      if v.type == .none {
        drop(v)
      } else if case .tuple = v.type {
        tuple = own(v)
      } else {
        guard let t = own(makeTuple([v])) else { return .never }
        tuple = t
      }
    }
    setLine(range)
    checkCLevel(1, Self.callingMessage)
    emitVoid(.runtime(.raiseArgs, [emit(.constI32(ExceptionKind.systemExit.rawValue), .i32),
                                   tuple ?? emit(.constNull, .rawPointer),
                                   emit(.constNull, .rawPointer), emit(.constI32(0), .i32)]))
    terminate(.unreachable)
    return .never
  }

  // MARK: - math

  /// The math functions of one float (METH_O: one C level, always), by name.
  static let mathFloat1: [String: RuntimeFunction] = [
    "tan": .mathTan, "asin": .mathAsin, "acos": .mathAcos, "atan": .mathAtan, "sinh": .mathSinh,
    "cosh": .mathCosh, "tanh": .mathTanh, "log2": .mathLog2, "log10": .mathLog10,
    "expm1": .mathExpm1, "log1p": .mathLog1p, "degrees": .mathDegrees, "radians": .mathRadians,
    "isnan": .mathIsNan, "isinf": .mathIsInf, "isfinite": .mathIsFinite,
  ]
  /// Of two floats (METH_FASTCALL: one C level while the caller is cold).
  static let mathFloat2: [String: RuntimeFunction] = [
    "atan2": .mathAtan2, "hypot": .mathHypot, "copysign": .mathCopysign, "pow": .mathPow,
    "fmod": .mathFmod,
  ]
  /// Of ints: factorial and isqrt METH_O, the others METH_FASTCALL.
  static let mathInt: [String: RuntimeFunction] = [
    "factorial": .mathFactorial, "isqrt": .mathIsqrt, "gcd": .mathGcd, "lcm": .mathLcm,
    "comb": .mathComb, "perm": .mathPerm,
  ]

  /// Every math function pyforac compiles.
  static let allMathFunctions: Set<String> = mathFunctions.union(mathFloat1.keys)
    .union(mathFloat2.keys).union(mathInt.keys).union(["trunc", "fsum"])

  /// The math functions beyond the first few: nil when `attr` is not one of them.
  private func moreMath(_ attr: String, _ args: [Expr], _ range: SourceRange) -> Value? {
    let f1 = Self.mathFloat1[attr], f2 = Self.mathFloat2[attr], fi = Self.mathInt[attr]
    let isLogBase = attr == "log" && args.count == 2
    guard f1 != nil || f2 != nil || fi != nil || isLogBase || attr == "trunc" || attr == "fsum"
    else { return nil }
    let arity = (f2 != nil || isLogBase || (fi != nil && attr != "factorial" && attr != "isqrt"))
      ? 2 : 1
    guard args.count == arity else {
      program.unsupported("math.\(attr)() with \(args.count) arguments", range)
      return .never
    }
    let values = args.map { expr($0) }
    guard values.allSatisfy({ $0.reg != nil }) else {
      values.forEach(drop)
      return .never
    }
    let fast = f2 != nil || (fi != nil && arity == 2)
    setLine(range)
    if fast { enterColdCall(range) } else { checkCLevel(1, Self.callingMessage) }
    defer { if fast { leaveColdCall() } }
    if attr == "fsum" {
      guard case .list(let e) = values[0].type, e == .float || e == .int || e == .never else {
        program.unsupported("math.fsum() of \(values[0].type.phrase)", range)
        values.forEach(drop)
        return .never
      }
      let r = emit(.runtime(.mathFsum, [values[0].reg!]), .float)
      drop(values[0])
      return Value(reg: r, type: .float, owned: false)
    }
    if attr == "trunc" {
      let v = values[0]
      switch v.type {
      case .int, .bool:
        checkCLevel(2, Self.callingMessage)  // the int's __trunc__, called by math
        return numeric(v)
      case .float:
        return Value(reg: emit(.runtime(.floatToInt, [v.reg!]), .int), type: .int, owned: false)
      default:
        drop(v)
        program.unsupported("math.trunc() of \(v.type.phrase)", range)
        return .never
      }
    }
    if let fi {
      for v in values where v.type != .int && v.type != .bool {
        values.forEach(drop)
        if v.type == .object || v.type.isUnion {
          program.unsupported("math.\(attr)() of \(v.type.phrase)", range)
          return .never
        }
        raise(.type, "'\(v.type.pythonName)' object cannot be interpreted as an integer", range)
        return .never
      }
      let r = emit(.runtime(fi, values.map { numeric($0).reg! }), .int)
      return Value(reg: r, type: .int, owned: false)
    }
    var floats: [Register] = []
    for v in values {
      guard let x = toFloat(v) else {
        values.forEach(drop)
        if v.type == .object || v.type.isUnion {
          program.unsupported("math.\(attr)() of \(v.type.phrase)", range)
          return .never
        }
        raise(.type, "must be real number, not \(v.type.pythonName)", range)
        return .never
      }
      floats.append(x)
    }
    let f = f1 ?? f2 ?? .mathLogBase
    if f.result == .int {
      let r = emit(.runtime(f, floats), .int)
      return Value(reg: emit(.convert(.intToBool, r), .bool), type: .bool, owned: false)
    }
    return Value(reg: emit(.runtime(f, floats), .float), type: .float, owned: false)
  }

  private func mathCall(_ attr: String, _ args: [Expr], _ keywords: [Keyword],
                        _ range: SourceRange) -> Value {
    if keywords.isEmpty, let v = moreMath(attr, args, range) { return v }
    guard Self.mathFunctions.contains(attr), keywords.isEmpty, args.count == 1 else {
      program.unsupported("this call to 'math.\(attr)'", range)
      return .never
    }
    let v = expr(args[0])
    guard v.reg != nil else { return .never }
    setLine(range)
    checkCLevel(1, Self.callingMessage)
    if (attr == "floor" || attr == "ceil") && (v.type == .int || v.type == .bool) {
      checkCLevel(2, Self.callingMessage)  // the int's __floor__/__ceil__, called by math
      return numeric(v)
    }
    guard let x = toFloat(v) else {
      raise(.type, "must be real number, not \(v.type.pythonName)", range)
      return .never
    }
    drop(v)
    let fnc: RuntimeFunction
    switch attr {
    case "sqrt": fnc = .mathSqrt
    case "sin": fnc = .mathSin
    case "cos": fnc = .mathCos
    case "exp": fnc = .mathExp
    case "log": fnc = .mathLog
    case "fabs": fnc = .fabs
    case "floor":
      return Value(reg: emit(.runtime(.floatFloor, [x]), .int), type: .int, owned: false)
    default:
      return Value(reg: emit(.runtime(.floatCeil, [x]), .int), type: .int, owned: false)
    }
    return Value(reg: emit(.runtime(fnc, [x]), .float), type: .float, owned: false)
  }
}
