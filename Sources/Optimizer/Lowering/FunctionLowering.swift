import Frontend

/// A lowered value: its register (nil for a value of type `never`), type and whether the
/// lowering holds a reference to it (`owned`: must be consumed or released) or borrows it.
struct Value {
  var reg: Register?
  var type: IRType
  var owned: Bool

  static let never = Value(reg: nil, type: .never, owned: false)
}

/// The innermost enclosing loop: where `break`/`continue` go and which owned references the
/// loop keeps alive (released when leaving it).
struct LoopContext {
  /// The loop's header (its `LoopRecord`).
  var header: BlockID
  /// How many `TryFrame`s were open where the loop starts (a `break` leaves those above).
  var tryDepth = 0
  var breakTarget: BlockID
  var continueTarget: BlockID
  var cleanups: [Register]
  /// A `while` loop (its `continue` jumps back to the test).
  var isWhile = false
  /// The variable state at each `break` / `continue` of the loop.
  var breakEnvs: [FlowEnv] = []
  var continueEnvs: [FlowEnv] = []
}

/// Lowers one function body (or the module body) to typed IR while widening the types that
/// `ProgramLowering` keeps between fixed-point rounds. One instance per body per round.
/// Statements live here; expressions, calls and loops in the `FunctionLowering+*` files.
final class FunctionLowering {
  unowned let program: ProgramLowering
  let spec: Specialization
  let info: FunctionInfo?
  var fn: IRFunction
  var blocks: [BasicBlock] = []
  var current = 0
  var registerTypes: [IRType] = []
  /// Names local to this function (its scope's locals, parameters included); empty for the
  /// module body.
  var localNames: Set<String> = []
  var scopes: [[String: String]] = []
  /// The type family of each variable at the current point of the walk.
  var env = FlowEnv()
  var loops: [LoopContext] = []
  var lastLine: Int?
  /// Comprehension frames: the innermost is where lines are recorded (0 = the function's frame).
  var frameStack: [Int] = [0]
  var frameCount = 0
  /// The variables of each comprehension frame's code object (`.0`, then its targets).
  var comprehensionVarnames: [Int: [String]] = [:]
  /// The warm-up key of each comprehension frame's code object (`codeKey`).
  var comprehensionCode: [Int: String] = [:]
  /// Comprehensions (by their hidden list) whose elements go to a fold instead of the list
  /// (`lazyFold`), each element an owned register of the list's item type.
  var elementSinks: [String: (Register) -> Void] = [:]
  /// The hidden lists of generator expressions (each element is a yield and a resumption).
  var generatorAccumulators: Set<String> = []
  /// The frame-stack heights at which loops run that are a builtin's C loop, not the code
  /// object's (a comprehension without a frame: `list(xs)`, the keys of `sorted(key=)`): their
  /// iterations are no warm-up events of the code running them.
  var silentLoopFrames: [Int] = []
  /// Hidden names whose value is computed by lowering code each time they are read (the
  /// element of a comprehension built by a builtin: `sorted`'s key of each item).
  var computedNames: [String: () -> Value] = [:]
  /// True while the fields of a `str.format` call are formatted (`strFormat`).
  var inStrFormat = false
  /// Blocks that some reachable block branches to (the entry block is always reachable).
  var reachable: Set<Int> = [0]
  /// NameError messages already worked out, by frame and name.
  var nameErrorMessageMemo: [String: String] = [:]
  /// Set by `condition` just before it lowers a comparison whose result only decides a branch:
  /// CPython specialises such comparisons (see `comparisonRecursionCheck`).
  var comparisonFeedsJump = false
  /// Set by `lowerAugAssign` around its operator: a TypeError names `+=`, not `+`.
  var inAugmentedAssignment = false
  /// Where an exception raised at this point goes (`BasicBlock.handler`): the dispatch of the
  /// innermost `try`, a handler's cleanup, a `finally`; nil: out of the function.
  var currentHandler: BlockID?
  /// The `try` statements and handlers being lowered, innermost last (`TryFrame`).
  var tryStack: [TryFrame] = []
  /// For each handler being lowered to (innermost last), the variable states at the points
  /// where its region may raise: the state the handler starts with is their join.
  var tryEnvs: [[FlowEnv]] = []

