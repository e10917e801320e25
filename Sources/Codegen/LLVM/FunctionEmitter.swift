import CLLVM
import Optimizer

/// Emits one IR function: allocas for locals, the frame push/pop, then each block.
/// Called by `LLVMEmitter.emitProgram`.
final class FunctionEmitter {
  let e: LLVMEmitter
  let f: IRFunction
  var m: LLVMModuleBuilder { e.m }
  let fn: LLVMValueRef
  var values: [Int: LLVMValueRef] = [:]
  var blocks: [BlockID: LLVMBasicBlockRef] = [:]
  var locals: [String: (LLVMValueRef, IRType)] = [:]
  var frame: LLVMValueRef!
  /// This frame's depth: the hidden first parameter (checked by the caller), 1 for the module.
  var frameDepth: LLVMValueRef!
  /// Whether the function pushes comprehension frames (calls then read the depth from the top).
  lazy var hasInnerFrames = f.blocks.contains { b in
    b.instructions.contains { if case .pushFrame = $0.op { return true } else { return false } }
  }
  /// Whether the frame is pushed on entry to each block (true, false, or nil for "maybe",
  /// where only frameless blocks follow); the whole map is nil when the entry block pushes it.
  lazy var pushedOnEntry: [BlockID: Bool?]? = isMain ? nil : lazyFramePushes()
  /// The frame state of the block being emitted (nil: maybe).
  var framePushed: Bool? = true
  /// Frameless copies of returning "maybe" blocks, for the predecessors that never pushed.
  var unpushedCopies: [BlockID: LLVMBasicBlockRef] = [:]
  /// Allocas of comprehension frames, by index.
  var innerFrames: [Int: LLVMValueRef] = [:]
  var entry: LLVMBasicBlockRef!
  /// The line the frame holds at this point of the block being emitted, when every path agrees.
  var currentLine: Int?
  /// The line the frame holds on entry to each block, when every path agrees.
  lazy var entryLines: [BlockID: Int] = knownEntryLines()
  var isMain: Bool { f.symbol == "pyforac_module_main" }
  /// The subprogram scope under `-g`.
  var scope: LLVMMetadataRef?

  init(emitter: LLVMEmitter, function: IRFunction) {
    self.e = emitter
    self.f = function
    self.fn = emitter.functions[function.symbol]?.0
      ?? emitter.m.function(function.symbol, [], emitter.m.void).0
  }

  func emit() {
    entry = LLVMAppendBasicBlockInContext(m.context, fn, "entry")
    for b in f.blocks {
      blocks[b.id] = LLVMAppendBasicBlockInContext(m.context, fn, "bb\(b.id.id)")
    }
    for id in duplicatedReturns() {
      unpushedCopies[id] = LLVMAppendBasicBlockInContext(m.context, fn, "bb\(id.id).noframe")
    }
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
    for (i, p) in f.params.enumerated() {
      let param = LLVMGetParam(fn, UInt32(i + (isMain ? 0 : 1)))
      if let slot = locals[p.name]?.0 { LLVMBuildStore(m.builder, param, slot) }
    }
    frame = LLVMBuildAlloca(m.builder, e.frameType, "frame")
    frameDepth = isMain ? m.constInt(m.i32, 1) : LLVMGetParam(fn, 0)
    if pushedOnEntry == nil { pushFrame() }
    if isMain {
      m.call(e.literalInitializer, [])
    }
    if let first = f.blocks.first, let b = blocks[first.id] { LLVMBuildBr(m.builder, b) }
    for b in f.blocks { emit(b) }
    for b in f.blocks where unpushedCopies[b.id] != nil { emit(b, unpushedCopy: true) }
  }

  /// The block a branch from the current block goes to: a returning block's frameless copy
  /// when this path never pushed the frame.
  private func target(_ id: BlockID) -> LLVMBasicBlockRef? {
    if framePushed == false, let copy = unpushedCopies[id] { return copy }
    return blocks[id]
  }

