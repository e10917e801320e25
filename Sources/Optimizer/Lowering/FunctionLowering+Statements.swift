import Frontend

/// Statements: assignment, control flow, `return`, `raise`, `assert`, imports.
extension FunctionLowering {
  /// Adds every name a statement list binds (assignment, augmented assignment and `for`
  /// targets), not descending into nested functions.
  func collectAssignedNames(_ body: [Stmt], into names: inout Set<String>) {
    names.formUnion(assignedNames(body))
  }

  /// The names `body` assigns, in source order of their first assignment.
  func assignedNames(_ body: [Stmt]) -> [String] {
    var names: [String] = []
    var seen = Set<String>()
    func targets(_ e: Expr) {
      switch e.kind {
      case .name(let id, _): if seen.insert(id).inserted { names.append(id) }
      case .tuple(let elts, _), .list(let elts, _): elts.forEach(targets)
      case .starred(let v, _): targets(v)
      default: break
      }
    }
    func walk(_ body: [Stmt]) {
      for stmt in body {
        switch stmt.kind {
        case .assign(let ts, _, _): ts.forEach(targets)
        case .augAssign(let t, _, _): targets(t)
        case .annAssign(let t, _, let v, _): if v != nil { targets(t) }
        case .for(let t, _, let b, let o, _):
          targets(t)
          walk(b)
          walk(o)
        case .while(_, let b, let o), .if(_, let b, let o):
          walk(b)
          walk(o)
        case .try(let b, let hs, let o, let f), .tryStar(let b, let hs, let o, let f):
          walk(b)
          for h in hs {
            if let n = h.name, seen.insert(n).inserted { names.append(n) }
            walk(h.body)
          }
          walk(o)
          walk(f)
        default: break
        }
      }
    }
    walk(body)
    return names
  }

  func lowerBlock(_ body: [Stmt]) {
    for stmt in body { lowerStatement(stmt) }
  }

