import Frontend

/// Dicts: displays (`{k: v}`, `{**d, k: v}`), comprehensions, `d[k]`, `k in d`, `len`,
/// `d.get`, iteration over `d`, `d.keys()`, `d.values()`, `d.items()`, `d | e`, `==`.
///
/// A dict's static type `dict[K, V]` joins the types of its keys and of its values (different
/// types make a boxed `object`). The runtime keeps each entry's own slot kind, so a dict whose
/// static key or value type is `object` may hold unboxed entries (a merge of `dict[str, int]`
/// and `dict[str, float]`): reads of an `object` part box them (`pyrt_dict_value_object_at`,
/// `pyrt_dict_keys(d, OBJ)`); a part of any other type holds exactly that kind.
extension FunctionLowering {
  static let dictViews: Set<String> = ["keys", "values", "items"]

  /// Whether hashing a value of this type cannot raise and runs no code of the program
  /// (ints, floats, bools, None, strs, tuples of them, instances hashed by identity: their
  /// classes define neither __hash__ nor __eq__).
  func isHashable(_ t: IRType) -> Bool {
    switch t {
    case .int, .float, .bool, .none, .str, .never: return true
    case .instance(let c):
      return !definitions.mro(c.number).contains {
        $0.methods["__hash__"] != nil || $0.methods["__eq__"] != nil || $0.dataclass != nil
      }
    case .tuple(let ts): return ts.allSatisfy(isHashable)
    case .frozenset(let e): return isHashable(e)
    default: return false
    }
  }

  /// `{k: v, **d, ...}`: every key, value and `**` operand is evaluated in order, then the
  /// dict is built: pairs inserted (an equal key keeps its first key object and takes the new
  /// value), `**` operands merged.
  func dictDisplay(_ keys: [Expr?], _ values: [Expr], hint: IRType?,
                   _ range: SourceRange) -> Value {
    var keyHint: IRType?
    var valueHint: IRType?
    if case .dict(let k, let v)? = hint {
      keyHint = k == .never ? nil : k
      valueHint = v == .never ? nil : v
    }
    enum Part {
      case pair(Value, Value)
      case spread(Value)
    }
    var parts: [Part] = []
    func dropAll() {
      for p in parts {
        switch p {
        case .pair(let k, let v): drop(k); drop(v)
        case .spread(let d): drop(d)
        }
      }
    }
    var keyType = keyHint ?? .never
    var valueType = valueHint ?? .never
    var sawSpread = false
    for (k, v) in zip(keys, values) {
      if let k {
        let kv = expr(k)
        let vv = expr(v, hint: valueHint)
        parts.append(.pair(kv, vv))
        guard kv.reg != nil, vv.reg != nil else {
          dropAll()
          return .never
        }
        // CPython hashes a group of pairs before it evaluates a later `**` operand: pyforac
        // hashes them all at the end, the same where no key can fail to hash.
        if sawSpread || keys.contains(where: { $0 == nil }), !isHashable(kv.type) {
          program.unsupported("a dict display mixing '**' with keys that may be unhashable",
                              k.range)
          dropAll()
          return .never
        }
        guard let jk = IRType.join(keyType, kv.type), let jv = IRType.join(valueType, vv.type)
        else {
          dropAll()
          return .never
        }
        keyType = jk
        valueType = jv
      } else {
        sawSpread = true
        let d = expr(v)
        parts.append(.spread(d))
        guard d.reg != nil else {
          dropAll()
          return .never
        }
        guard case .dict(let dk, let dv) = d.type, let jk = IRType.join(keyType, dk),
          let jv = IRType.join(valueType, dv)
        else {
          program.unsupported("'**' of \(d.type.phrase) in a dict display", v.range)
          dropAll()
          return .never
        }
        keyType = jk
        valueType = jv
      }
    }
    let type = IRType.dict(keyType, valueType)
    let pairs = parts.filter { if case .pair = $0 { true } else { false } }.count
    setLine(range)
    var d = emit(.runtime(.dictNew, [emit(.constInt(Int64(pairs)), .int)]), type)
    for p in parts {
      switch p {
      case .pair(let k, let v):
        guard let kr = coerce(k, to: keyType, range), let vr = coerce(v, to: valueType, range)
        else { continue }
        emitVoid(.runtime(.dictSetInit, [
          d, emit(.convert(.toSlot, kr), .slot), emit(.constI32(keyType.slotKind), .i32),
          emit(.convert(.toSlot, vr), .slot), emit(.constI32(valueType.slotKind), .i32),
        ]))
      case .spread(let e):
        d = emit(.runtime(.dictMergeConsume, [d, e.reg!]), type)
        drop(e)
      }
    }
    return Value(reg: d, type: type, owned: true)
  }

