import Frontend

/// What a `for` loop or comprehension iterates over, after its pre-header evaluated it.
indirect enum IterationSource {
  /// `range(...)`: the hidden counter slot, the stop and step registers, the step if constant.
  case range(counter: String, stop: Register, step: Register, constantStep: Int64?)
  /// A str, list or tuple held (owned) in `base`, with a hidden index slot and its length.
  case sequence(base: Register, type: IRType, index: String, length: Register)
  /// `enumerate(inner, start)`: a hidden counter slot.
  case enumerate(counter: String, inner: IterationSource)
  /// `zip(a, b, ...)`: stops at the shortest.
  case zip([IterationSource])
}

extension IterationSource {
  /// The hidden local that counts iterations (of the first source of a `zip`).
  var induction: String {
    switch self {
    case .range(let counter, _, _, _): return counter
    case .sequence(_, _, let index, _): return index
    case .enumerate(_, let inner): return inner.induction
    case .zip(let inners): return inners[0].induction
    }
  }

  /// The source as the IR records it (`LoopSource`).
  var record: LoopSource {
    switch self {
    case .range(_, let stop, let step, let k): return .range(stop: stop, step: step, constantStep: k)
    case .sequence(let base, let type, _, let length):
      return .sequence(base: base, type: type, length: length)
    case .enumerate(let counter, let inner): return .enumerate(counter: counter, inner: inner.record)
    case .zip(let inners): return .zip(inners.map(\.record))
    }
  }
}

/// One iteration's value: a plain value, or a tuple that targets may unpack without building it.
indirect enum IterationItem {
  case value(Value)
  case tuple([IterationItem])
}

/// `for` loops, comprehensions and reductions.
extension FunctionLowering {
  func lowerFor(_ target: Expr, _ iter: Expr, _ body: [Stmt], _ orelse: [Stmt],
                _ range: SourceRange) {
    lowerLoop(target, iter, orelse: orelse, range) { self.lowerBlock(body) }
  }

  /// Lowers a loop over `iter` binding `target` each iteration and running `body`; `orelse`
  /// runs when the loop ends without `break`.
  func lowerLoop(_ target: Expr, _ iter: Expr, orelse: [Stmt], _ range: SourceRange,
                 bindScope: [String: String]? = nil, afterSource: () -> Void = {},
                 body: () -> Void) {
    var cleanups: [Register] = []
    guard let source = makeSource(iter, &cleanups) else {
      cleanups.forEach { emitVoid(.release($0)) }
      return
    }
    afterSource()
    if let bindScope {
      scopes.removeLast()
      scopes.append(bindScope)
    }
    if isStaticallyEmpty(source) {
      // A list[never] has no elements: the body never runs.
      cleanups.forEach { emitVoid(.release($0)) }
      lowerBlock(orelse)
      return
    }
    let key = "for.\(iter.range.start).\(iter.range.end)"
    let header = newBlock(), bodyB = newBlock(), latch = newBlock(), finish = newBlock()
    let after = newBlock()
    terminate(.branch(header))
    startBlock(header)
    env = resolveUnions(loopHeaderEnv(key))
    let headerEnv = env
    guard let c = sourceCondition(source) else { return }
    terminate(.condBranch(c, bodyB, finish))
    startBlock(bodyB)
    fn.loops.append(LoopRecord(kind: .for, header: header, body: bodyB, latch: latch,
                               exit: finish, after: after, induction: source.induction,
                               source: source.record, parent: loops.last?.header,
                               line: range.start.line))
    assignItem(target, sourceItem(source, iter.range))
    loops.append(LoopContext(header: header, breakTarget: after, continueTarget: latch,
                             cleanups: cleanups))
    loops[loops.count - 1].tryDepth = tryStack.count
    body()
    let loop = loops.removeLast()
    var backs = loop.continueEnvs
    if isReachable { backs.append(env) }
    recordLoopBackEdges(key, headerEnv, backs)
    terminate(.branch(latch))
    startBlock(latch)
    // Reached by `continue` and the end of the body: CPython's one backward jump.
    warmup()
    advance(source)
    terminate(.branch(header))
    startBlock(finish)
    env = headerEnv
    cleanups.forEach { emitVoid(.release($0)) }
    lowerBlock(orelse)
    var ends = loop.breakEnvs
    if isReachable { ends.append(env) }
    terminate(.branch(after))
    startBlock(after)
    env = resolveUnions(FlowEnv.join(ends) ?? headerEnv)
  }

