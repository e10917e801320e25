import Frontend

/// f-strings: `f"{x}"`, `{x!r}`, `{x!s}` and constant format specs (`{x:.2f}`, `{n:5d}`).
extension FunctionLowering {
  /// A pyforac str is UTF-8: it cannot hold the lone surrogate a literal spells.
  static let loneSurrogateConstruct = "a str literal holding a lone surrogate (\\ud800-\\udfff)"

  /// An f-string: each part in turn is converted and stored into a fresh list at once, then
  /// the list is joined. (Storing each part as it is made keeps one str alive at a time, not
  /// all of them: an f-string with thousands of fields would otherwise hold thousands of
  /// values across calls, which LLVM's register allocator handles in quadratic time.)
  func fString(_ values: [Expr], _ range: SourceRange) -> Value {
    if values.count == 1 { return fStringPart(values[0]) ?? .never }
    let list = emit(.runtime(.listNew, [emit(.constInt(Int64(values.count)), .int),
                                        emit(.constI32(IRType.str.slotKind), .i32)]),
                    .list(.str))
    for (i, part) in values.enumerated() {
      guard let s = fStringPart(part), let r = own(s) else {
        emitVoid(.release(list))
        return .never
      }
      let slot = emit(.convert(.toSlot, r), .slot)
      emitVoid(.runtime(.listSetInit, [list, emit(.constInt(Int64(i)), .int), slot]))
    }
    let r = emit(.runtime(.strJoin, [emit(.constStr(""), .str), list]), .str)
    emitVoid(.release(list))
    return Value(reg: r, type: .str, owned: true)
  }

  /// `"...".format(args)` with a literal format string: the arguments are evaluated, then the
  /// fields formatted in order as an f-string over them would be, inside the call's C level
  /// (METH_VARARGS: one level, always). Field names are empty (automatic numbering), numbers
  /// or keyword names; `!r`/`!s` and constant specs as in f-strings.
  func strFormat(_ format: String, _ args: [Expr], _ keywords: [Keyword],
                 _ range: SourceRange) -> Value {
    // Parse: literal text and fields.
    struct Field { var name: String; var conversion: Int; var spec: String? }
    var parts: [Either] = []
    enum Either { case text(String); case field(Field) }
    var text = ""
    let chars = Array(format)
    var i = 0
    func bad(_ why: String) -> Value {
      program.unsupported("this str.format() format string (\(why))", range)
      return .never
    }
    while i < chars.count {
      let c = chars[i]
      if c == "}" {
        guard i + 1 < chars.count, chars[i + 1] == "}" else { return bad("a single '}'") }
        text.append("}")
        i += 2
        continue
      }
      if c != "{" {
        text.append(c)
        i += 1
        continue
      }
      if i + 1 < chars.count, chars[i + 1] == "{" {
        text.append("{")
        i += 2
        continue
      }
      guard let close = chars[(i + 1)...].firstIndex(of: "}") else { return bad("no '}'") }
      let body = String(chars[(i + 1)..<close])
      if body.contains("{") { return bad("a nested field") }
      var name = body
      var spec: String?
      var conversion = -1
      if let colon = name.firstIndex(of: ":") {
        spec = String(name[name.index(after: colon)...])
        name = String(name[..<colon])
      }
      if let bang = name.firstIndex(of: "!") {
        let conv = String(name[name.index(after: bang)...])
        name = String(name[..<bang])
        switch conv {
        case "r": conversion = 114
        case "s": conversion = 115
        default: return bad("the conversion '!\(conv)'")
        }
      }
      if name.contains(".") || name.contains("[") { return bad("an attribute or index") }
      if !text.isEmpty { parts.append(.text(text)) }
      text = ""
      parts.append(.field(Field(name: name, conversion: conversion, spec: spec)))
      i = close + 1
    }
    if !text.isEmpty { parts.append(.text(text)) }
    // Number automatic fields; CPython refuses to mix them with numbered ones.
    var auto = 0
    var sawAuto = false, sawManual = false
    for (k, p) in parts.enumerated() {
      guard case .field(var f) = p else { continue }
      if f.name.isEmpty {
        sawAuto = true
        f.name = String(auto)
        auto += 1
        parts[k] = .field(f)
      } else if f.name.allSatisfy(\.isNumber) {
        sawManual = true
      }
    }
    if sawAuto && sawManual { return bad("automatic and manual field numbering") }
    // The arguments, in order, into hidden locals.
    let values = args.map { expr($0, unions: true) } + keywords.map { expr($0.value, unions: true) }
    guard values.allSatisfy({ $0.reg != nil }) else {
      values.forEach(drop)
      return .never
    }
    var scope: [String: String] = [:]
    let names = args.indices.map { "$fmt\($0)" } + keywords.map { "$fmtkw.\($0.arg ?? "")" }
    for n in names { scope[n] = hiddenName(String(n.dropFirst()), range) }
    scopes.append(scope)
    defer { scopes.removeLast() }
    for (n, v) in zip(names, values) {
      store(n, Value(reg: own(v), type: v.type, owned: true), range)
    }
    setLine(range)
    emitVoid(.enterColdCall(Operation.alwaysCold))
    defer { leaveColdCall() }
    var exprs: [Expr] = []
    for p in parts {
      switch p {
      case .text(let t):
        exprs.append(Expr(.constant(value: .str(t), kind: nil), range))
      case .field(let f):
        let target: String
        if let n = Int(f.name) {
          guard n < args.count else {
            raise(.index, "Replacement index \(n) out of range for positional args tuple", range)
            return .never
          }
          target = "$fmt\(n)"
        } else {
          guard keywords.contains(where: { $0.arg == f.name }) else {
            raise(.key, "'\(f.name)'", range)
            return .never
          }
          target = "$fmtkw.\(f.name)"
        }
        let spec = f.spec.map {
          Expr(.joinedStr(values: [Expr(.constant(value: .str($0), kind: nil), range)]), range)
        }
        if spec != nil && f.conversion != -1 { return bad("a conversion with a format spec") }
        exprs.append(Expr(.formattedValue(value: Expr(.name(id: target, ctx: .load), range),
                                          conversion: f.conversion, formatSpec: spec), range))
      }
    }
    if exprs.isEmpty { return constant(.constStr(""), .str) }
    inStrFormat = true
    defer { inStrFormat = false }
    return fString(exprs, range)
  }