  func lowerStatement(_ stmt: Stmt) {
    lastLine = nil
    // A handler may start from the state before any statement of its region.
    for i in tryEnvs.indices where tryEnvs[i].last != env { tryEnvs[i].append(env) }
    switch stmt.kind {
    case .expr(let e):
      if case .constant = e.kind { return }
      drop(expr(e))
    case .assign(let targets, let value, _):
      lowerAssign(targets, value, stmt.range)
    case .annAssign(let target, let annotation, let value, _):
      if let value { lowerAssign([target], value, stmt.range) }
      // CPython evaluates a module-level annotation after the assignment (a function's local
      // annotations never).
      if isModule { evaluateAnnotation(annotation) }
    case .augAssign(let target, let op, let value):
      lowerAugAssign(target, op, value, stmt.range)
    case .if(let test, let body, let orelse):
      lowerIf(test, body, orelse)
    case .while(let test, let body, let orelse):
      lowerWhile(test, body, orelse, stmt.range)
    case .for(let target, let iter, let body, let orelse, _):
      lowerFor(target, iter, body, orelse, stmt.range)
    case .break:
      guard let loop = loops.last else { return program.unsupported("'break' here", stmt.range) }
      leaveTries(downTo: loop.tryDepth)
      let handler = currentHandler
      if !loop.cleanups.isEmpty { leaveHandlerScope() }
      for r in loop.cleanups { emitVoid(.release(r)) }
      if isReachable { loops[loops.count - 1].breakEnvs.append(env) }
      terminate(.branch(loop.breakTarget))
      currentHandler = handler
      blocks[current].handler = handler
    case .continue:
      guard let loop = loops.last else {
        return program.unsupported("'continue' here", stmt.range)
      }
      leaveTries(downTo: loop.tryDepth)
      if isReachable { loops[loops.count - 1].continueEnvs.append(env) }
      // CPython jumps back to a `while` loop's test (a `for` loop's latch counts its own).
      if loop.isWhile { warmup() }
      terminate(.branch(loop.continueTarget))
    case .return(let value):
      lowerReturn(value, stmt.range)
    case .pass:
      break
    case .functionDef(let def):
      if !isModule { return program.unsupported("a nested function", stmt.range) }
      let defaults = def.args.defaults
      for (i, d) in defaults.enumerated() where !isConstantExpression(d) {
        let v = expr(d)
        guard v.reg != nil else { continue }
        let slot = slotName(defaultGlobalName(def.name, i), v.type)
        guard program.widenGlobal(slot, v.type), let type = program.globalTypes[slot],
          let r = coerce(v, to: type, d.range)
        else { continue }
        emitVoid(.storeGlobal(slot, r))
      }
      // The annotations, after the defaults, when the def runs (CPython 3.11's order).
      Self.annotations(of: def).forEach(evaluateAnnotation)
      if program.lateFunctions.contains(def.name) { markBound(def.name + "#function") }
    case .import(let names):
      for a in names where a.name != "math" && a.name != "typing" && a.name != "sys" {
        program.unsupported("'import \(a.name)'", stmt.range)
      }
      if !isModule { program.unsupported("an import inside a function", stmt.range) }
      for a in names where program.lateImports.contains(a.asname ?? a.name) {
        markBound((a.asname ?? a.name) + "#import")
      }
    case .importFrom("__future__", let names, 0):
      // The features only change how the module compiles (`FutureImports`).
      for a in names where a.name == "barry_as_FLUFL" {
        program.unsupported("'from __future__ import barry_as_FLUFL'", a.range)
      }
    case .importFrom("dataclasses", let names, 0):
      // `dataclass` decorates classes only (ProgramLowering.collectClass).
      for a in names where a.name != "dataclass" {
        program.unsupported("'dataclasses.\(a.name)'", a.range)
      }
      if !isModule { program.unsupported("an import inside a function", stmt.range) }
    case .importFrom("typing", let names, 0):
      for a in names where !Self.typingExports.contains(a.name) {
        program.unsupported("'typing.\(a.name)'", a.range)
      }
      if !isModule { program.unsupported("an import inside a function", stmt.range) }
    case .importFrom(let mod, let names, let level):
      if mod != "math" || level != 0 || names.contains(where: { $0.name == "*" }) {
        program.unsupported("this import", stmt.range)
      }
      for a in names where !Self.allMathFunctions.contains(a.name) && a.name != "pi" {
        program.unsupported("'math.\(a.name)'", a.range)
      }
      if !isModule { program.unsupported("an import inside a function", stmt.range) }
      for a in names {
        let name = a.asname ?? a.name
        if program.lateImports.contains(name) { markBound(name + "#import") }
        if program.importedConstants.contains(name) {
          store(name, mathConstant(a.name, a.range), a.range)
        }
      }
    case .raise(let exc, let cause):
      lowerRaise(exc, cause, stmt.range)
    case .assert(let test, let msg):
      lowerAssert(test, msg, stmt.range)
    case .classDef(let name, _, _, let body, _):
      guard isModule, program.exceptionClassNumbers[name] != nil
        || program.definitions.classNamed(name) != nil
      else {
        return program.unsupported("a class", stmt.range)
      }
      for case .annAssign(_, let ann, _, _) in body.map(\.kind) where !isInertAnnotation(ann) {
        program.unsupported("a class attribute annotation that is evaluated (one naming the "
                              + "class itself is a NameError in CPython)", ann.range)
      }
      for case .functionDef(let def) in body.map(\.kind) {
        for a in Self.annotations(of: def) where !isInertAnnotation(a) {
          program.unsupported("a method annotation that is evaluated (one naming the class "
                                + "itself is a NameError in CPython)", a.range)
        }
        for d in def.args.defaults where !isConstantExpression(d) {
          program.unsupported("a method default value that is not a constant", d.range)
        }
      }
      if program.lateClasses.contains(name) { markBound(name + "#class") }
    case .try(let body, let handlers, let orelse, let finalbody):
      lowerTry(body, handlers, orelse, finalbody, stmt.range)
    case .tryStar: program.unsupported("'try' with 'except*'", stmt.range)
    case .with, .asyncWith: program.unsupported("'with'", stmt.range)
    case .global, .nonlocal: program.unsupported("'global'/'nonlocal'", stmt.range)
    case .delete: program.unsupported("'del'", stmt.range)
    case .match: program.unsupported("'match'", stmt.range)
    case .asyncFunctionDef, .asyncFor: program.unsupported("'async'", stmt.range)
    }
  }

  // MARK: - Assignment

