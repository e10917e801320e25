import CLLVM
import Optimizer

/// Emits one IR function: allocas for locals, then each block. Called by
/// `LLVMEmitter.emitProgram`.
///
/// Tracebacks cost nothing on the normal path: every call that may raise is an `invoke` whose
/// unwind edge goes to a landing pad that appends the function's frame (and its active
/// comprehension frames, innermost first) to the exception as the unwind passes, then resumes
/// it (pyrt-core.h, "tracebacks"). The lines the pads record are compile-time constants
/// wherever the IR allows (`FunctionEmitter+Tracebacks.swift`), so the normal path stores
/// nothing and no pad gathers lines through a phi.
final class FunctionEmitter {
  let e: LLVMEmitter
  let f: IRFunction
  var m: LLVMModuleBuilder { e.m }
  let fn: LLVMValueRef
  var values: [Int: LLVMValueRef] = [:]
  /// Registers defined by `constNull` (a store of one into a global unbinds it).
  var nullRegisters: Set<Int> = []
  var blocks: [BlockID: LLVMBasicBlockRef] = [:]
  var locals: [String: (LLVMValueRef, IRType)] = [:]
  /// A Python frame this function shows in tracebacks: 0 is its own, k > 0 the comprehension
  /// frame `k` of `pushFrame` (CPython 3.11 runs comprehensions as functions).
  struct TracebackFrame {
    let code: LLVMValueRef
    /// Alloca holding the line the frame is executing; nil when every landing pad knows the
    /// line at compile time.
    let line: LLVMValueRef?
    /// Alloca holding whether the comprehension frame is active; nil for the function's own
    /// frame and when every landing pad knows it at compile time.
    let active: LLVMValueRef?
    /// The depth levels the comprehension frame adds (2 below a builtin's C call,
    /// `FrameEntry.belowCCall`).
    var levels = 1
    /// Alloca holding the depth of the frame that entered it, for a frame entered below a C
    /// call that counts only while its code object is cold (`FrameEntry.belowCCallIfCold`).
    var enclosingDepth: LLVMValueRef? = nil
  }
  var frames: [Int: TracebackFrame] = [:]
  /// The depth before the current `enterColdCall` of each frame (allocas; empty in functions
  /// without one).
  var coldSaved: [Int: LLVMValueRef] = [:]
  /// The traceback state at each block's entry (`TracebackState.entryStates`).
  var entryStates: [BlockID: TracebackState] = [:]
  /// The traceback state at the builder's position while a block is emitted.
  var traceback = TracebackState(line: .known(0))
  /// The IR block being emitted, and where its exceptions go (`BasicBlock.handler`).
  var currentBlock = BlockID(0)
  var currentHandler: BlockID?
  /// What an exception passing each instruction must release (`OwnershipVerifier.cleanups`),
  /// and that of the instruction being emitted.
  var cleanups: [BlockID: [Int: OwnershipVerifier.Cleanup]] = [:]
  var currentCleanup: OwnershipVerifier.Cleanup?
  /// Landing pads by the state they record (and, for states read from allocas, the block),
  /// with the number of invokes unwinding to each.
  var pads: [PadKey: (pad: LLVMBasicBlockRef, invokes: Int)] = [:]
  /// The function's depth: the hidden first parameter (checked by the caller), 1 for the module.
  var frameDepth: LLVMValueRef!
  /// Alloca holding the depth of the innermost active frame, for functions with comprehension
  /// frames (each adds one); nil otherwise.
  var depthSlot: LLVMValueRef?
  /// Whether `pyrt_frame_depth` already holds `frameDepth` on the current path: set by a
  /// runtime call in a function without comprehension frames, cleared at each block and by
  /// calls of compiled functions (which publish their own depth). The runtime never writes it.
  var depthPublished = false
  /// The one stack array every `argArray` of the function fills (its largest size), made on
  /// first use.
  var argumentArray: (array: LLVMValueRef, type: LLVMTypeRef)?
  var entry: LLVMBasicBlockRef!
  var isMain: Bool { f.symbol == "pyforac_module_main" }
  /// The subprogram scope under `-g`.
  var scope: LLVMMetadataRef?

