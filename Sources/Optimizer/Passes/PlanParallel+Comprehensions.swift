/// Parallel list comprehensions (`PlanParallel`): `[E for x in range(a, b)]` (or over the items
/// of a list or tuple, `[E for x in xs]`, split over their indices) whose loop body is
/// code that can run anywhere (the rules of a spawn region, plus the loop's own variables and
/// module globals read) becomes a call of a splitter over the range:
///
///     F.compK.split(lo, hi, grain, live-ins):
///       if hi - lo <= grain or not spawnAllowed: return F.compK(lo, hi, live-ins)
///       mid = lo + (hi - lo) // 2
///       spawn: right = F.compK.split(mid, hi, ...)     (another worker or rank may take it)
///       left = F.compK.split(lo, mid, ...)
///       return left + right                            (list concatenation, left consumed)
///
/// where `F.compK` is the loop itself outlined over `[lo, hi)`. Both run as part of the
/// comprehension's frame (`callInline`: same depth, no frame of their own), so the frame the
/// parent records when an element raises is CPython's `<listcomp>` at the comprehension's
/// line, and RecursionError comes at the same depth; the fork-join keeps the elements, the
/// output and the first exception in iteration order. Only single-line comprehensions over a
/// `range` with step 1, a list or a tuple, whose body holds no other loop, and whose elements call a function of
/// the program (cheaper ones are not worth a spawn), are split. `grain` is a 64th of the range
/// (at least 1): a few chunks per worker, and six levels of concatenation.
extension Planner {
  struct Comprehension {
    var record: LoopRecord
    var blocks: [Int]  // indices of the loop's blocks (header, body..., latch)
    var preheader: Int
    var start: Register
    var stop: Register
    var listSource: [Instruction]  // the constants and the `listNew` that made the empty list
    var liveRegisters: [Register]
    var liveSlots: [(name: String, type: IRType)]
    var privateSlots: [String]
    var readsGlobals: Bool
  }

