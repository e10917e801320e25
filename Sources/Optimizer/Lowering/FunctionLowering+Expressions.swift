import Frontend

/// Expressions: constants, names, displays, subscripts, operators, conditions, f-strings.
extension FunctionLowering {
  /// Lowers an expression. `hint` is the type the context expects (used to type `[]`). A value
  /// of a union held in registers (`union[...]`) is boxed into an `object` unless `unions`:
  /// the consumers that handle unions themselves ask for them (assignments to a name,
  /// `return`, arguments, `is`, truth tests, arithmetic and comparisons).
  func expr(_ e: Expr, hint: IRType? = nil, unions: Bool = false) -> Value {
    let v = exprValue(e, hint: hint)
    return unions ? v : boxingUnion(v)
  }

  /// `v`, or a box of it when it is a union held in registers (for consumers that only know
  /// single types and boxed `object`s).
  func boxingUnion(_ v: Value) -> Value {
    guard case .union = v.type, let boxed = box(v) else { return v }
    return Value(reg: boxed, type: .object, owned: true)
  }

  private func exprValue(_ e: Expr, hint: IRType?) -> Value {
    switch e.kind {
    case .constant(let c, _):
      if program.module.loneSurrogates[ObjectIdentifier(e)] != nil {
        program.unsupported(Self.loneSurrogateConstruct, e.range)
        return .never
      }
      return lowerConstant(c, e.range)
    case .name(let id, _):
      if let computed = computedNames[id] { return computed() }
      if binding(of: id) == nil, let attr = program.mathNames[id] {
        checkImported(id, e.range)
        return mathConstant(attr, e.range)
      }
      if binding(of: id) == nil, let attr = program.typingNames[id] {
        return typingValue(attr, e.range)
      }
      if binding(of: id) == nil, program.futureNames.contains(id) {
        program.unsupported("the __future__ feature object '\(id)'", e.range)
        return .never
      }
      return load(id, e.range)
    case .attribute(let base, let attr, _):
      if case .name(let id, _) = base.kind, program.mathModules.contains(id),
        binding(of: id) == nil
      {
        checkImported(id, e.range)
        return mathConstant(attr, e.range)
      }
      if case .name(let id, _) = base.kind, program.typingModules.contains(id),
        binding(of: id) == nil
      {
        return typingValue(attr, e.range)
      }
      if case .name(let id, _) = base.kind, program.sysModules.contains(id),
        binding(of: id) == nil
      {
        switch attr {
        case "argv":
          return Value(reg: emit(.runtime(.sysArgv, []), .list(.str)), type: .list(.str),
                       owned: true)
        case "maxsize": return constant(.constInt(Int64.max), .int)
        default:
          program.unsupported("'sys.\(attr)'", e.range)
          return .never
        }
      }
      // `type(e).__name__`, `e.args` of an exception value
      if attr == "__name__", case .call(let f, let args, let kws) = base.kind,
        case .name("type", _) = f.kind, binding(of: "type") == nil, args.count == 1, kws.isEmpty
      {
        let v = expr(args[0])
        if v.type == .exception { return exceptionTypeName(v, e.range) }
        if v.reg != nil, !v.type.isUnion, v.type != .object {
          // the class of a value whose type is known here
          drop(v)
          return constant(.constStr(v.type.pythonName), .str)
        }
        drop(v)
      } else if attr == "__name__", case .attribute(let x, "__class__", _) = base.kind,
        Self.mayBeException(x)
      {
        // `e.__class__.__name__`
        let v = expr(x)
        if v.type == .exception { return exceptionTypeName(v, e.range) }
        drop(v)
      } else if case .name(let id, _) = base.kind, let c = userClass(id, base.range) {
        return classAttribute(c, attr, e.range)
      } else if Self.mayBeException(base) || Self.mayBeInstance(base) {
        let v = expr(base)
        if v.type == .exception { return exceptionAttribute(v, attr, e.range) }
        if case .instance(let c) = v.type { return instanceAttribute(v, c, attr, e.range) }
        if v.type == .object { return objectAttribute(v, attr, e.range) }
        drop(v)
        if v.reg == nil { return .never }
      }
      program.unsupported("attribute access", e.range)
      return .never
    case .binOp(let l, .mod, let r):
      if case .constant(.str(let format), _) = l.kind,
        program.module.loneSurrogates[ObjectIdentifier(l)] == nil
      {
        return percentFormat(format, r, e.range)
      }
      let lv = expr(l, unions: true)
      let rv = expr(r, unions: true)
      return binary(.mod, lv, rv, e.range, rightExpr: r)
    case .binOp(let l, let op, let r):
      let lv = expr(l, unions: true)
      let rv = expr(r, unions: true)
      return binary(op, lv, rv, e.range, rightExpr: r)
    case .unaryOp(let op, let operand):
      return unary(op, expr(operand), e.range)
    case .boolOp(let op, let values):
      return boolOp(op, values, e.range)
    case .compare(let left, let ops, let comparators):
      return compareChain(left, ops, comparators, e.range)
    case .ifExp(let test, let body, let orelse):
      return ifExp(test, body, orelse, hint: hint, e.range)
    case .call(let f, let args, let keywords):
      return call(f, args, keywords, e.range)
    case .list(let elts, _):
      return listDisplay(elts, hint: hint, e.range)
    case .dict(let keys, let values):
      return dictDisplay(keys, values, hint: hint, e.range)
    case .dictComp(let key, let value, let gens):
      return dictComprehension(key, value, gens, hint: hint, e.range)
    case .set(let elts):
      return setDisplay(elts, e.range)
    case .setComp(let elt, let gens):
      return setComprehension(elt, gens, e.range)
    case .tuple(let elts, _):
      return tupleDisplay(elts, e.range)
    case .subscript(let base, let index, _):
      return subscriptValue(base, index, e.range)
    case .listComp(let elt, let gens):
      return listComprehension(elt, gens, hint: hint, e.range, frameName: "<listcomp>")
    case .generatorExp:
      // A generator is lazy: only consumers that take every element before doing anything
      // else with them (or that fold them in order, see `generatorArgument`) are compiled.
      program.unsupported(
        "a generator expression other than the argument of sum(), min(), max(), sorted(), "
          + "list() or str.join() (generators)", e.range)
      return .never
    case .joinedStr(let values):
      return fString(values, e.range)
    case .formattedValue:
      return fString([e], e.range)
    default:
      program.unsupported("this expression", e.range)
      return .never
    }
  }

