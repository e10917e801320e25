/// Copies of a function inlined into its own calls, for the two passes below: LLVM's inliner
/// and partial inliner leave recursive functions alone, so the typed IR does it.
///
/// A copy has fresh registers and blocks and its own locals (`<prefix>.name`), reset to their
/// entry value (zero, the unset flag) each time it starts, as a function's entry resets them;
/// it takes the call's arguments in its parameter locals and leaves its result in
/// `<prefix>.result`, which the instructions after the call read.
struct SelfCallCopy {
  enum Kind {
    /// The base-case region, starting with the call's recursion check; a path leaving the
    /// region makes the call after all. Line records are dropped (nothing in it raises).
    case baseCase
    /// The whole body as traceback frame `k` (pushFrame/popFrame, like a comprehension's):
    /// the frame push does the call's recursion check and counts a level, lines go to the
    /// frame, so tracebacks and RecursionError are those of the call.
    case body
  }

  let kind: Kind
  /// The function as it was before any copy (copies are taken from it).
  let function: IRFunction
  /// The blocks copied, in layout order; the first is the body's entry.
  let blocks: [BasicBlock]
  /// Locals the copied blocks read or write.
  let locals: Set<String>


  /// Replaces every self-call in `f`'s blocks (as they are now, not those a copy brings) with
  /// a copy; `name` prefixes the copies' locals (`$<name><site>.`).
  func inline(into f: inout IRFunction, name: String) {
    var nextBlock = (f.blocks.map(\.id.id).max() ?? 0) + 1
    func newBlock() -> BlockID {
      defer { nextBlock += 1 }
      return BlockID(nextBlock)
    }
    let firstFrame = (f.blocks.flatMap(\.instructions).compactMap { i -> Int? in
      if case .pushFrame(let k, _, _) = i.op { return k } else { return nil }
    }.max() ?? 0) + 1
    var site = 0
    var out: [BasicBlock] = []
    for block in f.blocks {
      var current = BasicBlock(id: block.id)
      for inst in block.instructions {
        guard case .call(let symbol, let args) = inst.op, symbol == f.symbol,
          let dest = inst.dest
        else {
          current.instructions.append(inst)
          continue
        }
        let frame = firstFrame + site
        site += 1
        let copy = Site(copy: self, prefix: "$\(name)\(site).", frame: frame, join: newBlock(),
                        fallback: kind == .baseCase ? newBlock() : nil, newBlock: newBlock)
        current.instructions += copy.opening(args, in: &f)
        current.terminator = .branch(copy.entry)
        out.append(current)
        out += copy.blocks(in: &f)
        if let fallback = copy.fallback {
          let called = f.newRegister(f.returnType)
          out.append(BasicBlock(
            id: fallback,
            instructions: [Instruction(dest: called, type: f.returnType, op: .call(symbol, args)),
                           .void(.storeLocal(copy.result, called))],
            terminator: .branch(copy.join)))
        }
        current = BasicBlock(id: copy.join, instructions: [
          Instruction(dest: dest, type: inst.type, op: .loadLocal(copy.result))])
      }
      current.terminator = block.terminator
      out.append(current)
    }
    f.blocks = out
  }

  /// One call site's copy.
  private struct Site {
    let copy: SelfCallCopy
    let prefix: String
    let frame: Int
    let join: BlockID
    let fallback: BlockID?
    let ids: [BlockID: BlockID]
    var result: String { prefix + "result" }
    var entry: BlockID { ids[copy.blocks[0].id]! }

    init(copy: SelfCallCopy, prefix: String, frame: Int, join: BlockID, fallback: BlockID?,
         newBlock: () -> BlockID) {
      self.copy = copy
      self.prefix = prefix
      self.frame = frame
      self.join = join
      self.fallback = fallback
      ids = Dictionary(uniqueKeysWithValues: copy.blocks.map { ($0.id, newBlock()) })
    }

    /// The instructions that enter the copy: the call's check or frame, the locals reset, the
    /// arguments stored; declares the copy's locals in `f`.
    func opening(_ args: [Register], in f: inout IRFunction) -> [Instruction] {
      let function = copy.function
      var code: [Instruction] = [copy.kind == .baseCase
        ? .void(.checkRecursion(1, "maximum recursion depth exceeded"))
        : .void(.pushFrame(frame, function.pythonName, function.line))]
      for l in function.locals where copy.locals.contains(l.name) {
        f.locals.append((prefix + l.name, l.type))
        let zero = f.newRegister(l.type)
        code.append(Instruction(dest: zero, type: l.type, op: l.type.zero))
        code.append(.void(.storeLocal(prefix + l.name, zero)))
      }
      f.locals.append((result, f.returnType))
      for (p, a) in zip(function.params, args) where copy.locals.contains(p.name) {
        code.append(.void(.storeLocal(prefix + p.name, a)))
      }
      return code
    }

