import Optimizer

/// Splits a very large IR function into a parent and outlined parts of bounded size.
///
/// LLVM's optimiser and code generator are superlinear in the size of one function in
/// several places: its landing-pad table is searched linearly for every invoke, scalar
/// evolution walks chains of thousands of blocks for each induction-variable user, the
/// register coalescer and block placement slow down on huge functions. A 10,000-line module
/// body is one such function. Cutting it into parts of at most `maxPart` positions keeps every
/// function LLVM sees small, so compile time grows linearly with the program.
///
/// A part is a stretch of the function that control enters only at its start and leaves only
/// at its end: every edge into it goes to its first position, every edge out of it to the
/// position just after it, it contains no `ret`, no register defined in it is read outside
/// it (constants excepted: they are defined again where needed), and no comprehension frame
/// is active at either end (the part records the same frame,
/// `<module>` or the function, in its own landing pads; the parent calls it with a plain call
/// and records nothing for that call, so tracebacks are unchanged). The part receives the
/// parent's depth (it is not a Python frame), the registers it reads from before it, and
/// pointers to the parent's locals it shares. Boundaries are block starts, `line`
/// instructions (statement starts) and terminators; blocks are split there. Functions under
/// `threshold` instructions are never split, so ordinary code is compiled exactly as before.
///
///     bb0: line 1; ...; line 2; ...; line 900; ...; ret
///       ==>  parent  bb0: call part0(depth); br bb7    bb7: call part1(depth); br bb8
///                    bb8: line 900; ...; ret
///            part0   (lines 1 .. 450)     part1  (lines 451 .. 899)
struct FunctionSplit {
  /// One outlined stretch of the parent.
  struct Part {
    /// The stretch as a function of its own: its blocks, where a branch to `exit` returns.
    var function: IRFunction
    /// Registers defined before the stretch and read in it: the parameters after the depth.
    var liveIns: [Register]
    /// Constants defined outside the stretch and read in it: the part defines them again.
    var constantsIn: [Instruction]
    /// Constants defined in the stretch and read after it: the parent defines them again.
    var constantsOut: [Instruction]
    /// The parent's locals the part shares (read or written outside it too, or on a path
    /// that runs it again): passed as pointers after the live-ins. Other locals it uses are
    /// its own.
    var sharedLocals: [(name: String, type: IRType)]
    /// The parent block the stretch starts with; the parent calls the part there.
    var entry: BlockID
    /// The parent block where the parent continues after the call.
    var exit: BlockID
    /// The line executing when the part starts (its first instruction may set another).
    var entryLine: Int
    /// The line the parent's frame is at after the call; nil when `exit` begins with `line`.
    var exitLine: Int?
    /// Whether the part pushes no comprehension frame. Such a part has no landing pads and no
    /// invokes at all: it keeps its current line in a slot of the parent's (one store per
    /// `line`, in code that is not hot: it is a run-once stretch or one of many pieces of a
    /// huge loop body), and the parent's invoke of the part records the frame with that line.
    /// Straight-line code then becomes a few large blocks instead of a block per call, which
    /// is what LLVM's instruction selection pays for.
    var recordsInCaller: Bool
    /// Whether the part runs at most once per program: a stretch of the module body that no
    /// loop encloses and that holds no loop. It is compiled without optimisation (`optnone`):
    /// straight-line code that runs once costs the same either way, and LLVM's optimiser and
    /// instruction selector are most of the compile time of a huge script.
    var runsOnce: Bool
  }

  /// Functions with fewer instructions are never split.
  static let threshold = 6000
  /// The most positions (instructions and terminators) a part spans.
  static let maxPart = 1500
  /// The fewest positions worth a part of their own.
  static let minPart = 100
  /// The most registers a part receives as parameters.
  static let maxLiveIns = 16

  /// The function with its blocks split where parts begin and end; blocks inside a part are
  /// emitted only in the part.
  var parent: IRFunction
  var parts: [Part]
  /// The part containing each block that belongs to one.
  var partOfBlock: [BlockID: Int]
  /// The part starting at each block that starts one.
  var partStartingAt: [BlockID: Int]

