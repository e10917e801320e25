import Frontend

/// What leaving a `try` region early (`return`, `break`, `continue`) must do on the way out.
enum TryFrame {
  /// Inside an `except` body (or a `finally` body run for an exception): the handler ends
  /// (`pyrt_exc_leave`) and its `as` name is deleted.
  case handler(name: String?, range: SourceRange)
  /// Inside the `try` part of a `try`/`finally` (its body, handlers and `else`): the `finally`
  /// body runs, with exceptions going to `outer`.
  case finally(body: [Stmt], outer: BlockID?)
}

/// `try`/`except`/`else`/`finally`, `raise` and exception values.
///
/// A try body's blocks have the dispatch block as their `handler`: an exception raised there
/// enters it (codegen's catching landing pad). The dispatch tests each clause's classes
/// (`pyrt_exc_caught_matches`) in order; the chosen handler runs between `pyrt_exc_enter` and
/// `pyrt_exc_leave` in blocks whose handler is its cleanup (which leaves the handler, deletes
/// the `as` name and re-raises, as CPython's compiler does); no match re-raises. A `finally`
/// body is lowered once per way out: after the try part, in its own exception handler
/// (re-raising at its end), and before each `return`/`break`/`continue` that leaves it.
extension FunctionLowering {
  func lowerTry(_ body: [Stmt], _ handlers: [ExceptHandler], _ orelse: [Stmt],
                _ finalbody: [Stmt], _ range: SourceRange) {
    if finalbody.isEmpty {
      lowerTryExcept(body, handlers, orelse, range)
      return
    }
    lowerTryFinally(finalbody) {
      if handlers.isEmpty {
        self.lowerBlock(body)
      } else {
        self.lowerTryExcept(body, handlers, orelse, range)
      }
    }
  }

  /// Ends the current block and goes on in a new one whose exceptions go to `handler`.
  private func continueIn(handler: BlockID?) {
    currentHandler = handler
    let next = newBlock()
    terminate(.branch(next))
    startBlock(next)
  }

  /// Goes on in a block outside every handler, for code that cannot raise but gives back
  /// references taken before a `try` (a `return`'s or a `break`'s releases).
  func leaveHandlerScope() {
    if blocks[current].handler != nil { continueIn(handler: nil) }
  }

  /// Lowers `part` with its exceptions going to a new handler block, which is returned with
  /// the variable states at the points where `part` may raise.
  private func region(_ part: () -> Void) -> (handler: BlockID, envs: [FlowEnv]) {
    let handler = newBlock()
    let reached = isReachable
    continueIn(handler: handler)
    if reached { reachable.insert(handler.id) }
    tryEnvs.append([env])
    part()
    return (handler, tryEnvs.removeLast())
  }

  /// Starts handler block `h` (reached only by exceptions) with the join of `envs`.
  private func startHandler(_ h: BlockID, _ envs: [FlowEnv]) {
    startBlock(h)
    env = resolveUnions(FlowEnv.join(envs) ?? env)
  }

