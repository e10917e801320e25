import CLLVM
import Optimizer

/// Landing pads and the frames they record.
///
/// A pad records the traceback state of the invokes that unwind to it (`TracebackState`):
/// invokes in the same state share a pad whose lines are constants, so a line costs nothing on
/// the normal path and no pad gathers the line of thousands of call sites through one phi.
/// (One pad per function, fed the line by such a phi, made LLVM's SimplifyCFG and register
/// coalescer quadratic in the number of call sites: 2,000 `print` lines took 4.5 s.)
///
/// Where paths with different lines or comprehension frames meet, the state says `varies` or
/// `maybe` and the pad reads the frame's line or "active" alloca; those allocas exist only in
/// functions with such a state, and such pads are shared only within one IR block, so mem2reg
/// places the phis at block entries, as for any local. A pad takes at most `padFanIn` invokes:
/// SimplifyCFG's invoke merging compares every pair of a pad's invoke predecessors.
extension FunctionEmitter {
  /// The most invokes one landing pad receives; the next invoke in the same state gets a new,
  /// identical pad.
  static let padFanIn = 32

  /// What distinguishes landing pads: the state, for a state read from allocas the block, and
  /// the references to release.
  struct PadKey: Hashable {
    let state: TracebackState
    let block: BlockID?
    let cleanup: OwnershipVerifier.Cleanup?
    let spawns: [Int]
    let handler: BlockID?
  }

  /// The frames the function records (its own and every comprehension frame it pushes), with
  /// the allocas that pads of non-constant states read.
  func makeFrames() {
    let b = m.builder
    func slot(_ type: LLVMTypeRef, _ name: String, _ initial: LLVMValueRef) -> LLVMValueRef {
      let s = LLVMBuildAlloca(b, type, name)!
      LLVMBuildStore(b, initial, s)
      return s
    }
    var linesRead: Set<Int> = []
    var activityRead: Set<Int> = []
    for state in entryStates.values {
      if state.line == .varies { linesRead.insert(0) }
      for (k, c) in state.comprehensions {
        if c.line == .varies { linesRead.insert(k) }
        if c.activity == .maybe { activityRead.insert(k) }
      }
    }
    let ownLine = linesRead.contains(0)
      ? slot(m.i32, "line", m.constInt(m.i32, Int64(f.line))) : nil
    frames[0] = TracebackFrame(code: e.code(name: f.pythonName), line: ownLine, active: nil)
    var coldCalls = false
    for block in f.blocks {
      for inst in block.instructions {
        if case .enterColdCall = inst.op { coldCalls = true }
        guard case .pushFrame(let k, let name, let l, let entry) = inst.op, frames[k] == nil
        else { continue }
        let line = linesRead.contains(k) ? slot(m.i32, "line\(k)", m.constInt(m.i32, Int64(l)))
          : nil
        let active = activityRead.contains(k)
          ? slot(m.i1, "active\(k)", LLVMConstInt(m.i1, 0, 0)) : nil
        var frame = TracebackFrame(code: e.code(name: name), line: line, active: active)
        switch entry {
        case .direct: break
        case .belowCCall: frame.levels = 2
        case .belowCCallIfCold: frame.enclosingDepth = slot(m.i32, "enclosing\(k)", frameDepth)
        }
        frames[k] = frame
      }
    }
    if frames.count > 1 || coldCalls { depthSlot = slot(m.i32, "depth", frameDepth) }
    if coldCalls {
      for k in frames.keys { coldSaved[k] = slot(m.i32, "coldsaved\(k)", frameDepth) }
    }
  }

  /// The slot holding the depth before the `enterColdCall` in progress in the innermost
  /// frame: one per frame, since a frame entered inside a builtin's C call (a key function's
  /// `<lambda>` called by `sorted`) may make cold calls of its own.
  var innermostColdSaved: LLVMValueRef? {
    coldSaved[traceback.comprehensions.keys.max() ?? 0]
  }