  /// `{k: v for ...}` in its `<dictcomp>` frame: the (key, value) pairs in order, then the
  /// dict made from them (CPython inserts each pair as it goes: the same where no key can
  /// fail to hash).
  func dictComprehension(_ key: Expr, _ value: Expr, _ gens: [Comprehension], hint: IRType?,
                         _ range: SourceRange) -> Value {
    var pairHint: IRType?
    if case .dict(let k, let v)? = hint { pairHint = .list(.tuple([k, v])) }
    let pairs = listComprehension(Expr(.tuple(elts: [key, value], ctx: .load), range), gens,
                                  hint: pairHint, range, frameName: "<dictcomp>")
    guard let p = pairs.reg else { return .never }
    var type = IRType.dict(.never, .never)
    if case .list(.tuple(let kv)) = pairs.type, kv.count == 2 {
      guard isHashable(kv[0]) else {
        program.unsupported("a dict comprehension whose keys may be unhashable", key.range)
        drop(pairs)
        return .never
      }
      type = .dict(kv[0], kv[1])
    } else if pairs.type != .list(.never) {
      program.unsupported("a dict comprehension of \(pairs.type)", range)
      drop(pairs)
      return .never
    }
    setLine(range)
    let d = emit(.runtime(.dictFromPairs, [p]), type)
    drop(pairs)
    return Value(reg: d, type: type, owned: true)
  }

  /// A key as the runtime takes it: its slot and slot kind (a union held in registers is
  /// boxed first); nil when it has no value.
  private func keySlot(_ k: Value) -> (Value, Register, Register)? {
    var key = k
    if k.type.isUnion, let b = box(k) {
      drop(k)
      key = Value(reg: b, type: .object, owned: true)
    }
    guard let r = key.reg else { return nil }
    return (key, emit(.convert(.toSlot, r), .slot), emit(.constI32(key.type.slotKind), .i32))
  }

  /// The value of entry `i` (a register) of dict `d`, whose values have static type `v`.
  private func entryValue(_ d: Value, _ i: Register, _ v: IRType) -> Value {
    if v == .object {
      let r = emit(.runtime(.dictValueObjectAt, [d.reg!, i]), .object)
      drop(d)
      return Value(reg: r, type: .object, owned: true)
    }
    let r = emit(.convert(.fromSlot, emit(.runtime(.dictValueAt, [d.reg!, i]), .slot)), v)
    if d.owned {
      if v.isObject { emitVoid(.retain(r)) }
      drop(d)
      return Value(reg: r, type: v, owned: v.isObject)
    }
    return Value(reg: r, type: v, owned: false)
  }

  /// `d[k]`: KeyError (repr of the key) when absent.
  func dictSubscript(_ d: Value, _ index: Expr, _ range: SourceRange) -> Value {
    guard case .dict(_, let valueType) = d.type else { return .never }
    if case .slice = index.kind {
      drop(d)
      program.unsupported("slicing a dict", range)
      return .never
    }
    guard let (key, slot, kind) = keySlot(expr(index)) else {
      drop(d)
      return .never
    }
    setLine(range)
    let i = emit(.runtime(.dictLookup, [d.reg!, slot, kind]), .int)
    drop(key)
    if valueType == .never {
      // An empty dict: the lookup raised.
      drop(d)
      terminate(.unreachable)
      return .never
    }
    return entryValue(d, i, valueType)
  }