    /// The copied blocks.
    func blocks(in f: inout IRFunction) -> [BasicBlock] {
      var renamed: [Register: Register] = [:]
      return copy.blocks.map { b in
        var out = BasicBlock(id: ids[b.id]!)
        for i in b.instructions {
          var c = i.renamingOperands { renamed[$0] ?? $0 }
          switch c.op {
          case .setLine(let l):
            if copy.kind == .baseCase { continue }
            c.op = .setFrameLine(frame, l)
          case .loadLocal(let n): c.op = .loadLocal(prefix + n)
          case .storeLocal(let n, let r): c.op = .storeLocal(prefix + n, r)
          default: break
          }
          if let d = i.dest {
            c.dest = f.newRegister(i.type)
            renamed[d] = c.dest
          }
          out.instructions.append(c)
        }
        let target = { (t: BlockID) in ids[t] ?? fallback! }
        switch b.terminator {
        case .branch(let t): out.terminator = .branch(target(t))
        case .condBranch(let c, let t, let e):
          out.terminator = .condBranch(renamed[c] ?? c, target(t), target(e))
        case .ret(let r):
          var value = r.map { renamed[$0] ?? $0 }
          if value == nil {
            value = f.newRegister(.none)
            out.instructions.append(Instruction(dest: value, type: .none, op: .constNone))
          }
          out.instructions.append(.void(.storeLocal(result, value!)))
          if copy.kind == .body { out.instructions.append(.void(.popFrame(frame))) }
          out.terminator = .branch(join)
        case .unreachable: out.terminator = .unreachable
        }
        return out
      }
    }
  }
}

/// Inlines a self-recursive function's whole body into its own calls, one level deep, as gcc
/// does for C: the calls the copy makes stay calls, so half as many calls remain. Only small
/// functions whose locals are all scalars and that have no comprehension frames; each copy is
/// traceback frame k, so a traceback through it and the recursion limit are the call's.
///
///     bb2: %6 = intArith sub %4, %5            bb2: %6 = intArith sub %4, %5
///          %7 = call fib(%6)           ==>          pushFrame 1 fib line 1
///          ...                                      storeLocal $unroll1.n, %6; br bb7
///                                              bb7...: (fib's blocks; `line N` becomes
///                                                      `line N in frame 1`, `ret v` stores v,
///                                                      pops the frame and joins)
///                                              bb5: %7 = loadLocal $unroll1.result ...
enum UnrollRecursion {
  /// The largest body copied, in instructions.
  static let maxInstructions = 48

  static func run(_ program: inout IRProgram) {
    for i in program.functions.indices {
      let f = program.functions[i]
      let body = f.bodyBlocks
      guard f.symbol != "pyforac_module_main", f.returnType.isScalar, f.hasSelfCall,
        f.locals.allSatisfy({ $0.type.isScalar }),
        body.reduce(0, { $0 + $1.instructions.count }) <= maxInstructions,
        !body.contains(where: { $0.instructions.contains { $0.op.isFrameRecord } })
      else { continue }
      let copy = SelfCallCopy(kind: .body, function: f, blocks: body,
                              locals: Set(f.locals.map(\.name)))
      copy.inline(into: &program.functions[i], name: "unroll")
    }
  }
}

/// Inlines the base case of a self-recursive function into its own calls: the region of
/// blocks reachable from the entry that compute only with scalars (no call, no object,
/// nothing that can raise) is copied at each self-call, and only a path that leaves the
/// region makes the call. Calls that would return at once, half of `fib`'s, never happen.
/// A region with CPython's recursion checks of comparisons is copied only into a function
/// `split-at-recursion-limit` versioned, where they cannot fire.
///
///     bb0: %0 = loadLocal n; %2 = compare lt %0, %1     bb2: %6 = intArith sub %4, %5
///          condbr %2, bb1, bb2                              checkRecursion +1
///     bb1: %3 = loadLocal n; storeLocal r, %3; br bb3       (locals reset) storeLocal $base1.n, %6
///     bb2: %6 = intArith sub %4, %5                    bb6: %20 = loadLocal $base1.n ...
///          %7 = call fib(%6)                  ==>           condbr %22, bb7, bb5
///          ... ret ...                                 bb7: ... storeLocal $base1.r, %23; br bb8
///     bb3: %13 = loadLocal r; ret %13                  bb8: %24 = loadLocal $base1.r
///                                                           storeLocal $base1.result, %24; br bb4
///                                                      bb5: %25 = call fib(%6)
///                                                           storeLocal $base1.result, %25; br bb4
///                                                      bb4: %7 = loadLocal $base1.result
///                                                           ... (the rest of bb2)
enum InlineRecursiveBaseCase {
  /// The largest base case copied, in instructions.
  static let maxInstructions = 32

  static func run(_ program: inout IRProgram) {
    for i in program.functions.indices {
      guard let copy = baseCase(of: program.functions[i]) else { continue }
      copy.inline(into: &program.functions[i], name: "base")
    }
  }

