import Frontend

/// Arithmetic, unary and comparison operators with CPython's semantics for int, float, bool,
/// str, list and tuple operands.
extension FunctionLowering {
  /// A bool operand widened to int (Python's `True + 1 == 2`); other values unchanged.
  func numeric(_ v: Value) -> Value {
    guard v.type == .bool, let r = v.reg else { return v }
    return Value(reg: emit(.convert(.boolToInt, r), .int), type: .int, owned: false)
  }

  /// A value where CPython needs an int (range bounds, indices, repeat counts): bools widen,
  /// union values are checked at run time (TypeError as CPython for a non-int).
  func asIndex(_ v: Value) -> Value {
    guard v.type == .object, let r = v.reg else { return numeric(v) }
    let i = emit(.runtime(.objAsIndex, [r]), .int)
    drop(v)
    return Value(reg: i, type: .int, owned: false)
  }

  func toFloat(_ v: Value) -> Register? {
    guard let r = v.reg else { return nil }
    switch v.type {
    case .float: return r
    case .int: return emit(.convert(.intToFloat, r), .float)
    case .bool: return emit(.convert(.intToFloat, emit(.convert(.boolToInt, r), .int)), .float)
    case .object: return emit(.runtime(.objAsFloat, [r]), .float)
    default: return nil
    }
  }

  func isNumber(_ t: IRType) -> Bool { t == .int || t == .float || t == .bool }

  /// `l op r`. `rightExpr` lets `**` see a constant exponent.
  func binary(_ op: BinaryOperator, _ l: Value, _ r: Value, _ range: SourceRange,
              rightExpr: Expr? = nil) -> Value {
    guard l.reg != nil, r.reg != nil else {
      drop(l)
      drop(r)
      return .never
    }
    if case .instance = l.type {
      return instanceSpecial(Self.binaryDunder(op), [l, r], want: nil, range)
    }
    if op == .mod && l.type == .str {
      // Whatever the right operand (a union, a boxed value): printf-style formatting.
      drop(l)
      drop(r)
      program.unsupported("'%' formatting", range)
      return .never
    }
    if l.type.isUnion || r.type.isUnion {
      guard l.type.isScalar && r.type.isScalar else {
        return binary(op, boxingUnion(l), boxingUnion(r), range, rightExpr: rightExpr)
      }
      // Arithmetic on unions held in registers: one path per pair of members.
      return perMember(of: [l, r], "unionarith", range) {
        binary(op, $0[0], $0[1], range, rightExpr: rightExpr)
      } ?? .never
    }
    if let v = setBinary(op, l, r, range) {
      drop(l)
      drop(r)
      return v
    }
    if op == .bitOr, case .dict = l.type, case .dict = r.type {
      let v = dictMerge(l, r, range)
      drop(l)
      drop(r)
      return v
    }
    if l.type == .bool && r.type == .bool && [.bitAnd, .bitOr, .bitXor].contains(op) {
      let ir: IntOp = op == .bitAnd ? .and : op == .bitOr ? .or : .xor
      let a = emit(.convert(.boolToInt, l.reg!), .int), b = emit(.convert(.boolToInt, r.reg!), .int)
      let x = emit(.intArith(ir, a, b), .int)
      return Value(reg: emit(.convert(.intToBool, x), .bool), type: .bool, owned: false)
    }
    if l.type == .object || r.type == .object {
      if rejectsOperationOnObject([Self.binaryDunder(op)], range) {
        drop(l)
        drop(r)
        return .never
      }
      return objectArithmetic(op, l, r, range)
    }
    if isNumber(l.type) && isNumber(r.type) {
      let a = numeric(l), b = numeric(r)
      if a.type == .int && b.type == .int {
        return intBinary(op, a.reg!, b.reg!, range, rightExpr: rightExpr)
      }
      return floatBinary(op, toFloat(a)!, toFloat(b)!, range)
    }
    return objectBinary(op, l, r, range)
  }