  private func lowerAssign(_ targets: [Expr], _ value: Expr, _ range: SourceRange) {
    if targets.count == 1, case .name(let name, _) = targets[0].kind,
      lowerFunctionalUpdate(name, value, range)
    {
      return
    }
    if targets.count == 1, case .tuple(let ts, _) = targets[0].kind,
      case .tuple(let vs, _) = value.kind, ts.count == vs.count,
      !ts.contains(where: { if case .starred = $0.kind { return true } else { return false } })
    {
      let values = vs.map { expr($0) }
      let owned = values.map { v in Value(reg: own(v), type: v.type, owned: true) }
      for (t, v) in zip(ts, owned) { assign(t, v) }
      return
    }
    // A union value stays in registers when every target is a name (a store takes it).
    let names = targets.allSatisfy { if case .name = $0.kind { true } else { false } }
    let v = expr(value, hint: targets.count == 1 ? hintType(targets[0]) : nil, unions: names)
    for (i, t) in targets.enumerated() {
      let isLast = i == targets.count - 1
      let r = isLast ? own(v) : own(Value(reg: v.reg, type: v.type, owned: false))
      assign(t, Value(reg: r, type: v.type, owned: true))
    }
  }

  /// The type a name currently has, used to type empty list displays on the right-hand side.
  func hintType(_ target: Expr) -> IRType? {
    guard case .name(let id, _) = target.kind else { return nil }
    if let t = currentSlot(id, target.range, report: false)?.type { return t }
    guard let b = binding(of: id) ?? (isModule ? .global(id) : nil) else { return nil }
    switch b {
    case .local(let base): return spec.localTypes[slotName(base, .list(.never))]
    case .global(let base): return program.globalTypes[slotName(base, .list(.never))]
    }
  }

  /// `xs = xs + [v]`, `xs = xs + ys`, `s = s + t` on a variable: consumes the old value so a
  /// uniquely referenced list or str is extended in place. False when `value` is not of that
  /// shape (the caller lowers it as an ordinary assignment).
  func lowerFunctionalUpdate(_ name: String, _ value: Expr, _ range: SourceRange) -> Bool {
    if lowerDictUpdate(name, value, range) || lowerSetUpdate(name, value, range) { return true }
    guard case .binOp(let l, .add, let r) = value.kind, case .name(let lname, _) = l.kind,
      lname == name, let current = currentSlot(name, l.range, report: false)
    else { return false }
    let type = current.type
    let b: Binding = current.global ? .global(current.slot) : .local(current.slot)
    switch type {
    case .list(let elem) where elem != .never:
      if case .list(let elts, _) = r.kind, elts.count == 1 {
        if case .starred = elts[0].kind { return false }
        let v = expr(elts[0], hint: elem)
        guard v.reg != nil else { return true }
        guard let joined = IRType.join(elem, v.type), joined == elem else {
          typeConflict(name, type, .list(v.type), range)
          drop(v)
          return true
        }
        guard let element = coerce(v, to: elem, range) else { return true }
        let slot = emit(.convert(.toSlot, element), .slot)
        updateInPlace(b, type) { old in emit(.runtime(.listAppendConsume, [old, slot]), type) }
        return true
      }
      let v = expr(r, hint: type)
      guard let vr = v.reg else { return true }
      if case .list(.never) = v.type {
        drop(v)
        return true
      }
      guard v.type == type else {
        typeConflict(name, type, v.type, range)
        return true
      }
      updateInPlace(b, type) { old in emit(.runtime(.listConcatConsume, [old, vr]), type) }
      drop(v)
      return true
    case .str:
      let v = expr(r)
      guard let vr = v.reg else { return true }
      guard v.type == .str else {
        program.unsupported("'+' between str and \(v.type.pythonName)", range)
        return true
      }
      setLine(range)
      updateInPlace(b, .str) { old in emit(.runtime(.strConcatConsume, [old, vr]), .str) }
      drop(v)
      return true
    default:
      return false
    }
  }