  /// The plan of a function split into parts: its blocks inside parts are replaced by calls.
  let split: FunctionSplit?
  /// The outlined part this emitter emits, nil for a whole function or a parent.
  let part: FunctionSplit.Part?
  /// In a part that records its frame in the caller (`Part.recordsInCaller`): the caller's
  /// slot holding the part's current line. Calls are then plain calls and `line` a store.
  var lineSlot: LLVMValueRef?
  /// In a parent: the slot its parts record their line in, and the landing pads of the calls
  /// of such parts (with the number of calls unwinding to the newest).
  var partLineSlot: LLVMValueRef?
  var partPad: (pad: LLVMBasicBlockRef, invokes: Int)?
  /// Initialising stores of constants held back to become a table (`+Literals`).
  var pendingInits: PendingInits?
  /// Where a branch to each block really goes (`branchTarget`), once worked out.
  var threaded: [BlockID: BlockID] = [:]
  var threadIndex: [BlockID: Int]?
  /// The record of each spawn site (an alloca in the entry block).
  var spawnRecords: [Int: LLVMValueRef] = [:]
  /// Spawn sites pushed and not yet taken back at the builder's position: an exception
  /// leaving the frame abandons them (`makePad`), innermost last.
  var liveSpawns: [Int] = []
  /// For a region being emitted: where its stolen path and the join go, and what the frame
  /// held when the region began (the stolen path's landing pad releases that).
  var openJoins: [Int: (stolen: LLVMBasicBlockRef, merge: LLVMBasicBlockRef,
                        cleanup: OwnershipVerifier.Cleanup?)] = [:]

  /// An emitter for `function`, or for the parent of `split` (then `function` is
  /// `split.parent`), or for `part` (then `function` is `part.function`).
  init(emitter: LLVMEmitter, function: IRFunction, split: FunctionSplit? = nil,
       part: FunctionSplit.Part? = nil) {
    self.e = emitter
    self.f = function
    self.split = split
    self.part = part
    self.fn = emitter.functions[function.symbol]?.0
      ?? emitter.m.function(function.symbol, [], emitter.m.void).0
  }

  func emit() {
    entry = LLVMAppendBasicBlockInContext(m.context, fn, "entry")
    // A parent emits the blocks outside its parts, and a call where each part starts.
    for b in f.blocks
    where split?.partOfBlock[b.id] == nil || split?.partStartingAt[b.id] != nil {
      blocks[b.id] = LLVMAppendBasicBlockInContext(m.context, fn, "bb\(b.id.id)")
    }
    if let part { blocks[part.exit] = LLVMAppendBasicBlockInContext(m.context, fn, "exit") }
    LLVMPositionBuilderAtEnd(m.builder, entry)
    if let debug = e.debug {
      let sp = debug.attach(fn, name: f.pythonName, linkageName: f.symbol, line: f.line)
      scope = sp
      LLVMSetCurrentDebugLocation2(m.builder, debug.location(line: f.line, scope: sp))
    }
    for l in f.locals {
      let t = e.llvmType(l.type)
      let slot = LLVMBuildAlloca(m.builder, t, l.name)!
      LLVMBuildStore(m.builder, LLVMConstNull(t), slot)
      locals[l.name] = (slot, l.type)
    }
    for (k, site) in f.spawns.enumerated() {
      let record = LLVMBuildAlloca(m.builder, LLVMArrayType2(m.i64, UInt64(
        LLVMEmitter.SpawnRecord.size(site) / 8)), "spawn\(k)")!
      LLVMSetAlignment(record, 16)
      spawnRecords[k] = record
    }
    for (i, p) in f.params.enumerated() {
      let param = LLVMGetParam(fn, UInt32(i + (isMain ? 0 : 1)))
      if let slot = locals[p.name]?.0 { LLVMBuildStore(m.builder, param, slot) }
    }
    if let part { bindParameters(of: part) }
    // The module body, and each of its parts, runs at depth 1.
    let inModule = isMain || split == nil && part != nil
      && f.symbol.hasPrefix("pyforac_module_main.part")
    frameDepth = inModule ? m.constInt(m.i32, 1) : LLVMGetParam(fn, 0)
    entryStates = TracebackState.entryStates(of: f, entryLine: part?.entryLine)
    cleanups = OwnershipVerifier.cleanups(f, isModule: isMain)
    makeFrames()
    if isMain {
      m.call(e.literalInitializer, [])
    }
    if let first = f.blocks.first, let b = blocks[first.id] { LLVMBuildBr(m.builder, b) }
    for b in f.blocks {
      if let k = split?.partStartingAt[b.id], let split {
        callPart(split.parts[k], at: b.id)
      } else if split?.partOfBlock[b.id] == nil {
        emit(b)
      }
    }
    if let part, let exit = blocks[part.exit] {
      LLVMPositionBuilderAtEnd(m.builder, exit)
      LLVMBuildRetVoid(m.builder)
    }
  }