  /// `k in d` as a bool register (borrows both).
  func dictContains(_ d: Value, _ k: Value, _ range: SourceRange) -> Register? {
    guard let (key, slot, kind) = keySlot(Value(reg: k.reg, type: k.type, owned: false)) else {
      return nil
    }
    setLine(range)
    let c = emit(.runtime(.dictContains, [d.reg!, slot, kind]), .int)
    if key.reg != k.reg { drop(key) }
    return emit(.convert(.intToBool, c), .bool)
  }

  /// The keys, values or (key, value) tuples of dict `d` (consumed) as a new list, in
  /// insertion order: what iterating `d`, `d.keys()`, `d.values()` or `d.items()` sees.
  func dictList(_ d: Value, _ part: String) -> Value {
    guard case .dict(let k, let v) = d.type, let r = d.reg else { return .never }
    let result: Value
    switch part {
    case "values":
      result = Value(reg: emit(.runtime(.dictValues, [r, emit(.constI32(v.slotKind), .i32)]),
                               .list(v)), type: .list(v), owned: true)
    case "items":
      let t = IRType.list(k == .never ? .never : .tuple([k, v]))
      result = Value(reg: emit(.runtime(.dictItemsAs, [r, emit(.constI32(k.slotKind), .i32),
                                                       emit(.constI32(v.slotKind), .i32)]), t),
                     type: t, owned: true)
    default:
      result = Value(reg: emit(.runtime(.dictKeys, [r, emit(.constI32(k.slotKind), .i32)]),
                               .list(k)), type: .list(k), owned: true)
    }
    drop(d)
    return result
  }

  /// Whether `e` is a call `x.keys()`, `x.values()` or `x.items()` (a dict view where `x` is a
  /// dict).
  func isDictView(_ e: Expr) -> Bool {
    guard case .call(let f, let args, let kws) = e.kind, args.isEmpty, kws.isEmpty,
      case .attribute(_, let attr, _) = f.kind
    else { return false }
    return Self.dictViews.contains(attr)
  }

  /// What a loop or a builtin's C code iterates over: `d.keys()`, `d.values()`, `d.items()`
  /// and a dict itself become the list of what they yield; anything else is its value.
  func iterationValue(_ e: Expr) -> Value {
    if case .call(let f, let args, let kws) = e.kind, args.isEmpty, kws.isEmpty,
      case .attribute(let base, let attr, _) = f.kind, Self.dictViews.contains(attr)
    {
      let d = expr(base)
      guard d.reg != nil else { return .never }
      guard case .dict = d.type else {
        drop(d)
        program.unsupported("a method call '.\(attr)()' on \(d.type.phrase)", e.range)
        return .never
      }
      setLine(e.range)
      checkCLevel(1, Self.callingMessage)  // a METH_NOARGS method
      return dictList(d, attr)
    }
    let v = expr(e)
    if case .dict = v.type { return dictList(v, "keys") }
    if Self.setElement(v.type) != nil { return setList(v) }
    return v
  }