  /// Records that traceback frame `k` (0: the function's own) is executing line `l`.
  func setLine(_ l: Int, frame k: Int) {
    debugLine(l)
    if k == 0, let lineSlot {
      LLVMBuildStore(m.builder, m.constInt(m.i32, Int64(l)), lineSlot)
      return
    }
    guard let line = frames[k]?.line else { return }
    LLVMBuildStore(m.builder, m.constInt(m.i32, Int64(l)), line)
  }

  /// Enters comprehension frame `k` at line `l`: the recursion check (at the enclosing frame's
  /// line), then the new depth: one more, or two below a C call that CPython counts.
  func pushFrame(_ k: Int, line l: Int, entry: FrameEntry) {
    guard let frame = frames[k], let depthSlot else { return }
    let b = m.builder
    switch entry {
    case .direct:
      LLVMBuildStore(b, enterDepth(), depthSlot)
    case .belowCCall:
      LLVMBuildStore(b, enterDepth(levels: 2), depthSlot)
    case .belowCCallIfCold(let key):
      if let saved = frame.enclosingDepth { LLVMBuildStore(b, currentDepth, saved) }
      let levels = LLVMBuildAdd(b, LLVMBuildZExt(b, isCold(key), m.i32, "")!,
                                m.constInt(m.i32, 1), "")!
      LLVMBuildStore(b, checkDepth(levels, "maximum recursion depth exceeded"), depthSlot)
    }
    if let active = frame.active { LLVMBuildStore(b, LLVMConstInt(m.i1, 1, 0), active) }
    if let line = frame.line { LLVMBuildStore(b, m.constInt(m.i32, Int64(l)), line) }
  }

  /// Leaves comprehension frame `k`.
  func popFrame(_ k: Int) {
    guard let frame = frames[k], let depthSlot else { return }
    let b = m.builder
    if let active = frame.active { LLVMBuildStore(b, LLVMConstInt(m.i1, 0, 0), active) }
    if let saved = frame.enclosingDepth {
      LLVMBuildStore(b, LLVMBuildLoad2(b, m.i32, saved, "")!, depthSlot)
      return
    }
    LLVMBuildStore(b, LLVMBuildSub(b, currentDepth, m.constInt(m.i32, Int64(frame.levels)), ""),
                   depthSlot)
  }

  /// `enterColdCall`: while code object `key` is cold, the check one level down ("while
  /// calling a Python object") and one more level until `leaveColdCall`.
  func enterColdCall(_ key: String) {
    guard let depthSlot, let coldSaved = innermostColdSaved else { return }
    let b = m.builder
    LLVMBuildStore(b, currentDepth, coldSaved)
    let (code, always) = Operation.parseColdCallKey(key)
    var levels = m.constInt(m.i32, Int64(always))
    if let code { levels = LLVMBuildAdd(b, levels, LLVMBuildZExt(b, isCold(code), m.i32, "")!, "")! }
    let d = checkDepth(levels, "maximum recursion depth exceeded while calling a Python object")
    LLVMBuildStore(b, d, depthSlot)
  }

  /// The warm-up events after which CPython 3.11 quickens a code object (its
  /// `QUICKENING_WARMUP_DELAY`); a call instruction then specialises on its first run.
  static let warmupEvents: Int64 = 8

  /// The module-wide counter of code object `key`'s warm-up events (saturating at
  /// `warmupEvents`).
  func warmupCounter(_ key: String) -> LLVMValueRef {
    let name = "pyforac.warmup.\(key)"
    if let g = LLVMGetNamedGlobal(m.module, name) { return g }
    let g = m.global(name, m.i32, initializer: m.constInt(m.i32, 0))
    LLVMSetLinkage(g, LLVMInternalLinkage)
    return g
  }

  /// The warm-up events counted so far for code object `key` (a relaxed atomic load: threads
  /// running the same code may count in any order; the counter only ever grows).
  func warmupCount(_ key: String) -> LLVMValueRef {
    let v = LLVMBuildLoad2(m.builder, m.i32, warmupCounter(key), "warmup")!
    LLVMSetOrdering(v, LLVMAtomicOrderingMonotonic)
    LLVMSetAlignment(v, 4)
    return v
  }