  private func isStaticallyEmpty(_ s: IterationSource) -> Bool {
    switch s {
    case .range: return false
    case .sequence(_, let type, _, _):
      if case .list(.never) = type { return true }
      if case .tuple(let ts) = type { return ts.isEmpty }
      return false
    case .enumerate(_, let inner): return isStaticallyEmpty(inner)
    case .zip(let inners): return inners.contains(where: isStaticallyEmpty)
    }
  }

  private func makeSource(_ iter: Expr, _ cleanups: inout [Register]) -> IterationSource? {
    if case .call(let f, let args, let kws) = iter.kind, case .name(let id, _) = f.kind,
      binding(of: id) == nil, program.definitions.function(named: id) == nil
    {
      switch id {
      case "range": return rangeSource(args, kws, iter.range)
      case "enumerate":
        guard (args.count == 1 || args.count == 2) && kws.isEmpty,
          let inner = makeSource(args[0], &cleanups)
        else {
          program.unsupported("this enumerate()", iter.range)
          return nil
        }
        let counter = hiddenName("enum", iter.range)
        _ = widenLocal(counter, .int)
        var start = constant(.constInt(0), .int)
        if args.count == 2 { start = numeric(expr(args[1])) }
        guard start.type == .int, let s = start.reg else {
          program.unsupported("enumerate() with this start", iter.range)
          return nil
        }
        emitVoid(.storeLocal(counter, s))
        return .enumerate(counter: counter, inner: inner)
      case "zip":
        guard !args.isEmpty, kws.isEmpty else {
          program.unsupported("this zip()", iter.range)
          return nil
        }
        var inners: [IterationSource] = []
        for a in args {
          guard let s = makeSource(a, &cleanups) else { return nil }
          inners.append(s)
        }
        setLine(iter.range)
        checkCLevel(1, Self.callingMessage)
        return .zip(inners)
      default: break
      }
    }
    let v = iterationValue(iter)
    guard var r = own(v) else { return nil }
    if v.type == .object {
      // A value of several types (a dict or set among them): its items as a list or tuple.
      setLine(iter.range)
      let items = emit(.runtime(.iterableItems, [r]), .object)
      emitVoid(.release(r))
      r = items
    }
    switch v.type {
    case .str, .list, .tuple, .object:
      var type = v.type
      if case .tuple(let ts) = v.type, Set(ts).count > 1 { type = .object }
      cleanups.append(r)
      let index = hiddenName("idx", iter.range)
      _ = widenLocal(index, .int)
      emitVoid(.storeLocal(index, emit(.constInt(0), .int)))
      setLine(iter.range)
      let n = type == .object ? emit(.runtime(.objLen, [r]), .int)
        : length(Value(reg: r, type: type, owned: false))
      return .sequence(base: r, type: type, index: index, length: n)
    default:
      program.unsupported("iterating over \(v.type.phrase)", iter.range)
      return nil
    }
  }

  private func rangeSource(_ args: [Expr], _ kws: [Keyword], _ range: SourceRange)
    -> IterationSource?
  {
    guard (1...3).contains(args.count), kws.isEmpty else {
      program.unsupported("range() with these arguments", range)
      return nil
    }
    var regs: [Register] = []
    for a in args {
      setLine(a.range)
      let v = asIndex(expr(a))
      guard let r = v.reg else { return nil }
      guard v.type == .int else {
        raise(.type, "'\(v.type.pythonName)' object cannot be interpreted as an integer", a.range)
        return nil
      }
      regs.append(r)
    }
    let start = args.count == 1 ? emit(.constInt(0), .int) : regs[0]
    let stop = args.count == 1 ? regs[0] : regs[1]
    let step = args.count == 3 ? regs[2] : emit(.constInt(1), .int)
    let constStep: Int64? = args.count == 3 ? constantInt(args[2]) : 1
    if constStep == 0 || constStep == nil {
      let isZero = emit(.compare(.eq, step, emit(.constInt(0), .int)), .bool)
      let bad = newBlock(), ok = newBlock()
      terminate(.condBranch(isZero, bad, ok))
      startBlock(bad)
      raise(.value, "range() arg 3 must not be zero", range)
      startBlock(ok)
    }
    // CPython's range() compares the step with 0 (PyObject_RichCompareBool) to size the range,
    // whatever its arguments: a frame at the recursion limit fails there, "in comparison".
    setLine(range)
    emitVoid(.checkComparisonRecursion([]))
    let counter = hiddenName("range", range)
    _ = widenLocal(counter, .int)
    emitVoid(.storeLocal(counter, start))
    return .range(counter: counter, stop: stop, step: step, constantStep: constStep)
  }