  /// `combine` of each combination of members `values` can hold (a scalar is its own only
  /// member), each on its own path and lowered as for single types, the results merged in a
  /// hidden local named after `name` and `range` (a union again when they differ: `int |
  /// float` plus a float is a float, plus an int is `int | float`). No allocation; a member
  /// the operation rejects (None in arithmetic) raises on its own path. Nil when `combine`
  /// gave nil on a path it did not end (diagnosed).
  func perMember(of values: [Value], _ name: String, _ range: SourceRange,
                 _ combine: ([Value]) -> Value?) -> Value? {
    let slot = hiddenName(name, range)
    let join = newBlock()
    var failed = false
    func paths(_ chosen: [Value]) {
      guard chosen.count < values.count else {
        if let v = combine(chosen) {
          put(v, into: slot, range)
        } else if isReachable {
          failed = true
        }
        return terminate(.branch(join))
      }
      eachMember(of: values[chosen.count]) { paths(chosen + [$0]) }
    }
    paths([])
    startBlock(join)
    return failed ? nil : merged(slot)
  }

  /// Calls `body` once per member of union `v`, in a block reached only when `v` holds that
  /// member, with the member's value (`v` itself, in the current block, when it is not a
  /// union). `body` ends each block it is called in.
  func eachMember(of v: Value, _ body: (Value) -> Void) {
    guard case .union(let members) = v.type, let reg = v.reg else { return body(v) }
    let kind = emit(.convert(.unionKind, reg), .int)
    let bits = emit(.convert(.unionBits, reg), .slot)
    for (i, m) in members.enumerated() {
      if i < members.count - 1 {
        let yes = newBlock(), no = newBlock()
        terminate(.condBranch(isKind(kind, m), yes, no))
        startBlock(yes)
        body(Value(reg: emit(.convert(.fromSlot, bits), m), type: m, owned: false))
        startBlock(no)
      } else {
        body(Value(reg: emit(.convert(.fromSlot, bits), m), type: m, owned: false))
      }
    }
  }

  /// Arithmetic where an operand is a boxed union value: both are boxed and the runtime
  /// dispatches on their dynamic types.
  private func objectArithmetic(_ op: BinaryOperator, _ l: Value, _ r: Value,
                                _ range: SourceRange) -> Value {
    let codes: [BinaryOperator: RuntimeABI.BinaryOp] = [
      .add: .add, .sub: .sub, .mult: .mul, .div: .trueDiv, .floorDiv: .floorDiv, .mod: .mod,
      .pow: .pow,
    ]
    guard let base = codes[op]?.rawValue else {
      program.unsupported("'\(op.rawValue)' on a value of several possible types", range)
      drop(l)
      drop(r)
      return .never
    }
    let code = inAugmentedAssignment ? base | RuntimeABI.BinaryOp.inPlace.rawValue : base
    guard let a = box(l), let b = box(r) else { return .never }
    setLine(range)
    let result = emit(.runtime(.objBinop, [emit(.constI32(code), .i32), a, b]), .object)
    emitVoid(.release(a))
    emitVoid(.release(b))
    return Value(reg: result, type: .object, owned: true)
  }

  private func intBinary(_ op: BinaryOperator, _ a: Register, _ b: Register, _ range: SourceRange,
                         rightExpr: Expr?) -> Value {
    func int(_ o: Operation) -> Value { Value(reg: emit(o, .int), type: .int, owned: false) }
    switch op {
    case .add: setLine(range); return int(.intArith(.add, a, b))
    case .sub: setLine(range); return int(.intArith(.sub, a, b))
    case .mult: setLine(range); return int(.intArith(.mul, a, b))
    case .bitAnd: return int(.intArith(.and, a, b))
    case .bitOr: return int(.intArith(.or, a, b))
    case .bitXor: return int(.intArith(.xor, a, b))
    case .floorDiv: setLine(range); return int(.intArith(.floorDiv, a, b))
    case .mod: setLine(range); return int(.intArith(.mod, a, b))
    case .lShift: setLine(range); return int(.runtime(.intLShift, [a, b]))
    case .rShift: setLine(range); return int(.runtime(.intRShift, [a, b]))
    case .div:
      setLine(range)
      return Value(reg: emit(.runtime(.intTrueDiv, [a, b]), .float), type: .float, owned: false)
    case .pow:
      setLine(range)
      if let e = rightExpr, let k = constantInt(e), k < 0 {
        let fa = emit(.convert(.intToFloat, a), .float), fb = emit(.convert(.intToFloat, b), .float)
        return Value(reg: emit(.runtime(.floatPow, [fa, fb]), .float), type: .float, owned: false)
      }
      if let e = rightExpr, constantInt(e) != nil {
        return int(.runtime(.intPowNonNeg, [a, b]))
      }
      // The exponent's sign is known only at run time: an int or a float, boxed.
      let l = Value(reg: a, type: .int, owned: false), r = Value(reg: b, type: .int, owned: false)
      return objectArithmetic(.pow, l, r, range)
    case .matMult:
      program.unsupported("'@' on numbers", range)
      return .never
    }
  }