  /// Fills the function's frame and makes it the innermost one.
  private func pushFrame() {
    LLVMBuildStore(m.builder, frameDepth, field(3))
    LLVMBuildStore(m.builder, LLVMBuildLoad2(m.builder, m.ptr, e.frameTop, "back"), field(0))
    LLVMBuildStore(m.builder, e.code(name: f.pythonName == "<module>" ? "<module>" : f.pythonName),
                   field(1))
    LLVMBuildStore(m.builder, m.constInt(m.i32, Int64(f.line)), field(2))
    LLVMBuildStore(m.builder, frame, e.frameTop)
  }

  private func field(_ i: UInt32, of f: LLVMValueRef? = nil) -> LLVMValueRef {
    LLVMBuildStructGEP2(m.builder, e.frameType, f ?? frame, i, "")!
  }

  /// The alloca of comprehension frame `k`, created in the entry block on first use.
  private func innerFrame(_ k: Int) -> LLVMValueRef {
    if let f = innerFrames[k] { return f }
    let b = m.builder
    let here = LLVMGetInsertBlock(b)
    if let first = LLVMGetFirstInstruction(entry) { LLVMPositionBuilderBefore(b, first) }
    let f = LLVMBuildAlloca(b, e.frameType, "frame\(k)")!
    LLVMPositionBuilderAtEnd(b, here)
    innerFrames[k] = f
    return f
  }

  /// The LLVM value of a register; a register without one (a compiler bug the IR verifier
  /// should have caught) becomes `undef`, which LLVM's verifier then reports.
  private func value(_ r: Register) -> LLVMValueRef {
    values[r.id] ?? LLVMGetUndef(e.llvmType(r.id < f.registerTypes.count ? f.registerTypes[r.id] : .int))
  }