  private func sourceCondition(_ s: IterationSource) -> Register? {
    switch s {
    case .range(let counter, let stop, let step, let k):
      let i = emit(.loadLocal(counter), .int)
      if let k, k != 0 { return emit(.compare(k > 0 ? .lt : .gt, i, stop), .bool) }
      let up = emit(.compare(.lt, i, stop), .bool)
      let down = emit(.compare(.gt, i, stop), .bool)
      let positive = emit(.compare(.gt, step, emit(.constInt(0), .int)), .bool)
      return emit(.select(positive, up, down), .bool)
    case .sequence(_, _, let index, let length):
      return emit(.compare(.lt, emit(.loadLocal(index), .int), length), .bool)
    case .enumerate(_, let inner):
      return sourceCondition(inner)
    case .zip(let inners):
      var result: Register?
      for inner in inners {
        guard let c = sourceCondition(inner) else { return nil }
        result = result.map { emit(.select($0, c, emit(.constBool(false), .bool)), .bool) } ?? c
      }
      return result
    }
  }

  private func sourceItem(_ s: IterationSource, _ range: SourceRange) -> IterationItem {
    switch s {
    case .range(let counter, _, _, _):
      return .value(Value(reg: emit(.loadLocal(counter), .int), type: .int, owned: false))
    case .sequence(let base, let type, let index, _):
      let i = emit(.loadLocal(index), .int)
      switch type {
      case .str:
        return .value(Value(reg: emit(.runtime(.strGetItem, [base, i]), .str), type: .str,
                            owned: true))
      case .list(let elem):
        let slot = emit(.runtime(.listGetItem, [base, i]), .slot)
        return .value(Value(reg: emit(.convert(.fromSlot, slot), elem), type: elem, owned: false))
      case .tuple(let ts):
        let elem = ts.first ?? .none
        let slot = emit(.runtime(.tupleGetItem, [base, i]), .slot)
        return .value(Value(reg: emit(.convert(.fromSlot, slot), elem), type: elem, owned: false))
      case .object:
        setLine(range)
        return .value(Value(reg: emit(.runtime(.objGetItem, [base, i]), .object), type: .object,
                            owned: true))
      default:
        return .value(.never)
      }
    case .enumerate(let counter, let inner):
      let c = Value(reg: emit(.loadLocal(counter), .int), type: .int, owned: false)
      return .tuple([.value(c), sourceItem(inner, range)])
    case .zip(let inners):
      return .tuple(inners.map { sourceItem($0, range) })
    }
  }

  private func advance(_ s: IterationSource) {
    switch s {
    case .range(let counter, _, let step, _):
      let i = emit(.loadLocal(counter), .int)
      emitVoid(.storeLocal(counter, emit(.intArith(.add, i, step), .int)))
    case .sequence(_, _, let index, _):
      let i = emit(.loadLocal(index), .int)
      emitVoid(.storeLocal(index, emit(.intArith(.add, i, emit(.constInt(1), .int)), .int)))
    case .enumerate(let counter, let inner):
      let i = emit(.loadLocal(counter), .int)
      emitVoid(.storeLocal(counter, emit(.intArith(.add, i, emit(.constInt(1), .int)), .int)))
      advance(inner)
    case .zip(let inners):
      inners.forEach(advance)
    }
  }

  private func assignItem(_ target: Expr, _ item: IterationItem) {
    switch (target.kind, item) {
    case (.tuple(let ts, _), .tuple(let items)) where ts.count == items.count,
      (.list(let ts, _), .tuple(let items)) where ts.count == items.count:
      for (t, i) in zip(ts, items) { assignItem(t, i) }
    default:
      let v = materialize(item)
      assign(target, Value(reg: own(v), type: v.type, owned: true))
    }
  }

  private func materialize(_ item: IterationItem) -> Value {
    switch item {
    case .value(let v): return v
    case .tuple(let items): return makeTuple(items.map(materialize))
    }
  }

  // MARK: - Comprehensions