  /// `d = {**d, k: v, ...}` and `d = d | e` on a dict variable whose key and value types the
  /// new entries keep: the old dict is consumed, so a uniquely referenced one is updated in
  /// place (amortised O(1) per entry). False when `value` is not of that shape.
  private func lowerDictUpdate(_ name: String, _ value: Expr, _ range: SourceRange) -> Bool {
    guard let current = currentSlot(name, range, report: false),
      case .dict(let k, let v) = current.type, k != .never, v != .never
    else { return false }
    let b: Binding = current.global ? .global(current.slot) : .local(current.slot)
    switch value.kind {
    case .dict(let keys, let values):
      guard let first = values.first, let firstKey = keys.first, firstKey == nil,
        case .name(let n, _) = first.kind, n == name,
        keys.dropFirst().allSatisfy({ $0 != nil })
      else { return false }
      var pairs: [(Value, Value)] = []
      for (ke, ve) in zip(keys.dropFirst(), values.dropFirst()) {
        let kv = expr(ke!)
        let vv = expr(ve, hint: v)
        pairs.append((kv, vv))
        guard kv.reg != nil, vv.reg != nil else {
          pairs.forEach { drop($0.0); drop($0.1) }
          return true
        }
        guard IRType.join(k, kv.type) == k, IRType.join(v, vv.type) == v else {
          typeConflict(name, current.type, .dict(kv.type, vv.type), range)
          pairs.forEach { drop($0.0); drop($0.1) }
          return true
        }
      }
      setLine(range)
      for (kv, vv) in pairs {
        guard let kr = coerce(kv, to: k, range), let vr = coerce(vv, to: v, range) else {
          continue
        }
        let ks = emit(.convert(.toSlot, kr), .slot), vs = emit(.convert(.toSlot, vr), .slot)
        updateInPlace(b, current.type, mayRaise: true) { old in
          emit(.runtime(.dictSetItemConsume, [
            old, ks, emit(.constI32(k.slotKind), .i32), vs, emit(.constI32(v.slotKind), .i32),
          ]), current.type)
        }
      }
      return true
    case .binOp(let l, .bitOr, let r):
      guard case .name(let n, _) = l.kind, n == name else { return false }
      let e = expr(r)
      guard let er = e.reg else { return true }
      guard case .dict(let ek, let ev) = e.type, IRType.join(k, ek) == k,
        IRType.join(v, ev) == v
      else {
        if case .dict = e.type {
          typeConflict(name, current.type, e.type, range)
        } else {
          program.unsupported("'|' between a dict and \(e.type.phrase)", range)
        }
        drop(e)
        return true
      }
      setLine(range)
      updateInPlace(b, current.type, mayRaise: true) { old in
        emit(.runtime(.dictMergeConsume, [old, er]), current.type)
      }
      drop(e)
      return true
    default:
      return false
    }
  }

  /// `s = s | {v}`, `s = s | t`, `s = s - t` on a set variable whose element type the result
  /// keeps: the old set is consumed, so a uniquely referenced one is updated in place (with
  /// the layout CPython's new set would have). False when `value` is not of that shape.
  private func lowerSetUpdate(_ name: String, _ value: Expr, _ range: SourceRange) -> Bool {
    guard let current = currentSlot(name, range, report: false),
      case .set(let e) = current.type, e != .never,
      case .binOp(let l, let op, let r) = value.kind, op == .bitOr || op == .sub,
      case .name(let n, _) = l.kind, n == name
    else { return false }
    let b: Binding = current.global ? .global(current.slot) : .local(current.slot)
    if op == .bitOr, case .set(let elts) = r.kind, elts.count == 1 {
      if case .starred = elts[0].kind { return false }
      let v = expr(elts[0])
      guard v.reg != nil else { return true }
      guard IRType.join(e, v.type) == e else {
        typeConflict(name, current.type, .set(v.type), range)
        drop(v)
        return true
      }
      guard let owned = own(v) else { return true }
      setLine(range)
      let slot = emit(.convert(.toSlot, owned), .slot)
      updateInPlace(b, current.type, mayRaise: true) { old in
        emit(.runtime(.setAddConsume, [old, slot, emit(.constI32(v.type.slotKind), .i32)]),
             current.type)
      }
      return true
    }
    let t = expr(r)
    guard let tr = t.reg else { return true }
    guard let te = Self.setElement(t.type), op == .sub || IRType.join(e, te) == e else {
      if Self.setElement(t.type) != nil {
        typeConflict(name, current.type, t.type, range)
      } else {
        program.unsupported("'\(op == .sub ? "-" : "|")' between a set and \(t.type.phrase)",
                            range)
      }
      drop(t)
      return true
    }
    setLine(range)
    updateInPlace(b, current.type, mayRaise: true) { old in
      emit(.runtime(op == .sub ? .setSubConsume : .setOrConsume, [old, tr]), current.type)
    }
    drop(t)
    return true
  }