  /// The comprehensions of `f` that can be split, and the dump's lines for the others.
  func findComprehensions(in f: IRFunction) -> ([Comprehension], [String]) {
    var found: [Comprehension] = []
    var notes: [String] = []
    var index: [BlockID: Int] = [:]
    for (i, b) in f.blocks.enumerated() { index[b.id] = i }
    for record in f.loops {
      guard record.kind == .for, let target = record.appendsTo else { continue }
      let here = "\(f.symbol) line \(record.line): list comprehension"
      func no(_ why: String) { notes.append("\(here): not split: \(why)") }
      // Over a range with step 1, or the items of a list or tuple by their index: either
      // way the induction counts from a start to a stop by one, and a chunk takes a part.
      var bound: Register?
      switch record.source {
      case .range(let stop, _, let step)? where step == 1: bound = stop
      case .sequence(_, .list, let length)?, .sequence(_, .tuple, let length)?: bound = length
      default: bound = nil
      }
      if let i = index[record.header], f.blocks[i].handler != nil {
        no("it is inside a try statement or an exception handler")
        continue
      }
      guard let stop = bound, let induction = record.induction, let latch = record.latch
      else {
        no("it does not iterate over a range with step 1, a list or a tuple")
        continue
      }
      if f.loops.contains(where: { $0.parent == record.header }) {
        no("its body holds another loop")
        continue
      }
      // `[.. for i in .. for j in ..]`: the inner `for` appends to the outer's list.
      if f.loops.contains(where: { $0.header != record.header && $0.appendsTo == target }) {
        no("it is one of several `for` clauses of one comprehension")
        continue
      }
      // The loop's blocks: from the body to the latch, without leaving through the exit.
      var members: Set<BlockID> = [record.header]
      var work = [record.body]
      while let b = work.popLast() {
        guard b != record.exit, b != record.after, members.insert(b).inserted,
          let i = index[b]
        else { continue }
        work += f.blocks[i].terminator.successors
      }
      guard members.contains(latch), members.allSatisfy({ index[$0] != nil }) else {
        no("its blocks are not a simple loop")
        continue
      }
      // `any`/`all` leave at the first decisive item: the iterations are not independent.
      let leaves = members.contains { m in
        f.blocks[index[m]!].terminator.successors.contains {
          !members.contains($0) && $0 != record.exit
        }
      }
      if leaves {
        no("it may stop before its last iteration")
        continue
      }
      let preheaders = f.blocks.indices.filter {
        !members.contains(f.blocks[$0].id)
          && f.blocks[$0].terminator.successors.contains(record.header)
      }
      guard preheaders.count == 1, case .branch = f.blocks[preheaders[0]].terminator,
        let start = f.blocks[preheaders[0]].instructions.last(where: {
          if case .storeLocal(induction, _) = $0.op { true } else { false }
        })?.operands.first
      else {
        no("its loop has no single entry")
        continue
      }
      // The empty list it starts from.
      var listSource: [Instruction] = []
      var definitions: [Register: Instruction] = [:]
      for b in f.blocks { for i in b.instructions { if let d = i.dest { definitions[d] = i } } }
      for b in f.blocks where !members.contains(b.id) {
        for i in b.instructions {
          guard case .storeLocal(target, let r) = i.op, let made = definitions[r],
            case .runtime(let fn, let args) = made.op, fn.name == RuntimeFunction.listNew.name,
            args.allSatisfy({ definitions[$0].map(isConstant) ?? false })
          else { continue }
          listSource = args.compactMap { definitions[$0] } + [made]
        }
      }
      guard !listSource.isEmpty else {
        no("its list is not made the usual way")
        continue
      }
      // What the loop reads and writes.
      var defined = Set<Register>()
      var used: [Register] = []
      var stored = Set<String>([induction, target])
      var loaded: [(String, IRType)] = []
      var readsGlobals = false
      var callsUser = false
      var pushLine: Int?
      var problem: String?
      let blockList = f.blocks.indices.filter { members.contains(f.blocks[$0].id) }
      for bi in blockList {
        let b = f.blocks[bi]
        for i in b.instructions {
          if let d = i.dest { defined.insert(d) }
          used += i.operands
          switch i.op {
          case .storeLocal(let n, _): stored.insert(n)
          case .loadLocal(let n):
            if !loaded.contains(where: { $0.0 == n }) { loaded.append((n, i.type)) }
          case .loadGlobal: readsGlobals = true
          case .setFrameLine(_, let l):
            if pushLine == nil { pushLine = l }
            if pushLine != l { problem = "it spans several lines" }
          case .setLine: problem = "it records lines of its function"
          case .pushFrame, .popFrame, .spawn, .joinBegin, .joinEnd, .delegate, .argArray,
            .storeGlobal, .peekGlobal:
            problem = "its body uses \(IRPrinter.describe(i.op).split(separator: " ").first ?? "")"
          case .call(let s, _):
            callsUser = callsUser || userFunctions.contains(s)
            if (effects.summaries[s] ?? .all).contains(.writesGlobals) {
              problem = "it calls \(s), which writes a global"
            }
          case .runtime(let fn, _):
            let allowed: Effects = [.mayRaise, .mayStop, .allocates, .refcounts]
            if !fn.effects.isSubset(of: allowed) { problem = "\(fn.name) has effects" }
          default: break
          }
        }
        switch b.terminator {
        case .condBranch(let c, _, _): used.append(c)
        case .ret: problem = "it returns from the function"
        default: break
        }
      }
      if let problem {
        no(problem)
        continue
      }
      // Elements that call nothing are too cheap to be worth a spawn (a split costs about
      // what a few hundred arithmetic operations do).
      if !callsUser {
        no("its elements call no function of the program")
        continue
      }
      var live: [Register] = []
      for r in used where !defined.contains(r) && r != stop && !live.contains(r) { live.append(r) }
      let liveSlots = loaded.filter { !stored.contains($0.0) }.map { (name: $0.0, type: $0.1) }
      found.append(Comprehension(
        record: record, blocks: blockList, preheader: preheaders[0], start: start, stop: stop,
        listSource: listSource, liveRegisters: live, liveSlots: liveSlots,
        privateSlots: Array(stored).sorted(), readsGlobals: readsGlobals))
      let over = record.source.map { if case .range = $0 { "range" } else { "items" } } ?? ""
      notes.append("\(here): split over its \(over) (chunks may run on other workers"
        + (readsGlobals ? "; it reads globals: not on other ranks)" : " and ranks)"))
    }
    return (found, notes)
  }