  /// Whether code object `key` is still cold (an i1): CPython 3.11 has not specialised it.
  func isCold(_ key: String, count: LLVMValueRef? = nil) -> LLVMValueRef {
    return LLVMBuildICmp(m.builder, LLVMIntSLT, count ?? warmupCount(key),
                  m.constInt(m.i32, Self.warmupEvents), "cold")!
  }

  /// `warmup`: one more event of code object `key`, up to `warmupEvents`.
  func warmup(_ key: String) {
    let b = m.builder
    let counter = warmupCounter(key)
    let v = warmupCount(key)
    let cold = isCold(key, count: v)
    // Warm (the steady state of every loop), only the load and a predictable branch.
    let count = LLVMAppendBasicBlockInContext(m.context, fn, "warmup.count")!
    let done = LLVMAppendBasicBlockInContext(m.context, fn, "warmup.done")!
    LLVMBuildCondBr(b, unlikely(cold), count, done)
    LLVMPositionBuilderAtEnd(b, count)
    let store = LLVMBuildStore(b, LLVMBuildAdd(b, v, m.constInt(m.i32, 1), "")!, counter)!
    LLVMSetOrdering(store, LLVMAtomicOrderingMonotonic)
    LLVMSetAlignment(store, 4)
    LLVMBuildBr(b, done)
    LLVMPositionBuilderAtEnd(b, done)
  }

  /// In a parent, the slot where its parts that record their frame in the caller keep their
  /// line (an alloca in the entry block, made on first use).
  func lineSlotForParts() -> LLVMValueRef {
    if let partLineSlot { return partLineSlot }
    let b = m.builder
    let here = LLVMGetInsertBlock(b)
    if let first = LLVMGetFirstInstruction(entry) { LLVMPositionBuilderBefore(b, first) }
    let slot = LLVMBuildAlloca(b, m.i32, "partline")!
    LLVMPositionBuilderAtEnd(b, here)
    partLineSlot = slot
    return slot
  }

  /// The landing pad of a call of such a part: records the function's frame at the line the
  /// part left in `slot` (no comprehension frame is active around a part), then resumes.
  func padForParts(_ slot: LLVMValueRef) -> LLVMBasicBlockRef {
    if let (pad, invokes) = partPad, invokes < Self.padFanIn {
      partPad = (pad, invokes + 1)
      return pad
    }
    let b = m.builder
    let saved = LLVMGetInsertBlock(b)
    let pad = LLVMAppendBasicBlockInContext(m.context, fn, "traceback.part")!
    LLVMSetPersonalityFn(fn, e.personality)
    LLVMPositionBuilderAtEnd(b, pad)
    let lp = LLVMBuildLandingPad(b, e.landingPadType, e.personality, 0, "")!
    LLVMSetCleanup(lp, 1)
    let exception = LLVMBuildExtractValue(b, lp, 0, "exception")!
    let line = LLVMBuildLoad2(b, m.i32, slot, "")!
    if let own = frames[0] { m.call(e.tracebackAdd, [exception, own.code, line]) }
    LLVMBuildResume(b, lp)
    if let saved { LLVMPositionBuilderAtEnd(b, saved) }
    partPad = (pad, 1)
    return pad
  }

  /// The landing pad for an invoke at the builder's position.
  func unwindTarget() -> LLVMBasicBlockRef {
    let key = PadKey(state: traceback, block: traceback.isStatic ? nil : currentBlock,
                     cleanup: currentCleanup, spawns: liveSpawns, handler: currentHandler)
    if let (pad, invokes) = pads[key], invokes < Self.padFanIn {
      pads[key] = (pad, invokes + 1)
      return pad
    }
    let pad = makePad(recording: traceback, releasing: currentCleanup, abandoning: liveSpawns,
                      catchingInto: currentHandler)
    pads[key] = (pad, 1)
    return pad
  }