  private func emit(_ b: BasicBlock, unpushedCopy: Bool = false) {
    guard let bb = unpushedCopy ? unpushedCopies[b.id] : blocks[b.id] else { return }
    LLVMPositionBuilderAtEnd(m.builder, bb)
    currentLine = entryLines[b.id]
    framePushed = unpushedCopy ? false : (pushedOnEntry?[b.id] ?? true)
    if unpushedCopies[b.id] != nil && !unpushedCopy { framePushed = true }
    if framePushed == false && Self.needsFrame(b) {
      pushFrame()
      framePushed = true
    }
    for inst in b.instructions {
      if let v = emit(inst), let d = inst.dest { values[d.id] = v }
    }
    switch b.terminator {
    case .branch(let t): LLVMBuildBr(m.builder, target(t))
    case .condBranch(let c, let t, let fl):
      LLVMBuildCondBr(m.builder, value(c), target(t), target(fl))
    case .ret(let r):
      if framePushed != false { popFrame() }
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
  /// body, pushed on no frame, is depth 1), checked against CPython's recursion limit; over
  /// it, RecursionError is raised in the caller's frame, as CPython does. Calls check it at
  /// the call site and pass it as the callee's hidden first parameter; the depth lives in
  /// the frame, so exits restore nothing.
  private func enterDepth() -> LLVMValueRef {
    let b = m.builder
    let current = hasInnerFrames
      ? loadDepth(of: LLVMBuildLoad2(b, m.ptr, e.frameTop, "")!) : frameDepth!
    let d = LLVMBuildAdd(b, current, m.constInt(m.i32, 1), "depth")!
    let over = LLVMBuildICmp(b, LLVMIntSGT, d, m.constInt(m.i32, LLVMEmitter.recursionLimit), "")
    let ok = LLVMAppendBasicBlockInContext(m.context, fn, "depth.ok")
    let bad = LLVMAppendBasicBlockInContext(m.context, fn, "depth.over")
    LLVMBuildCondBr(b, over, bad, ok)
    LLVMPositionBuilderAtEnd(b, bad)
    let raise = runtime("pyrt_raise", [m.i32, m.ptr], m.void, noReturn: true)
    m.call(raise, [m.constInt(m.i32, 8), e.cString("maximum recursion depth exceeded")])
    LLVMBuildUnreachable(b)
    LLVMPositionBuilderAtEnd(b, ok)
    return d
  }

  private func loadDepth(of f: LLVMValueRef) -> LLVMValueRef {
    LLVMBuildLoad2(m.builder, m.i32, field(3, of: f), "")!
  }

  /// Restores the caller's frame, reloaded from `frame.back` so that the caller's frame
  /// pointer is not kept live in a callee-saved register across calls (leaf paths then need
  /// no prologue).
  private func popFrame() {
    let back = LLVMBuildLoad2(m.builder, m.ptr, field(0), "")!
    LLVMBuildStore(m.builder, back, e.frameTop)
  }

  private func runtime(_ name: String, _ params: [LLVMTypeRef], _ result: LLVMTypeRef,
                       noReturn: Bool = false) -> (LLVMValueRef, LLVMTypeRef) {
    m.function(name, params, result, noReturn: noReturn)
  }

  // swiftlint:disable:next cyclomatic_complexity
  private func emit(_ inst: Instruction) -> LLVMValueRef? {
    let b = m.builder
    switch inst.op {
    case .constInt(let v): return m.constInt(m.i64, v)
    case .constFloat(let v): return LLVMConstReal(m.f64, v)
    case .constBool(let v): return LLVMConstInt(m.i1, v ? 1 : 0, 0)
    case .constNone: return m.constInt(m.i64, 0)
    case .constStr(let s): return LLVMBuildLoad2(b, m.ptr, e.literal(s), "")
    case .constCString(let s): return e.cString(s)
    case .constI32(let v): return m.constInt(m.i32, Int64(v))
    case .constNull: return LLVMConstNull(e.llvmType(inst.type))
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
      LLVMBuildStore(b, LLVMConstInt(m.i1, 1, 0), g.defined)
      return nil
    case .peekGlobal(let n):
      guard let g = e.globals[n] else { return LLVMGetUndef(e.llvmType(inst.type)) }
      return LLVMBuildLoad2(b, e.llvmType(g.type), g.value, n)
    case .intArith(let op, let x, let y):
      switch op {
      case .add: return checked("sadd", "+", value(x), value(y))
      case .sub: return checked("ssub", "-", value(x), value(y))
      case .mul: return checked("smul", "*", value(x), value(y))
      case .and: return LLVMBuildAnd(b, value(x), value(y), "")
      case .or: return LLVMBuildOr(b, value(x), value(y), "")
      case .xor: return LLVMBuildXor(b, value(x), value(y), "")
      }
    case .floatArith(let op, let x, let y):
      switch op {
      case .add: return LLVMBuildFAdd(b, value(x), value(y), "")
      case .sub: return LLVMBuildFSub(b, value(x), value(y), "")
      case .mul: return LLVMBuildFMul(b, value(x), value(y), "")
      }
    case .negate(let x):
      if inst.type == .float { return LLVMBuildFNeg(b, value(x), "") }
      return checked("ssub", "-", m.constInt(m.i64, 0), value(x))
    case .compare(let p, let x, let y):
      return compare(p, f.registerTypes[x.id], value(x), value(y))
    case .not(let x): return LLVMBuildXor(b, value(x), LLVMConstInt(m.i1, 1, 0), "")
    case .convert(let c, let x): return convert(c, f.registerTypes[x.id], inst.type, value(x))
    case .select(let c, let x, let y): return LLVMBuildSelect(b, value(c), value(x), value(y), "")
    case .call(let sym, let args):
      guard let callee = e.functions[sym] else { return LLVMGetUndef(e.llvmType(inst.type)) }
      return m.call(callee, [enterDepth()] + args.map(value))
    case .runtime(let rf, let args):
      let result = rf.result.map { e.llvmType($0) } ?? m.void
      let callee = runtime(rf.name, rf.params.map { e.llvmType($0) }, result, noReturn: rf.noReturn)
      let v = m.call(callee, args.map(value))
      return rf.result == nil ? nil : v
    case .retain(let x):
      m.call(runtime("pyrt_retain", [m.ptr], m.void), [value(x)])
      return nil
    case .release(let x):
      m.call(runtime("pyrt_release", [m.ptr], m.void), [value(x)])
      return nil
    case .setLine(let l):
      debugLine(l)
      if currentLine != l { LLVMBuildStore(b, m.constInt(m.i32, Int64(l)), field(2)) }
      currentLine = l
      return nil
    case .setFrameLine(let k, let l):
      debugLine(l)
      LLVMBuildStore(b, m.constInt(m.i32, Int64(l)), field(2, of: innerFrame(k)))
      return nil
    case .pushFrame(let k, let name, let l):
      let f = innerFrame(k)
      LLVMBuildStore(b, enterDepth(), field(3, of: f))
      let back = LLVMBuildLoad2(b, m.ptr, e.frameTop, "")!
      LLVMBuildStore(b, back, field(0, of: f))
      LLVMBuildStore(b, e.code(name: name), field(1, of: f))
      LLVMBuildStore(b, m.constInt(m.i32, Int64(l)), field(2, of: f))
      LLVMBuildStore(b, f, e.frameTop)
      return nil
    case .popFrame(let k):
      let f = innerFrame(k)
      LLVMBuildStore(b, LLVMBuildLoad2(b, m.ptr, field(0, of: f), ""), e.frameTop)
      return nil
    case .argArray(let rs):
      let arrayType = LLVMArrayType2(m.ptr, UInt64(max(rs.count, 1)))!
      let here = LLVMGetInsertBlock(b)
      if let first = LLVMGetFirstInstruction(entry) {
        LLVMPositionBuilderBefore(b, first)
      }
      let array = LLVMBuildAlloca(b, arrayType, "args")!
      LLVMPositionBuilderAtEnd(b, here)
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
  private func debugLine(_ l: Int) {
    guard let debug = e.debug, let scope else { return }
    LLVMSetCurrentDebugLocation2(m.builder, debug.location(line: l, scope: scope))
  }

  private func loadGlobal(_ n: String) -> LLVMValueRef {
    let b = m.builder
    guard let g = e.globals[n] else { return LLVMGetUndef(m.i64) }
    let defined = LLVMBuildLoad2(b, m.i1, g.defined, "")
    let ok = LLVMAppendBasicBlockInContext(m.context, fn, "defined")
    let bad = LLVMAppendBasicBlockInContext(m.context, fn, "undefined")
    LLVMBuildCondBr(b, defined, ok, bad)
    LLVMPositionBuilderAtEnd(b, bad)
    let raise = runtime("pyrt_raise", [m.i32, m.ptr], m.void, noReturn: true)
    let pythonName = n.prefix { $0 != "#" }
    let message = f.nameErrorMessages[n] ?? "name '\(pythonName)' is not defined"
    m.call(raise, [m.constInt(m.i32, 9), e.cString(message)])
    LLVMBuildUnreachable(b)
    LLVMPositionBuilderAtEnd(b, ok)
    return LLVMBuildLoad2(b, e.llvmType(g.type), g.value, n)
  }

  /// `x op y` through `llvm.<op>.with.overflow.i64`, stopping the program on overflow.
  private func checked(_ intrinsic: String, _ sym: String, _ x: LLVMValueRef,
                       _ y: LLVMValueRef) -> LLVMValueRef {
    let b = m.builder
    let pair = m.structType([m.i64, m.i1])
    let fnc = m.function("llvm.\(intrinsic).with.overflow.i64", [m.i64, m.i64], pair)
    let r = m.call(fnc, [x, y])
    let overflow = LLVMBuildExtractValue(b, r, 1, "")
    let ok = LLVMAppendBasicBlockInContext(m.context, fn, "noovf")
    let bad = LLVMAppendBasicBlockInContext(m.context, fn, "ovf")
    LLVMBuildCondBr(b, overflow, bad, ok)
    LLVMPositionBuilderAtEnd(b, bad)
    m.call(runtime("pyrt_int_overflow", [m.ptr], m.void, noReturn: true), [e.cString(sym)])
    LLVMBuildUnreachable(b)
    LLVMPositionBuilderAtEnd(b, ok)
    return LLVMBuildExtractValue(b, r, 0, "")!
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
      case .str, .list, .tuple, .object, .rawPointer: return LLVMBuildPtrToInt(b, x, m.i64, "")
      default: return x
      }
    case .fromSlot:
      switch to {
      case .float: return LLVMBuildBitCast(b, x, m.f64, "")
      case .bool: return LLVMBuildICmp(b, LLVMIntNE, x, m.constInt(m.i64, 0), "")
      case .str, .list, .tuple, .object, .rawPointer: return LLVMBuildIntToPtr(b, x, m.ptr, "")
      default: return x
      }
    }
  }
}

extension FunctionEmitter {
  /// The line stored in the function's frame on entry to each block where all paths into it
  /// agree (the def line on entry, then the last `setLine` of each predecessor), so `setLine`
  /// stores that would not change it are skipped. Nothing but `setLine` writes that field.
  func knownEntryLines() -> [BlockID: Int] {
    guard let first = f.blocks.first else { return [:] }
    let conflict = Int.min
    var entry: [BlockID: Int] = [first.id: f.line]
    var changed = true
    while changed {
      changed = false
      for b in f.blocks {
        guard var line = entry[b.id] else { continue }
        for inst in b.instructions {
          if case .setLine(let l) = inst.op { line = l }
        }
        for s in successors(b.terminator) {
          let merged = entry[s].map { $0 == line ? line : conflict } ?? line
          if entry[s] != merged {
            entry[s] = merged
            changed = true
          }
        }
      }
    }
    return entry.filter { $0.value != conflict }
  }

  private func successors(_ t: Terminator) -> [BlockID] {
    switch t {
    case .branch(let b): return [b]
    case .condBranch(_, let a, let b): return [a, b]
    case .ret, .unreachable: return []
    }
  }
}

extension FunctionEmitter {
  /// Where the frame push can wait until a block that needs it (after the recursion check,
  /// which stays on entry): whether the frame is surely pushed on entry to each reachable
  /// block, or nil when a block that needs it may be reached both ways (the push then stays
  /// in the entry block). Returns always restore `pyrt_frame_top = back`, which is harmless
  /// when nothing was pushed. A leaf path such as `if n < 2: return n` then never writes the
  /// frame.
  func lazyFramePushes() -> [BlockID: Bool?]? {
    guard let first = f.blocks.first else { return nil }
    let byID = Dictionary(f.blocks.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    var state: [BlockID: Bool?] = [first.id: false]
    var work = [first.id]
    while let id = work.popLast() {
      guard let b = byID[id], let inState = state[id] else { continue }
      let needs = Self.needsFrame(b)
      if needs && inState == nil { return nil }
      let out: Bool? = needs ? true : inState
      for s in successors(b.terminator) {
        let merged: Bool? = state[s].map { $0 == out ? out : nil } ?? out
        if state[s] == nil || state[s]! != merged {
          state[s] = merged
          work.append(s)
        }
      }
    }
    return state
  }

  /// Returning blocks reached both with and without the frame, from predecessors that each
  /// know which: they are emitted twice, so the frameless path returns without a pop.
  func duplicatedReturns() -> [BlockID] {
    guard let state = pushedOnEntry else { return [] }
    var outs: [BlockID: [Bool?]] = [:]
    for b in f.blocks {
      guard let s = state[b.id] else { continue }
      let out: Bool? = Self.needsFrame(b) ? true : s
      for t in successors(b.terminator) { outs[t, default: []].append(out) }
    }
    return f.blocks.compactMap { b in
      guard case .ret = b.terminator, let s = state[b.id], s == nil, let o = outs[b.id],
        !o.contains(where: { $0 == nil })
      else { return nil }
      return b.id
    }
  }

  /// Whether a block does anything that may raise, call or read the frame stack: only
  /// constants, locals, scalar compares, conversions and selects can run without a frame.
  static func needsFrame(_ b: BasicBlock) -> Bool {
    b.instructions.contains { inst in
      switch inst.op {
      case .constInt, .constFloat, .constBool, .constNone, .constStr, .constCString, .constI32,
        .constNull, .loadLocal, .storeLocal, .compare, .not, .convert, .select:
        return false
      default:
        return true
      }
    }
  }
}