  private func floatBinary(_ op: BinaryOperator, _ a: Register, _ b: Register,
                           _ range: SourceRange) -> Value {
    func float(_ o: Operation) -> Value { Value(reg: emit(o, .float), type: .float, owned: false) }
    switch op {
    case .add: return float(.floatArith(.add, a, b))
    case .sub: return float(.floatArith(.sub, a, b))
    case .mult: return float(.floatArith(.mul, a, b))
    case .div: setLine(range); return float(.floatArith(.div, a, b))
    case .floorDiv: setLine(range); return float(.runtime(.floatFloorDiv, [a, b]))
    case .mod: setLine(range); return float(.runtime(.floatMod, [a, b]))
    case .pow: setLine(range); return float(.runtime(.floatPow, [a, b]))
    default:
      program.unsupported("this operator on floats", range)
      return .never
    }
  }

  private func objectBinary(_ op: BinaryOperator, _ l: Value, _ r: Value,
                            _ range: SourceRange) -> Value {
    if op == .add, case .list(let x) = l.type, case .list(let y) = r.type,
      x == .never || y == .never
    {
      // An operand of type list[never] is always empty: the result is the other operand.
      let (keep, empty) = x == .never ? (r, l) : (l, r)
      drop(empty)
      return keep
    }
    if op == .add, case .list(let x) = l.type, case .list(let y) = r.type, x != y,
      !x.fits(into: y), !y.fits(into: x), let j = IRType.join(x, y)
    {
      // A mixed list: both sides become lists of the joined (boxed) element type.
      guard let a = coerce(l, to: .list(j), range), let b = coerce(r, to: .list(j), range) else {
        return .never
      }
      setLine(range)
      let result = emit(.runtime(.listConcat, [a, b]), .list(j))
      emitVoid(.release(a))
      emitVoid(.release(b))
      return Value(reg: result, type: .list(j), owned: true)
    }
    defer {
      drop(l)
      drop(r)
    }
    let a = l.reg!, b = r.reg!
    func obj(_ f: RuntimeFunction, _ args: [Register], _ t: IRType) -> Value {
      setLine(range)
      return Value(reg: emit(.runtime(f, args), t), type: t, owned: true)
    }
    switch (op, l.type, r.type) {
    case (.add, .str, .str): return obj(.strConcat, [a, b], .str)
    case (.mult, .str, .int), (.mult, .str, .bool): return obj(.strRepeat, [a, numeric(r).reg!], .str)
    case (.mult, .int, .str), (.mult, .bool, .str): return obj(.strRepeat, [b, numeric(l).reg!], .str)
    case (.add, .list(let x), .list(let y)):
      if x == y { return obj(.listConcat, [a, b], l.type) }
      if x.fits(into: y) { return obj(.listConcat, [a, b], r.type) }
      if y.fits(into: x) { return obj(.listConcat, [a, b], l.type) }
    case (.mult, .list, .int), (.mult, .list, .bool):
      return obj(.listRepeat, [a, numeric(r).reg!], l.type)
    case (.mult, .int, .list), (.mult, .bool, .list):
      return obj(.listRepeat, [b, numeric(l).reg!], r.type)
    case (.add, .tuple(let x), .tuple(let y)):
      return obj(.tupleConcat, [a, b], .tuple(x + y))
    default: break
    }
    let seq: Set<String> = ["str", "list", "tuple"]
    if op == .add, seq.contains(l.type.pythonName), l.type.pythonName != r.type.pythonName {
      let n = l.type.pythonName
      raise(.type, "can only concatenate \(n) (not \"\(r.type.pythonName)\") to \(n)", range)
      return .never
    }
    if op == .mult, seq.contains(l.type.pythonName) || seq.contains(r.type.pythonName) {
      let other = seq.contains(l.type.pythonName) ? r.type : l.type
      if other == .int || other == .bool {
        // A valid repeat the cases above do not cover (a tuple: its length is part of its type).
        program.unsupported("repeating a \(l.type == other ? r.type.pythonName : l.type.pythonName) with '*'", range)
        return .never
      }
      // CPython repeats the left operand when it is a sequence, naming the right one's type
      // ("ab" * (2,) names 'tuple'), else the right operand, naming the left one's.
      if other.isPython && other != .object && other != .never {
        raise(.type, "can't multiply sequence by non-int of type '\(other.pythonName)'", range)
        return .never
      }
    }
    let symbols: [BinaryOperator: String] = [
      .add: "+", .sub: "-", .mult: "*", .div: "/", .floorDiv: "//", .mod: "%",
      .pow: "** or pow()", .bitAnd: "&", .bitOr: "|", .bitXor: "^", .lShift: "<<", .rShift: ">>",
    ]
    if var sym = symbols[op], l.type.pythonName != r.type.pythonName || !l.type.isObject {
      // An augmented assignment names its own operator (`+=`, `**=`).
      if inAugmentedAssignment { sym = (op == .pow ? "**" : sym) + "=" }
      raise(.type, "unsupported operand type(s) for \(sym): '\(l.type.pythonName)' and "
            + "'\(r.type.pythonName)'", range)
      return .never
    }
    program.unsupported("'\(op.rawValue)' between \(l.type) and \(r.type)", range)
    return .never
  }