  func isConstant(_ i: Instruction) -> Bool {
    switch i.op {
    case .constInt, .constI32, .constBool, .constFloat, .constNone: return true
    default: return false
    }
  }

  /// Replaces the comprehension's loop in `f` by a call of its splitter; returns the outlined
  /// loop, the splitter and the splitter's spawn region.
  func split(_ c: Comprehension, number k: Int, in f: inout IRFunction) -> [IRFunction] {
    let base = f.symbol + ".comp\(k)"
    let chunk = outlineLoop(c, of: f, symbol: base)
    let (splitter, region) = makeSplitter(c, of: f, chunk: chunk, symbol: base + ".split")
    // The parent: the range's bounds, the grain, the live values, then the call.
    var pre = f.blocks[c.preheader]
    var code = pre.instructions
    func reg(_ t: IRType) -> Register { f.newRegister(t) }
    let n = reg(.int), sixtyFour = reg(.int), g = reg(.int), one = reg(.int), small = reg(.bool)
    let grain = reg(.int)
    code += [
      Instruction(dest: n, type: .int, op: .intArith(.sub, c.stop, c.start)),
      Instruction(dest: sixtyFour, type: .int, op: .constInt(64)),
      Instruction(dest: g, type: .int, op: .intArith(.floorDiv, n, sixtyFour)),
      Instruction(dest: one, type: .int, op: .constInt(1)),
      Instruction(dest: small, type: .bool, op: .compare(.lt, g, one)),
      Instruction(dest: grain, type: .int, op: .select(small, one, g)),
    ]
    var args = [c.start, c.stop, grain]
    for s in c.liveSlots {
      let r = reg(s.type)
      code.append(Instruction(dest: r, type: s.type, op: .loadLocal(s.name)))
      args.append(r)
    }
    args += c.liveRegisters
    let listType = chunk.returnType
    let result = reg(listType), old = reg(listType)
    code += [
      Instruction(dest: result, type: listType, op: .callInline(splitter.symbol, args)),
      Instruction(dest: old, type: listType, op: .loadLocal(c.record.appendsTo!)),
      Instruction(dest: nil, type: .none, op: .storeLocal(c.record.appendsTo!, result)),
      Instruction(dest: nil, type: .none, op: .release(old)),
    ]
    pre.instructions = code
    pre.terminator = .branch(c.record.exit)
    f.blocks[c.preheader] = pre
    let gone = Set(c.blocks.map { f.blocks[$0].id })
    f.blocks.removeAll { gone.contains($0.id) }
    f.loops.removeAll { $0.header == c.record.header }
    return [chunk, splitter, region]
  }