  var isModule: Bool { info == nil }

  init(program: ProgramLowering, spec: Specialization, def: FunctionInfo?) {
    self.program = program
    self.spec = spec
    self.info = def
    let name = def?.def.name ?? "<module>"
    let line = def?.range.start.line ?? 1
    let params = def.map { d in zip(d.def.args.args, spec.key.argTypes).map { ($0.arg, $1) } }
    fn = IRFunction(symbol: spec.symbol, pythonName: name, line: line, params: params ?? [],
                    returnType: .none)
  }

  // MARK: - Bodies

  /// Lowers the module body into `pyforac_module_main`.
  func lowerModuleBody(_ body: [Stmt]) -> IRFunction {
    startBlock(newBlock())
    // What CPython prints while compiling the script, before it runs.
    for w in program.module.syntaxWarnings {
      emitVoid(.runtime(.syntaxWarning, [emit(.constCString(program.sourcePath), .rawPointer),
                                         emit(.constInt(Int64(w.line)), .int),
                                         emit(.constCString(w.message), .rawPointer)]))
    }
    warmup()
    lowerBlock(body)
    emitReturn(nil)
    return finish()
  }

  /// Lowers the body of `info`'s function for the argument types of `spec`.
  func lowerFunctionBody() -> IRFunction {
    guard let info else { return finish() }
    let def = info.def
    let args = def.args
    if !args.posonlyargs.isEmpty || args.vararg != nil || !args.kwonlyargs.isEmpty
      || args.kwarg != nil || (!def.decoratorList.isEmpty && info.owner == nil)
    {
      program.unsupported("this kind of function signature", info.range)
    }
    // The function's locals as the Frontend resolved them (CPython's rules: an annotation
    // alone makes a name local too).
    localNames = Set(info.scope.locals)
    var assigned = Set<String>()
    collectAssignedNames(def.body, into: &assigned)
    startBlock(newBlock())
    warmup()
    fn.params = fn.params.map { p in
      // A union argument whose variable's slot holds a boxed object (a union variable that
      // also takes a str, say) arrives in a slot of its own, `name#arg`: the two are not
      // represented alike.
      let slot = slotName(p.name, p.type)
      if p.type.isUnion, let t = spec.localTypes[slot], !t.isUnion, t != .never {
        return (p.name + Self.argumentSuffix, p.type)
      }
      return (slot, p.type)
    }
    fn.borrowedParams = Set(fn.params.map(\.name).filter { p in
      !assigned.contains(String(p.prefix { $0 != "#" }))
    })
    for (i, (slot, type)) in fn.params.enumerated() {
      _ = widenLocal(slot, type)
      env.assign(args.args[i].arg, family(type))
      if slot.hasSuffix(Self.argumentSuffix) {
        store(args.args[i].arg, Value(reg: emit(.loadLocal(slot), type), type: type, owned: false),
              info.range)
        continue
      }
      if let slotType = spec.localTypes[slot], slotType != type, !fn.borrowedParams.contains(slot) {
        // The body rebinds the parameter to values of a wider type (`xs = [x / 2 for x in xs]`
        // over a list[int], `acc = acc + [1]` over an empty list): the argument is converted
        // to the slot's type on entry (an empty list of the right kind, a list with boxed
        // items), so that every value in the slot has the slot's type.
        let r = emit(.loadLocal(slot), type)
        guard let converted = coerce(Value(reg: r, type: type, owned: false), to: slotType,
                                     info.range)
        else { continue }
        emitVoid(.storeLocal(slot, converted))
        continue
      }
      if !fn.borrowedParams.contains(slot) {
        // The body rebinds it: the slot takes its own reference, released like any local's.
        let r = emit(.loadLocal(slot), type)
        if type.isObject {
          emitVoid(.retain(r))
          emitVoid(.storeLocal(slot, r))
        }
        if spec.unionVars.contains(args.args[i].arg) && family(type) != FlowEnv.unionFamily {
          store(args.args[i].arg, Value(reg: r, type: type, owned: false), info.range)
        }
      }
    }
    lowerBlock(def.body)
    emitReturn(nil)
    return finish()
  }