  func unary(_ op: UnaryOperator, _ v: Value, _ range: SourceRange) -> Value {
    guard let r = v.reg else { return .never }
    if case .instance = v.type, op == .uSub || op == .uAdd {
      return instanceSpecial(op == .uSub ? "__neg__" : "__pos__", [v], want: nil, range)
    }
    switch (op, v.type) {
    case (.not, _):
      guard let t = truth(v, range) else { return .never }
      drop(v)
      return Value(reg: emit(.not(t), .bool), type: .bool, owned: false)
    case (.uSub, .int), (.uSub, .bool):
      setLine(range)
      return Value(reg: emit(.negate(numeric(v).reg!), .int), type: .int, owned: false)
    case (.uSub, .float):
      return Value(reg: emit(.negate(r), .float), type: .float, owned: false)
    case (.uSub, .object):
      if rejectsOperationOnObject(["__neg__"], range) {
        drop(v)
        return .never
      }
      setLine(range)
      let n = emit(.runtime(.objNeg, [r]), .object)
      drop(v)
      return Value(reg: n, type: .object, owned: true)
    case (.uAdd, .int), (.uAdd, .float), (.uAdd, .bool):
      return numeric(v)
    case (.invert, .int), (.invert, .bool):
      let m = emit(.constInt(-1), .int)
      return Value(reg: emit(.intArith(.xor, numeric(v).reg!, m), .int), type: .int, owned: false)
    case (_, .object):
      program.unsupported("this unary operator on a value of several possible types", range)
      return .never
    default:
      let sym = ["USub": "-", "UAdd": "+", "Invert": "~"][op.rawValue] ?? "?"
      raise(.type, "bad operand type for unary \(sym): '\(v.type.pythonName)'", range)
      return .never
    }
  }

  // MARK: - Comparisons

