import CLLVM
import Optimizer

/// Large literal displays: runs of initialising stores of constants become a table and a loop.
///
/// The lowering fills a new list or tuple with one `pyrt_list_set_init` /
/// `pyrt_tuple_set_init` per element. When consecutive elements of the same container are
/// compile-time constants (ints, floats, bools, None), the emitter holds those stores back and
/// emits them as a private constant table of slots (and of kinds, for a tuple) plus a loop
/// that makes the same calls, in the same order. A 100,000-element literal is then a few
/// instructions, not 100,000 calls for LLVM to optimise and select. Only instructions that
/// emit no code or pure arithmetic may come between the stores of a run; anything else emits
/// the stores held back first.
extension FunctionEmitter {
  /// Initialising stores held back, all into `target` at indices `start`, `start + 1`, ...
  struct PendingInits {
    let callee: (LLVMValueRef, LLVMTypeRef)
    let target: LLVMValueRef
    let start: Int64
    var slots: [LLVMValueRef]
    /// The slot kinds of a tuple's stores; nil for a list.
    var kinds: [LLVMValueRef]?
  }

  /// Runs shorter than this are emitted as plain calls.
  static let smallestTable = 16

  /// Whether `op` may be emitted while initialising stores are held back: it emits no code,
  /// or only pure arithmetic on constants and registers.
  func canPassPendingInits(_ op: Operation) -> Bool {
    switch op {
    case .constInt, .constFloat, .constBool, .constNone, .constI32, .constNull, .constCString,
      .constStr, .convert:
      return true
    case .runtime(let rf, _): return rf == .listSetInit || rf == .tupleSetInit
    default: return false
    }
  }

  /// Holds back `pyrt_list_set_init(l, i, v)` / `pyrt_tuple_set_init(t, i, v, k)` when its
  /// index and value are constants; false (nothing done) when it must be emitted as a call.
  func holdBackInit(_ rf: RuntimeFunction, _ callee: (LLVMValueRef, LLVMTypeRef),
                    _ args: [LLVMValueRef]) -> Bool {
    guard rf == .listSetInit || rf == .tupleSetInit, args.count >= 3,
      LLVMIsAConstantInt(args[1]) != nil, LLVMIsAConstantInt(args[2]) != nil,
      rf == .listSetInit || (args.count == 4 && LLVMIsAConstantInt(args[3]) != nil)
    else {
      flushPendingInits()
      return false
    }
    let index = LLVMConstIntGetSExtValue(args[1])
    if var run = pendingInits, run.target == args[0], run.callee.0 == callee.0,
      run.start + Int64(run.slots.count) == index
    {
      run.slots.append(args[2])
      if rf == .tupleSetInit { run.kinds?.append(args[3]) }
      pendingInits = run
      return true
    }
    flushPendingInits()
    pendingInits = PendingInits(callee: callee, target: args[0], start: index, slots: [args[2]],
                                kinds: rf == .tupleSetInit ? [args[3]] : nil)
    return true
  }

  /// Emits the stores held back: as calls for a short run, else as a table and a loop.
  func flushPendingInits() {
    guard let run = pendingInits else { return }
    pendingInits = nil
    let b = m.builder
    guard run.slots.count >= Self.smallestTable else {
      for (i, slot) in run.slots.enumerated() {
        let index = m.constInt(m.i64, run.start + Int64(i))
        let kind = run.kinds.map { [$0[i]] } ?? []
        m.call(run.callee, [run.target, index, slot] + kind)
      }
      return
    }
    let slots = constantTable(run.slots, m.i64, "pyinit.slots")
    let kinds = run.kinds.map { constantTable($0, m.i32, "pyinit.kinds") }
    let before = LLVMGetInsertBlock(b)!
    let loop = LLVMAppendBasicBlockInContext(m.context, fn, "init.loop")!
    let done = LLVMAppendBasicBlockInContext(m.context, fn, "init.done")!
    LLVMBuildBr(b, loop)
    LLVMPositionBuilderAtEnd(b, loop)
    let i = LLVMBuildPhi(b, m.i64, "i")!
    func element(_ table: (LLVMValueRef, LLVMTypeRef), _ type: LLVMTypeRef) -> LLVMValueRef {
      var idx: [LLVMValueRef?] = [m.constInt(m.i64, 0), i]
      let p = idx.withUnsafeMutableBufferPointer {
        LLVMBuildInBoundsGEP2(b, table.1, table.0, $0.baseAddress, 2, "")
      }
      return LLVMBuildLoad2(b, type, p, "")!
    }
    let index = LLVMBuildAdd(b, i, m.constInt(m.i64, run.start), "")!
    let kind = kinds.map { [element($0, m.i32)] } ?? []
    m.call(run.callee, [run.target, index, element(slots, m.i64)] + kind)
    let next = LLVMBuildAdd(b, i, m.constInt(m.i64, 1), "")!
    let end = LLVMBuildICmp(b, LLVMIntEQ, next, m.constInt(m.i64, Int64(run.slots.count)), "")!
    LLVMBuildCondBr(b, end, done, loop)
    var incoming: [LLVMValueRef?] = [m.constInt(m.i64, 0), next]
    var from: [LLVMBasicBlockRef?] = [before, loop]
    LLVMAddIncoming(i, &incoming, &from, 2)
    LLVMPositionBuilderAtEnd(b, done)
  }

  /// A private constant array of `values` (all of `type`), and the array's type.
  private func constantTable(_ values: [LLVMValueRef], _ type: LLVMTypeRef, _ name: String)
    -> (LLVMValueRef, LLVMTypeRef)
  {
    var vs: [LLVMValueRef?] = values
    let array = vs.withUnsafeMutableBufferPointer {
      LLVMConstArray2(type, $0.baseAddress, UInt64(values.count))!
    }
    let arrayType = LLVMArrayType2(type, UInt64(values.count))!
    let g = m.global(name, arrayType, initializer: array)
    LLVMSetGlobalConstant(g, 1)
    LLVMSetLinkage(g, LLVMPrivateLinkage)
    LLVMSetUnnamedAddress(g, LLVMGlobalUnnamedAddr)
    return (g, arrayType)
  }
}