  /// `"..." % args` with a literal format: `%s %r %d %i %u %x %X %o %e %E %f %F %g %G %%` with
  /// the flags `-+ 0#`, a width and a precision. The arguments (a tuple display, a tuple, or
  /// one value) are evaluated, then each field is converted (an int for `%d`, a float for
  /// `%f`, str()/repr() for `%s`/`%r`) and formatted by the format-spec machinery, which
  /// gives the same text; `%` itself is no C call, and only str()/repr() check the depth.
  func percentFormat(_ format: String, _ argsExpr: Expr, _ range: SourceRange) -> Value {
    struct Field { var flags: Set<Character>; var width: String; var precision: String?
      var type: Character }
    enum Part { case text(String); case field(Field) }
    func bad(_ why: String) -> Value {
      program.unsupported("this '%' format (\(why))", range)
      return .never
    }
    var parts: [Part] = []
    var text = ""
    let chars = Array(format)
    var i = 0
    while i < chars.count {
      guard chars[i] == "%" else {
        text.append(chars[i])
        i += 1
        continue
      }
      i += 1
      guard i < chars.count else { return bad("a lone '%' at the end") }
      if chars[i] == "%" {
        text.append("%")
        i += 1
        continue
      }
      if chars[i] == "(" { return bad("a mapping key") }
      var f = Field(flags: [], width: "", precision: nil, type: "s")
      while i < chars.count, "-+ #0".contains(chars[i]) {
        f.flags.insert(chars[i])
        i += 1
      }
      while i < chars.count, chars[i].isASCII, chars[i].isNumber {
        f.width.append(chars[i])
        i += 1
      }
      if i < chars.count, chars[i] == "." {
        i += 1
        var p = ""
        while i < chars.count, chars[i].isASCII, chars[i].isNumber {
          p.append(chars[i])
          i += 1
        }
        f.precision = p.isEmpty ? "0" : p
      }
      if i < chars.count, "hlL".contains(chars[i]) { i += 1 }
      guard i < chars.count, "srdiuxXoeEfFgG".contains(chars[i]) else {
        return bad(i < chars.count ? "the conversion '\(chars[i])'" : "an incomplete field")
      }
      f.type = chars[i]
      i += 1
      if "diu".contains(f.type), f.precision != nil { return bad("a precision on an integer") }
      if !text.isEmpty { parts.append(.text(text)) }
      text = ""
      parts.append(.field(f))
    }
    if !text.isEmpty { parts.append(.text(text)) }
    // The arguments: a tuple display's items, a tuple value's items, or one value.
    var values: [Value] = []
    if case .tuple(let elts, _) = argsExpr.kind,
      !elts.contains(where: { if case .starred = $0.kind { true } else { false } })
    {
      values = elts.map { expr($0, unions: true) }
    } else {
      let v = expr(argsExpr, unions: true)
      guard v.reg != nil else { return .never }
      switch v.type {
      case .tuple(let ts):
        let r = v.reg!
        for (k, t) in ts.enumerated() {
          let slot = emit(.runtime(.tupleGetItem, [r, emit(.constInt(Int64(k)), .int)]), .slot)
          let item = emit(.convert(.fromSlot, slot), t)
          if t.isObject { emitVoid(.retain(item)) }
          values.append(Value(reg: item, type: t, owned: t.isObject))
        }
        drop(v)
      case .object, .dict:
        drop(v)
        return bad("an argument that may be a tuple or a mapping")
      default:
        values = [v]
      }
    }
    guard values.allSatisfy({ $0.reg != nil }) else {
      values.forEach(drop)
      return .never
    }
    let fieldCount = parts.filter { if case .field = $0 { true } else { false } }.count
    if fieldCount != values.count {
      values.forEach(drop)
      raise(.type, fieldCount > values.count ? "not enough arguments for format string"
              : "not all arguments converted during string formatting", range)
      return .never
    }
    var scope: [String: String] = [:]
    let names = values.indices.map { "$pct\($0)" }
    for n in names { scope[n] = hiddenName(String(n.dropFirst()), range) }
    scopes.append(scope)
    defer { scopes.removeLast() }
    for (n, v) in zip(names, values) {
      store(n, Value(reg: own(v), type: v.type, owned: true), range)
    }
    func constStr(_ s: String) -> Expr { Expr(.constant(value: .str(s), kind: nil), range) }
    func specExpr(_ s: String) -> Expr? { s.isEmpty ? nil : Expr(.joinedStr(values: [constStr(s)]), range) }
    var exprs: [Expr] = []
    var k = 0
    var converted: [String] = []
    defer { converted.forEach { computedNames[$0] = nil } }
    for p in parts {
      guard case .field(let f) = p else {
        if case .text(let t) = p { exprs.append(constStr(t)) }
        continue
      }
      let arg = Expr(.name(id: names[k], ctx: .load), range)
      let argType = values[k].type
      k += 1
      let left = f.flags.contains("-")
      if f.type == "s" || f.type == "r" {
        let field = Expr(.formattedValue(value: arg, conversion: f.type == "s" ? 115 : 114,
                                         formatSpec: nil), range)
        let spec = (f.width.isEmpty ? "" : (left ? "<" : ">") + f.width)
          + (f.precision.map { "." + $0 } ?? "")
        // With a width or precision: the str made first, then padded or cut.
        exprs.append(spec.isEmpty ? field
                     : Expr(.formattedValue(value: Expr(.joinedStr(values: [field]), range),
                                            conversion: -1, formatSpec: specExpr(spec)), range))
        continue
      }
      // Numbers: the argument converted first, as CPython's %-formatting converts it.
      let isInt = "diuxXo".contains(f.type)
      let numeric: Set<IRType> = [.int, .bool, .float]
      guard numeric.contains(argType) else {
        if argType == .object || argType.isUnion { return bad("an argument of several types") }
        let message = "diu".contains(f.type)
          ? "%\(f.type) format: a real number is required, not \(argType.pythonName)"
          : isInt ? "%\(f.type) format: an integer is required, not \(argType.pythonName)"
          : "must be real number, not \(argType.pythonName)"
        raise(.type, message, range)
        return .never
      }
      if isInt && "xXo".contains(f.type) && argType == .float {
        raise(.type, "%\(f.type) format: an integer is required, not float", range)
        return .never
      }
      let convertedName = hiddenName("pctv\(k)", range)
      let source = names[k - 1]
      computedNames[convertedName] = { [unowned self] in
        let v = self.load(source, range)
        if isInt {
          if v.type == .float {
            self.setLine(range)
            return Value(reg: self.emit(.runtime(.floatToInt, [v.reg!]), .int), type: .int,
                         owned: false)
          }
          return self.numeric(v)
        }
        return Value(reg: self.toFloat(v), type: .float, owned: false)
      }
      converted.append(convertedName)
      var spec = ""
      if left { spec += "<" } else if f.flags.contains("0") && !f.width.isEmpty { spec += "" }
      if f.flags.contains("+") { spec += "+" } else if f.flags.contains(" ") { spec += " " }
      if f.flags.contains("#") { spec += "#" }
      if !left && f.flags.contains("0") && !f.width.isEmpty { spec += "0" }
      spec += f.width
      if !isInt { spec += "." + (f.precision ?? "6") }
      spec += String(f.type == "i" || f.type == "u" ? "d" : f.type)
      exprs.append(Expr(.formattedValue(value: Expr(.name(id: convertedName, ctx: .load), range),
                                        conversion: -1, formatSpec: specExpr(spec)), range))
    }
    if exprs.isEmpty { return constant(.constStr(""), .str) }
    inStrFormat = true
    defer { inStrFormat = false }
    return fString(exprs, range)
  }