  private func finish() -> IRFunction {
    fn.returnType = isModule ? .none : spec.returnType
    fn.blocks = blocks
    fn.registerTypes = registerTypes
    fn.locals = spec.localTypes.keys.sorted().map { ($0, spec.localTypes[$0] ?? .none) }
    fn.unions = spec.unionMembers.keys.sorted().map { (unionSlot($0), spec.unionMembers[$0]!) }
    // A loop whose body always returns or breaks runs at most once: not a loop.
    fn.loops = LoopVerifier.pruned(fn)
    return fn
  }

  // MARK: - Emission

  func newBlock() -> BlockID {
    let id = BlockID(blocks.count)
    blocks.append(BasicBlock(id: id))
    return id
  }

  func startBlock(_ id: BlockID) {
    current = id.id
    lastLine = nil
    blocks[current].handler = currentHandler
  }

  @discardableResult
  func emit(_ op: Operation, _ type: IRType) -> Register {
    let r = Register(registerTypes.count)
    registerTypes.append(type)
    blocks[current].instructions.append(Instruction(dest: r, type: type, op: op))
    return r
  }

  func emitVoid(_ op: Operation) {
    blocks[current].instructions.append(Instruction(dest: nil, type: .none, op: op))
  }

  /// Ends the current block; following code lands in a fresh block with no predecessor.
  func terminate(_ t: Terminator) {
    blocks[current].terminator = t
    if isReachable { reachable.formUnion(t.successors.map(\.id)) }
    startBlock(newBlock())
  }

  var isReachable: Bool { reachable.contains(current) }

  func setLine(_ range: SourceRange) {
    let line = range.start.line
    if line != lastLine {
      let frame = frameStack.last ?? 0
      emitVoid(frame == 0 ? .setLine(line) : .setFrameLine(frame, line))
      lastLine = line
    }
  }

  /// A register holding a +1 reference (or the plain value for non-objects).
  func own(_ v: Value) -> Register? {
    guard let r = v.reg else { return nil }
    if v.type.isObject && !v.owned { emitVoid(.retain(r)) }
    return r
  }

  /// Releases a value the lowering owns; borrowed values and scalars need nothing.
  func drop(_ v: Value) {
    if v.owned, v.type.isObject, let r = v.reg { emitVoid(.release(r)) }
  }

  func constant(_ op: Operation, _ type: IRType) -> Value {
    Value(reg: emit(op, type), type: type, owned: false)
  }

  /// The hidden local of a synthesised value, named after the expression's source range so
  /// that every round gives the same expression the same slot.
  func hiddenName(_ base: String, _ range: SourceRange) -> String {
    "$\(base).\(range.start.line).\(range.start.column).\(range.end.line).\(range.end.column)"
  }

  /// Enters a `<listcomp>`/`<genexpr>` frame (the caller's line is the comprehension's) whose
  /// code object's variables are `varnames` (for NameError hints).
  func pushComprehensionFrame(_ name: String, _ range: SourceRange, varnames: [String],
                              entry: FrameEntry = .direct) {
    setLine(range)
    frameCount += 1
    comprehensionVarnames[frameCount] = varnames
    comprehensionCode[frameCount] = "comp.\(range.start.line).\(range.start.column)"
    enterFrame(frameCount, name, range.start.line, entry)
  }

  /// Makes comprehension frame `k` the innermost, at line `line`: an entry into its code
  /// object, or its resumption after a builtin folded what its generator yielded.
  func enterFrame(_ k: Int, _ name: String, _ line: Int, _ entry: FrameEntry) {
    frameStack.append(k)
    emitVoid(.pushFrame(k, name, line, entry))
    lastLine = line
    warmup()
  }

  func popComprehensionFrame() {
    guard let k = frameStack.popLast(), k != 0 else { return }
    emitVoid(.popFrame(k))
    lastLine = nil
  }

  /// The CPython code object running at this point: the function's (or the module's), or the
  /// innermost comprehension's; the key of its warm-up counter (`warmup`).
  var codeKey: String {
    if let k = frameStack.last, k != 0, let key = comprehensionCode[k] { return key }
    guard let info else { return "module" }
    return "def.\(info.range.start.line).\(info.range.start.column)"
  }