  /// A typing name read as a value: `TYPE_CHECKING` is False; the types themselves are
  /// objects pyforac does not have.
  private func typingValue(_ attr: String, _ range: SourceRange) -> Value {
    if attr == "TYPE_CHECKING" { return constant(.constBool(false), .bool) }
    program.unsupported("the typing object '\(attr)' outside an annotation", range)
    return .never
  }

  private func lowerConstant(_ c: Constant, _ range: SourceRange) -> Value {
    switch c {
    case .int(let digits):
      guard let v = Int64(digits) else {
        program.unsupported("an integer literal this large (big integers)", range)
        return .never
      }
      return constant(.constInt(v), .int)
    case .float(let d): return constant(.constFloat(d), .float)
    case .bool(let b): return constant(.constBool(b), .bool)
    case .none: return constant(.constNone, .none)
    case .str(let s): return constant(.constStr(s), .str)
    default:
      program.unsupported("this constant", range)
      return .never
    }
  }

  func mathConstant(_ attr: String, _ range: SourceRange) -> Value {
    switch attr {
    case "pi": return constant(.constFloat(Double.pi), .float)
    case "e": return constant(.constFloat(2.718281828459045), .float)
    case "tau": return constant(.constFloat(2 * Double.pi), .float)
    case "inf": return constant(.constFloat(Double.infinity), .float)
    default:
      program.unsupported("'math.\(attr)' as a value", range)
      return .never
    }
  }

  // MARK: - Displays