  /// The split of `f`, or nil when it is small or has no stretch worth outlining.
  static func plan(_ f: IRFunction) -> FunctionSplit? {
    let size = f.blocks.reduce(0) { $0 + $1.instructions.count + 1 }
    // A spawn's record lives in the frame that takes it back: never split across parts. A
    // catching landing pad branches into its own function's handler: not split either.
    guard size > threshold, f.spawns.isEmpty, !f.hasHandlers else { return nil }
    let layout = Layout(f)
    let stretches = layout.stretches()
    guard !stretches.isEmpty else { return nil }
    return FunctionSplit(f, layout, stretches)
  }
}

/// The function laid out as one sequence of positions, block after block: each instruction
/// is a position and so is each block's terminator. Holds what deciding boundaries needs.
private struct Layout {
  /// Where a part may begin or end: no comprehension frame is active there, and the line is
  /// known, or the position is a `line` instruction.
  struct Boundary {
    var line: Int?
    var setsLine: Int?
  }

  let f: IRFunction
  /// The first position of each block (by index); the last entry is the total.
  var base: [Int] = []
  var minPred: [Int] = [], maxPred: [Int] = []
  var minSucc: [Int] = [], maxSucc: [Int] = []
  var returns: [Bool] = []
  var defPos: [Int], minUse: [Int], maxUse: [Int]
  /// Whether each register is a constant (`const`, a literal's str): any function can define
  /// it again, so it never ties a part to its surroundings.
  var constant: [Bool]
  var boundaries: [Int: Boundary] = [:]
  /// The boundary positions in order.
  var candidates: [Int] = []

  init(_ f: IRFunction) {
    self.f = f
    let registers = f.registerTypes.count
    defPos = Array(repeating: -1, count: registers)
    minUse = Array(repeating: Int.max, count: registers)
    maxUse = Array(repeating: -1, count: registers)
    constant = Array(repeating: false, count: registers)
    var index: [BlockID: Int] = [:]
    var position = 0
    for (i, b) in f.blocks.enumerated() {
      index[b.id] = i
      base.append(position)
      position += b.instructions.count + 1
    }
    base.append(position)
    let n = f.blocks.count
    minPred = Array(repeating: Int.max, count: n)
    maxPred = Array(repeating: -1, count: n)
    minSucc = Array(repeating: Int.max, count: n)
    maxSucc = Array(repeating: -1, count: n)
    returns = Array(repeating: false, count: n)
    if n > 0 { minPred[0] = -1 }  // the function's entry comes from outside
    for (i, b) in f.blocks.enumerated() {
      let terminator = base[i + 1] - 1
      if case .ret = b.terminator { returns[i] = true }
      for s in b.terminator.successors {
        guard let j = index[s] else { continue }
        minPred[j] = min(minPred[j], terminator)
        maxPred[j] = max(maxPred[j], terminator)
        minSucc[i] = min(minSucc[i], base[j])
        maxSucc[i] = max(maxSucc[i], base[j])
      }
      for (k, inst) in b.instructions.enumerated() {
        let p = base[i] + k
        if let d = inst.dest, d.id < registers {
          defPos[d.id] = p
          constant[d.id] = Self.isConstant(inst.op)
        }
        for r in inst.operands where r.id < registers {
          minUse[r.id] = min(minUse[r.id], p)
          maxUse[r.id] = max(maxUse[r.id], p)
        }
      }
      if case .condBranch(let r, _, _) = b.terminator, r.id < registers {
        minUse[r.id] = min(minUse[r.id], terminator)
        maxUse[r.id] = max(maxUse[r.id], terminator)
      }
      if case .ret(let r?) = b.terminator, r.id < registers {
        minUse[r.id] = min(minUse[r.id], terminator)
        maxUse[r.id] = max(maxUse[r.id], terminator)
      }
    }
    findBoundaries()
  }