  /// The LLVM block a branch to `id` goes to: past blocks that hold no instruction and only
  /// branch on (the `after` blocks of an `elif` chain each branch to the enclosing one's),
  /// straight to where their chain ends. LLVM's SimplifyCFG would remove such a chain one
  /// block at a time, moving every predecessor each time: quadratic in the chain's length.
  /// Stops at blocks a part starts with or holds (the parent must call the part).
  func branchTarget(_ id: BlockID) -> LLVMBasicBlockRef? {
    if let t = threaded[id] { return blocks[t] }
    if threadIndex == nil {
      var index: [BlockID: Int] = [:]
      for (i, b) in f.blocks.enumerated() { index[b.id] = i }
      threadIndex = index
    }
    var chain: [BlockID] = []
    var visited: Set<BlockID> = []
    var t = id
    while let i = threadIndex?[t], f.blocks[i].instructions.isEmpty,
      case .branch(let next) = f.blocks[i].terminator, split?.partOfBlock[t] == nil,
      split?.partOfBlock[next] == nil || split?.partStartingAt[next] != nil,
      blocks[next] != nil, visited.insert(t).inserted
    {
      chain.append(t)
      if let known = threaded[next] {
        t = known
        break
      }
      t = next
    }
    for c in chain { threaded[c] = t }
    threaded[id] = t
    return blocks[t]
  }

  /// The depth of the innermost active frame at the builder's position.
  var currentDepth: LLVMValueRef {
    guard let depthSlot else { return frameDepth }
    return LLVMBuildLoad2(m.builder, m.i32, depthSlot, "")!
  }

  /// Calls `callee` as an invoke unwinding to the landing pad of the current traceback state;
  /// the builder continues on the normal path.
  @discardableResult
  func invoke(_ callee: (LLVMValueRef, LLVMTypeRef), _ args: [LLVMValueRef])
    -> LLVMValueRef
  {
    // A part recording its frame in the caller unwinds straight through.
    if lineSlot != nil { return m.call(callee, args) }
    let next = LLVMAppendBasicBlockInContext(m.context, fn, "ok")!
    let v = m.invoke(callee, args, normal: next, unwind: unwindTarget())
    LLVMPositionBuilderAtEnd(m.builder, next)
    return v
  }

  /// Raises built-in exception `exc` with a constant message; the builder is left in an
  /// unreachable block.
  func raise(_ exc: Int64, _ message: String) {
    let raise = runtime("pyrt_raise", [m.i32, m.ptr], m.void, noReturn: true)
    invoke(raise, [m.constInt(m.i32, exc), e.cString(message)])
    LLVMBuildUnreachable(m.builder)
  }

  /// Stops the program on an int64 overflow in operation `op` (until big integers land); the
  /// builder is left in an unreachable block.
  private func stopOnOverflow(_ op: String) {
    m.call(runtime("pyrt_int_overflow", [m.ptr], m.void, noReturn: true, noUnwind: true),
           [e.cString(op)])
    LLVMBuildUnreachable(m.builder)
  }

  /// When `condition` holds, runs `failure` (a raise or a stop: it never comes back) in a block
  /// of its own named `name.fail`; the builder continues in `name.ok`. A condition that is the
  /// constant false (the module body's depth checks) emits nothing.
  func fail(if condition: LLVMValueRef, _ name: String, _ failure: () -> Void) {
    let b = m.builder
    if LLVMIsAConstantInt(condition) != nil, LLVMConstIntGetZExtValue(condition) == 0 { return }
    let ok = LLVMAppendBasicBlockInContext(m.context, fn, name + ".ok")
    let bad = LLVMAppendBasicBlockInContext(m.context, fn, name + ".fail")
    LLVMBuildCondBr(b, unlikely(condition), bad, ok)
    LLVMPositionBuilderAtEnd(b, bad)
    failure()
    LLVMPositionBuilderAtEnd(b, ok)
  }