  func compareChain(_ left: Expr, _ ops: [CompareOperator], _ rights: [Expr],
                    _ range: SourceRange) -> Value {
    let feedsJump = comparisonFeedsJump
    comparisonFeedsJump = false
    if ops.count == 1 {
      let l = expr(left, unions: true), r = expr(rights[0], unions: true)
      return compare(ops[0], l, r, range, feedsJump: feedsJump)
    }
    let slot = hiddenName("cmp", range)
    _ = widenLocal(slot, .bool)
    let join = newBlock()
    var l = expr(left)
    for (i, (op, rightExpr)) in zip(ops, rights).enumerated() {
      let r = expr(rightExpr)
      let keep = Value(reg: own(r), type: r.type, owned: true)
      // `compare` consumes `l`; the right operand stays alive as the next left one.
      let c = compare(op, l, Value(reg: keep.reg, type: r.type, owned: false), range,
                      feedsJump: feedsJump)
      guard let cr = c.reg else {
        drop(keep)
        terminate(.unreachable)
        break
      }
      emitVoid(.storeLocal(slot, cr))
      if i == ops.count - 1 {
        drop(keep)
        terminate(.branch(join))
        break
      }
      let next = newBlock(), stop = newBlock()
      terminate(.condBranch(cr, next, stop))
      startBlock(stop)
      drop(keep)
      terminate(.branch(join))
      startBlock(next)
      l = keep
    }
    startBlock(join)
    return merged(slot)
  }