  /// Positions where a part may begin or end: no comprehension frame is active, the line is
  /// known (or set right there), and few registers are live across (a boundary between
  /// statements, or between the pieces of a long statement such as the fields of a huge
  /// f-string, which all feed one list).
  private mutating func findBoundaries() {
    let total = base[f.blocks.count]
    // live[p]: how many non-constant registers are defined before p and read at p or later.
    var live = Array(repeating: 0, count: total + 2)
    for r in 0..<defPos.count where !constant[r] && defPos[r] >= 0 && maxUse[r] > defPos[r] {
      live[defPos[r] + 1] += 1
      live[maxUse[r] + 1] -= 1
    }
    for p in 1..<live.count { live[p] += live[p - 1] }
    let states = TracebackState.entryStates(of: f)
    for (i, b) in f.blocks.enumerated() {
      guard var state = states[b.id] else { continue }
      let count = b.instructions.count
      for k in 0...count {
        let p = base[i] + k
        var sets: Int?
        if k < count, case .setLine(let l) = b.instructions[k].op { sets = l }
        var known: Int?
        if case .known(let l) = state.line { known = l }
        if state.comprehensions.isEmpty, known != nil || sets != nil,
          live[p] <= FunctionSplit.maxLiveIns
        {
          candidates.append(p)
          boundaries[p] = Boundary(line: known, setsLine: sets)
        }
        if k < count { state.apply(b.instructions[k].op) }
      }
    }
  }

  /// Whether an operation defines a constant: no operands, no effects, the same value anywhere.
  static func isConstant(_ op: Operation) -> Bool {
    switch op {
    case .constInt, .constFloat, .constBool, .constNone, .constStr, .constCString, .constI32,
      .constNull:
      return true
    default: return false
    }
  }

  /// The instruction defining register `r`.
  func definition(of r: Int) -> Instruction? {
    guard r < defPos.count, defPos[r] >= 0 else { return nil }
    let (block, index) = location(defPos[r])
    let b = f.blocks[block]
    return index < b.instructions.count ? b.instructions[index] : nil
  }

  /// The block index and instruction index (the count for the terminator) of a position.
  func location(_ p: Int) -> (block: Int, index: Int) {
    var lo = 0
    var hi = f.blocks.count - 1
    while lo < hi {
      let mid = (lo + hi + 1) / 2
      if base[mid] <= p { lo = mid } else { hi = mid - 1 }
    }
    return (lo, p - base[lo])
  }

  /// Non-overlapping stretches [start, end) to outline, greedily, each as long as possible.
  /// The search looks at each position a bounded number of times on average: past a budget
  /// proportional to the function's size it stops (the rest stays in the parent).
  func stretches() -> [(start: Int, end: Int)] {
    var result: [(start: Int, end: Int)] = []
    var budget = 32 * base[f.blocks.count] + 10 * FunctionSplit.maxPart
    var k = 0
    while k < candidates.count && budget > 0 {
      let a = candidates[k]
      let (end, steps) = longestStretch(from: a)
      budget -= steps
      guard let c = end else {
        k += 1
        continue
      }
      result.append((a, c))
      while k < candidates.count && candidates[k] < c { k += 1 }
    }
    return result
  }

  /// The furthest end `c` (within `FunctionSplit.maxPart`) such that [a, c) can be outlined,
  /// and the number of positions looked at.
  private func longestStretch(from a: Int) -> (end: Int?, steps: Int) {
    let (end, last) = scan(from: a)
    return (end, last - a + 1)
  }

  /// `longestStretch` without the count: the end found and the last position looked at.
  private func scan(from a: Int) -> (end: Int?, last: Int) {
    var best: Int?
    var (block, index) = location(a)
    var maxPredInside = -1
    var maxSuccInside = -1
    var maxUseInside = -1
    var liveIns: Set<Int> = []
    var p = a
    while p < base[f.blocks.count] && p - a <= FunctionSplit.maxPart {
      if p - a >= FunctionSplit.minPart, let end = boundaries[p],
        end.line != nil || end.setsLine != nil,
        maxPredInside < p, maxSuccInside <= p, maxUseInside < p,
        liveIns.count <= FunctionSplit.maxLiveIns
      {
        best = p
      }
      let b = f.blocks[block]
      if index == 0 && p != a {
        if minPred[block] < a { break }
        maxPredInside = max(maxPredInside, maxPred[block])
      }
      if index < b.instructions.count {
        let inst = b.instructions[index]
        if let d = inst.dest, d.id < defPos.count, !constant[d.id] {
          if minUse[d.id] < a { break }
          maxUseInside = max(maxUseInside, maxUse[d.id])
        }
        for r in inst.operands where r.id < defPos.count && !constant[r.id] {
          if defPos[r.id] >= p { return (best, p) }
          if defPos[r.id] < a { liveIns.insert(r.id) }
        }
        index += 1
      } else {
        if returns[block] || minSucc[block] < a { break }
        if case .condBranch(let r, _, _) = b.terminator, r.id < defPos.count,
          defPos[r.id] < a, !constant[r.id]
        {
          liveIns.insert(r.id)
        }
        maxSuccInside = max(maxSuccInside, maxSucc[block])
        block += 1
        index = 0
      }
      p += 1
    }
    return (best, p)
  }
}