  private func lowerTryExcept(_ body: [Stmt], _ handlers: [ExceptHandler], _ orelse: [Stmt],
                              _ range: SourceRange) {
    let outer = currentHandler
    let after = newBlock()
    var ends: [FlowEnv] = []
    let (dispatch, bodyEnvs) = region { lowerBlock(body) }
    continueIn(handler: outer)
    if isReachable {
      lowerBlock(orelse)
      if isReachable { ends.append(env) }
    }
    terminate(.branch(after))
    startHandler(dispatch, bodyEnvs)
    let caughtEnv = env
    for h in handlers.dropLast() where h.type == nil {
      program.report("syntax", "default 'except:' must be last", h.range)
    }
    for h in handlers {
      env = caughtEnv
      let matched = newBlock(), next = newBlock()
      setLine(h.range)
      if let type = h.type {
        guard let classes = exceptionClasses(type) else {
          terminate(.unreachable)
          startBlock(next)
          continue
        }
        let test = anyClass(classes) { c in
          emit(.runtime(.excCaughtMatches, [emit(.constI32(c), .i32)]), .int)
        }
        // `except ():` matches nothing
        terminate(test.map { .condBranch($0, matched, next) } ?? .branch(next))
      } else {
        terminate(.branch(matched))
      }
      startBlock(matched)
      emitVoid(.runtime(.excEnter, []))
      let (cleanup, handlerEnvs) = region {
        if let name = h.name {
          let v = emit(.runtime(.excHandledValue, []), .exception)
          store(name, Value(reg: v, type: .exception, owned: true), h.range)
        }
        tryStack.append(.handler(name: h.name, range: h.range))
        lowerBlock(h.body)
        tryStack.removeLast()
      }
      continueIn(handler: outer)
      if isReachable {
        leaveHandler(h.name, h.range)
        ends.append(env)
      }
      terminate(.branch(after))
      startHandler(cleanup, handlerEnvs)
      leaveHandler(h.name, h.range)
      emitVoid(.runtime(.excReraiseCaught, []))
      terminate(.unreachable)
      startBlock(next)
    }
    env = caughtEnv
    emitVoid(.runtime(.excReraiseCaught, []))
    terminate(.unreachable)
    startBlock(after)
    if let joined = FlowEnv.join(ends) { env = resolveUnions(joined) }
  }

  private func lowerTryFinally(_ finalbody: [Stmt], _ tryPart: () -> Void) {
    if let jump = Self.firstJump(finalbody) {
      program.unsupported("a 'return', 'break' or 'continue' inside 'finally'", jump)
    }
    let outer = currentHandler
    let (fin, tryEnvs) = region {
      tryStack.append(.finally(body: finalbody, outer: outer))
      tryPart()
      tryStack.removeLast()
    }
    continueIn(handler: outer)
    let after = newBlock()
    if isReachable { lowerBlock(finalbody) }
    let normalEnv = isReachable ? env : nil
    terminate(.branch(after))
    // The exception path: the finally body runs while the exception is being handled, then
    // raises it again (a `return` or `break` in the body discards it).
    startHandler(fin, tryEnvs)
    emitVoid(.runtime(.excEnter, []))
    let (cleanup, bodyEnvs) = region {
      tryStack.append(.handler(name: nil, range: .none))
      lowerBlock(finalbody)
      tryStack.removeLast()
    }
    continueIn(handler: outer)
    if isReachable { emitVoid(.runtime(.excLeaveReraise, [])) }
    terminate(.unreachable)
    startHandler(cleanup, bodyEnvs)
    emitVoid(.runtime(.excLeave, []))
    emitVoid(.runtime(.excReraiseCaught, []))
    terminate(.unreachable)
    startBlock(after)
    if let normalEnv { env = normalEnv }
  }

  /// The first `return`, `break` or `continue` in `body` that leaves it (not in a nested
  /// function; a `break`/`continue` of a loop inside `body` stays in it).
  static func firstJump(_ body: [Stmt], inLoop: Bool = false) -> SourceRange? {
    for s in body {
      switch s.kind {
      case .return: return s.range
      case .break, .continue: if !inLoop { return s.range }
      case .if(_, let b, let o):
        if let r = firstJump(b, inLoop: inLoop) ?? firstJump(o, inLoop: inLoop) { return r }
      case .while(_, let b, let o), .for(_, _, let b, let o, _):
        // a loop's own break/continue stay inside the finally body
        if let r = firstJump(b, inLoop: true) ?? firstJump(o, inLoop: inLoop) { return r }
      case .try(let b, let hs, let o, let f), .tryStar(let b, let hs, let o, let f):
        if let r = firstJump(b, inLoop: inLoop)
          ?? hs.lazy.compactMap({ firstJump($0.body, inLoop: inLoop) }).first
          ?? firstJump(o, inLoop: inLoop) ?? firstJump(f, inLoop: inLoop)
        {
          return r
        }
      case .with(_, let b, _), .asyncWith(_, let b, _):
        if let r = firstJump(b, inLoop: inLoop) { return r }
      default: continue
      }
    }
    return nil
  }