  /// Counts a warm-up event of the running code object (an entry, or a backward jump of one
  /// of its loops): CPython 3.11 specialises a code object's calls after 8, which changes
  /// where a builtin's C call counts toward the recursion limit (`FrameEntry`). Counters that
  /// no frame entry reads are deleted after lowering (`ProgramLowering.pruneWarmups`).
  func warmup() {
    if isReachable && silentLoopFrames.last != frameStack.count { emitVoid(.warmup(codeKey)) }
  }

  // MARK: - Variables

  /// Widens the type of a local slot; false when the types have no join.
  func widenLocal(_ name: String, _ type: IRType) -> Bool {
    program.inference.widenLocal(name, type, in: spec)
  }

  /// Whether a name is a variable here: a local (maybe renamed by a comprehension) or a module
  /// global; nil for builtins, functions and unknown names.
  enum Binding {
    case local(String)
    case global(String)
  }

  func binding(of name: String) -> Binding? {
    for scope in scopes.reversed() {
      if let hidden = scope[name] { return .local(hidden) }
    }
    if !isModule && localNames.contains(name) { return .local(name) }
    if program.moduleNames.contains(name) { return .global(name) }
    return nil
  }

  /// Turns path conflicts into unions (`TypeInference.resolveUnions`).
  func resolveUnions(_ e: FlowEnv) -> FlowEnv {
    program.inference.resolveUnions(e, in: spec)
  }

  /// The slot a union argument arrives in when its variable's slot is a boxed object.
  static let argumentSuffix = "#arg"

  /// The one slot of union variable `base`.
  func unionSlot(_ base: String) -> String { base + "#" + FlowEnv.unionFamily }

  /// The slot of a variable for values of `type`: one slot per variable and type family, so
  /// that a name rebound to another type (`v = 1.5` ... `v = "a"`) lives in two slots.
  func slotName(_ base: String, _ type: IRType) -> String {
    base + "#" + family(type)
  }

  /// The type family that shares one slot: the Python type name, except that tuples of
  /// different shapes are different families.
  func family(_ type: IRType) -> String {
    if case .tuple = type { return type.description.filter { $0 != " " } }
    if case .union = type { return FlowEnv.unionFamily }
    return type.pythonName
  }

  /// Where a variable's current value lives and its type, from the flow-sensitive state.
  /// Nil when nothing is known yet (or, after reporting, when the type depends on the path).
  func currentSlot(_ name: String, _ range: SourceRange, report: Bool = true)
    -> (slot: String, type: IRType, global: Bool)?
  {
    guard let b = binding(of: name) else { return nil }
    switch b {
    case .local(let base):
      return flowSlot(base, name, global: false, range, report)
    case .global(let base) where isModule:
      return flowSlot(base, name, global: true, range, report)
    case .global(let base):
      if program.moduleSpec.unionVars.contains(base) {
        let slot = unionSlot(base)
        return program.globalTypes[slot].map { (slot, $0, true) }
      }
      let slots = program.globalTypes.keys.filter { $0.hasPrefix(base + "#") }
      guard slots.count <= 1 else {
        // The module rebinds it to another type: box it into one slot from the next round on.
        program.inference.makeUnion(base, in: program.moduleSpec)
        return nil
      }
      guard let slot = slots.first, let type = program.globalTypes[slot] else { return nil }
      return (slot, type, true)
    }
  }

  private func flowSlot(_ base: String, _ name: String, global: Bool, _ range: SourceRange,
                        _ report: Bool) -> (slot: String, type: IRType, global: Bool)? {
    if env.conflicts.contains(base) {
      if report {
        program.unsupported("a variable '\(name)' whose type depends on the path taken to it",
                            range)
      }
      return nil
    }
    guard let family = env.families[base] else { return nil }
    let slot = base + "#" + family
    let type = (global ? program.globalTypes[slot] : spec.localTypes[slot]) ?? .never
    return (slot, type, global)
  }