  private func listDisplay(_ elts: [Expr], hint: IRType?, _ range: SourceRange) -> Value {
    if elts.contains(where: { if case .starred = $0.kind { return true } else { return false } }) {
      program.unsupported("a starred list element", range)
      return .never
    }
    var elemHint: IRType? = nil
    if case .list(let h)? = hint { elemHint = h }
    let values = elts.map { expr($0, hint: elemHint) }
    var elem = IRType.never
    for v in values {
      guard let j = IRType.join(elem, v.type) else {
        program.unsupported("a list mixing \(elem.pythonName) and \(v.type.pythonName)", range)
        values.forEach(drop)
        return .never
      }
      elem = j
    }
    if let h = elemHint, let j = IRType.join(h, elem) { elem = j }
    if values.contains(where: { $0.reg == nil }) {
      values.forEach(drop)
      return .never
    }
    let list = emit(.runtime(.listNew, [emit(.constInt(Int64(values.count)), .int),
                                        emit(.constI32(elem.slotKind), .i32)]), .list(elem))
    for (i, v) in values.enumerated() {
      guard let r = coerce(v, to: elem, range) else { continue }
      let slot = emit(.convert(.toSlot, r), .slot)
      emitVoid(.runtime(.listSetInit, [list, emit(.constInt(Int64(i)), .int), slot]))
    }
    return Value(reg: list, type: .list(elem), owned: true)
  }

  private func tupleDisplay(_ elts: [Expr], _ range: SourceRange) -> Value {
    let values = elts.map { expr($0) }
    if values.contains(where: { $0.reg == nil }) {
      values.forEach(drop)
      return .never
    }
    return makeTuple(values)
  }

  /// A new tuple holding the values (consumed when owned, retained when borrowed).
  func makeTuple(_ values: [Value]) -> Value {
    let t = emit(.runtime(.tupleNew, [emit(.constInt(Int64(values.count)), .int)]),
                 .tuple(values.map(\.type)))
    for (i, v) in values.enumerated() {
      guard let r = own(v) else { continue }
      let slot = emit(.convert(.toSlot, r), .slot)
      emitVoid(.runtime(.tupleSetInit, [t, emit(.constInt(Int64(i)), .int), slot,
                                         emit(.constI32(v.type.slotKind), .i32)]))
    }
    return Value(reg: t, type: .tuple(values.map(\.type)), owned: true)
  }

  // MARK: - Subscripts

  /// The value of an int constant expression (with an optional unary minus).
  func constantInt(_ e: Expr) -> Int64? {
    switch e.kind {
    case .constant(.int(let d), _): return Int64(d)
    case .unaryOp(.uSub, let inner):
      if case .constant(.int(let d), _) = inner.kind, let v = Int64(d) { return -v }
      return nil
    default: return nil
    }
  }

  private func subscriptValue(_ baseExpr: Expr, _ index: Expr, _ range: SourceRange) -> Value {
    let base = expr(baseExpr)
    guard let b = base.reg else { return .never }
    if case .dict = base.type { return dictSubscript(base, index, range) }
    if case .instance = base.type {
      if case .slice = index.kind {
        drop(base)
        program.unsupported("slicing an instance", range)
        return .never
      }
      return instanceSpecial("__getitem__", [base, expr(index)], want: nil, range)
    }
    if case .slice(let lo, let hi, let step) = index.kind {
      return slice(base, b, lo, hi, step, range)
    }
    if case .tuple(let types) = base.type, Set(types).count > 1 {
      guard let k = constantInt(index), k >= -Int64(types.count), k < Int64(types.count) else {
        program.unsupported("indexing a mixed tuple with a non-constant index", range)
        drop(base)
        return .never
      }
      let i = k < 0 ? Int(k) + types.count : Int(k)
      let slot = emit(.runtime(.tupleGetItem, [b, emit(.constInt(Int64(i)), .int)]), .slot)
      return borrowedElement(slot, types[i], from: base)
    }
    setLine(range)
    let iv = asIndex(expr(index))
    guard let i = iv.reg else {
      drop(base)
      return .never
    }
    guard iv.type == .int else {
      program.unsupported("an index of type \(iv.type.pythonName)", range)
      drop(base)
      return .never
    }
    setLine(range)
    switch base.type {
    case .str:
      let r = emit(.runtime(.strGetItem, [b, i]), .str)
      drop(base)
      return Value(reg: r, type: .str, owned: true)
    case .list(let elem) where elem != .never:
      return borrowedElement(emit(.runtime(.listGetItem, [b, i]), .slot), elem, from: base)
    case .tuple(let types) where !types.isEmpty:
      return borrowedElement(emit(.runtime(.tupleGetItem, [b, i]), .slot), types[0], from: base)
    case .list, .tuple:
      raise(.index, base.type.pythonName + " index out of range", range)
      return .never
    case .object:
      if rejectsOperationOnObject(["__getitem__"], range) {
        drop(base)
        return .never
      }
      let r = emit(.runtime(.objGetItem, [b, i]), .object)
      drop(base)
      return Value(reg: r, type: .object, owned: true)
    default:
      program.unsupported("indexing a \(base.type.pythonName)", range)
      drop(base)
      return .never
    }
  }

