import Frontend

/// Sets and frozensets: displays, comprehensions, `set(x)`, `frozenset(x)`, `in`, `len`,
/// `| & - ^`, comparisons (subset order), the non-mutating methods, iteration in CPython's
/// order. A set's table layout, and so its iteration order, depends on how it was built: each
/// construct calls the runtime entry point that builds it as CPython's bytecode does
/// (pyrt-objects.h). Entries keep their own slot kinds; reads of a set of `object`s box them.
extension FunctionLowering {
  /// The element type of a set or frozenset type.
  static func setElement(_ t: IRType) -> IRType? {
    switch t {
    case .set(let e), .frozenset(let e): return e
    default: return nil
    }
  }

  /// A set type like `t` (set or frozenset) with elements of type `e`.
  static func setType(like t: IRType, _ e: IRType) -> IRType {
    if case .frozenset = t { return .frozenset(e) }
    return .set(e)
  }

  /// An expression CPython's compiler folds into a constant (literals, and unary and binary
  /// operators and tuples over them).
  private func isFoldedConstant(_ e: Expr) -> Bool {
    switch e.kind {
    case .constant: return true
    case .unaryOp(_, let v): return isFoldedConstant(v)
    case .binOp(let l, _, let r): return isFoldedConstant(l) && isFoldedConstant(r)
    case .tuple(let elts, _): return elts.allSatisfy(isFoldedConstant)
    default: return false
    }
  }

  /// Whether a folded constant expression applies an operator to a str or bytes constant.
  private func foldsStrings(_ e: Expr) -> Bool {
    switch e.kind {
    case .constant(let c, _):
      if case .str = c { return true }
      if case .bytes = c { return true }
      return false
    case .unaryOp(_, let v): return foldsStrings(v)
    case .binOp(let l, _, let r): return foldsStrings(l) || foldsStrings(r)
    case .tuple(let elts, _): return elts.contains(where: foldsStrings)
    default: return false
    }
  }

  /// `{a, b, *c}`: elements before the first `*` are evaluated, then added in order; after it,
  /// each is added as it is evaluated (CPython's BUILD_SET, SET_UPDATE, SET_ADD). A display of
  /// three or more constants is CPython's constant frozenset, rebuilt (its own layout).
  func setDisplay(_ elts: [Expr], _ range: SourceRange) -> Value {
    let starred = elts.contains { if case .starred = $0.kind { true } else { false } }
    if !starred && elts.count >= 3 && elts.allSatisfy(isFoldedConstant) {
      // Operators over numbers fold to the value they compute here; over strs CPython
      // folds only results below its size limits: not emulated.
      guard elts.allSatisfy({ isConstantExpression($0) || !foldsStrings($0) }) else {
        program.unsupported("a set display of constant str expressions (CPython folds them)",
                            range)
        return .never
      }
      let items = expr(Expr(.list(elts: elts, ctx: .load), range))
      guard let l = items.reg, case .list(let e) = items.type else {
        drop(items)
        return .never
      }
      setLine(range)
      let frozen = emit(.runtime(.frozensetConstant, [l]), IRType.frozenset(e))
      drop(items)
      let s = emit(.runtime(.setNew, [emit(.constI32(0), .i32)]), IRType.set(e))
      emitVoid(.runtime(.setUpdateInit, [s, frozen]))
      emitVoid(.release(frozen))
      return Value(reg: s, type: .set(e), owned: true)
    }
    var elem = IRType.never
    var pending: [Value] = []
    let s = emit(.runtime(.setNew, [emit(.constI32(0), .i32)]), IRType.set(.never))
    var ok = true
    func add(_ v: Value) {
      guard let r = own(v) else { return }
      emitVoid(.runtime(.setAddInit, [s, emit(.convert(.toSlot, r), .slot),
                                      emit(.constI32(v.type.slotKind), .i32)]))
    }
    var seenStar = false
    for e in elts {
      if case .starred(let inner, _) = e.kind {
        if !seenStar {
          setLine(range)
          pending.forEach(add)
          pending = []
          seenStar = true
        }
        let x = iterableValue(inner)
        guard let xr = x.reg else {
          ok = false
          break
        }
        guard let xe = Self.iteratedElement(x.type), let j = IRType.join(elem, xe) else {
          program.unsupported("'*' of \(x.type.phrase) in a set display", inner.range)
          drop(x)
          ok = false
          break
        }
        elem = j
        setLine(range)
        emitVoid(.runtime(.setUpdateInit, [s, xr]))
        drop(x)
        continue
      }
      let v = expr(e)
      guard v.reg != nil, let j = IRType.join(elem, v.type) else {
        drop(v)
        ok = false
        break
      }
      elem = j
      if seenStar {
        setLine(range)
        add(v)
      } else {
        pending.append(v)
      }
    }
    if !ok {
      pending.forEach(drop)
      emitVoid(.release(s))
      return .never
    }
    setLine(range)
    pending.forEach(add)
    let r = emit(.convert(.fromSlot, emit(.convert(.toSlot, s), .slot)), IRType.set(elem))
    return Value(reg: r, type: .set(elem), owned: true)
  }