extension FunctionSplit {
  /// Splits the blocks of `f` at the stretches' ends and builds the parts.
  fileprivate init(_ f: IRFunction, _ layout: Layout, _ stretches: [(start: Int, end: Int)]) {
    var cuts: Set<Int> = []
    for s in stretches {
      cuts.insert(s.start)
      cuts.insert(s.end)
    }
    // Split blocks at the cuts; the piece starting at each cut position.
    var nextID = (f.blocks.map(\.id.id).max() ?? 0) + 1
    var pieceAt: [Int: BlockID] = [:]
    var pieceStart: [BlockID: Int] = [:]
    var blocks: [BasicBlock] = []
    for (i, b) in f.blocks.enumerated() {
      let start = layout.base[i]
      let count = b.instructions.count
      let inner = (1...max(count, 1)).filter { $0 <= count && cuts.contains(start + $0) }
      var id = b.id
      var from = 0
      pieceAt[start] = id
      pieceStart[id] = start
      for k in inner {
        let next = BlockID(nextID)
        nextID += 1
        blocks.append(BasicBlock(id: id, instructions: Array(b.instructions[from..<k]),
                                 terminator: .branch(next)))
        id = next
        from = k
        pieceAt[start + k] = id
        pieceStart[id] = start + k
      }
      blocks.append(BasicBlock(id: id, instructions: Array(b.instructions[from...]),
                               terminator: b.terminator))
    }
    var split = f
    split.blocks = blocks
    parent = split
    parts = []
    partOfBlock = [:]
    partStartingAt = [:]
    let order = Dictionary(uniqueKeysWithValues: blocks.enumerated().map { ($1.id, $0) })
    let component = Self.stronglyConnectedComponents(blocks, order)
    var componentSize: [Int: Int] = [:]
    for c in component { componentSize[c, default: 0] += 1 }
    let isModule = f.symbol == "pyforac_module_main"
    let localUse = Self.localPositions(f, layout)
    let localType = Dictionary(f.locals.map { ($0.name, $0.type) }, uniquingKeysWith: { a, _ in a })
    let params = Set(f.params.map(\.name))
    for (k, s) in stretches.enumerated() {
      guard let entry = pieceAt[s.start], let exit = pieceAt[s.end],
        let first = order[entry], let last = order[exit], first < last
      else { continue }
      let region = Array(blocks[first..<last])
      let again = component[first] == component[last]
      let loops = (first..<last).contains { i in
        componentSize[component[i], default: 1] > 1
          || blocks[i].terminator.successors.contains(blocks[i].id)
      }
      var liveIns: Set<Int> = []
      var constantsIn: Set<Int> = []
      var constantsOut: [Instruction] = []
      var used: Set<String> = []
      var defined: Set<Int> = []
      var pushesFrame = false
      for b in region {
        for inst in b.instructions {
          if case .pushFrame = inst.op { pushesFrame = true }
          for r in inst.operands where !defined.contains(r.id) {
            if r.id < layout.constant.count, layout.constant[r.id] {
              constantsIn.insert(r.id)
            } else {
              liveIns.insert(r.id)
            }
          }
          if let d = inst.dest {
            defined.insert(d.id)
            if d.id < layout.constant.count, layout.constant[d.id],
              layout.minUse[d.id] < s.start || layout.maxUse[d.id] >= s.end
            {
              constantsOut.append(inst)
            }
          }
          switch inst.op {
          case .loadLocal(let n), .storeLocal(let n, _): used.insert(n)
          default: break
          }
        }
        if case .condBranch(let r, _, _) = b.terminator, !defined.contains(r.id) {
          liveIns.insert(r.id)
        }
      }
      var own: [(name: String, type: IRType)] = []
      var shared: [(name: String, type: IRType)] = []
      for name in used.sorted() {
        guard let type = localType[name] else { continue }
        let (lo, hi) = localUse[name] ?? (s.start, s.start)
        let outside = lo < s.start || hi >= s.end || params.contains(name)
        if outside || again { shared.append((name, type)) } else { own.append((name, type)) }
      }
      var function = IRFunction(symbol: "\(f.symbol).part\(k)", pythonName: f.pythonName,
                                line: f.line, params: [], returnType: .none)
      function.blocks = region
      function.registerTypes = f.registerTypes
      function.nameErrorMessages = f.nameErrorMessages
      function.locals = own
      let startBoundary = layout.boundaries[s.start]
      let endBoundary = layout.boundaries[s.end]
      let entryLine = startBoundary?.setsLine ?? startBoundary?.line ?? f.line
      let exitLine = endBoundary?.setsLine == nil ? endBoundary?.line : nil
      let index = parts.count
      let constantDefinitions = constantsIn.sorted().compactMap { layout.definition(of: $0) }
      parts.append(Part(function: function, liveIns: liveIns.sorted().map(Register.init),
                        constantsIn: constantDefinitions, constantsOut: constantsOut,
                        sharedLocals: shared, entry: entry, exit: exit, entryLine: entryLine,
                        exitLine: exitLine, recordsInCaller: !pushesFrame,
                        runsOnce: isModule && !again && !loops))
      for b in region { partOfBlock[b.id] = index }
      partStartingAt[entry] = index
    }
    // The parent keeps only the locals it uses itself or shares with its parts.
    let ownedByParts = Set(parts.flatMap { $0.function.locals.map(\.name) })
    parent.locals = f.locals.filter { !ownedByParts.contains($0.name) }
  }