  /// An element read from a container; owned (retained) when the container was a temporary.
  func borrowedElement(_ slot: Register, _ type: IRType, from base: Value) -> Value {
    let r = emit(.convert(.fromSlot, slot), type)
    if base.owned {
      if type.isObject { emitVoid(.retain(r)) }
      drop(base)
      return Value(reg: r, type: type, owned: true)
    }
    return Value(reg: r, type: type, owned: false)
  }

  private func slice(_ base: Value, _ b: Register, _ lo: Expr?, _ hi: Expr?, _ step: Expr?,
                     _ range: SourceRange) -> Value {
    let fnc: RuntimeFunction
    switch base.type {
    case .str: fnc = .strSlice
    case .list: fnc = .listSlice
    case .tuple(let ts) where Set(ts).count <= 1: fnc = .tupleSlice
    default:
      program.unsupported("slicing \(base.type.phrase)", range)
      drop(base)
      return .never
    }
    var args = [b]
    var flags: [Register] = []
    for part in [lo, hi, step] {
      if let part {
        var v = expr(part)
        if v.type == .bool, let r = v.reg {
          v = Value(reg: emit(.convert(.boolToInt, r), .int), type: .int, owned: false)
        }
        if v.type == .none {
          args.append(emit(.constInt(0), .int))
          flags.append(emit(.constI32(0), .i32))
          continue
        }
        guard v.type == .int, let r = v.reg else {
          program.unsupported("a slice bound of type \(v.type.pythonName)", part.range)
          return .never
        }
        args.append(r)
        flags.append(emit(.constI32(1), .i32))
      } else {
        args.append(emit(.constInt(0), .int))
        flags.append(emit(.constI32(0), .i32))
      }
    }
    setLine(range)
    var type = base.type
    if case .tuple(let ts) = base.type, let first = ts.first {
      // A homogeneous tuple slice has a length known only at run time; keep it homogeneous
      // only when the slice bounds are constants.
      guard let n = constantSliceLength(ts.count, lo, hi, step) else {
        program.unsupported("a tuple slice with non-constant bounds", range)
        drop(base)
        return .never
      }
      type = .tuple(Array(repeating: first, count: n))
    }
    let r = emit(.runtime(fnc, args + flags), type)
    drop(base)
    return Value(reg: r, type: type, owned: true)
  }

  private func constantSliceLength(_ n: Int, _ lo: Expr?, _ hi: Expr?, _ step: Expr?) -> Int? {
    func c(_ e: Expr?) -> Int?? {
      guard let e else { return .some(nil) }
      guard let v = constantInt(e) else { return nil }
      return .some(Int(v))
    }
    guard let l = c(lo), let h = c(hi), let s = c(step) else { return nil }
    let st = s ?? 1
    guard st != 0 else { return nil }
    return stride(from: 0, to: n, by: 1).map { $0 }.pythonSliceCount(l, h, st)
  }

  // MARK: - Conditions and truth