  /// The base-case region of a self-recursive function when it has one worth copying: blocks
  /// reachable from the entry through blocks that only compute with scalars, with no cycle,
  /// with at least one `ret`, every register they read defined in them.
  static func baseCase(of f: IRFunction) -> SelfCallCopy? {
    guard f.symbol != "pyforac_module_main", f.returnType.isScalar, f.hasSelfCall,
      let first = f.bodyEntry ?? f.blocks.first?.id
    else { return nil }
    let types = Dictionary(f.locals.map { ($0.name, $0.type) }, uniquingKeysWith: { a, _ in a })
    let byID = Dictionary(f.blocks.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    var region: Set<BlockID> = []
    var work = [first]
    while let id = work.popLast() {
      guard !region.contains(id), let b = byID[id], isPure(b, types) else { continue }
      region.insert(id)
      work += b.terminator.successors
    }
    let blocks = f.blocks.filter { region.contains($0.id) }
    var defined: Set<Register> = []
    var locals: Set<String> = []
    for b in blocks {
      for i in b.instructions {
        guard i.operands.allSatisfy(defined.contains) else { return nil }
        if let d = i.dest { defined.insert(d) }
        if case .loadLocal(let n) = i.op { locals.insert(n) }
        if case .storeLocal(let n, _) = i.op { locals.insert(n) }
      }
      if case .condBranch(let c, _, _) = b.terminator, !defined.contains(c) { return nil }
      if case .ret(let r?) = b.terminator, !defined.contains(r) { return nil }
    }
    guard blocks.contains(where: { if case .ret = $0.terminator { true } else { false } }),
      f.deepVersion != nil || !blocks.haveComparisonChecks,
      blocks.reduce(0, { $0 + $1.instructions.count }) <= maxInstructions,
      !hasCycle(blocks, region)
    else { return nil }
    return SelfCallCopy(kind: .baseCase, function: f, blocks: blocks, locals: locals)
  }

  /// Whether a block only computes with scalars: nothing in it calls, raises or touches an
  /// object (an int overflow stops the program the same way inside or outside the callee).
  static func isPure(_ b: BasicBlock, _ types: [String: IRType]) -> Bool {
    if case .unreachable = b.terminator { return false }
    return b.instructions.allSatisfy { i in
      switch i.op {
      case .constInt, .constFloat, .constBool, .constNone, .setLine, .setFrameLine: return true
      case .loadLocal(let n), .storeLocal(let n, _): return types[n]?.isScalar == true
      case .intArith, .floatArith: return !i.effects.contains(.mayRaise)
      case .negate, .compare, .not, .select: return i.type.isScalar
      // Only in a versioned function (`baseCase(of:)`), where they cannot fire.
      case .checkComparisonRecursion: return true
      case .convert(let c, _):
        switch c {
        case .intToFloat, .boolToInt, .intToBool, .floatToBool: return true
        case .toSlot, .fromSlot: return false
        }
      default: return false
      }
    }
  }

  /// Whether the region's edges form a cycle (a loop in the base case: not copied).
  static func hasCycle(_ blocks: [BasicBlock], _ region: Set<BlockID>) -> Bool {
    let byID = Dictionary(uniqueKeysWithValues: blocks.map { ($0.id, $0) })
    var state: [BlockID: Bool] = [:]  // false: on the path, true: done
    func visit(_ id: BlockID) -> Bool {
      if let s = state[id] { return !s }
      state[id] = false
      for s in byID[id]?.terminator.successors ?? [] where region.contains(s) {
        if visit(s) { return true }
      }
      state[id] = true
      return false
    }
    return blocks.contains { visit($0.id) }
  }
}

extension IRFunction {
  /// The blocks of the body proper (from `bodyEntry`), in layout order.
  var bodyBlocks: [BasicBlock] {
    guard let start = bodyEntry else { return blocks }
    let byID = Dictionary(blocks.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    var seen: Set<BlockID> = [start]
    var work = [start]
    while let b = work.popLast() {
      for s in byID[b]?.terminator.successors ?? [] where seen.insert(s).inserted {
        work.append(s)
      }
    }
    return blocks.filter { seen.contains($0.id) }
  }

  /// Whether the function calls itself.
  var hasSelfCall: Bool {
    blocks.contains { $0.instructions.contains { i in
      if case .call(let s, _) = i.op { return s == symbol } else { return false }
    } }
  }

  /// A fresh register of type `t`.
  mutating func newRegister(_ t: IRType) -> Register {
    registerTypes.append(t)
    return Register(registerTypes.count - 1)
  }
}

extension Instruction {
  /// An instruction without a result.
  static func void(_ op: Operation) -> Instruction { Instruction(dest: nil, type: .none, op: op) }
}

extension Operation {
  /// Whether the operation records or changes traceback frames (lines of comprehension frames).
  var isFrameRecord: Bool {
    switch self {
    case .pushFrame, .popFrame, .setFrameLine: return true
    default: return false
    }
  }
}

extension IRType {
  /// The operation giving a scalar local's value at function entry (zero, False, None, 0.0).
  var zero: Operation {
    switch self {
    case .float: return .constFloat(0)
    case .bool: return .constBool(false)
    case .none: return .constNone
    default: return .constInt(0)
    }
  }
}