  /// Stores `value` into variable `name`, taking over the value (the old value is released).
  func store(_ name: String, _ value: Value, _ range: SourceRange) {
    guard let b = binding(of: name) ?? (isModule ? .global(name) : nil) else {
      program.unsupported("an assignment to '\(name)'", range)
      return
    }
    guard value.reg != nil else { return }
    let base: String
    switch b {
    case .local(let n), .global(let n): base = n
    }
    // A union variable: one slot (`x#union`) of the representation of every type assigned
    // to it (a union in registers, else a boxed object).
    let isUnion = spec.unionVars.contains(base)
    let representation = isUnion
      ? program.inference.addUnionMember(value.type, to: base, in: spec) : value.type
    let newFamily = isUnion ? FlowEnv.unionFamily : family(value.type)
    switch b {
    case .local(let base):
      let slot = base + "#" + newFamily
      guard widenLocal(slot, representation) else {
        return typeConflict(name, spec.localTypes[slot] ?? .never, value.type, range)
      }
      let type = spec.localTypes[slot] ?? value.type
      guard let r = coerce(value, to: type, range) else { return }
      let old: Register? = type.isObject ? emit(.loadLocal(slot), type) : nil
      emitVoid(.storeLocal(slot, r))
      if let old { emitVoid(.release(old)) }
      if spec.flaggedLocals.contains(base) {
        _ = widenLocal(base + "#set", .bool)
        emitVoid(.storeLocal(base + "#set", emit(.constBool(true), .bool)))
      }
      env.assign(base, newFamily)
    case .global(let base):
      let slot = base + "#" + newFamily
      guard program.widenGlobal(slot, representation) else {
        return typeConflict(name, program.globalTypes[slot] ?? .never, value.type, range)
      }
      let type = program.globalTypes[slot] ?? value.type
      guard let r = coerce(value, to: type, range) else { return }
      let old: Register? = type.isObject ? emit(.peekGlobal(slot), type) : nil
      emitVoid(.storeGlobal(slot, r))
      if let old { emitVoid(.release(old)) }
      env.assign(base, newFamily)
    }
  }

  /// Converts an owned-or-borrowed value to a +1 register of `type`; an empty `list[never]`
  /// becomes an empty list of the wanted element type. Nil for `never` values.
  func coerce(_ value: Value, to type: IRType, _ range: SourceRange) -> Register? {
    guard value.reg != nil else { return nil }
    if value.type == type { return own(value) }
    if case .list(.never) = value.type, case .list(let elem) = type {
      drop(value)
      return emptyList(elem)
    }
    if case .union(let members) = type,
      value.type.unionMembers.allSatisfy(members.contains)
    {
      return makeUnion(value, type)
    }
    if type == .object { return box(value) }
    if value.type.fits(into: type), let r = own(value) {
      return emit(.convert(.fromSlot, emit(.convert(.toSlot, r), .slot)), type)
    }
    if let depth = boxingDepth(value.type, type), let r = value.reg {
      let boxed = emit(.runtime(.listBoxElements, [r, emit(.constInt(Int64(depth)), .int)]), type)
      drop(value)
      return boxed
    }
    program.unsupported("a value of type \(value.type) where \(type) is expected", range)
    return nil
  }

  /// The nesting depth at which `list^d[scalar]` must be boxed to become `list^d[object]`.
  func boxingDepth(_ from: IRType, _ to: IRType) -> Int? {
    guard case .list(let x) = from, case .list(let y) = to else { return nil }
    if y == .object && x != .object && x != .never { return 0 }
    return boxingDepth(x, y).map { $0 + 1 }
  }

  /// A +1 boxed object for a value (consumes owned objects, retains borrowed ones).
  func box(_ value: Value) -> Register? {
    guard let r = value.reg else { return nil }
    switch value.type {
    case .int: return emit(.runtime(.boxInt, [r]), .object)
    case .float: return emit(.runtime(.boxFloat, [r]), .object)
    case .bool: return emit(.runtime(.boxBool, [emit(.convert(.boolToInt, r), .int)]), .object)
    case .none: return emit(.runtime(.boxNone, []), .object)
    case .union:
      return emit(.runtime(.boxUnion, [emit(.convert(.unionKind, r), .int),
                                       emit(.convert(.unionBits, r), .slot)]), .object)
    default:
      guard let o = own(value) else { return nil }
      return emit(.convert(.fromSlot, emit(.convert(.toSlot, o), .slot)), .object)
    }
  }

  func emptyList(_ elem: IRType) -> Register {
    let n = emit(.constInt(0), .int)
    let k = emit(.constI32(elem.slotKind), .i32)
    return emit(.runtime(.listNew, [n, k]), .list(elem))
  }