  /// Branches on the truth of `e`, short-circuiting `and`/`or`/`not` (operands may differ in
  /// type here, as only their truth is used).
  func condition(_ e: Expr, _ ifTrue: BlockID, _ ifFalse: BlockID) {
    switch e.kind {
    case .boolOp(.and, let values):
      for v in values.dropLast() {
        let next = newBlock()
        condition(v, next, ifFalse)
        startBlock(next)
      }
      if let last = values.last { condition(last, ifTrue, ifFalse) }
    case .boolOp(.or, let values):
      for v in values.dropLast() {
        let next = newBlock()
        condition(v, ifTrue, next)
        startBlock(next)
      }
      if let last = values.last { condition(last, ifTrue, ifFalse) }
    case .unaryOp(.not, let operand):
      condition(operand, ifFalse, ifTrue)
    default:
      if case .compare = e.kind { comparisonFeedsJump = true }
      let v = expr(e, unions: true)
      guard let t = truth(v, e.range) else { return terminate(.unreachable) }
      drop(v)
      terminate(.condBranch(t, ifTrue, ifFalse))
    }
  }

  /// The truth value of `v` as a bool register (`bool(v)`), nil for `never`.
  func truth(_ v: Value, _ range: SourceRange) -> Register? {
    guard let r = v.reg else { return nil }
    switch v.type {
    case .bool: return r
    case .int: return emit(.convert(.intToBool, r), .bool)
    case .float: return emit(.convert(.floatToBool, r), .bool)
    case .none: return emit(.constBool(false), .bool)
    case .object: return emit(.convert(.intToBool, emit(.runtime(.objTruth, [r]), .int)), .bool)
    case .instance(let c):
      // __bool__, else __len__ (non-zero), else true.
      let retained = Value(reg: r, type: v.type, owned: false)
      if program.definitions.method("__bool__", of: c.number) != nil {
        return instanceSpecial("__bool__", [retained], want: .bool, range).reg
      }
      if program.definitions.method("__len__", of: c.number) != nil {
        guard let n = instanceSpecial("__len__", [retained], want: .int, range).reg else {
          return nil
        }
        return emit(.convert(.intToBool, emit(.runtime(.checkLen, [n]), .int)), .bool)
      }
      return emit(.constBool(true), .bool)
    case .union(let members):
      // None is false; a bool or int is true when its bits are not 0, a float when it is
      // not 0.0 (NaN is true): selects on the kind, no branch.
      let kind = emit(.convert(.unionKind, r), .int)
      let bits = emit(.convert(.unionBits, r), .slot)
      var t = emit(.compare(.ne, emit(.convert(.fromSlot, bits), .int), emit(.constInt(0), .int)),
                   .bool)
      if members.contains(.float) {
        let f = emit(.convert(.floatToBool, emit(.convert(.fromSlot, bits), .float)), .bool)
        t = emit(.select(isKind(kind, .float), f, t), .bool)
      }
      if members.contains(.none) {
        t = emit(.select(isKind(kind, .none), emit(.constBool(false), .bool), t), .bool)
      }
      return t
    case .str, .list, .tuple, .dict, .set, .frozenset:
      let n = length(v)
      return emit(.convert(.intToBool, n), .bool)
    default:
      program.unsupported("the truth value of \(v.type.phrase)", range)
      return nil
    }
  }

  /// `len(v)` of a str, list or tuple (the caller checked the type).
  func length(_ v: Value) -> Register {
    let fnc: RuntimeFunction
    switch v.type {
    case .str: fnc = .strLen
    case .list: fnc = .listLen
    case .dict: fnc = .dictLen
    case .set, .frozenset: fnc = .setLen
    default: fnc = .tupleLen
    }
    return emit(.runtime(fnc, [v.reg!]), .int)
  }

  // MARK: - Value-producing control flow