  /// `make` consumes the variable's value and returns the new one: updated in place when the
  /// variable held the only reference, as the slot is cleared first. An update that may raise
  /// a Python exception (a dict's or set's: hashing and comparing keys) inside a try body or
  /// a handler keeps the variable's value until it is done instead (no update in place), so
  /// that the handler still reads it. (Appending to a list or str raises only MemoryError.)
  private func updateInPlace(_ b: Binding, _ type: IRType, mayRaise: Bool = false,
                             _ make: (Register) -> Register) {
    let read: () -> Register, readOld: () -> Register, write: (Register) -> Void
    switch b {
    case .local(let s):
      read = { self.emit(.loadLocal(s), type) }
      readOld = read
      write = { self.emitVoid(.storeLocal(s, $0)) }
    case .global(let g):
      read = { self.emit(.loadGlobal(g), type) }
      readOld = { self.emit(.peekGlobal(g), type) }
      write = { self.emitVoid(.storeGlobal(g, $0)) }
    }
    let old = read()
    if currentHandler != nil && mayRaise {
      emitVoid(.retain(old))
      let new = make(old)
      let previous = readOld()
      write(new)
      emitVoid(.release(previous))
      return
    }
    write(emit(.constNull, type))
    write(make(old))
  }

  /// Binds an owned value to a target (a name or a tuple/list of targets).
  func assign(_ target: Expr, _ value: Value) {
    switch target.kind {
    case .name(let id, _):
      store(id, value, target.range)
    case .tuple(let elts, _), .list(let elts, _):
      guard let parts = unpack(value, count: elts.count, target.range) else {
        return drop(value)
      }
      let owned = parts.map { p in Value(reg: own(p), type: p.type, owned: true) }
      drop(value)
      for (t, p) in zip(elts, owned) { assign(t, p) }
    case .attribute where isFieldTarget(target):
      storeField(target, value)
    case .subscript, .attribute:
      program.report(
        "mutation", "item and attribute assignment mutate an object; values are immutable "
          + "in pyforac", target.range)
    default:
      program.unsupported("this assignment target", target.range)
    }
  }

  /// Splits a tuple or list into `count` borrowed values (ValueError on a length mismatch).
  func unpack(_ value: Value, count: Int, _ range: SourceRange) -> [Value]? {
    guard let r = value.reg else { return nil }
    switch value.type {
    case .tuple(let types):
      guard types.count == count else {
        let msg = types.count > count
          ? "too many values to unpack (expected \(count))"
          : "not enough values to unpack (expected \(count), got \(types.count))"
        raise(.value, msg, range)
        return nil
      }
      return types.enumerated().map { i, t in
        let slot = emit(.runtime(.tupleGetItem, [r, emit(.constInt(Int64(i)), .int)]), .slot)
        return Value(reg: emit(.convert(.fromSlot, slot), t), type: t, owned: false)
      }
    case .list(let elem):
      setLine(range)
      let n = emit(.runtime(.listLen, [r]), .int)
      let expected = emit(.constInt(Int64(count)), .int)
      let ok = emit(.compare(.eq, n, expected), .bool)
      let bad = newBlock(), good = newBlock()
      terminate(.condBranch(ok, good, bad))
      startBlock(bad)
      emitVoid(.runtime(.unpackError, [n, expected]))
      terminate(.unreachable)
      startBlock(good)
      // A list known to be empty has no items to take: only the error path is left.
      if elem == .never && count > 0 {
        terminate(.unreachable)
        return nil
      }
      return (0..<count).map { i in
        let slot = emit(.runtime(.listGetItem, [r, emit(.constInt(Int64(i)), .int)]), .slot)
        return Value(reg: emit(.convert(.fromSlot, slot), elem), type: elem, owned: false)
      }
    default:
      program.unsupported("unpacking a \(value.type.pythonName)", range)
      return nil
    }
  }

  private func lowerAugAssign(_ target: Expr, _ op: BinaryOperator, _ value: Expr,
                              _ range: SourceRange) {
    guard case .name(let name, _) = target.kind else {
      return program.unsupported("augmented assignment to this target", range)
    }
    if op == .add, case .str? = hintType(target) {
      let synthetic = Expr(.binOp(left: target, op: .add, right: value), range)
      if lowerFunctionalUpdate(name, synthetic, range) { return }
    }
    if case .list? = hintType(target) {
      return program.report(
        "mutation", "augmented assignment to a list changes every alias in CPython; write "
          + "'\(name) = \(name) + ...' instead", range)
    }
    let symbol = [.bitOr: "|", .bitAnd: "&", .sub: "-", .bitXor: "^"][op] ?? ""
    switch hintType(target) {
    case .dict? where op == .bitOr, .set? where !symbol.isEmpty:
      // (A frozenset's in-place operators make a new frozenset: rebinding, as lowered.)
      let kind = hintType(target)?.pythonName ?? "dict"
      return program.report(
        "mutation", "'\(symbol)=' on a \(kind) changes every alias in CPython; write "
          + "'\(name) = \(name) \(symbol) ...' instead", range)
    default: break
    }
    let l = load(name, target.range)
    let r = expr(value, unions: true)
    inAugmentedAssignment = true
    let result = binary(op, l, r, range)
    inAugmentedAssignment = false
    assign(target, Value(reg: own(result), type: result.type, owned: true))
  }

