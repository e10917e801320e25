/// Copies of a function inlined into its own calls, for `unroll-recursion` and
/// `inline-recursive-base-case` (UnrollRecursion.swift, InlineRecursiveBaseCase.swift): LLVM's
/// inliner and partial inliner leave recursive functions alone, so the typed IR does it.
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
      if case .pushFrame(let k, _, _, _) = i.op { return k } else { return nil }
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
        : .void(.pushFrame(frame, function.pythonName, function.line, .direct))]
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
    // The parallel versions and regions `PlanParallel` made keep their shape: a spawn site
    // copied into the function would be pushed twice.
    !isParallel && blocks.contains { $0.instructions.contains { i in
      if case .call(let s, _) = i.op { return s == symbol } else { return false }
    } }
  }

  /// A fresh register of type `t`.
  mutating func newRegister(_ t: IRType) -> Register {
    registerTypes.append(t)
    return Register(registerTypes.count - 1)
  }

  /// Loads of every parameter from its slot (as it came), for a call that forwards them.
  mutating func parameterLoads() -> (instructions: [Instruction], registers: [Register]) {
    var code: [Instruction] = []
    var args: [Register] = []
    for p in params {
      let r = newRegister(p.type)
      code.append(Instruction(dest: r, type: p.type, op: .loadLocal(p.name)))
      args.append(r)
    }
    return (code, args)
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