  /// Stores a branch's value into hidden local `slot` (of the type inferred so far) and widens
  /// that type; in the first round (type still `never`) it only learns the type.
  func put(_ v: Value, into slot: String, _ range: SourceRange) {
    let known = spec.localTypes[slot] ?? .never
    guard widenLocal(slot, v.type) else {
      program.unsupported("an expression whose branches give \(known.pythonName) and "
                          + "\(v.type.pythonName)", range)
      return drop(v)
    }
    guard known != .never, let r = coerce(v, to: known, range) else { return drop(v) }
    let old: Register? = known.isObject ? emit(.loadLocal(slot), known) : nil
    emitVoid(.storeLocal(slot, r))
    if let old { emitVoid(.release(old)) }
  }

  /// The merged value of a hidden local after its branches joined (borrowed).
  func merged(_ slot: String) -> Value {
    let type = spec.localTypes[slot] ?? .never
    guard type != .never, isReachable else { return .never }
    return Value(reg: emit(.loadLocal(slot), type), type: type, owned: false)
  }

  private func ifExp(_ test: Expr, _ body: Expr, _ orelse: Expr, hint: IRType?,
                     _ range: SourceRange) -> Value {
    let slot = hiddenName("ifexp", range)
    let h = spec.localTypes[slot].flatMap { $0 == .never ? nil : $0 } ?? hint
    let t = newBlock(), f = newBlock(), join = newBlock()
    condition(test, t, f)
    startBlock(t)
    put(expr(body, hint: h, unions: true), into: slot, body.range)
    terminate(.branch(join))
    startBlock(f)
    put(expr(orelse, hint: h, unions: true), into: slot, orelse.range)
    terminate(.branch(join))
    startBlock(join)
    return merged(slot)
  }

  private func boolOp(_ op: BoolOperator, _ values: [Expr], _ range: SourceRange) -> Value {
    let slot = hiddenName("boolop", range)
    let join = newBlock()
    for (i, e) in values.enumerated() {
      let v = expr(e, unions: true)
      if i == values.count - 1 {
        put(v, into: slot, e.range)
        terminate(.branch(join))
        break
      }
      guard let t = truth(v, e.range) else {
        drop(v)
        terminate(.unreachable)
        break
      }
      put(v, into: slot, e.range)
      let next = newBlock()
      terminate(op == .and ? .condBranch(t, next, join) : .condBranch(t, join, next))
      startBlock(next)
    }
    startBlock(join)
    return merged(slot)
  }
}

extension FunctionLowering {
  // MARK: - Unions held in registers

  /// Whether union kind register `kind` (from `Conversion.unionKind`) is that of `member`.
  func isKind(_ kind: Register, _ member: IRType) -> Register {
    emit(.compare(.eq, kind, emit(.constInt(Int64(member.slotKind)), .int)), .bool)
  }

  /// `v` (a scalar member of `type`, or a union whose members all are) as a `union[...]` of
  /// `type`.
  func makeUnion(_ v: Value, _ type: IRType) -> Register? {
    guard let r = v.reg else { return nil }
    if case .union = v.type {
      return emit(.makeUnion(emit(.convert(.unionKind, r), .int),
                             emit(.convert(.unionBits, r), .slot)), type)
    }
    return emit(.makeUnion(emit(.constInt(Int64(v.type.slotKind)), .int),
                           emit(.convert(.toSlot, r), .slot)), type)
  }
}

extension Array where Element == Int {
  /// How many of `self` the Python slice `[lo:hi:step]` selects.
  func pythonSliceCount(_ lo: Int?, _ hi: Int?, _ step: Int) -> Int {
    let n = count
    func clamp(_ v: Int?, _ dflt: Int, _ lower: Int, _ upper: Int) -> Int {
      guard var x = v else { return dflt }
      if x < 0 { x += n }
      return Swift.min(Swift.max(x, lower), upper)
    }
    if step > 0 {
      let s = clamp(lo, 0, 0, n), e = clamp(hi, n, 0, n)
      return e > s ? (e - s + step - 1) / step : 0
    }
    let s = clamp(lo, n - 1, -1, n - 1), e = clamp(hi, -1, -1, n - 1)
    return s > e ? (s - e - step - 1) / (-step) : 0
  }
}