  /// `[elt for ... in ... if ...]` (also used for generator expressions passed to builtins).
  /// A generator expression passed to a builtin that consumes all of it before anything else
  /// happens (`list`, `sorted`, `str.join`, and `sum`/`min`/`max` of values whose folding
  /// cannot raise) as the list of its elements, built in its `<genexpr>` frame entered as
  /// `entry` says; nil when `e` is not a generator expression.
  func generatorArgument(_ e: Expr, entry: FrameEntry, hint: IRType? = nil) -> Value? {
    guard case .generatorExp(let elt, let gens) = e.kind else { return nil }
    generatorAccumulators.insert(hiddenName("comp", e.range))
    return listComprehension(elt, gens, hint: hint, e.range, frameName: "<genexpr>",
                             entry: entry)
  }

  func listComprehension(_ elt: Expr, _ gens: [Comprehension], hint: IRType?,
                         _ range: SourceRange, frameName: String? = nil,
                         entry: FrameEntry = .direct) -> Value {
    let acc = hiddenName("comp", range)
    if case .list(let e)? = hint, e != .never { _ = widenLocal(acc, .list(e)) }
    var elem = IRType.never
    if case .list(let e)? = spec.localTypes[acc] { elem = e }
    let old = emit(.loadLocal(acc), spec.localTypes[acc] ?? .list(.never))
    if spec.localTypes[acc] == nil { _ = widenLocal(acc, .list(.never)) }
    emitVoid(.storeLocal(acc, emptyList(elem)))
    emitVoid(.release(old))
    scopes.append([:])
    let depth = frameStack.count
    let firstLoop = fn.loops.count
    defer {
      // (A nested comprehension's loops already name their own list.) A builtin's C loop
      // (no frame: `list(xs)`, the keys of `sorted`) is not marked: the planner does not
      // split it (a stolen chunk would not rebuild the frames of the key calls inside it).
      for i in firstLoop..<fn.loops.count where fn.loops[i].appendsTo == nil && frameName != nil {
        fn.loops[i].appendsTo = acc
      }
    }
    if frameName == nil { silentLoopFrames.append(frameStack.count) }
    defer { if frameName == nil { silentLoopFrames.removeLast() } }
    generate(gens[...], elt, acc, range) {
      if let frameName {
        var varnames = [".0"]
        for g in gens { self.appendTargetNames(g.target, to: &varnames) }
        self.pushComprehensionFrame(frameName, range, varnames: varnames, entry: entry)
      }
    }
    if frameStack.count > depth { popComprehensionFrame() }
    // The targets are the comprehension's own: nothing can name them from here on.
    env.forget(scopes.removeLast().values)
    guard let type = spec.localTypes[acc] else { return .never }
    let r = emit(.loadLocal(acc), type)
    emitVoid(.storeLocal(acc, emit(.constNull, type)))
    return Value(reg: r, type: type, owned: true)
  }

  private func generate(_ gens: ArraySlice<Comprehension>, _ elt: Expr, _ acc: String,
                        _ range: SourceRange, enter: () -> Void = {}) {
    guard let g = gens.first else {
      let type = spec.localTypes[acc] ?? .list(.never)
      var hint: IRType? = nil
      if case .list(let e) = type, e != .never { hint = e }
      let v = expr(elt, hint: hint)
      guard v.reg != nil else { return drop(v) }
      guard widenLocal(acc, .list(v.type)), case .list(let e) = type,
        e == v.type || (e == .object && v.type != .never)
      else {
        if spec.localTypes[acc] == type {
          program.unsupported("a comprehension mixing \(type) elements and \(v.type.pythonName)",
                              elt.range)
        }
        return drop(v)
      }
      guard let element = coerce(v, to: e, elt.range) else { return }
      if let sink = elementSinks[acc] {
        sink(element)
        return
      }
      let slot = emit(.convert(.toSlot, element), .slot)
      let old = emit(.loadLocal(acc), type)
      emitVoid(.storeLocal(acc, emit(.constNull, type)))
      emitVoid(.storeLocal(acc, emit(.runtime(.listAppendConsume, [old, slot]), type)))
      // A generator yields the element and is resumed for the next (CPython's RESUME: a
      // warm-up event of its code object).
      if generatorAccumulators.contains(acc) { warmup() }
      return
    }
    if g.isAsync != 0 { return program.unsupported("an async comprehension", range) }
    let iter = g.iter
    var names: [String] = []
    appendTargetNames(g.target, to: &names)
    let outerScope = scopes.removeLast()
    var scope = outerScope
    for n in names { scope[n] = hiddenName("cv.\(n)", g.target.range) }
    scopes.append(outerScope)
    // The first iterable is evaluated in the enclosing scope, later ones see earlier targets.
    lowerLoop(g.target, iter, orelse: [], range, bindScope: scope, afterSource: enter) {
      for c in g.ifs {
        let pass = newBlock(), skip = newBlock()
        condition(c, pass, skip)
        startBlock(skip)
        terminate(.branch(loops.last?.continueTarget ?? pass))
        startBlock(pass)
      }
      generate(gens.dropFirst(), elt, acc, range)
    }
  }