  /// Releases what `cleanup` lists, at the builder's position in a landing pad.
  private func release(_ cleanup: OwnershipVerifier.Cleanup) {
    let b = m.builder
    let releaseFn = runtime("pyrt_release", [m.ptr], m.void, noUnwind: true)
    for r in cleanup.registers {
      // A slot (i64) holds the pointer's bits when what it holds is an object.
      var v = value(r)
      if LLVMTypeOf(v) != m.ptr { v = LLVMBuildIntToPtr(b, v, m.ptr, "")! }
      m.call(releaseFn, [v])
    }
    for name in cleanup.locals {
      guard let (slot, type) = locals[name] else { continue }
      let t = e.llvmType(type)
      let v = LLVMBuildLoad2(b, t, slot, "")!
      LLVMBuildStore(b, LLVMConstNull(t), slot)
      m.call(releaseFn, [v])
    }
  }

  /// A landing pad that releases what the function holds (`cleanup`: registers every invoke
  /// unwinding here holds, so their definitions dominate the pad; owning locals, cleared
  /// first, as a part and its parent share them), appends each active comprehension frame
  /// (innermost, i.e. highest index, first) and then the function's own frame, each with its
  /// line, to the passing exception, and resumes the unwind. With a `handler` (an invoke in a
  /// try body or a handler) it catches instead: `cleanup` then lists only what the handler's
  /// region held (`OwnershipVerifier`), the frames are recorded all the same (a re-raise
  /// shows them), and control goes on in the handler block at the function's own depth.
  private func makePad(recording state: TracebackState,
                       releasing cleanup: OwnershipVerifier.Cleanup?,
                       abandoning spawns: [Int],
                       catchingInto handler: BlockID? = nil) -> LLVMBasicBlockRef {
    let b = m.builder
    let saved = LLVMGetInsertBlock(b)
    let pad = LLVMAppendBasicBlockInContext(m.context, fn, "traceback")!
    LLVMSetPersonalityFn(fn, e.personality)
    LLVMPositionBuilderAtEnd(b, pad)
    let lp = LLVMBuildLandingPad(b, e.landingPadType, e.personality, 0, "")!
    LLVMSetCleanup(lp, 1)
    let exception = LLVMBuildExtractValue(b, lp, 0, "exception")!
    // The records first: their thieves may still read what the frame is about to release.
    abandonSpawns(spawns)
    if let cleanup { release(cleanup) }
    func record(_ frame: TracebackFrame, _ line: TracebackState.Line) {
      let value: LLVMValueRef
      switch line {
      case .known(let l): value = m.constInt(m.i32, Int64(l))
      case .varies:
        guard let slot = frame.line else { return }
        value = LLVMBuildLoad2(b, m.i32, slot, "")!
      }
      m.call(e.tracebackAdd, [exception, frame.code, value])
    }
    for (k, c) in state.comprehensions.sorted(by: { $0.key > $1.key }) {
      guard let frame = frames[k] else { continue }
      guard c.activity == .maybe, let active = frame.active else {
        record(frame, c.line)
        continue
      }
      let add = LLVMAppendBasicBlockInContext(m.context, fn, "traceback.frame\(k)")
      let next = LLVMAppendBasicBlockInContext(m.context, fn, "traceback.after\(k)")
      LLVMBuildCondBr(b, LLVMBuildLoad2(b, m.i1, active, ""), add, next)
      LLVMPositionBuilderAtEnd(b, add)
      record(frame, c.line)
      LLVMBuildBr(b, next)
      LLVMPositionBuilderAtEnd(b, next)
    }
    if let own = frames[0], f.recordsFrame { record(own, state.line) }
    if let handler, let target = blocks[handler] {
      m.call(runtime("pyrt_exc_catch", [m.ptr], m.void), [exception])
      if let depthSlot { LLVMBuildStore(b, frameDepth, depthSlot) }
      for k in state.comprehensions.keys {
        if let active = frames[k]?.active { LLVMBuildStore(b, LLVMConstInt(m.i1, 0, 0), active) }
      }
      LLVMBuildBr(b, target)
    } else {
      LLVMBuildResume(b, lp)
    }
    if let saved { LLVMPositionBuilderAtEnd(b, saved) }
    return pad
  }
}