  /// The loop over `[lo, hi)`: parameters `lo`, `hi`, `grain` (unused here), the live slots by
  /// their names, the live registers as `$liveN`; returns the list it built.
  func outlineLoop(_ c: Comprehension, of f: IRFunction, symbol: String) -> IRFunction {
    let target = c.record.appendsTo!
    let types = Dictionary(f.locals.map { ($0.name, $0.type) }, uniquingKeysWith: { a, _ in a })
    let listType = types[target] ?? .object
    var g = IRFunction(symbol: symbol, pythonName: f.pythonName, line: c.record.line,
                       params: [], returnType: listType)
    g.registerTypes = f.registerTypes
    g.isParallel = true
    g.recordsFrame = false
    g.nameErrorMessages = f.nameErrorMessages
    g.params = [("$lo", .int), ("$hi", .int), ("$grain", .int)]
      + c.liveSlots.map { ($0.name, $0.type) }
      + c.liveRegisters.enumerated().map { ("$live\($0.offset)", f.registerTypes[$0.element.id]) }
    g.locals = g.params + c.privateSlots.map { ($0, types[$0] ?? .int) }
    g.borrowedParams = Set(g.params.map(\.name))
    // Fresh block ids after the parent's; the exit is the function's last block.
    let firstID = (f.blocks.map(\.id.id).max() ?? 0) + 1
    var ids: [BlockID: BlockID] = [:]
    for (n, bi) in c.blocks.enumerated() { ids[f.blocks[bi].id] = BlockID(firstID + 1 + n) }
    let entry = BlockID(firstID), exit = BlockID(firstID + 1 + c.blocks.count)
    ids[c.record.exit] = exit
    var rename: [Register: Register] = [:]
    var code: [Instruction] = []
    let hi = g.newRegister(.int)
    let lo = g.newRegister(.int)
    code.append(Instruction(dest: lo, type: .int, op: .loadLocal("$lo")))
    rename[c.stop] = hi
    for (n, r) in c.liveRegisters.enumerated() {
      let fresh = g.newRegister(f.registerTypes[r.id])
      code.append(Instruction(dest: fresh, type: f.registerTypes[r.id], op: .loadLocal("$live\(n)")))
      rename[r] = fresh
    }
    for i in c.listSource { code.append(i) }
    code += [
      Instruction(dest: nil, type: .none, op: .storeLocal(target, c.listSource.last!.dest!)),
      Instruction(dest: nil, type: .none, op: .storeLocal(c.record.induction!, lo)),
    ]
    var blocks = [BasicBlock(id: entry, instructions: code, terminator: .branch(ids[c.record.header]!))]
    for bi in c.blocks {
      let b = f.blocks[bi]
      var copy = BasicBlock(id: ids[b.id]!)
      if b.id == c.record.header {
        // The bound: `hi` instead of the range's stop.
        copy.instructions.append(Instruction(dest: hi, type: .int, op: .loadLocal("$hi")))
      }
      for i in b.instructions {
        if case .setFrameLine = i.op { continue }  // the frame is the parent's
        copy.instructions.append(i.renamingOperands { rename[$0] ?? $0 })
      }
      switch b.terminator {
      case .branch(let t): copy.terminator = .branch(ids[t] ?? t)
      case .condBranch(let r, let t, let e):
        copy.terminator = .condBranch(rename[r] ?? r, ids[t] ?? t, ids[e] ?? e)
      default: copy.terminator = b.terminator
      }
      blocks.append(copy)
    }
    let result = g.newRegister(listType), empty = g.newRegister(listType)
    var epilogue = [
      Instruction(dest: result, type: listType, op: .loadLocal(target)),
      Instruction(dest: empty, type: listType, op: .constNull),
      Instruction(dest: nil, type: .none, op: .storeLocal(target, empty)),
    ]
    // The loop's other locals that hold objects (temporaries of `x if c else y`, the target of
    // a `for` over objects) give their last values back, as the parent's epilogue would.
    for slot in c.privateSlots where slot != target {
      guard let t = types[slot], t.isObject else { continue }
      let old = g.newRegister(t), null = g.newRegister(t)
      epilogue += [
        Instruction(dest: old, type: t, op: .loadLocal(slot)),
        Instruction(dest: null, type: t, op: .constNull),
        Instruction(dest: nil, type: .none, op: .storeLocal(slot, null)),
        Instruction(dest: nil, type: .none, op: .release(old)),
      ]
    }
    blocks.append(BasicBlock(id: exit, instructions: epilogue, terminator: .ret(result)))
    g.blocks = blocks
    return g
  }