  /// `sum`/`min`/`max` of a generator expression whose elements are boxed values of several
  /// types (so that adding or comparing them may raise): CPython folds each element in as the
  /// generator yields it, so an element after one whose folding raises is never computed. The
  /// fold runs in the caller's frame between the generator's resumptions; nil when the
  /// elements are not boxed (the fold cannot raise: the list of elements is built first).
  private func lazyFold(_ name: String, _ args: [Expr], entry: FrameEntry,
                        _ range: SourceRange) -> Value? {
    let e = args[0]
    guard case .generatorExp(let elt, let gens) = e.kind else { return nil }
    let elements = hiddenName("comp", e.range)
    guard case .list(.object)? = spec.localTypes[elements] else { return nil }
    let isSum = name == "sum"
    let best = hiddenName(isSum ? "lazysum" : "lazybest", range)
    let seen = hiddenName("lazyseen", range)
    _ = widenLocal(best, .object)
    _ = widenLocal(seen, .bool)
    var initial: Register
    if isSum {
      let start = args.count == 2 ? expr(args[1]) : constant(.constInt(0), .int)
      guard let boxed = box(start) else { return .never }
      initial = boxed
    } else {
      initial = emit(.runtime(.boxNone, []), .object)  // a placeholder until the first element
    }
    let old = emit(.loadLocal(best), .object)
    emitVoid(.storeLocal(best, initial))
    emitVoid(.release(old))
    emitVoid(.storeLocal(seen, emit(.constBool(false), .bool)))
    elementSinks[elements] = { x in
      // Out of the generator's frame (it is suspended while the builtin folds).
      guard let frame = self.frameStack.last else { return }
      self.popComprehensionFrame()
      self.setLine(range)
      if isSum {
        let a = self.emit(.loadLocal(best), .object)
        let sum = self.emit(.runtime(.objBinop, [
          self.emit(.constI32(RuntimeABI.BinaryOp.add.rawValue), .i32), a, x]), .object)
        self.emitVoid(.storeLocal(best, sum))
        self.emitVoid(.release(a))
        self.emitVoid(.release(x))
      } else {
        let first = self.newBlock(), compare = self.newBlock(), next = self.newBlock()
        self.terminate(.condBranch(self.emit(.loadLocal(seen), .bool), compare, first))
        self.startBlock(first)
        let placeholder = self.emit(.loadLocal(best), .object)
        self.emitVoid(.storeLocal(best, x))
        self.emitVoid(.release(placeholder))
        self.emitVoid(.storeLocal(seen, self.emit(.constBool(true), .bool)))
        self.terminate(.branch(next))
        self.startBlock(compare)
        self.setLine(range)
        // CPython compares `item OP best` (OP: `>` for max), keeping the first of equals.
        self.emitVoid(.checkRecursion(2, "maximum recursion depth exceeded in comparison"))
        let b = self.emit(.loadLocal(best), .object)
        let k = self.emit(.constI32(IRType.object.slotKind), .i32)
        let op = self.emit(.constCString(name == "max" ? ">" : "<"), .rawPointer)
        let c = self.emit(.runtime(.slotRichCompare, [
          self.emit(.convert(.toSlot, x), .slot), k, self.emit(.convert(.toSlot, b), .slot), k,
          op]), .int)
        let replace = self.newBlock(), keep = self.newBlock()
        self.terminate(.condBranch(self.emit(.convert(.intToBool, c), .bool), replace, keep))
        self.startBlock(replace)
        self.emitVoid(.storeLocal(best, x))
        self.emitVoid(.release(b))
        self.terminate(.branch(next))
        self.startBlock(keep)
        self.emitVoid(.release(x))
        self.terminate(.branch(next))
        self.startBlock(next)
      }
      // The builtin asks for the next element: the generator resumes.
      self.enterFrame(frame, "<genexpr>", e.range.start.line, entry)
    }
    let list = listComprehension(elt, gens, hint: nil, e.range, frameName: "<genexpr>",
                                 entry: entry)
    elementSinks[elements] = nil
    drop(list)
    if !isSum {
      let empty = newBlock(), done = newBlock()
      terminate(.condBranch(emit(.loadLocal(seen), .bool), done, empty))
      startBlock(empty)
      raise(.value, "\(name)() arg is an empty sequence", range)
      startBlock(done)
    }
    let result = emit(.loadLocal(best), .object)
    emitVoid(.storeLocal(best, emit(.constNull, .object)))
    return Value(reg: result, type: .object, owned: true)
  }