  /// `l op r` for one comparison operator; consumes owned operands. `feedsJump`: the result
  /// only decides a branch (CPython's COMPARE_OP is then followed by a POP_JUMP).
  /// `recursionCheck: false` leaves out CPython's recursion check of comparisons (the members
  /// of a union, compared as the runtime compares boxed numbers and None).
  func compare(_ op: CompareOperator, _ l: Value, _ r: Value, _ range: SourceRange,
               feedsJump: Bool = false, recursionCheck: Bool = true) -> Value {
    // A union held in registers: `is None` tests its kind; other comparisons box it.
    if op == .is || op == .isNot, case .union(let members) = l.type, r.type == .none,
      let a = l.reg
    {
      let isNone = members.contains(.none)
        ? isKind(emit(.convert(.unionKind, a), .int), .none) : emit(.constBool(false), .bool)
      return Value(reg: op == .is ? isNone : emit(.not(isNone), .bool), type: .bool, owned: false)
    }
    if op == .is || op == .isNot, case .union = r.type, l.type == .none {
      return compare(op, r, l, range, feedsJump: feedsJump)
    }
    if l.type.isUnion || r.type.isUnion {
      guard l.type.isScalar && r.type.isScalar, op != .in, op != .notIn, op != .is, op != .isNot
      else {
        return compare(op, boxingUnion(l), boxingUnion(r), range, feedsJump: feedsJump)
      }
      // One path per pair of members; numbers and None compare as the runtime compares them
      // boxed (`pyrt_slot_richcompare`: no recursion check).
      return perMember(of: [l, r], "unioncmp", range) {
        compare(op, $0[0], $0[1], range, recursionCheck: false)
      } ?? .never
    }
    if let v = instanceComparison(op, l, r, range) { return v }
    defer {
      drop(l)
      drop(r)
    }
    guard let a = l.reg, let b = r.reg else { return .never }
    func bool(_ reg: Register) -> Value { Value(reg: reg, type: .bool, owned: false) }
    func fromInt(_ reg: Register, _ pred: ComparePredicate) -> Value {
      bool(emit(.compare(pred, reg, emit(.constInt(0), .int)), .bool))
    }
    switch op {
    case .is, .isNot:
      if (l.type == .object && r.type == .none) || (l.type == .none && r.type == .object) {
        let o = l.type == .object ? a : b
        let isNone = emit(.convert(.intToBool, emit(.runtime(.objIsNone, [o]), .int)), .bool)
        return bool(op == .is ? isNone : emit(.not(isNone), .bool))
      }
      guard l.type == .none || r.type == .none else {
        program.unsupported("'is' between values other than None", range)
        return .never
      }
      return bool(emit(.constBool((l.type == r.type) == (op == .is)), .bool))
    case .in, .notIn:
      guard let c = contains(r, l, range) else { return .never }
      return op == .in ? bool(c) : bool(emit(.not(c), .bool))
    default: break
    }
    let pred: ComparePredicate = [.eq: .eq, .notEq: .ne, .lt: .lt, .ltE: .le, .gt: .gt,
                                  .gtE: .ge][op] ?? .eq
    if l.type == .object || r.type == .object {
      let text = [.eq: "==", .ne: "!=", .lt: "<", .le: "<=", .gt: ">", .ge: ">="][pred] ?? "=="
      guard let x = box(Value(reg: a, type: l.type, owned: false)),
        let y = box(Value(reg: b, type: r.type, owned: false))
      else { return .never }
      setLine(range)
      let k = emit(.constI32(IRType.object.slotKind), .i32)
      let c = emit(.runtime(.slotRichCompare, [emit(.convert(.toSlot, x), .slot), k,
                                               emit(.convert(.toSlot, y), .slot), k,
                                               emit(.constCString(text), .rawPointer)]), .int)
      emitVoid(.release(x))
      emitVoid(.release(y))
      return bool(emit(.convert(.intToBool, c), .bool))
    }
    if recursionCheck && (isNumber(l.type) && isNumber(r.type) || (l.type == .str && r.type == .str)
      || (l.type == .none && r.type == .none))
    {
      comparisonRecursionCheck(l, r, pred, feedsJump, range)
    }
    if isNumber(l.type) && isNumber(r.type) {
      let x = numeric(l), y = numeric(r)
      switch (x.type, y.type) {
      case (.int, .int), (.float, .float):
        return bool(emit(.compare(pred, x.reg!, y.reg!), .bool))
      case (.int, .float):
        return bool(mixedCompare(pred, x.reg!, y.reg!))
      default:
        return bool(mixedCompare(pred.swapped, y.reg!, x.reg!))
      }
    }
    let opText = [.eq: "==", .ne: "!=", .lt: "<", .le: "<=", .gt: ">", .ge: ">="][pred] ?? "?"
    setLine(range)
    switch (l.type, r.type) {
    case (.none, .none) where pred == .eq || pred == .ne:
      return bool(emit(.constBool(pred == .eq), .bool))
    case (.str, .str):
      if pred == .eq || pred == .ne {
        return fromInt(emit(.runtime(.strEq, [a, b]), .int), pred == .eq ? .ne : .eq)
      }
      return fromInt(emit(.runtime(.strCompare, [a, b]), .int), pred)
    case (.list, .list):
      // Element types may differ ([1] < [1.5]): the runtime reads each list's own kinds.
      if pred == .eq || pred == .ne {
        return fromInt(emit(.runtime(.listEq, [a, b]), .int), pred == .eq ? .ne : .eq)
      }
      return richCompare(a, b, opText)
    case (.tuple, .tuple):
      if pred == .eq || pred == .ne {
        return fromInt(emit(.runtime(.tupleEq, [a, b]), .int), pred == .eq ? .ne : .eq)
      }
      return richCompare(a, b, opText)
    case (.set, .set), (.set, .frozenset), (.frozenset, .set), (.frozenset, .frozenset):
      if pred == .eq || pred == .ne {
        return fromInt(emit(.runtime(.setEq, [a, b]), .int), pred == .eq ? .ne : .eq)
      }
      let c = emit(.runtime(.setRichCompare, [a, b, emit(.constCString(opText), .rawPointer)]),
                   .int)
      return bool(emit(.convert(.intToBool, c), .bool))
    case (.dict, .dict):
      if pred == .eq || pred == .ne {
        return fromInt(emit(.runtime(.dictEq, [a, b]), .int), pred == .eq ? .ne : .eq)
      }
      return richCompare(a, b, opText)
    default:
      if pred == .eq || pred == .ne {
        if l.type.isObject && r.type.isObject && l.type.pythonName == r.type.pythonName {
          program.unsupported("comparing \(l.type) with \(r.type)", range)
          return .never
        }
        return bool(emit(.constBool(pred == .ne), .bool))
      }
      raise(.type, "'\(opText)' not supported between instances of '\(l.type.pythonName)' and "
            + "'\(r.type.pythonName)'", range)
      return .never
    }
  }

  /// CPython 3.11 checks the recursion limit (" in comparison") in every comparison it does not
  /// specialise; it specialises a comparison followed by a conditional jump when both operands
  /// are floats, both exact ints of one digit (checked at run time), or both str under
  /// `==`/`!=`. Containers check in the runtime (`pyrt_cmp_enter`).
  private func comparisonRecursionCheck(_ l: Value, _ r: Value, _ pred: ComparePredicate,
                                        _ feedsJump: Bool, _ range: SourceRange) {
    guard let a = l.reg, let b = r.reg else { return }
    if feedsJump {
      switch (l.type, r.type) {
      case (.float, .float): return
      case (.str, .str) where pred == .eq || pred == .ne: return
      case (.int, .int):
        setLine(range)
        return emitVoid(.checkComparisonRecursion([a, b]))
      default: break
      }
    }
    setLine(range)
    emitVoid(.checkComparisonRecursion([]))
  }