  /// One part of an f-string as a str: a constant, or a formatted value; nil (diagnosed) when
  /// it cannot be compiled.
  private func fStringPart(_ part: Expr) -> Value? {
    switch part.kind {
    case .constant(.str(let s), _):
      if program.module.loneSurrogates[ObjectIdentifier(part)] != nil {
        program.unsupported(Self.loneSurrogateConstruct, part.range)
        return nil
      }
      return constant(.constStr(s), .str)
    case .formattedValue(let e, let conversion, let spec):
      let v = expr(e, unions: true)
      guard v.reg != nil else { return nil }
      guard v.type.isUnion else {
        return formattedPart(v, conversion, spec, part, valueRange: e.range)
      }
      // A union held in registers: each member formatted as its own type.
      return perMember(of: [v], "fmt", part.range) {
        formattedPart($0[0], conversion, spec, part, valueRange: e.range)
      }
    default:
      program.unsupported("this f-string part", part.range)
      return nil
    }
  }

  /// `v` (of a single type) formatted as f-string field `part` with its conversion and spec.
  private func formattedPart(_ v: Value, _ conversion: Int, _ spec: Expr?, _ part: Expr,
                             valueRange: SourceRange) -> Value? {
    formatDepthChecks(v.type, conversion: conversion, hasSpec: spec != nil, part.range)
    var s: Value
    if let spec {
      guard case .joinedStr(let specParts) = spec.kind, specParts.count == 1,
        case .constant(.str(let text), _) = specParts[0].kind, conversion == -1
      else {
        drop(v)
        program.unsupported("this f-string format spec", spec.range)
        return nil
      }
      s = formatted(v, text, part.range)
    } else if conversion == 114 || conversion == -1 || conversion == 115 {
      // A list's or tuple's str is its repr: the runtime's repr of the builtin repr() starts
      // one level deeper than str(), which is where CPython's `__format__` (no conversion)
      // puts it, and `!r` one level shallower.
      var repr = conversion == 114
      if case .list = v.type, conversion != 115 { repr.toggle() }
      if case .tuple = v.type, conversion != 115 { repr.toggle() }
      s = stringOf(v, repr: repr, valueRange)
    } else {
      drop(v)
      program.unsupported("'!a' in an f-string", part.range)
      return nil
    }
    return s.reg == nil ? nil : s
  }