  func typeConflict(_ name: String, _ old: IRType, _ new: IRType, _ range: SourceRange) {
    // Two lists (or tuples) differ in their items: name them in full (`list[list[int]]`).
    // (`?`: the items of an empty list, not known yet.)
    func full(_ t: IRType) -> String {
      switch t {
      case .never: return "?"
      case .list(let e): return "list[\(full(e))]"
      case .tuple(let es): return "tuple[\(es.map(full).joined(separator: ", "))]"
      case .dict(let k, let v): return "dict[\(full(k)), \(full(v))]"
      case .set(let e): return "set[\(full(e))]"
      case .frozenset(let e): return "frozenset[\(full(e))]"
      default: return t.pythonName
      }
    }
    let (a, b) = old.pythonName == new.pythonName
      ? (full(old), full(new)) : (old.pythonName, new.pythonName)
    program.unsupported("a variable '\(name)' that holds both \(a) and \(b)", range)
  }

  /// Names CPython binds in every module's globals besides `__name__` (and those of the
  /// builtins module, in `NameSuggestion.builtins`): not compiled yet.
  static let implicitModuleGlobals: Set<String> = [
    "__builtins__", "__file__", "__cached__", "__annotations__",
  ]

  /// Loads variable `name` (borrowed).
  func load(_ name: String, _ range: SourceRange) -> Value {
    guard binding(of: name) != nil else {
      // The entry module runs as `__main__` (its global shadows the builtin's "builtins").
      if name == "__name__" { return constant(.constStr("__main__"), .str) }
      if program.definitions.function(named: name) != nil || NameSuggestion.builtins.contains(name)
        || program.exceptionClassNumbers[name] != nil
        || program.mathModules.contains(name) || Self.implicitModuleGlobals.contains(name)
      {
        program.unsupported("the name '\(name)' here", range)
      } else {
        // Bound nowhere: CPython raises NameError when the line runs.
        recordNameError(name + "#unbound")
        raise(.name, fn.nameErrorMessages[name + "#unbound"] ?? "name '\(name)' is not defined",
              range)
      }
      return .never
    }
    guard let (slot, type, global) = currentSlot(name, range) else {
      raiseUnassigned(name, range)
      return .never
    }
    guard type != .never else { return .never }
    if global {
      setLine(range)
      recordNameError(slot)
      return Value(reg: emit(.loadGlobal(slot), type), type: type, owned: false)
    }
    let base = String(slot.prefix { $0 != "#" })
    let reg = emit(.loadLocal(slot), type)
    if !env.definite.contains(base) && !base.hasPrefix("$") {
      checkBound(name, base, reg, type, range)
    }
    return Value(reg: reg, type: type, owned: false)
  }

  /// A read of a variable that no path to here assigns: NameError for a module global,
  /// UnboundLocalError for a local, exactly where CPython raises them.
  private func raiseUnassigned(_ name: String, _ range: SourceRange) {
    guard let b = binding(of: name), env.conflicts.isEmpty || !env.conflicts.contains(name)
    else { return }
    switch b {
    case .local(let base):
      if base.hasPrefix("$") { return }
      raiseUnbound(name, range)
    case .global where isModule:
      recordNameError(name + "#unassigned")
      raise(.name, fn.nameErrorMessages[name + "#unassigned"] ?? "name '\(name)' is not defined",
            range)
    case .global:
      return
    }
  }

  /// Records the NameError message a read of global `slot` raises when it is unassigned.
  /// Sets flag global `slot` (`NAME#function`, `NAME#import`): the statement binding NAME ran.
  func markBound(_ slot: String) {
    _ = program.widenGlobal(slot, .bool)
    emitVoid(.storeGlobal(slot, emit(.constBool(true), .bool)))
  }

  /// NameError (CPython's message for NAME) unless flag global `slot` was set by `markBound`.
  func requireBound(_ slot: String, _ range: SourceRange) {
    _ = program.widenGlobal(slot, .bool)
    setLine(range)
    recordNameError(slot)
    _ = emit(.loadGlobal(slot), .bool)
  }

  /// The NameError CPython raises for a name a math import binds, before that import ran.
  func checkImported(_ name: String, _ range: SourceRange) {
    if program.lateImports.contains(name) { requireBound(name + "#import", range) }
  }