  /// The splitter (see the top of the file) and its spawn site's region.
  func makeSplitter(_ c: Comprehension, of f: IRFunction, chunk: IRFunction, symbol: String)
    -> (IRFunction, IRFunction)
  {
    let listType = chunk.returnType
    var s = IRFunction(symbol: symbol, pythonName: f.pythonName, line: c.record.line,
                       params: chunk.params, returnType: listType)
    s.isParallel = true
    s.recordsFrame = false
    s.locals = chunk.params
    s.borrowedParams = Set(chunk.params.map(\.name))
    func reg(_ t: IRType) -> Register { s.newRegister(t) }
    func loads(_ lo: Register, _ hi: Register, _ grain: Register) -> ([Instruction], [Register]) {
      var code: [Instruction] = []
      var args = [lo, hi, grain]
      for p in chunk.params.dropFirst(3) {
        let r = reg(p.type)
        code.append(Instruction(dest: r, type: p.type, op: .loadLocal(p.name)))
        args.append(r)
      }
      return (code, args)
    }
    let b0 = BlockID(0), check = BlockID(1), alone = BlockID(2), halve = BlockID(3)
    let lo = reg(.int), hi = reg(.int), grain = reg(.int), n = reg(.int), small = reg(.bool)
    let entry = BasicBlock(id: b0, instructions: [
      Instruction(dest: lo, type: .int, op: .loadLocal("$lo")),
      Instruction(dest: hi, type: .int, op: .loadLocal("$hi")),
      Instruction(dest: grain, type: .int, op: .loadLocal("$grain")),
      Instruction(dest: n, type: .int, op: .intArith(.sub, hi, lo)),
      Instruction(dest: small, type: .bool, op: .compare(.le, n, grain)),
    ], terminator: .condBranch(small, alone, check))
    let allowed = reg(.bool)
    let checkBlock = BasicBlock(id: check, instructions: [
      Instruction(dest: allowed, type: .bool, op: .spawnAllowed),
    ], terminator: .condBranch(allowed, halve, alone))
    let (seqLoads, seqArgs) = loads(lo, hi, grain)
    let whole = reg(listType)
    let aloneBlock = BasicBlock(
      id: alone,
      instructions: seqLoads + [Instruction(dest: whole, type: listType,
                                            op: .callInline(chunk.symbol, seqArgs))],
      terminator: .ret(whole))
    let two = reg(.int), half = reg(.int), mid = reg(.int)
    var code: [Instruction] = [
      Instruction(dest: two, type: .int, op: .constInt(2)),
      Instruction(dest: half, type: .int, op: .intArith(.floorDiv, n, two)),
      Instruction(dest: mid, type: .int, op: .intArith(.add, lo, half)),
    ]
    let (rightLoads, rightArgs) = loads(mid, hi, grain)
    let (leftLoads, leftArgs) = loads(lo, mid, grain)
    code += rightLoads + leftLoads
    let left = reg(listType), right = reg(listType), joined = reg(listType)
    code += [
      Instruction(dest: nil, type: .none, op: .spawn(0, rightArgs)),
      Instruction(dest: left, type: listType, op: .callInline(symbol, leftArgs)),
      Instruction(dest: nil, type: .none, op: .joinBegin(0)),
      Instruction(dest: right, type: listType, op: .callInline(symbol, rightArgs)),
      Instruction(dest: nil, type: .none, op: .joinEnd(0, right)),
      Instruction(dest: joined, type: listType,
                  op: .runtime(.listConcatConsume, [left, right])),
      Instruction(dest: nil, type: .none, op: .release(right)),
    ]
    let halveBlock = BasicBlock(id: halve, instructions: code, terminator: .ret(joined))
    s.blocks = [entry, checkBlock, aloneBlock, halveBlock]
    // The region a thief runs: the right half.
    var r = IRFunction(symbol: symbol + ".region0", pythonName: f.pythonName, line: c.record.line,
                       params: chunk.params, returnType: listType)
    r.isParallel = true
    r.recordsFrame = false
    r.locals = chunk.params
    r.borrowedParams = Set(chunk.params.map(\.name))
    let loaded = r.parameterLoads()
    var rcode = loaded.instructions
    let rargs = loaded.registers
    let out = r.newRegister(listType)
    rcode.append(Instruction(dest: out, type: listType, op: .callInline(symbol, rargs)))
    r.blocks = [BasicBlock(id: BlockID(0), instructions: rcode, terminator: .ret(out))]
    s.spawns = [SpawnSite(region: r.symbol, liveIns: chunk.params.map(\.type), result: listType,
                          portable: !c.readsGlobals && chunkCallsReadNoGlobals(chunk))]
    return (s, r)
  }

  func chunkCallsReadNoGlobals(_ chunk: IRFunction) -> Bool {
    for b in chunk.blocks {
      for i in b.instructions {
        if case .call(let callee, _) = i.op, !(globalsRead[callee] ?? ["?"]).isEmpty { return false }
      }
    }
    return true
  }
}