  /// The recursion checks CPython's FORMAT_VALUE makes for a value of `type` (measured at the
  /// limit): `!r` takes the repr one level down and `!s` the str of a non-str; otherwise an
  /// exact int or str without a spec is converted directly (the str of an int one level down),
  /// and anything else calls its `__format__` one level down, whose empty spec takes the str
  /// of a value other than a str two levels down.
  private func formatDepthChecks(_ type: IRType, conversion: Int, hasSpec: Bool,
                                 _ range: SourceRange) {
    setLine(range)
    // str.format calls the formatter of an exact int, float or str directly (no __format__).
    if inStrFormat && conversion == -1 && (type == .int || type == .float || type == .str) {
      return
    }
    switch conversion {
    case 114: checkCLevel(1, Self.reprMessage)
    case 115: if type != .str { checkCLevel(1, Self.strMessage) }
    default:
      if !hasSpec && type == .str { return }
      if !hasSpec && type == .int {
        checkCLevel(1, Self.strMessage)
        return
      }
      checkCLevel(1, Self.callingMessage)
      if !hasSpec && type != .str { checkCLevel(2, Self.strMessage) }
    }
  }

  /// `format(v, spec)` for a constant spec, through the runtime's format functions.
  private func formatted(_ v: Value, _ spec: String, _ range: SourceRange) -> Value {
    guard let r = v.reg else { return .never }
    let specReg = emit(.constStr(spec), .str)
    setLine(range)
    let result: Register
    switch v.type {
    case .float: result = emit(.runtime(.formatFloat, [r, specReg]), .str)
    case .int: result = emit(.runtime(.formatInt, [r, specReg]), .str)
    case .bool:
      result = emit(.runtime(.formatBool, [emit(.convert(.boolToInt, r), .int), specReg]), .str)
    case .str: result = emit(.runtime(.formatStr, [r, specReg]), .str)
    case .none:
      // object.__format__: an empty spec gives str(None); any other is CPython's TypeError.
      guard spec.isEmpty else {
        raise(.type, "unsupported format string passed to NoneType.__format__", range)
        return .never
      }
      result = emit(.constStr("None"), .str)
      emitVoid(.retain(result))
    default:
      program.unsupported("a format spec on \(v.type.phrase)", range)
      return .never
    }
    drop(v)
    return Value(reg: result, type: .str, owned: true)
  }
}