  /// The first and last position at which each local is loaded or stored.
  private static func localPositions(_ f: IRFunction, _ layout: Layout)
    -> [String: (Int, Int)]
  {
    var result: [String: (Int, Int)] = [:]
    for (i, b) in f.blocks.enumerated() {
      for (k, inst) in b.instructions.enumerated() {
        let name: String
        switch inst.op {
        case .loadLocal(let n), .storeLocal(let n, _): name = n
        default: continue
        }
        let p = layout.base[i] + k
        let (lo, hi) = result[name] ?? (p, p)
        result[name] = (min(lo, p), max(hi, p))
      }
    }
    return result
  }

  /// The strongly connected component of each block (by index), Tarjan's algorithm without
  /// recursion: two blocks share a component exactly when each reaches the other.
  private static func stronglyConnectedComponents(_ blocks: [BasicBlock],
                                                  _ order: [BlockID: Int]) -> [Int] {
    let n = blocks.count
    let successors = blocks.map { $0.terminator.successors.compactMap { order[$0] } }
    var index = Array(repeating: -1, count: n)
    var low = Array(repeating: 0, count: n)
    var component = Array(repeating: -1, count: n)
    var onStack = Array(repeating: false, count: n)
    var stack: [Int] = []
    var counter = 0
    var components = 0
    for root in 0..<n where index[root] < 0 {
      var work: [(node: Int, next: Int)] = [(root, 0)]
      index[root] = counter
      low[root] = counter
      counter += 1
      stack.append(root)
      onStack[root] = true
      while let (v, i) = work.last {
        if i < successors[v].count {
          work[work.count - 1].next = i + 1
          let w = successors[v][i]
          if index[w] < 0 {
            index[w] = counter
            low[w] = counter
            counter += 1
            stack.append(w)
            onStack[w] = true
            work.append((w, 0))
          } else if onStack[w] {
            low[v] = min(low[v], index[w])
          }
          continue
        }
        work.removeLast()
        if let parent = work.last { low[parent.node] = min(low[parent.node], low[v]) }
        if low[v] == index[v] {
          while let w = stack.popLast() {
            onStack[w] = false
            component[w] = components
            if w == v { break }
          }
          components += 1
        }
      }
    }
    return component
  }
}