  // MARK: - Control flow

  private func lowerIf(_ test: Expr, _ body: [Stmt], _ orelse: [Stmt]) {
    let thenB = newBlock(), elseB = newBlock(), join = newBlock()
    condition(test, thenB, orelse.isEmpty ? join : elseB)
    let before = env
    var ends: [FlowEnv] = []
    if orelse.isEmpty && isBranchedTo(join) { ends.append(before) }
    startBlock(thenB)
    lowerBlock(body)
    if isReachable { ends.append(env) }
    terminate(.branch(join))
    if !orelse.isEmpty {
      env = before
      startBlock(elseB)
      lowerBlock(orelse)
      if isReachable { ends.append(env) }
      terminate(.branch(join))
    }
    startBlock(join)
    env = resolveUnions(FlowEnv.join(ends) ?? before)
  }

  func isBranchedTo(_ b: BlockID) -> Bool { reachable.contains(b.id) }

  /// The variable state at a loop header: the entry state joined with what earlier rounds
  /// saw flowing around the loop (kept in the specialisation between rounds).
  func loopHeaderEnv(_ key: String) -> FlowEnv {
    let entry = env
    return entry.joined(spec.loopEnvs[key] ?? entry)
  }

  /// Records the states flowing back to a loop header; a change asks to lower the body again.
  func recordLoopBackEdges(_ key: String, _ header: FlowEnv, _ backs: [FlowEnv]) {
    let joined = resolveUnions(FlowEnv.join([header] + backs) ?? header)
    program.inference.recordLoopEnv(joined, at: key, in: spec)
  }

  /// Whether CPython's compiler takes a `while` test as always true (it then compiles no test).
  private func isConstantTrue(_ test: Expr) -> Bool {
    guard case .constant(let c, _) = test.kind else { return false }
    switch c {
    case .bool(let b): return b
    case .int(let digits): return digits.contains { $0 != "0" && $0 != "_" }
    case .str(let s): return !s.isEmpty
    default: return false
    }
  }

  private func lowerWhile(_ test: Expr, _ body: [Stmt], _ orelse: [Stmt], _ range: SourceRange) {
    let key = "while.\(range.start)"
    let header = newBlock(), bodyB = newBlock(), elseB = newBlock(), exit = newBlock()
    terminate(.branch(header))
    startBlock(header)
    env = resolveUnions(loopHeaderEnv(key))
    let headerEnv = env
    condition(test, bodyB, orelse.isEmpty ? exit : elseB)
    startBlock(bodyB)
    fn.loops.append(LoopRecord(kind: .while, header: header, body: bodyB, latch: nil,
                               exit: orelse.isEmpty ? exit : elseB, after: exit,
                               induction: nil, source: nil,
                               parent: loops.last?.header, line: range.start.line))
    loops.append(LoopContext(header: header, breakTarget: exit, continueTarget: header,
                             cleanups: [], isWhile: true))
    loops[loops.count - 1].tryDepth = tryStack.count
    lowerBlock(body)
    let loop = loops.removeLast()
    var backs = loop.continueEnvs
    if isReachable { backs.append(env) }
    recordLoopBackEdges(key, headerEnv, backs)
    // CPython 3.11 tests a `while` condition again at the end of the body and jumps back
    // conditionally (no warm-up event); only a constant true test jumps back unconditionally.
    if isConstantTrue(test) { warmup() }
    terminate(.branch(header))
    env = headerEnv
    var ends = loop.breakEnvs
    if !orelse.isEmpty {
      startBlock(elseB)
      lowerBlock(orelse)
      if isReachable { ends.append(env) }
      terminate(.branch(exit))
    } else {
      ends.append(headerEnv)
    }
    startBlock(exit)
    env = resolveUnions(FlowEnv.join(ends) ?? headerEnv)
  }