  /// The type of the items iterating a value of type `t` yields (nil: not iterable here).
  static func iteratedElement(_ t: IRType) -> IRType? {
    switch t {
    case .list(let e), .set(let e), .frozenset(let e): return e
    case .tuple(let ts):
      var e = IRType.never
      for x in ts { guard let j = IRType.join(e, x) else { return nil }; e = j }
      return e
    case .str: return .str
    case .dict(let k, _): return k
    default: return nil
    }
  }

  /// `{x for ...}` in its `<setcomp>` frame: the elements in order, then added one by one
  /// (CPython adds each as it goes: the same where no element can fail to hash).
  func setComprehension(_ elt: Expr, _ gens: [Comprehension], _ range: SourceRange) -> Value {
    let items = listComprehension(elt, gens, hint: nil, range, frameName: "<setcomp>")
    return setOfItems(items, frozen: false, elt.range)
  }

  /// A new set (or frozenset) of the items of list `items` (consumed), added in order; the
  /// items' type must hash without raising.
  private func setOfItems(_ items: Value, frozen: Bool, _ range: SourceRange) -> Value {
    guard let l = items.reg, case .list(let e) = items.type else {
      drop(items)
      return .never
    }
    guard isHashable(e) else {
      program.unsupported("a set of items that may be unhashable, computed one by one", range)
      drop(items)
      return .never
    }
    let type: IRType = frozen ? .frozenset(e) : .set(e)
    setLine(range)
    let s = emit(.runtime(.setNew, [emit(.constI32(frozen ? 1 : 0), .i32)]), type)
    emitVoid(.runtime(.setUpdateInit, [s, l]))
    drop(items)
    return Value(reg: s, type: type, owned: true)
  }

  /// `set()`, `set(x)`, `frozenset()`, `frozenset(x)` for a list, tuple, str, dict, set,
  /// range or generator expression (types: CPython's call of them counts no C level).
  func setCall(_ name: String, _ args: [Expr], _ keywords: [Keyword],
               _ range: SourceRange) -> Value {
    let frozen = name == "frozenset"
    guard args.count <= 1, keywords.isEmpty else {
      program.unsupported("\(name)() with these arguments", range)
      return .never
    }
    guard let arg = args.first else {
      let type: IRType = frozen ? .frozenset(.never) : .set(.never)
      return Value(reg: emit(.runtime(.setNew, [emit(.constI32(frozen ? 1 : 0), .i32)]), type),
                   type: type, owned: true)
    }
    if let g = generatorArgument(arg, entry: .direct) {
      return setOfItems(g, frozen: frozen, arg.range)
    }
    let x = containerArgument(arg)
    guard let xr = x.reg else { return .never }
    guard let e = Self.iteratedElement(x.type) else {
      program.unsupported("\(name)() of \(x.type.phrase)", range)
      drop(x)
      return .never
    }
    let type: IRType = frozen ? .frozenset(e) : .set(e)
    setLine(range)
    let s = emit(.runtime(.setFrom, [emit(.constI32(frozen ? 1 : 0), .i32), xr]), type)
    drop(x)
    return Value(reg: s, type: type, owned: true)
  }

  /// The argument of `set()`, `dict()` or a set method: a dict or set as itself (the runtime
  /// iterates or copies it as CPython does, which may presize), a range or a dict view as a
  /// list.
  func containerArgument(_ e: Expr) -> Value {
    if case .call(let f, _, _) = e.kind {
      if case .name("range", _) = f.kind { return iterableValue(e) }
      if case .attribute(_, let attr, _) = f.kind, Self.dictViews.contains(attr) {
        return iterationValue(e)
      }
    }
    return expr(e)
  }