  /// `condition` marked as almost always false (`llvm.expect`), so that LLVM keeps the path it
  /// guards out of line instead of merging its test into the normal path's.
  func unlikely(_ condition: LLVMValueRef) -> LLVMValueRef {
    let expect = m.function("llvm.expect.i1", [m.i1, m.i1], m.i1)
    return m.call(expect, [condition, LLVMConstInt(m.i1, 0, 0)])
  }

  /// The LLVM value of a register; a register without one (a compiler bug the IR verifier
  /// should have caught) becomes `undef`, which LLVM's verifier then reports.
  func value(_ r: Register) -> LLVMValueRef {
    values[r.id] ?? LLVMGetUndef(e.llvmType(r.id < f.registerTypes.count ? f.registerTypes[r.id] : .int))
  }

  private func emit(_ b: BasicBlock) {
    guard let bb = blocks[b.id] else { return }
    LLVMPositionBuilderAtEnd(m.builder, bb)
    currentBlock = b.id
    currentHandler = b.handler
    traceback = entryStates[b.id] ?? TracebackState(line: .known(f.line))
    depthPublished = false
    liveSpawns = []
    for (i, inst) in b.instructions.enumerated() {
      if !canPassPendingInits(inst.op) { flushPendingInits() }
      currentCleanup = cleanups[b.id]?[i]
      if let v = emit(inst), let d = inst.dest { values[d.id] = v }
      traceback.apply(inst.op)
    }
    flushPendingInits()
    switch b.terminator {
    case .branch(let t): LLVMBuildBr(m.builder, branchTarget(t))
    case .condBranch(let c, let t, let fl):
      LLVMBuildCondBr(m.builder, value(c), branchTarget(t), branchTarget(fl))
    case .ret(let r):
      if isMain {
        LLVMBuildRetVoid(m.builder)
      } else if let r {
        LLVMBuildRet(m.builder, value(r))
      } else {
        LLVMBuildRet(m.builder, m.constInt(m.i64, 0))
      }
    case .unreachable: LLVMBuildUnreachable(m.builder)
    }
  }

  /// The depth of a frame about to be pushed on the innermost one (`depth + 1`; the module
  /// body is depth 1), checked against CPython's recursion limit; over it, RecursionError is
  /// raised at the caller's line, as CPython does. Calls pass it as the callee's hidden first
  /// parameter.
  func enterDepth(levels: Int32 = 1) -> LLVMValueRef {
    checkDepth(levels, "maximum recursion depth exceeded")
  }

  /// Raises RecursionError with `message` when the current depth plus `extra` is over the
  /// recursion limit; returns that sum.
  @discardableResult
  func checkDepth(_ extra: Int32, _ message: String) -> LLVMValueRef {
    checkDepth(m.constInt(m.i32, Int64(extra)), message)
  }

  /// `checkDepth` with `extra` an i32 known only at run time.
  @discardableResult
  func checkDepth(_ extra: LLVMValueRef, _ message: String) -> LLVMValueRef {
    let b = m.builder
    // nsw: depths are small, and LLVM may then fold checks a dominating one implies.
    let d = LLVMBuildNSWAdd(b, currentDepth, extra, "depth")!
    let over = LLVMBuildICmp(b, LLVMIntSGT, d, m.constInt(m.i32, LLVMEmitter.recursionLimit), "")!
    fail(if: over, "depth") { raise(8, message) }
    return d
  }

  /// `checkComparisonRecursion`: past the limit, the runtime tests whether the ints are small
  /// (off the normal path, which keeps only the depth test other checks share).
  private func checkComparisonDepth(_ ints: [LLVMValueRef]) {
    let b = m.builder
    let message = "maximum recursion depth exceeded in comparison"
    guard ints.count == 2 else {
      checkDepth(1, message)
      return
    }
    let d = LLVMBuildNSWAdd(b, currentDepth, m.constInt(m.i32, 1), "depth")!
    let over = LLVMBuildICmp(b, LLVMIntSGT, d, m.constInt(m.i32, LLVMEmitter.recursionLimit), "")!
    let ok = LLVMAppendBasicBlockInContext(m.context, fn, "depth.ok")
    let deep = LLVMAppendBasicBlockInContext(m.context, fn, "depth.deep")
    LLVMBuildCondBr(b, unlikely(over), deep, ok)
    LLVMPositionBuilderAtEnd(b, deep)
    _ = invoke(runtime("pyrt_compare_ints_at_limit", [m.i64, m.i64], m.void), ints)
    LLVMBuildBr(b, ok)
    LLVMPositionBuilderAtEnd(b, ok)
  }