  /// `d.get(k)`, `d.get(k, default)`, `d.copy()`; the views `keys()`, `values()`,
  /// `items()` only where they are iterated (`iterationValue`).
  func dictMethod(_ d: Value, _ attr: String, _ args: [Expr], _ keywords: [Keyword],
                  _ range: SourceRange) -> Value {
    guard case .dict(_, let valueType) = d.type else { return .never }
    switch attr {
    case "get" where keywords.isEmpty && (args.count == 1 || args.count == 2):
      guard let (key, slot, kind) = keySlot(expr(args[0])) else {
        drop(d)
        return .never
      }
      let dflt = args.count == 2 ? expr(args[1], unions: true) : constant(.constNone, .none)
      guard dflt.reg != nil else {
        drop(key)
        drop(d)
        return .never
      }
      // A METH_FASTCALL method: one C level while the calling code is cold.
      enterColdCall(range)
      let i = emit(.runtime(.dictFind, [d.reg!, slot, kind]), .int)
      leaveColdCall()
      drop(key)
      let result = hiddenName("dictget", range)
      let found = newBlock(), absent = newBlock(), join = newBlock()
      terminate(.condBranch(emit(.compare(.ge, i, emit(.constInt(0), .int)), .bool), found,
                            absent))
      startBlock(found)
      drop(dflt)
      if valueType == .never {
        terminate(.unreachable)
      } else {
        put(entryValue(Value(reg: d.reg, type: d.type, owned: false), i, valueType),
            into: result, range)
        terminate(.branch(join))
      }
      startBlock(absent)
      put(Value(reg: own(dflt), type: dflt.type, owned: true), into: result, range)
      terminate(.branch(join))
      startBlock(join)
      let v = merged(result)
      drop(d)
      return v
    case "copy" where args.isEmpty && keywords.isEmpty:
      setLine(range)
      checkCLevel(1, Self.callingMessage)
      let r = emit(.runtime(.dictCopy, [d.reg!]), d.type)
      drop(d)
      return Value(reg: r, type: d.type, owned: true)
    case "keys", "values", "items":
      drop(d)
      program.unsupported("the dict view '.\(attr)()' other than in a loop or a builtin "
                          + "that iterates it", range)
      return .never
    default:
      drop(d)
      program.unsupported("a method call '.\(attr)()' on a dict", range)
      return .never
    }
  }

  /// `dict()`, `dict(k=v, ...)`, `dict(d)`, `dict(pairs)` (a list or tuple of 2-item tuples
  /// or lists). `dict` is a type: CPython's call of it counts no C level.
  func dictCall(_ args: [Expr], _ keywords: [Keyword], _ range: SourceRange) -> Value {
    guard args.count <= 1 else {
      program.unsupported("dict() with \(args.count) arguments", range)
      return .never
    }
    if args.isEmpty {
      let keys: [Expr?] = keywords.map { k in
        Expr(.constant(value: .str(k.arg ?? ""), kind: nil), k.range)
      }
      return dictDisplay(keys, keywords.map(\.value), hint: nil, range)
    }
    guard keywords.isEmpty else {
      program.unsupported("dict() with both an argument and keywords", range)
      return .never
    }
    // A dict argument is copied (not iterated); a view or a range is iterated.
    let v = containerArgument(args[0])
    guard let r = v.reg else { return .never }
    var type: IRType
    switch v.type {
    case .dict:
      type = v.type
    case .list(.tuple(let kv)) where kv.count == 2:
      type = .dict(kv[0], kv[1])
    case .list(.list(let e)):
      type = .dict(e, e)
    case .list(.never):
      type = .dict(.never, .never)
    case .list, .tuple:
      // Items of other shapes: the runtime raises CPython's errors for them (or reads
      // 2-character strs); keys and values of unknown types are boxed.
      type = .dict(.object, .object)
    default:
      program.unsupported("dict() of \(v.type.phrase)", range)
      drop(v)
      return .never
    }
    setLine(range)
    let d = emit(.runtime(v.type == type ? .dictCopy : .dictFromPairs, [r]), type)
    drop(v)
    return Value(reg: d, type: type, owned: true)
  }

  /// `d | e`, `d == e`, `d != e` for two dicts (both borrowed).
  func dictMerge(_ l: Value, _ r: Value, _ range: SourceRange) -> Value {
    guard case .dict(let k1, let v1) = l.type, case .dict(let k2, let v2) = r.type,
      let k = IRType.join(k1, k2), let v = IRType.join(v1, v2)
    else { return .never }
    setLine(range)
    let t = IRType.dict(k, v)
    return Value(reg: emit(.runtime(.dictMerge, [l.reg!, r.reg!]), t), type: t, owned: true)
  }
}