  private func lowerReturn(_ value: Expr?, _ range: SourceRange) {
    if isModule { return program.report("syntax", "'return' outside function", range) }
    guard let value else {
      leaveTries(downTo: 0)
      return emitReturn(nil)
    }
    let v = expr(value, hint: spec.returnType == .never ? nil : spec.returnType, unions: true)
    guard v.reg != nil else {
      drop(v)
      return terminate(.unreachable)
    }
    guard widenReturn(v.type, range), let r = coerce(v, to: spec.returnType, range) else {
      return terminate(.unreachable)
    }
    leaveTries(downTo: 0)
    emitReturn(r)
  }

  // MARK: - Exceptions

  /// Raises a built-in exception with a constant message (ends the current block).
  func raise(_ exc: ExceptionKind, _ message: String, _ range: SourceRange) {
    setLine(range)
    let code = emit(.constI32(exc.rawValue), .i32)
    let msg = emit(.constCString(message), .rawPointer)
    emitVoid(.runtime(.raise, [code, msg]))
    terminate(.unreachable)
  }

  private func lowerAssert(_ test: Expr, _ msg: Expr?, _ range: SourceRange) {
    let fail = newBlock(), ok = newBlock()
    condition(test, ok, fail)
    startBlock(fail)
    if let msg {
      let m = expr(msg)
      if m.reg != nil, let t = own(makeTuple([m])) {
        setLine(range)
        emitVoid(.runtime(.raiseArgs, [emit(.constI32(ExceptionKind.assertion.rawValue), .i32),
                                       t, emit(.constNull, .rawPointer), emit(.constI32(0), .i32)]))
      }
      terminate(.unreachable)
    } else {
      raise(.assertion, "", range)
    }
    startBlock(ok)
  }

  // MARK: - Annotations

  /// Builtin types an annotation names (`x: int`, `-> list[str]`).
  static let annotationTypeNames: Set<String> = [
    "int", "float", "str", "bool", "list", "tuple", "dict", "set", "frozenset", "bytes",
    "bytearray", "object", "complex", "type", "range", "slice",
  ]

  /// A def's annotations in the order CPython evaluates them: the parameters', the result's.
  static func annotations(of def: FunctionDef) -> [Expr] {
    def.args.args.compactMap(\.annotation) + (def.returns.map { [$0] } ?? [])
  }

  /// Evaluates an annotation where CPython evaluates one (a module-level annotated name, a
  /// def's parameters and result when the def runs). One written with builtin types and
  /// strings (`int`, `list[str]`, `int | None`, `"Tree"`) cannot fail and has no effect: it
  /// is skipped. Anything else is evaluated as an expression and its value dropped, so an
  /// undefined name raises NameError and a call runs, as in CPython.
  func evaluateAnnotation(_ e: Expr) {
    if isInertAnnotation(e) { return }
    if mentionsTyping(e) {
      // CPython evaluates it when the def runs: a generic with the wrong number of arguments
      // raises TypeError there, an unknown typing object may do anything.
      program.unsupported("this annotation with typing objects (a generic with another "
                            + "number of arguments, or a typing object used otherwise)", e.range)
      return
    }
    drop(expr(e))
  }

  /// Whether `e` names something imported from typing.
  private func mentionsTyping(_ e: Expr) -> Bool {
    switch e.kind {
    case .name(let id, _): return binding(of: id) == nil && program.typingNames[id] != nil
    case .attribute(let base, _, _):
      if case .name(let id, _) = base.kind, binding(of: id) == nil,
        program.typingModules.contains(id)
      {
        return true
      }
      return mentionsTyping(base)
    case .subscript(let base, let index, _): return mentionsTyping(base) || mentionsTyping(index)
    case .tuple(let elts, _), .list(let elts, _): return elts.contains(where: mentionsTyping)
    case .binOp(let l, _, let r): return mentionsTyping(l) || mentionsTyping(r)
    default: return false
    }
  }

  /// The names `from typing import` may bind: the types and generics annotations use, and
  /// `TYPE_CHECKING` (False). Anything else from `typing` is rejected.
  static let typingExports: Set<String> = Set(typingArity.keys).union([
    "Any", "NoReturn", "Hashable", "Sized", "SupportsInt", "SupportsFloat", "SupportsAbs",
    "SupportsIndex", "SupportsRound", "TYPE_CHECKING",
  ])

  static let pythonKeywords: Set<String> = [
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
    "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
    "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return",
    "try", "while", "with", "yield",
  ]