  func runtime(_ name: String, _ params: [LLVMTypeRef], _ result: LLVMTypeRef,
                       noReturn: Bool = false, noUnwind: Bool = false)
    -> (LLVMValueRef, LLVMTypeRef)
  {
    m.function(name, params, result, noReturn: noReturn, noUnwind: noUnwind)
  }

  // swiftlint:disable:next cyclomatic_complexity
  func emit(_ inst: Instruction) -> LLVMValueRef? {
    let b = m.builder
    switch inst.op {
    case .constInt(let v): return m.constInt(m.i64, v)
    case .constFloat(let v): return LLVMConstReal(m.f64, v)
    case .constBool(let v): return LLVMConstInt(m.i1, v ? 1 : 0, 0)
    case .constNone: return m.constInt(m.i64, 0)
    case .constStr(let s): return LLVMBuildLoad2(b, m.ptr, e.literal(s), "")
    case .constCString(let s): return e.cString(s)
    case .constI32(let v): return m.constInt(m.i32, Int64(v))
    case .constNull:
      if let d = inst.dest { nullRegisters.insert(d.id) }
      return LLVMConstNull(e.llvmType(inst.type))
    case .loadLocal(let n):
      guard let (slot, t) = locals[n] else { return LLVMGetUndef(e.llvmType(inst.type)) }
      return LLVMBuildLoad2(b, e.llvmType(t), slot, n)
    case .storeLocal(let n, let r):
      if let (slot, _) = locals[n] { LLVMBuildStore(b, value(r), slot) }
      return nil
    case .loadGlobal(let n): return loadGlobal(n)
    case .storeGlobal(let n, let r):
      guard let g = e.globals[n] else { return nil }
      LLVMBuildStore(b, value(r), g.value)
      // Storing a null unbinds the global (a handler's `as` name is deleted; the module's
      // epilogue): reading it again raises NameError.
      let unbinds = nullRegisters.contains(r.id)
      LLVMBuildStore(b, LLVMConstInt(m.i1, unbinds ? 0 : 1, 0), g.defined)
      return nil
    case .peekGlobal(let n):
      guard let g = e.globals[n] else { return LLVMGetUndef(e.llvmType(inst.type)) }
      return LLVMBuildLoad2(b, e.llvmType(g.type), g.value, n)
    case .intArith(let op, let x, let y):
      switch op {
      case .add: return checked("sadd", "+", value(x), value(y))
      case .sub: return checked("ssub", "-", value(x), value(y))
      case .mul: return checked("smul", "*", value(x), value(y))
      case .floorDiv: return floorDivide(value(x), value(y))
      case .mod: return modulo(value(x), value(y))
      case .and: return LLVMBuildAnd(b, value(x), value(y), "")
      case .or: return LLVMBuildOr(b, value(x), value(y), "")
      case .xor: return LLVMBuildXor(b, value(x), value(y), "")
      }
    case .floatArith(let op, let x, let y):
      switch op {
      case .add: return LLVMBuildFAdd(b, value(x), value(y), "")
      case .sub: return LLVMBuildFSub(b, value(x), value(y), "")
      case .mul: return LLVMBuildFMul(b, value(x), value(y), "")
      case .div:
        let zero = LLVMBuildFCmp(b, LLVMRealOEQ, value(y), LLVMConstReal(m.f64, 0), "")!
        raiseZeroDivision(if: zero, "float division by zero")
        return LLVMBuildFDiv(b, value(x), value(y), "")
      }
    case .negate(let x):
      if inst.type == .float { return LLVMBuildFNeg(b, value(x), "") }
      return checked("ssub", "-", m.constInt(m.i64, 0), value(x))
    case .compare(let p, let x, let y):
      return compare(p, f.registerTypes[x.id], value(x), value(y))
    case .not(let x): return LLVMBuildXor(b, value(x), LLVMConstInt(m.i1, 1, 0), "")
    case .convert(let c, let x): return convert(c, f.registerTypes[x.id], inst.type, value(x))
    case .select(let c, let x, let y): return LLVMBuildSelect(b, value(c), value(x), value(y), "")
    case .makeUnion(let kind, let bits):
      let t = e.llvmType(inst.type)
      let withKind = LLVMBuildInsertValue(b, LLVMGetUndef(t), value(kind), 0, "")
      return LLVMBuildInsertValue(b, withKind, value(bits), 1, "")
    case .call(let sym, let args):
      guard let callee = e.functions[sym] else { return LLVMGetUndef(e.llvmType(inst.type)) }
      depthPublished = false
      return invoke(callee, [enterDepth()] + args.map(value))
    case .callInline(let sym, let args):
      // Part of this frame: its depth, and this frame's landing pad when something passes.
      guard let callee = e.functions[sym] else { return LLVMGetUndef(e.llvmType(inst.type)) }
      depthPublished = false
      return invoke(callee, [currentDepth] + args.map(value))
    case .delegate(let sym, let args):
      // A plain call: an exception passes through without this frame's landing pad.
      guard let callee = e.functions[sym] else { return LLVMGetUndef(e.llvmType(inst.type)) }
      return m.call(callee, [currentDepth] + args.map(value))
    case .runtime(let rf, let args):
      let result = rf.result.map { e.llvmType($0) } ?? m.void
      let callee = runtime(rf.name, rf.params.map { e.llvmType($0) }, result, noReturn: rf.noReturn,
                           noUnwind: !rf.mayRaise)
      guard rf.mayRaise else {
        let operands = args.map(value)
        if holdBackInit(rf, callee, operands) { return nil }
        let v = m.call(callee, operands)
        return rf.result == nil ? nil : v
      }
      // The runtime's recursion guards (repr, comparisons) count the active Python frames.
      if !rf.noReturn && !depthPublished {
        LLVMBuildStore(b, currentDepth, e.depthForRuntime)
        depthPublished = depthSlot == nil
      }
      let v = invoke(callee, args.map(value))
      return rf.result == nil ? nil : v
    case .retain(let x):
      m.call(runtime("pyrt_retain", [m.ptr], m.void, noUnwind: true), [value(x)])
      return nil
    case .release(let x):
      m.call(runtime("pyrt_release", [m.ptr], m.void, noUnwind: true), [value(x)])
      return nil
    case .setLine(let l):
      setLine(l, frame: 0)
      return nil
    case .setFrameLine(let k, let l):
      setLine(l, frame: k)
      return nil
    case .pushFrame(let k, _, let l, let entry):
      pushFrame(k, line: l, entry: entry)
      return nil
    case .checkRecursion(let extra, let message):
      checkDepth(Int32(extra), message)
      return nil
    case .exceedsRecursionLimit(let extra):
      let d = LLVMBuildNSWAdd(b, currentDepth, m.constInt(m.i32, Int64(extra)), "depth")!
      return unlikely(
        LLVMBuildICmp(b, LLVMIntSGT, d, m.constInt(m.i32, LLVMEmitter.recursionLimit), "")!)
    case .checkComparisonRecursion(let rs):
      checkComparisonDepth(rs.map(value))
      return nil
    case .popFrame(let k):
      popFrame(k)
      return nil
    case .warmup(let key):
      warmup(key)
      return nil
    case .enterColdCall(let key):
      enterColdCall(key)
      return nil
    case .leaveColdCall:
      if let depthSlot, let coldSaved = innermostColdSaved {
        LLVMBuildStore(b, LLVMBuildLoad2(b, m.i32, coldSaved, "")!, depthSlot)
      }
      return nil
    case .spawn(let k, let args):
      emitSpawn(k, args)
      return nil
    case .joinBegin(let k):
      joinBegin(k)
      return nil
    case .joinEnd(let k, let r):
      joinEnd(k, r)
      return nil
    case .spawnAllowed:
      let allowed = m.call(runtime("pyrt_spawn_allowed", [m.i32], m.i32, noUnwind: true),
                           [currentDepth])
      return LLVMBuildICmp(b, LLVMIntNE, allowed, m.constInt(m.i32, 0), "")
    case .argArray(let rs):
      let (array, arrayType) = argumentArrayOfFunction()
      for (i, r) in rs.enumerated() {
        var idx: [LLVMValueRef?] = [m.constInt(m.i64, 0), m.constInt(m.i64, Int64(i))]
        let p = idx.withUnsafeMutableBufferPointer {
          LLVMBuildInBoundsGEP2(b, arrayType, array, $0.baseAddress, 2, "")
        }
        LLVMBuildStore(b, value(r), p)
      }
      return array
    }
  }