  /// Python's `a <op> b` for two containers, through `pyrt_slot_richcompare`.
  private func richCompare(_ a: Register, _ b: Register, _ op: String) -> Value {
    let k = emit(.constI32(IRType.str.slotKind), .i32)
    let sa = emit(.convert(.toSlot, a), .slot), sb = emit(.convert(.toSlot, b), .slot)
    let r = emit(.runtime(.slotRichCompare, [sa, k, sb, k, emit(.constCString(op), .rawPointer)]),
                 .int)
    return Value(reg: emit(.convert(.intToBool, r), .bool), type: .bool, owned: false)
  }

  /// Exact comparison of an int with a float (CPython does not round the int first).
  private func mixedCompare(_ pred: ComparePredicate, _ i: Register, _ f: Register) -> Register {
    let c = emit(.runtime(.intFloatCompare, [i, f]), .int)
    // pyrt_int_float_compare: -1, 0, 1, or 2 when unordered (NaN).
    func k(_ v: Int64) -> Register { emit(.constInt(v), .int) }
    switch pred {
    case .eq: return emit(.compare(.eq, c, k(0)), .bool)
    case .ne: return emit(.compare(.ne, c, k(0)), .bool)
    case .lt: return emit(.compare(.eq, c, k(-1)), .bool)
    case .le: return emit(.compare(.le, c, k(0)), .bool)
    case .gt: return emit(.compare(.eq, c, k(1)), .bool)
    case .ge:
      let ge0 = emit(.compare(.ge, c, k(0)), .bool)
      let lt2 = emit(.compare(.lt, c, k(2)), .bool)
      return emit(.select(ge0, lt2, emit(.constBool(false), .bool)), .bool)
    }
  }

  /// `needle in hay` as a bool register (borrows both).
  private func contains(_ hay: Value, _ needle: Value, _ range: SourceRange) -> Register? {
    guard let h = hay.reg, let n = needle.reg else { return nil }
    if case .instance = hay.type {
      let v = instanceSpecial("__contains__", [Value(reg: h, type: hay.type, owned: false),
                                                Value(reg: n, type: needle.type, owned: false)],
                              want: nil, range)
      guard v.reg != nil else { return nil }
      let t = truth(v, range)
      drop(v)
      return t
    }
    setLine(range)
    switch hay.type {
    case .str:
      // A boxed union value is checked by the runtime (it may hold a str).
      guard needle.type == .str || needle.type == .object else {
        raise(.type, "'in <string>' requires string as left operand, not "
              + needle.type.pythonName, range)
        return nil
      }
      return emit(.convert(.intToBool, emit(.runtime(.strContains, [h, n]), .int)), .bool)
    case .list(let elem):
      if elem == .never { return emit(.constBool(false), .bool) }
      let slot = emit(.convert(.toSlot, n), .slot)
      let kind = emit(.constI32(needle.type.slotKind), .i32)
      return emit(.convert(.intToBool, emit(.runtime(.listContains, [h, slot, kind]), .int)),
                  .bool)
    case .tuple:
      let slot = emit(.convert(.toSlot, n), .slot)
      let kind = emit(.constI32(needle.type.slotKind), .i32)
      return emit(.convert(.intToBool, emit(.runtime(.tupleContains, [h, slot, kind]), .int)),
                  .bool)
    case .dict:
      return dictContains(hay, needle, range)
    case .set, .frozenset:
      return setContains(hay, needle, range)
    default:
      program.unsupported("'in' on \(hay.type.phrase)", range)
      return nil
    }
  }
}

extension ComparePredicate {
  /// The predicate with its operands exchanged (`a < b` is `b > a`).
  var swapped: ComparePredicate {
    switch self {
    case .lt: return .gt
    case .le: return .ge
    case .gt: return .lt
    case .ge: return .le
    default: return self
    }
  }
}