  /// The typing generics and how many arguments a subscript takes (nil: one or more).
  static let typingArity: [String: Int?] = [
    "List": 1, "Set": 1, "FrozenSet": 1, "Sequence": 1, "Iterable": 1, "Iterator": 1,
    "Optional": 1, "Type": 1, "Collection": 1, "AbstractSet": 1, "MutableSequence": 1,
    "MutableSet": 1, "Deque": 1, "Counter": 1, "Reversible": 1, "Container": 1,
    "ClassVar": 1, "Final": 1, "Dict": 2, "Mapping": 2, "MutableMapping": 2,
    "DefaultDict": 2, "OrderedDict": 2, "Tuple": nil, "Union": nil, "Literal": nil,
    "Callable": 2, "Generator": 3,
  ]

  /// Whether evaluating annotation `e` can neither fail nor do anything.
  func isInertAnnotation(_ e: Expr) -> Bool {
    if program.futureAnnotations { return true }
    // The typing name `e` stands for (`List`, `typing.List`), imported above it.
    func typingName(_ e: Expr) -> String? {
      switch e.kind {
      case .name(let id, _):
        guard binding(of: id) == nil, let attr = program.typingNames[id],
          let imported = program.typingImportLines[id], imported < e.range.start.line
        else { return nil }
        return attr
      case .attribute(let base, let attr, _):
        guard case .name(let id, _) = base.kind, program.typingModules.contains(id),
          binding(of: id) == nil, Self.typingExports.contains(attr),
          let imported = program.typingImportLines[id], imported < e.range.start.line
        else { return nil }
        return attr
      default: return nil
      }
    }
    func isType(_ e: Expr) -> Bool {
      switch e.kind {
      case .constant(.none, _): return true
      case .name(let id, _):
        if let t = typingName(e) { return t != "TYPE_CHECKING" }
        if let c = program.definitions.classNamed(id), binding(of: id) == nil {
          // One of the program's classes, bound by a class statement above.
          return c.range.end.line < e.range.start.line && !program.lateClasses.contains(id)
        }
        return Self.annotationTypeNames.contains(id) && binding(of: id) == nil
          && program.definitions.function(named: id) == nil && program.mathNames[id] == nil
          && !program.mathModules.contains(id)
      case .attribute:
        if let t = typingName(e) { return t != "TYPE_CHECKING" }
        return false
      case .subscript(let base, let index, _):
        if let t = typingName(base) {
          // A typing generic checks its arguments' number (TypeError otherwise).
          guard let arity = Self.typingArity[t] else { return false }
          var count = 1
          if case .tuple(let elts, _) = index.kind { count = elts.count }
          if let n = arity, n != count { return false }
          if t == "Callable", case .tuple(let elts, _) = index.kind, elts.count == 2 {
            if case .list(let args, _) = elts[0].kind {
              return args.allSatisfy(isArgument) && isArgument(elts[1])
            }
            if case .constant(.ellipsis, _) = elts[0].kind { return isArgument(elts[1]) }
            return false
          }
          if t == "Literal" { return true }
          return isTypingArgument(index)
        }
        return isType(base) && isArgument(index)
      case .binOp(let l, .bitOr, let r):
        // `None | None` is a TypeError (NoneType has no `|`).
        if case .constant(.none, _) = l.kind, case .constant(.none, _) = r.kind { return false }
        return isType(l) && isType(r)
      default: return false
      }
    }
    // Inside a typing generic a str is a forward reference, compiled when the def runs
    // (SyntaxError unless it is an expression): only dotted names are taken as inert.
    func isTypingArgument(_ e: Expr) -> Bool {
      switch e.kind {
      case .constant(.str(let s), _):
        let parts = s.split(separator: ".", omittingEmptySubsequences: false)
        return !parts.isEmpty && parts.allSatisfy { p in
          guard let first = p.first, first == "_" || first.isLetter else { return false }
          return p.allSatisfy { $0 == "_" || $0.isLetter || $0.isNumber }
            && !Self.pythonKeywords.contains(String(p))
        }
      case .tuple(let elts, _), .list(let elts, _): return elts.allSatisfy(isTypingArgument)
      default: return isArgument(e)
      }
    }
    // What may go inside `X[...]`: types, strings, `...`, tuples of them.
    func isArgument(_ e: Expr) -> Bool {
      switch e.kind {
      case .constant(.str, _), .constant(.ellipsis, _): return true
      case .tuple(let elts, _), .list(let elts, _): return elts.allSatisfy(isArgument)
      default: return isType(e)
      }
    }
    if case .constant(.str, _) = e.kind { return true }
    return isType(e)
  }
}