  /// `any(it)` / `all(it)` over a generator expression with one `for` clause, a list, tuple,
  /// str or `range(...)`: the items are tested in order and the first decisive one ends the
  /// iteration, so later elements of a generator are never computed (as in CPython). Both are
  /// METH_O builtins: their call checks one C level down (measured: with a generator, only
  /// its frame's entry two levels down shows, as for `min`/`max`).
  func anyAll(_ name: String, _ arg: Expr, _ range: SourceRange) -> Value {
    let isAny = name == "any"
    let result = hiddenName(name, range)
    _ = widenLocal(result, .bool)
    var elt = Expr(.name(id: "$elem", ctx: .load), range)
    var gens: [Comprehension]
    var compRange = range
    var frameName: String?
    var source: Value?
    if case .generatorExp(let e, let g) = arg.kind {
      guard g.count == 1 else {
        program.unsupported("\(name)() of a generator expression with several 'for' clauses",
                            arg.range)
        return .never
      }
      elt = e
      gens = g
      compRange = arg.range
      frameName = "<genexpr>"
    } else {
      let v = iterableValue(arg)
      guard v.reg != nil else { return .never }
      switch v.type {
      case .list, .tuple, .str: break
      default:
        program.unsupported("\(name)() of \(v.type.phrase)", range)
        drop(v)
        return .never
      }
      setLine(range)
      checkCLevel(1, Self.callingMessage)
      let items = "$anyitems"
      scopes.append([items: hiddenName("anyitems", range)])
      store(items, v, range)
      gens = [Comprehension(target: Expr(.name(id: "$elem", ctx: .store), range),
                            iter: Expr(.name(id: items, ctx: .load), range), ifs: [],
                            isAsync: 0)]
      source = v
    }
    defer { if source != nil { scopes.removeLast() } }
    emitVoid(.storeLocal(result, emit(.constBool(!isAny), .bool)))
    let acc = hiddenName("comp", compRange)
    if frameName != nil { generatorAccumulators.insert(acc) }
    elementSinks[acc] = { [unowned self] x in
      guard case .list(let type)? = self.spec.localTypes[acc] else { return }
      let v = Value(reg: x, type: type, owned: type.isObject)
      guard let t = self.truth(v, range) else { return }
      self.drop(v)
      let decisive = self.newBlock(), next = self.newBlock()
      self.terminate(.condBranch(t, isAny ? decisive : next, isAny ? next : decisive))
      self.startBlock(decisive)
      self.emitVoid(.storeLocal(result, self.emit(.constBool(isAny), .bool)))
      // The builtin returns: the generator is left suspended, its iteration abandoned.
      guard let loop = self.loops.last else { return }
      for r in loop.cleanups { self.emitVoid(.release(r)) }
      self.loops[self.loops.count - 1].breakEnvs.append(self.env)
      self.terminate(.branch(loop.breakTarget))
      self.startBlock(next)
      // The builtin asks for the next item: the generator resumes (a warm-up event of it).
      if frameName != nil { self.warmup() }
    }
    let list = listComprehension(elt, gens, hint: nil, compRange, frameName: frameName,
                                 entry: .belowCCall)
    elementSinks[acc] = nil
    drop(list)
    return Value(reg: emit(.loadLocal(result), .bool), type: .bool, owned: false)
  }

  /// Appends the names a target binds, in order, skipping those already there.
  private func appendTargetNames(_ e: Expr, to names: inout [String]) {
    switch e.kind {
    case .name(let id, _): if !names.contains(id) { names.append(id) }
    case .tuple(let elts, _), .list(let elts, _): elts.forEach { appendTargetNames($0, to: &names) }
    default: break
    }
  }