  /// The end of an `except` body: the exception is no longer being handled and the `as`
  /// name is deleted (CPython's `e = None; del e`).
  private func leaveHandler(_ name: String?, _ range: SourceRange) {
    emitVoid(.runtime(.excLeave, []))
    if let name { deleteName(name, range) }
  }

  /// Unbinds variable `name` (its value released; reading it later raises as CPython does).
  private func deleteName(_ name: String, _ range: SourceRange) {
    guard let b = binding(of: name) else { return }
    let base: String
    switch b {
    case .local(let n), .global(let n): base = n
    }
    if case .local = b {
      // Every slot of the variable is emptied (the name may also hold values of other
      // types elsewhere in the function): a later read raises UnboundLocalError.
      for (slot, type) in spec.localTypes.sorted(by: { $0.key < $1.key })
      where slot.hasPrefix(base + "#") {
        if type.isObject {
          let old = emit(.loadLocal(slot), type)
          emitVoid(.storeLocal(slot, emit(.constNull, type)))
          emitVoid(.release(old))
        } else if slot == base + "#set" {
          emitVoid(.storeLocal(slot, emit(.constBool(false), .bool)))
        }
      }
    } else if let (slot, type, _) = currentSlot(name, range, report: false), type.isObject {
      let old = emit(.peekGlobal(slot), type)
      emitVoid(.storeGlobal(slot, emit(.constNull, type)))
      emitVoid(.release(old))
    }
    env.forget([base])
  }

  /// Before a `return` (`depth` 0) or a `break`/`continue` (the loop's `tryDepth`): leaves
  /// the handlers and runs the `finally` bodies between here and there, innermost first.
  func leaveTries(downTo depth: Int) {
    guard tryStack.count > depth else { return }
    let saved = tryStack
    let savedHandler = currentHandler
    while tryStack.count > depth, isReachable {
      switch tryStack.removeLast() {
      case .handler(let name, let range):
        leaveHandler(name, range)
      case .finally(let body, let outer):
        continueIn(handler: outer)
        lowerBlock(body)
      }
    }
    tryStack = saved
    currentHandler = savedHandler
  }

  // MARK: - Exception classes

  /// The class numbers an `except` clause names (a class, or a tuple of classes), nil after
  /// reporting what cannot be compiled.
  func exceptionClasses(_ e: Expr) -> [Int32]? {
    switch e.kind {
    case .tuple(let elts, _):
      // (a tuple inside the tuple is CPython's TypeError when it is tested: not compiled)
      var out: [Int32] = []
      for x in elts {
        guard case .name(let id, _) = x.kind, let c = exceptionClass(id, x.range) else {
          program.unsupported("this exception class expression", x.range)
          return nil
        }
        out.append(c)
      }
      return out
    case .name(let id, _):
      guard let c = exceptionClass(id, e.range) else { break }
      return [c]
    default: break
    }
    program.unsupported("this exception class expression", e.range)
    return nil
  }

  /// The class number of exception class `name` (a builtin one, or the program's), nil when
  /// the name is not one. A class of the program whose statement may not have run yet is
  /// checked (NameError, as in CPython).
  func exceptionClass(_ name: String, _ range: SourceRange) -> Int32? {
    guard binding(of: name) == nil else { return nil }
    if let own = program.exceptionClassNumbers[name] {
      if program.lateClasses.contains(name) { requireBound(name + "#class", range) }
      return own
    }
    if program.definitions.function(named: name) != nil { return nil }
    return ExceptionKind(pythonName: name)?.rawValue
  }

  // MARK: - raise