  func recordNameError(_ slot: String) {
    let name = String(slot.prefix { $0 != "#" })
    // CPython 3.11 offers the code object's variables: a comprehension's own, or the
    // function's parameters and then its locals in order of first appearance.
    let frame = frameStack.last.flatMap { comprehensionVarnames[$0] != nil ? $0 : nil } ?? 0
    let key = "\(frame) \(name)"
    if let known = nameErrorMessageMemo[key] {
      fn.nameErrorMessages[slot] = known
      return
    }
    let locals = frame != 0 ? comprehensionVarnames[frame] ?? [] : functionVarnames
    let message = NameSuggestion.nameErrorMessage(name, locals: locals,
                                                  globals: program.moduleNameOrder)
    nameErrorMessageMemo[key] = message
    fn.nameErrorMessages[slot] = message
  }

  /// The function's parameters, then its other locals in order of first appearance (empty for
  /// the module body): the variables of its code object.
  private lazy var functionVarnames: [String] = {
    guard let info else { return [] }
    var names = info.def.args.args.map(\.arg)
    var seen = Set(names)
    for n in assignedNames(info.def.body) where seen.insert(n).inserted { names.append(n) }
    return names
  }()

  /// A read of a local that some path leaves unassigned: UnboundLocalError when it is unset
  /// (objects are null until assigned; scalars get a hidden `base#set` flag).
  private func checkBound(_ name: String, _ base: String, _ reg: Register, _ type: IRType,
                          _ range: SourceRange) {
    let isSet: Register
    if type.isObject {
      let bits = emit(.convert(.toSlot, reg), .slot)
      isSet = emit(.compare(.ne, emit(.convert(.fromSlot, bits), .int), emit(.constInt(0), .int)),
                   .bool)
    } else {
      program.inference.flag(base, in: spec)
      _ = widenLocal(base + "#set", .bool)
      isSet = emit(.loadLocal(base + "#set"), .bool)
    }
    let bad = newBlock(), ok = newBlock()
    terminate(.condBranch(isSet, ok, bad))
    startBlock(bad)
    raiseUnbound(name, range)
    startBlock(ok)
  }

  /// Raises CPython's error for reading the function's local `name` before it is assigned:
  /// UnboundLocalError in the function's own frame; inside a comprehension or generator
  /// expression (a nested function in CPython 3.11, reading it as a free variable) NameError.
  private func raiseUnbound(_ name: String, _ range: SourceRange) {
    if let k = frameStack.last, k != 0 {
      raise(.name, "cannot access free variable '\(name)' where it is not associated with a "
              + "value in enclosing scope", range)
    } else {
      raise(.unboundLocal,
            "cannot access local variable '\(name)' where it is not associated with a value",
            range)
    }
  }

  // MARK: - Returns

  /// Releases what the function owns and returns `value` (+1), or None (`return` without a
  /// value, or the end of the body).
  func emitReturn(_ value: Register?) {
    var result = value
    if !isModule && value == nil {
      guard isReachable else { return terminate(.unreachable) }
      guard widenReturn(.none, nil),
        let none = coerce(constant(.constNone, .none), to: spec.returnType, info?.range ?? .none)
      else { return terminate(.unreachable) }
      result = none
    }
    // Nothing below raises: outside any handler (a handler must not see the references the
    // function held before its `try` given back on one path only).
    let handler = currentHandler
    leaveHandlerScope()
    defer { currentHandler = handler }
    for loop in loops.reversed() {
      for r in loop.cleanups { emitVoid(.release(r)) }
    }
    for name in spec.localTypes.keys.sorted() {
      guard let type = spec.localTypes[name], type.isObject,
        !fn.borrowedParams.contains(name)
      else { continue }
      // The slot hands its reference over before it is released (dead stores LLVM removes).
      let old = emit(.loadLocal(name), type)
      emitVoid(.storeLocal(name, emit(.constNull, type)))
      emitVoid(.release(old))
    }
    terminate(.ret(result))
  }

  func widenReturn(_ type: IRType, _ range: SourceRange?) -> Bool {
    guard program.inference.widenReturn(type, of: spec) else {
      program.unsupported(
        "a function that returns both \(spec.returnType.pythonName) and \(type.pythonName)",
        range ?? info?.range ?? .none)
      return false
    }
    return true
  }
}