  // MARK: - Reductions

  /// `sum(it[, start])`, `min(it)`, `max(it)` over a list, tuple, range or generator.
  func reduction(_ name: String, _ args: [Expr], _ range: SourceRange) -> Value {
    guard args.count == 1 || (name == "sum" && args.count == 2) else {
      program.unsupported("\(name)() with these arguments", range)
      return .never
    }
    var items: Value
    let entry: FrameEntry = name == "sum" ? .belowCCallIfCold(codeKey) : .belowCCall
    // A generator's frame entry counts sum's C call itself (`belowCCallIfCold`); for a list
    // or tuple, the call counts from cold code (`insideColdCall`).
    let viaGenerator: Bool
    if case .generatorExp = args[0].kind { viaGenerator = true } else { viaGenerator = false }
    if viaGenerator, args.count == 2, !isConstantExpression(args[1]) {
      // CPython evaluates the start after the generator's first iterable and before any of
      // its elements; pyforac keeps the order exact only for a constant start.
      program.unsupported("sum() of a generator expression with a start that is not a constant",
                          args[1].range)
      return .never
    }
    if let folded = lazyFold(name, args, entry: entry, range) { return folded }
    if let g = generatorArgument(args[0], entry: entry) {
      items = g
    } else if case .call(let f, _, _) = args[0].kind, case .name("range", _) = f.kind {
      items = builtinList(args[0], range)
    } else {
      items = iterationValue(args[0])
    }
    guard let l = items.reg else { return .never }
    var elem: IRType
    switch items.type {
    case .list(let e): elem = e
    case .tuple(let ts) where Set(ts).count <= 1: elem = ts.first ?? .never
    default:
      program.unsupported("\(name)() of \(items.type.phrase)", range)
      drop(items)
      return .never
    }
    if elem == .bool && name == "sum" { elem = .int }
    guard elem == .int || elem == .float || elem == .object || (elem == .never && name == "sum")
      || (name != "sum" && elem != .never)
    else {
      program.unsupported("\(name)() of \(items.type) elements", range)
      drop(items)
      return .never
    }
    if name != "sum" {
      guard case .list = items.type else {
        program.unsupported("\(name)() of a tuple", range)
        drop(items)
        return .never
      }
      setLine(range)
      checkCLevel(1, Self.callingMessage)
      let fnc: RuntimeFunction = name == "min" ? .listMin : .listMax
      let r = emit(.convert(.fromSlot, emit(.runtime(fnc, [l]), .slot)), elem)
      if items.owned && elem.isObject {
        emitVoid(.retain(r))
        drop(items)
        return Value(reg: r, type: elem, owned: true)
      }
      drop(items)
      return Value(reg: r, type: elem, owned: false)
    }
    if elem == .object {
      let start = args.count == 2 ? expr(args[1]) : constant(.constInt(0), .int)
      if viaGenerator { return objectSum(items, start, range) }
      return insideColdCall(range) { objectSum(items, start, range) }
    }
    let given = args.count == 2 ? expr(args[1]) : constant(.constInt(0), .int)
    if given.type == .bool {
      // sum([], True) is True itself, sum([1], True) the int 2: two types for one result.
      drop(items)
      program.unsupported("sum() with a bool start value", args[1].range)
      return .never
    }
    var start = numeric(given)
    guard start.reg != nil, isNumber(start.type) else {
      program.unsupported("sum() with this start value", range)
      drop(items)
      return .never
    }
    if !viaGenerator { enterColdCall(range) }
    defer { if !viaGenerator { leaveColdCall() } }
    if elem == .never {
      drop(items)
      return start
    }
    let resultType: IRType = (elem == .float || start.type == .float) ? .float : .int
    if resultType == .float && start.type == .int && args.count == 1 {
      // CPython returns the int start for an empty sequence; keep that exact.
      let n = length(items)
      let empty = emit(.compare(.eq, n, emit(.constInt(0), .int)), .bool)
      let bad = newBlock(), ok = newBlock()
      terminate(.condBranch(empty, bad, ok))
      startBlock(bad)
      emitVoid(.runtime(.fatal, [emit(.constCString("sum() of an empty list of floats"),
                                      .rawPointer)]))
      terminate(.unreachable)
      startBlock(ok)
    }
    if resultType == .float, let f = toFloat(start) {
      start = Value(reg: f, type: .float, owned: false)
    }
    let acc = hiddenName("sum", range)
    _ = widenLocal(acc, resultType)
    emitVoid(.storeLocal(acc, start.reg!))
    let index = hiddenName("sumidx", range)
    _ = widenLocal(index, .int)
    emitVoid(.storeLocal(index, emit(.constInt(0), .int)))
    let n = length(items)
    let header = newBlock(), body = newBlock(), exit = newBlock()
    terminate(.branch(header))
    startBlock(header)
    let i = emit(.loadLocal(index), .int)
    terminate(.condBranch(emit(.compare(.lt, i, n), .bool), body, exit))
    startBlock(body)
    // The body is its own latch: it folds one item in and advances the index.
    var record = LoopRecord(kind: .for, header: header, body: body, latch: body, exit: exit,
                            after: exit, induction: index,
                            source: .sequence(base: l, type: items.type, length: n),
                            parent: loops.last?.header, line: range.start.line)
    record.reduces = ("add", acc)
    fn.loops.append(record)
    let getitem: RuntimeFunction = items.type.pythonName == "list" ? .listGetItem : .tupleGetItem
    let raw = emit(.runtime(getitem, [l, i]), .slot)
    var x = emit(.convert(.fromSlot, raw), elem == .float ? .float : .int)
    if resultType == .float && elem != .float { x = emit(.convert(.intToFloat, x), .float) }
    let a = emit(.loadLocal(acc), resultType)
    setLine(range)
    let sum = resultType == .float ? emit(.floatArith(.add, a, x), .float)
      : emit(.intArith(.add, a, x), .int)
    emitVoid(.storeLocal(acc, sum))
    emitVoid(.storeLocal(index, emit(.intArith(.add, i, emit(.constInt(1), .int)), .int)))
    terminate(.branch(header))
    startBlock(exit)
    drop(items)
    return Value(reg: emit(.loadLocal(acc), resultType), type: resultType, owned: false)
  }

