import CLLVM
import Optimizer

/// Spawn sites (`Operation.spawn`, `joinBegin`, `joinEnd`; the runtime's side is
/// `include/pyrt-tasks.h` and `core/sched.c`).
///
///     spawn k(live-ins)   fill record k (thunk, depth, live-ins, which are objects); push it
///     ... code before the region, possibly calls that raise: their pads abandon record k ...
///     joinBegin k         if pyrt_spawn_take(record): the region inline (sequential code)
///     ... region ...
///     joinEnd k %r        else (stolen): invoke pyrt_spawn_join(record) (replays the thief's
///                         output, re-raises its exception here), %r = record.result
///                         then %r = phi(inline, stolen)
///
/// The stolen path's landing pad records the frame at the region's line and releases what the
/// frame held when the region began, exactly as an exception raised inside the region inline.
extension FunctionEmitter {
  func emitSpawn(_ k: Int, _ args: [Register]) {
    guard let record = spawnRecords[k], k < f.spawns.count,
      let thunk = e.thunks[f.spawns[k].region]
    else { return }
    let b = m.builder
    typealias R = LLVMEmitter.SpawnRecord
    LLVMBuildStore(b, thunk, e.field(record, R.run))
    LLVMBuildStore(b, currentDepth, e.field(record, R.depth))
    var objects: Int64 = 0
    for (i, a) in args.enumerated() {
      LLVMBuildStore(b, value(a), e.field(record, R.slot(i)))
      if f.registerTypes[a.id].isObject && i < 64 { objects |= 1 << Int64(i) }
    }
    LLVMBuildStore(b, m.constInt(m.i64, objects), e.field(record, R.objects))
    let objectResult: Int64 = f.spawns[k].result.isObject ? 1 : 0
    let portable: Int64 = f.spawns[k].portable ? 2 : 0
    LLVMBuildStore(b, m.constInt(m.i64, objectResult | portable | Int64(args.count) << 8),
                   e.field(record, R.flags))
    m.call(runtime("pyrt_spawn_push", [m.ptr], m.void, noUnwind: true), [record])
    liveSpawns.append(k)
  }

  func joinBegin(_ k: Int) {
    guard let record = spawnRecords[k] else { return }
    liveSpawns.removeAll { $0 == k }
    let b = m.builder
    let taken = m.call(runtime("pyrt_spawn_take", [m.ptr], m.i32, noUnwind: true), [record])
    let inline = LLVMAppendBasicBlockInContext(m.context, fn, "spawn\(k).inline")!
    let stolen = LLVMAppendBasicBlockInContext(m.context, fn, "spawn\(k).stolen")!
    let merge = LLVMAppendBasicBlockInContext(m.context, fn, "spawn\(k).joined")!
    let isTaken = LLVMBuildICmp(b, LLVMIntNE, taken, m.constInt(m.i32, 0), "")!
    LLVMBuildCondBr(b, isTaken, inline, stolen)
    LLVMPositionBuilderAtEnd(b, inline)
    openJoins[k] = (stolen, merge, currentCleanup)
  }

  func joinEnd(_ k: Int, _ r: Register) {
    guard let record = spawnRecords[k], let join = openJoins.removeValue(forKey: k) else { return }
    let b = m.builder
    let inlineValue = value(r)
    let inlineEnd = LLVMGetInsertBlock(b)!
    LLVMBuildBr(b, join.merge)
    LLVMPositionBuilderAtEnd(b, join.stolen)
    let held = currentCleanup
    currentCleanup = join.cleanup
    invoke(runtime("pyrt_spawn_join", [m.ptr], m.void), [record])
    currentCleanup = held
    let type = e.llvmType(f.registerTypes[r.id])
    let stolenValue = LLVMBuildLoad2(b, type, e.field(record, LLVMEmitter.SpawnRecord.result), "")!
    let stolenEnd = LLVMGetInsertBlock(b)!
    LLVMBuildBr(b, join.merge)
    LLVMPositionBuilderAtEnd(b, join.merge)
    let phi = LLVMBuildPhi(b, type, "")!
    var incoming: [LLVMValueRef?] = [inlineValue, stolenValue]
    var from: [LLVMBasicBlockRef?] = [inlineEnd, stolenEnd]
    incoming.withUnsafeMutableBufferPointer { v in
      from.withUnsafeMutableBufferPointer { bb in
        LLVMAddIncoming(phi, v.baseAddress, bb.baseAddress, 2)
      }
    }
    values[r.id] = phi
  }

  /// In a landing pad: gives back the records still pushed (newest first), waiting for their
  /// thieves, before anything they borrow is released.
  func abandonSpawns(_ spawns: [Int]) {
    for k in spawns.reversed() {
      guard let record = spawnRecords[k], k < f.spawns.count else { continue }
      let object = f.spawns[k].result.isObject ? 1 : 0
      m.call(runtime("pyrt_spawn_abandon", [m.ptr, m.i32], m.void, noUnwind: true),
             [record, m.constInt(m.i32, Int64(object))])
    }
  }
}