  /// Under `-g`, the following instructions belong to Python line `l`.
  func debugLine(_ l: Int) {
    guard let debug = e.debug, let scope else { return }
    LLVMSetCurrentDebugLocation2(m.builder, debug.location(line: l, scope: scope))
  }

  /// The function's one argument array, `[n x ptr]` for the largest `argArray` it fills, made
  /// in the entry block on first use. An `argArray` is read only by the call it is built for
  /// (`pyrt_print`), so one array serves them all: the stack frame does not grow with the
  /// number of `print`s, and LLVM sees one stack object instead of thousands.
  private func argumentArrayOfFunction() -> (LLVMValueRef, LLVMTypeRef) {
    if let argumentArray { return argumentArray }
    var size = 1
    for block in f.blocks {
      for inst in block.instructions {
        if case .argArray(let rs) = inst.op { size = max(size, rs.count) }
      }
    }
    let b = m.builder
    let type = LLVMArrayType2(m.ptr, UInt64(size))!
    let here = LLVMGetInsertBlock(b)
    if let first = LLVMGetFirstInstruction(entry) { LLVMPositionBuilderBefore(b, first) }
    let array = LLVMBuildAlloca(b, type, "args")!
    LLVMPositionBuilderAtEnd(b, here)
    argumentArray = (array, type)
    return (array, type)
  }