  /// `sum` over boxed elements: `start + e0 + e1 ...` through the runtime's dynamic `+`.
  private func objectSum(_ items: Value, _ start: Value, _ range: SourceRange) -> Value {
    guard let l = items.reg, let s = box(start) else { return .never }
    let acc = hiddenName("osum", range)
    _ = widenLocal(acc, .object)
    let oldAcc = emit(.loadLocal(acc), .object)
    emitVoid(.storeLocal(acc, s))
    emitVoid(.release(oldAcc))
    let index = hiddenName("osumidx", range)
    _ = widenLocal(index, .int)
    emitVoid(.storeLocal(index, emit(.constInt(0), .int)))
    let n = length(items)
    let header = newBlock(), body = newBlock(), exit = newBlock()
    terminate(.branch(header))
    startBlock(header)
    let i = emit(.loadLocal(index), .int)
    terminate(.condBranch(emit(.compare(.lt, i, n), .bool), body, exit))
    startBlock(body)
    let getitem: RuntimeFunction = items.type.pythonName == "list" ? .listGetItem : .tupleGetItem
    let x = emit(.convert(.fromSlot, emit(.runtime(getitem, [l, i]), .slot)), .object)
    let a = emit(.loadLocal(acc), .object)
    setLine(range)
    let sum = emit(.runtime(.objBinop, [emit(.constI32(RuntimeABI.BinaryOp.add.rawValue), .i32),
                                        a, x]), .object)
    emitVoid(.storeLocal(acc, sum))
    emitVoid(.release(a))
    emitVoid(.storeLocal(index, emit(.intArith(.add, i, emit(.constInt(1), .int)), .int)))
    terminate(.branch(header))
    startBlock(exit)
    drop(items)
    let result = emit(.loadLocal(acc), .object)
    emitVoid(.storeLocal(acc, emit(.constNull, .object)))
    return Value(reg: result, type: .object, owned: true)
  }

  /// `list(it)` for any iterable the loops understand.
  func builtinList(_ iter: Expr, _ range: SourceRange) -> Value {
    let name = Expr(.name(id: "$elem", ctx: .load), iter.range)
    let target = Expr(.name(id: "$elem", ctx: .store), iter.range)
    return listComprehension(name, [Comprehension(target: target, iter: iter, ifs: [],
                                                  isAsync: 0)], hint: nil, range)
  }
}