  /// `a | b`, `a & b`, `a - b`, `a ^ b` of two sets (borrowed); nil when not both sets.
  func setBinary(_ op: BinaryOperator, _ l: Value, _ r: Value, _ range: SourceRange) -> Value? {
    guard let a = Self.setElement(l.type), let b = Self.setElement(r.type) else { return nil }
    let f: RuntimeFunction
    var e = a
    switch op {
    case .bitOr: f = .setOr
    case .bitAnd: f = .setAnd
    case .sub: f = .setSub
    case .bitXor: f = .setXor
    default: return nil
    }
    if op != .sub {
      guard let j = IRType.join(a, b) else { return nil }
      e = j
    }
    let type = Self.setType(like: l.type, e)
    setLine(range)
    return Value(reg: emit(.runtime(f, [l.reg!, r.reg!]), type), type: type, owned: true)
  }

  /// `v in s` as a bool register (borrows both).
  func setContains(_ s: Value, _ v: Value, _ range: SourceRange) -> Register? {
    var key = v
    if v.type.isUnion, let b = box(Value(reg: v.reg, type: v.type, owned: false)) {
      key = Value(reg: b, type: .object, owned: true)
    }
    guard let k = key.reg else { return nil }
    setLine(range)
    let c = emit(.runtime(.setContains, [s.reg!, emit(.convert(.toSlot, k), .slot),
                                         emit(.constI32(key.type.slotKind), .i32)]), .int)
    if key.reg != v.reg { drop(key) }
    return emit(.convert(.intToBool, c), .bool)
  }

  /// The elements of set `s` (consumed) as a new list in CPython's iteration order.
  func setList(_ s: Value) -> Value {
    guard let e = Self.setElement(s.type), let r = s.reg else { return .never }
    let l = emit(.runtime(.setToList, [r, emit(.constI32(e.slotKind), .i32)]), .list(e))
    drop(s)
    return Value(reg: l, type: .list(e), owned: true)
  }

  /// The non-mutating set methods (all METH_O, METH_VARARGS or METH_NOARGS: one C level).
  func setMethod(_ s: Value, _ attr: String, _ args: [Expr], _ keywords: [Keyword],
                 _ range: SourceRange) -> Value {
    guard let e = Self.setElement(s.type) else { return .never }
    if attr == "copy" && args.isEmpty && keywords.isEmpty {
      setLine(range)
      checkCLevel(1, Self.callingMessage)
      if case .frozenset = s.type { return s }
      let r = emit(.runtime(.setCopy, [s.reg!]), s.type)
      drop(s)
      return Value(reg: r, type: s.type, owned: true)
    }
    let functions: [String: RuntimeFunction] = [
      "union": .setUnion, "intersection": .setIntersection, "difference": .setDifference,
      "symmetric_difference": .setSymmetricDifference, "issubset": .setIsSubset,
      "issuperset": .setIsSuperset, "isdisjoint": .setIsDisjoint,
    ]
    guard let f = functions[attr], args.count == 1, keywords.isEmpty else {
      drop(s)
      program.unsupported("a method call '.\(attr)()' on a \(s.type.pythonName)"
                          + (functions[attr] == nil ? "" : " with these arguments"), range)
      return .never
    }
    let x = containerArgument(args[0])
    guard let xr = x.reg else {
      drop(s)
      return .never
    }
    guard let xe = Self.iteratedElement(x.type) else {
      drop(x)
      drop(s)
      program.unsupported("\(s.type.pythonName).\(attr)() of \(x.type.phrase)", range)
      return .never
    }
    setLine(range)
    checkCLevel(1, Self.callingMessage)
    if attr.hasPrefix("is") {
      let c = emit(.runtime(f, [s.reg!, xr]), .int)
      drop(x)
      drop(s)
      return Value(reg: emit(.convert(.intToBool, c), .bool), type: .bool, owned: false)
    }
    var elem = e
    if attr != "difference", let j = IRType.join(e, xe) { elem = j }
    let type = Self.setType(like: s.type, elem)
    let r = emit(.runtime(f, [s.reg!, xr]), type)
    drop(x)
    drop(s)
    return Value(reg: r, type: type, owned: true)
  }
}