  private func loadGlobal(_ n: String) -> LLVMValueRef {
    let b = m.builder
    guard let g = e.globals[n] else { return LLVMGetUndef(m.i64) }
    let defined = LLVMBuildLoad2(b, m.i1, g.defined, "")!
    fail(if: LLVMBuildNot(b, defined, "")!, "defined") {
      let pythonName = n.prefix { $0 != "#" }
      raise(9, f.nameErrorMessages[n] ?? "name '\(pythonName)' is not defined")
    }
    return LLVMBuildLoad2(b, e.llvmType(g.type), g.value, n)
  }

  /// `x op y` through `llvm.<op>.with.overflow.i64`, stopping the program on overflow.
  private func checked(_ intrinsic: String, _ sym: String, _ x: LLVMValueRef,
                       _ y: LLVMValueRef) -> LLVMValueRef {
    let b = m.builder
    let pair = m.structType([m.i64, m.i1])
    let fnc = m.function("llvm.\(intrinsic).with.overflow.i64", [m.i64, m.i64], pair)
    let r = m.call(fnc, [x, y])
    fail(if: LLVMBuildExtractValue(b, r, 1, "")!, "noovf") { stopOnOverflow(sym) }
    return LLVMBuildExtractValue(b, r, 0, "")!
  }

  /// Raises ZeroDivisionError with `message` when `zero` (the divisor is 0) is true.
  private func raiseZeroDivision(if zero: LLVMValueRef, _ message: String) {
    fail(if: zero, "divisor") { raise(1, message) }
  }

  /// Whether the C remainder `r` of a division by `y` must move toward negative infinity:
  /// it is non-zero and its sign differs from the divisor's.
  private func remainderNeedsAdjusting(_ r: LLVMValueRef, _ y: LLVMValueRef) -> LLVMValueRef {
    let b = m.builder
    let nonzero = LLVMBuildICmp(b, LLVMIntNE, r, m.constInt(m.i64, 0), "")
    let signs = LLVMBuildICmp(b, LLVMIntSLT, LLVMBuildXor(b, r, y, ""), m.constInt(m.i64, 0), "")
    return LLVMBuildAnd(b, nonzero, signs, "")
  }

  /// Python's `x // y` on ints: ZeroDivisionError for y == 0, the overflow stop for
  /// INT64_MIN // -1 (2**63 needs a big integer), else the quotient rounded down.
  private func floorDivide(_ x: LLVMValueRef, _ y: LLVMValueRef) -> LLVMValueRef {
    let b = m.builder
    raiseZeroDivision(if: LLVMBuildICmp(b, LLVMIntEQ, y, m.constInt(m.i64, 0), "")!,
                      "integer division or modulo by zero")
    let minusOne = LLVMBuildICmp(b, LLVMIntEQ, y, m.constInt(m.i64, -1), "")
    let minimum = LLVMBuildICmp(b, LLVMIntEQ, x, m.constInt(m.i64, Int64.min), "")
    fail(if: LLVMBuildAnd(b, minusOne, minimum, "")!, "floordiv") { stopOnOverflow("//") }
    let q = LLVMBuildSDiv(b, x, y, "")!
    let r = LLVMBuildSRem(b, x, y, "")!
    let down = LLVMBuildZExt(b, remainderNeedsAdjusting(r, y), m.i64, "")
    return LLVMBuildSub(b, q, down, "")
  }