  func lowerRaise(_ exc: Expr?, _ cause: Expr?, _ range: SourceRange) {
    guard let exc else {
      // A bare `raise`: the exception being handled, again.
      setLine(range)
      emitVoid(.runtime(.excReraise, []))
      return terminate(.unreachable)
    }
    // CPython evaluates the exception, then the cause.
    guard let raised = exceptionOperand(exc, "raising", range) else {
      return terminate(.unreachable)
    }
    var causeReg: Register?
    var fromNone = false
    if let cause {
      if case .constant(.none, _) = cause.kind {
        fromNone = true
      } else {
        guard let v = exceptionOperand(cause, "a cause of", range) else {
          return terminate(.unreachable)
        }
        causeReg = v.reg
      }
    }
    setLine(range)
    emitVoid(.runtime(.raiseValue, [raised.reg!, causeReg ?? emit(.constNull, .rawPointer),
                                    emit(.constI32(fromNone ? 1 : 0), .i32)]))
    terminate(.unreachable)
  }

  /// The exception `e` stands for in `raise e` or `from e`: a class (`E`, made with no
  /// arguments) or a class call (`E(args)`) made here, or an exception value; nil after
  /// reporting anything else.
  private func exceptionOperand(_ e: Expr, _ what: String, _ range: SourceRange) -> Value? {
    switch e.kind {
    case .name(let id, _):
      if let c = exceptionClass(id, e.range) { return exceptionValue(c, [], [], range) }
    case .call(let f, let args, let keywords):
      if case .name(let id, _) = f.kind, let c = exceptionClass(id, f.range) {
        let v = exceptionValue(c, args, keywords, range)
        return v.reg == nil ? nil : v
      }
    default: break
    }
    let v = expr(e)
    guard v.reg != nil else { return nil }
    guard v.type == .exception else {
      drop(v)
      program.unsupported("\(what) a value of type \(v.type.pythonName)", e.range)
      return nil
    }
    return v
  }

  // MARK: - Exception values

  /// Whether `e` is a plain variable (what may hold an exception value; evaluating it has no
  /// effect beyond a NameError).
  static func mayBeException(_ e: Expr) -> Bool {
    if case .name = e.kind { return true }
    return false
  }

  /// `E(args...)` made as a value (raised or not): CPython calls the class, a C call it
  /// always counts (BaseException has no vectorcall in 3.11), so at the recursion limit the
  /// call raises RecursionError instead.
  func exceptionValue(_ cls: Int32, _ args: [Expr], _ keywords: [Keyword], _ range: SourceRange)
    -> Value
  {
    guard keywords.isEmpty,
      !args.contains(where: { if case .starred = $0.kind { return true } else { return false } })
    else {
      program.unsupported("these exception arguments", range)
      return .never
    }
    var tuple: Register?
    if !args.isEmpty {
      let t = expr(Expr(.tuple(elts: args, ctx: .load), range))
      guard t.reg != nil, let r = own(t) else { return .never }
      tuple = r
    }
    setLine(range)
    checkCLevel(1, Self.callingMessage)
    let v = emit(.runtime(.excNew, [emit(.constI32(cls), .i32),
                                    tuple ?? emit(.constNull, .rawPointer)]), .exception)
    return Value(reg: v, type: .exception, owned: true)
  }

  /// The builtin classes `isinstance` may name, with the IR types whose values are instances
  /// (bool is a subclass of int).
  static let instanceClasses: [String: @Sendable (IRType) -> Bool] = [
    "int": { $0 == .int || $0 == .bool },
    "bool": { $0 == .bool },
    "float": { $0 == .float },
    "str": { $0 == .str },
    "list": { if case .list = $0 { return true } else { return false } },
    "tuple": { if case .tuple = $0 { return true } else { return false } },
    "dict": { if case .dict = $0 { return true } else { return false } },
    "set": { if case .set = $0 { return true } else { return false } },
    "frozenset": { if case .frozenset = $0 { return true } else { return false } },
    "object": { _ in true },
  ]

