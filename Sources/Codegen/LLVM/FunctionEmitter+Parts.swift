import CLLVM
import Optimizer

/// The two sides of a split function (`FunctionSplit`): the parent calls each part where the
/// part's stretch begins; a part takes its live-in registers and shared locals as parameters
/// and, when it records its frame in the caller, keeps its line in the caller's slot.
extension FunctionEmitter {
  /// A part's live-in registers and shared locals are its parameters after the depth.
  func bindParameters(of part: FunctionSplit.Part) {
    for (i, r) in part.liveIns.enumerated() {
      values[r.id] = LLVMGetParam(fn, UInt32(1 + i))
    }
    for (i, l) in part.sharedLocals.enumerated() {
      locals[l.name] = (LLVMGetParam(fn, UInt32(1 + part.liveIns.count + i))!, l.type)
    }
    for inst in part.constantsIn {
      if let v = emit(inst), let d = inst.dest { values[d.id] = v }
    }
    if part.recordsInCaller {
      let slot = LLVMGetParam(fn, UInt32(1 + part.liveIns.count + part.sharedLocals.count))!
      lineSlot = slot
      LLVMBuildStore(m.builder, m.constInt(m.i32, Int64(part.entryLine)), slot)
    }
  }

  /// In the parent, the block where `part` starts: calls it (a plain call: the part's own
  /// landing pads record this frame) and continues where it ends.
  func callPart(_ part: FunctionSplit.Part, at id: BlockID) {
    guard let bb = blocks[id], let callee = e.functions[part.function.symbol] else { return }
    LLVMPositionBuilderAtEnd(m.builder, bb)
    currentBlock = id
    traceback = entryStates[id] ?? TracebackState(line: .known(f.line))
    // No comprehension frame is active where a part starts: the depth is the function's.
    let args = [frameDepth!] + part.liveIns.map(value)
      + part.sharedLocals.compactMap { locals[$0.name]?.0 }
    if part.recordsInCaller {
      let slot = lineSlotForParts()
      let next = LLVMAppendBasicBlockInContext(m.context, fn, "ok")!
      m.invoke(callee, args + [slot], normal: next, unwind: padForParts(slot))
      LLVMPositionBuilderAtEnd(m.builder, next)
    } else {
      m.call(callee, args)
    }
    for inst in part.constantsOut {
      if let v = emit(inst), let d = inst.dest { values[d.id] = v }
    }
    if let line = part.exitLine { setLine(line, frame: 0) }
    LLVMBuildBr(m.builder, blocks[part.exit])
  }
}