  /// Python's `x % y` on ints: ZeroDivisionError for y == 0, else the remainder with the
  /// divisor's sign (y == -1 divides by 1 instead: both give 0, and INT64_MIN % -1 would trap).
  private func modulo(_ x: LLVMValueRef, _ y: LLVMValueRef) -> LLVMValueRef {
    let b = m.builder
    raiseZeroDivision(if: LLVMBuildICmp(b, LLVMIntEQ, y, m.constInt(m.i64, 0), "")!,
                      "integer modulo by zero")
    let minusOne = LLVMBuildICmp(b, LLVMIntEQ, y, m.constInt(m.i64, -1), "")
    let divisor = LLVMBuildSelect(b, minusOne, m.constInt(m.i64, 1), y, "")!
    let r = LLVMBuildSRem(b, x, divisor, "")!
    let shift = LLVMBuildSelect(b, remainderNeedsAdjusting(r, divisor), divisor,
                                m.constInt(m.i64, 0), "")
    return LLVMBuildAdd(b, r, shift, "")
  }

  private func compare(_ p: ComparePredicate, _ t: IRType, _ x: LLVMValueRef,
                       _ y: LLVMValueRef) -> LLVMValueRef {
    let b = m.builder
    if t == .float {
      let pred: LLVMRealPredicate
      switch p {
      case .eq: pred = LLVMRealOEQ
      case .ne: pred = LLVMRealUNE
      case .lt: pred = LLVMRealOLT
      case .le: pred = LLVMRealOLE
      case .gt: pred = LLVMRealOGT
      case .ge: pred = LLVMRealOGE
      }
      return LLVMBuildFCmp(b, pred, x, y, "")
    }
    let unsigned = t == .bool
    let pred: LLVMIntPredicate
    switch p {
    case .eq: pred = LLVMIntEQ
    case .ne: pred = LLVMIntNE
    case .lt: pred = unsigned ? LLVMIntULT : LLVMIntSLT
    case .le: pred = unsigned ? LLVMIntULE : LLVMIntSLE
    case .gt: pred = unsigned ? LLVMIntUGT : LLVMIntSGT
    case .ge: pred = unsigned ? LLVMIntUGE : LLVMIntSGE
    }
    return LLVMBuildICmp(b, pred, x, y, "")
  }

  private func convert(_ c: Conversion, _ from: IRType, _ to: IRType, _ x: LLVMValueRef)
    -> LLVMValueRef
  {
    let b = m.builder
    switch c {
    case .intToFloat: return LLVMBuildSIToFP(b, x, m.f64, "")
    case .boolToInt: return LLVMBuildZExt(b, x, m.i64, "")
    case .intToBool: return LLVMBuildICmp(b, LLVMIntNE, x, m.constInt(m.i64, 0), "")
    case .floatToBool: return LLVMBuildFCmp(b, LLVMRealUNE, x, LLVMConstReal(m.f64, 0), "")
    case .toSlot:
      switch from {
      case .float: return LLVMBuildBitCast(b, x, m.i64, "")
      case .bool: return LLVMBuildZExt(b, x, m.i64, "")
      case .str, .list, .tuple, .dict, .set, .frozenset, .object, .exception, .instance,
           .rawPointer:
        return LLVMBuildPtrToInt(b, x, m.i64, "")
      default: return x
      }
    case .fromSlot:
      switch to {
      case .float: return LLVMBuildBitCast(b, x, m.f64, "")
      case .bool: return LLVMBuildICmp(b, LLVMIntNE, x, m.constInt(m.i64, 0), "")
      case .str, .list, .tuple, .dict, .set, .frozenset, .object, .exception, .instance,
           .rawPointer:
        return LLVMBuildIntToPtr(b, x, m.ptr, "")
      default: return x
      }
    case .unionKind: return LLVMBuildExtractValue(b, x, 0, "")
    case .unionBits: return LLVMBuildExtractValue(b, x, 1, "")
    }
  }
}