  /// `isinstance(x, C)` (C a builtin class, or a tuple of them): decided by `x`'s type, which
  /// is known here; for an exception value, by its class at run time. A value of several
  /// types is not compiled yet.
  func isInstance(_ x: Expr, _ classes: Expr, _ range: SourceRange) -> Value {
    let v = expr(x)
    guard v.reg != nil else { return .never }
    if v.type == .exception { return exceptionIsInstance(v, classes, range) }
    var names: [String] = []
    var ownClasses: [Int32] = []
    func collect(_ e: Expr) -> Bool {
      switch e.kind {
      case .name(let id, _) where userClass(id, e.range) != nil:
        ownClasses.append(userClass(id, e.range)!.number)
        return true
      case .name(let id, _) where binding(of: id) == nil && Self.instanceClasses[id] != nil:
        names.append(id)
        return true
      case .name(let id, _) where binding(of: id) == nil
        && (ExceptionKind(pythonName: id) != nil || program.exceptionClassNumbers[id] != nil):
        names.append(id)
        return true
      case .tuple(let elts, _): return elts.allSatisfy(collect)
      default: return false
      }
    }
    guard collect(classes) else {
      drop(v)
      program.unsupported("isinstance() with this class argument", classes.range)
      return .never
    }
    if v.type == .object, names.isEmpty, !ownClasses.isEmpty {
      return objectIsInstance(v, ownClasses)
    }
    if v.type.isUnion || v.type == .object {
      drop(v)
      program.unsupported("isinstance() of a value of several types", x.range)
      return .never
    }
    var hit = names.contains { Self.instanceClasses[$0]?(v.type) ?? false }
    if case .instance(let c) = v.type {
      hit = hit || ownClasses.contains { program.definitions.isSubclass(c.number, of: $0) }
    }
    drop(v)
    return constant(.constBool(hit), .bool)
  }

  /// `e.args` of an exception value.
  func exceptionAttribute(_ v: Value, _ attr: String, _ range: SourceRange) -> Value {
    guard let r = v.reg else { return .never }
    guard attr == "args" else {
      drop(v)
      program.unsupported("the attribute '\(attr)' of an exception", range)
      return .never
    }
    setLine(range)
    let args = Value(reg: emit(.runtime(.excArgs, [r]), .object), type: .object, owned: true)
    drop(v)
    return args
  }

  /// `type(e).__name__` of an exception value.
  func exceptionTypeName(_ v: Value, _ range: SourceRange) -> Value {
    guard let r = v.reg else { return .never }
    setLine(range)
    let s = Value(reg: emit(.runtime(.excTypeName, [r]), .str), type: .str, owned: true)
    drop(v)
    return s
  }

  /// `isinstance(e, E)` (or a tuple of classes) of an exception value.
  func exceptionIsInstance(_ v: Value, _ classes: Expr, _ range: SourceRange) -> Value {
    guard let r = v.reg, let cs = exceptionClasses(classes) else {
      drop(v)
      return .never
    }
    let test = anyClass(cs) { c in
      emit(.runtime(.excValueIs, [r, emit(.constI32(c), .i32)]), .int)
    } ?? emit(.constBool(false), .bool)
    drop(v)
    return Value(reg: test, type: .bool, owned: false)
  }

  /// Whether any of `classes` passes `test` (a runtime call giving 1 or 0), as a bool; nil
  /// for no class.
  private func anyClass(_ classes: [Int32], _ test: (Int32) -> Register) -> Register? {
    var any: Register?
    for c in classes {
      let hit = emit(.compare(.ne, test(c), emit(.constInt(0), .int)), .bool)
      any = any.map { emit(.select($0, emit(.constBool(true), .bool), hit), .bool) } ?? hit
    }
    return any
  }
}
