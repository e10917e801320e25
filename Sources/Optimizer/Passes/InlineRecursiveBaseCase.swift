/// Inlines the base case of a self-recursive function into its own recursive calls: the region
/// of blocks reachable from the entry that compute only with scalars (no call, no object,
/// nothing that can raise) is copied at each self-call, and only a path that leaves the region
/// makes the call. Calls that would return at once, half of `fib`'s, then never happen. LLVM
/// leaves recursive functions to us (its inliner and partial inliner skip them).
///
/// The copy computes what the callee would: the region is pure, and it starts with the call's
/// recursion-limit check (`checkRecursion`), so RecursionError is raised where the call would
/// raise it. Line records are not copied (they belong to the callee's frame, which the copy
/// never needs: nothing in it raises).
///
///     bb0: %0 = loadLocal n; %2 = compare lt %0, %1     bb2: %6 = intArith sub %4, %5
///          condbr %2, bb1, bb2                              checkRecursion
///     bb1: %3 = loadLocal n; storeLocal r, %3; br bb3       storeLocal $base1.n, %6; br bb6
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
      guard let base = BaseCase(program.functions[i]) else { continue }
      inline(base, into: &program.functions[i])
    }
  }

  /// Replaces every self-call of `f` with a copy of `base`, falling back to the call.
  private static func inline(_ base: BaseCase, into f: inout IRFunction) {
    var nextBlock = (f.blocks.map(\.id.id).max() ?? 0) + 1
    func newBlock() -> BlockID {
      defer { nextBlock += 1 }
      return BlockID(nextBlock)
    }
    func newRegister(_ t: IRType) -> Register {
      f.registerTypes.append(t)
      return Register(f.registerTypes.count - 1)
    }
    func void(_ op: Operation) -> Instruction { Instruction(dest: nil, type: .none, op: op) }

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
        site += 1
        let prefix = "$base\(site)."
        let result = prefix + "result"
        for l in base.function.locals where base.locals.contains(l.name) {
          f.locals.append((prefix + l.name, l.type))
        }
        f.locals.append((result, f.returnType))
        let join = newBlock()
        let fallback = newBlock()
        let copies = Dictionary(uniqueKeysWithValues: base.blocks.map { ($0.id, newBlock()) })

        current.instructions.append(void(.checkRecursion(1, "maximum recursion depth exceeded")))
        for (p, a) in zip(base.function.params, args) where base.locals.contains(p.name) {
          current.instructions.append(void(.storeLocal(prefix + p.name, a)))
        }
        current.terminator = .branch(copies[base.entry]!)
        out.append(current)

        var renamed: [Register: Register] = [:]
        for b in base.blocks {
          var copy = BasicBlock(id: copies[b.id]!)
          for i in b.instructions {
            var c = i.renamingOperands { renamed[$0] ?? $0 }
            switch c.op {
            case .setLine, .setFrameLine: continue
            case .loadLocal(let n): c.op = .loadLocal(prefix + n)
            case .storeLocal(let n, let r): c.op = .storeLocal(prefix + n, r)
            default: break
            }
            if let d = i.dest {
              c.dest = newRegister(i.type)
              renamed[d] = c.dest
            }
            copy.instructions.append(c)
          }
          let target = { (t: BlockID) in copies[t] ?? fallback }
          switch b.terminator {
          case .branch(let t): copy.terminator = .branch(target(t))
          case .condBranch(let c, let t, let e):
            copy.terminator = .condBranch(renamed[c] ?? c, target(t), target(e))
          case .ret(let r):
            var value = r.map { renamed[$0] ?? $0 }
            if value == nil {
              value = newRegister(.none)
              copy.instructions.append(Instruction(dest: value, type: .none, op: .constNone))
            }
            copy.instructions.append(void(.storeLocal(result, value!)))
            copy.terminator = .branch(join)
          case .unreachable: copy.terminator = .unreachable
          }
          out.append(copy)
        }

        let called = newRegister(f.returnType)
        out.append(BasicBlock(
          id: fallback,
          instructions: [Instruction(dest: called, type: f.returnType, op: .call(symbol, args)),
                         void(.storeLocal(result, called))],
          terminator: .branch(join)))
        current = BasicBlock(id: join,
                             instructions: [Instruction(dest: dest, type: inst.type,
                                                        op: .loadLocal(result))])
      }
      current.terminator = block.terminator
      out.append(current)
    }
    f.blocks = out
  }
}

/// The base-case region of a self-recursive function, when it has one worth copying: blocks
/// reachable from the entry through blocks that only compute with scalars, without a cycle,
/// with at least one `ret`.
private struct BaseCase {
  let function: IRFunction
  let entry: BlockID
  /// The region's blocks in layout order.
  let blocks: [BasicBlock]
  /// Locals the region reads or writes.
  let locals: Set<String>

  init?(_ f: IRFunction) {
    guard f.symbol != "pyforac_module_main", f.returnType.isScalar, let first = f.blocks.first,
      f.blocks.contains(where: { $0.instructions.contains { Self.isSelfCall($0, f.symbol) } })
    else { return nil }
    let types = Dictionary(f.locals.map { ($0.name, $0.type) }, uniquingKeysWith: { a, _ in a })
    let byID = Dictionary(f.blocks.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    var region: Set<BlockID> = []
    var work = [first.id]
    while let id = work.popLast() {
      guard !region.contains(id), let b = byID[id], Self.isPure(b, types) else { continue }
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
      blocks.reduce(0, { $0 + $1.instructions.count }) <= InlineRecursiveBaseCase.maxInstructions,
      !Self.hasCycle(blocks, region)
    else { return nil }
    self.function = f
    self.entry = first.id
    self.blocks = blocks
    self.locals = locals
  }

  static func isSelfCall(_ i: Instruction, _ symbol: String) -> Bool {
    if case .call(let s, _) = i.op { return s == symbol }
    return false
  }

  /// Whether a block only computes with scalars: nothing in it calls, raises or touches an
  /// object (an int overflow stops the program the same way inside or outside the callee).
  static func isPure(_ b: BasicBlock, _ types: [String: IRType]) -> Bool {
    if case .unreachable = b.terminator { return false }
    return b.instructions.allSatisfy { i in
      switch i.op {
      case .constInt, .constFloat, .constBool, .constNone, .setLine, .setFrameLine: return true
      case .loadLocal(let n), .storeLocal(let n, _): return types[n]?.isScalar == true
      case .intArith(let op, _, _): return !op.mayRaise
      case .floatArith(let op, _, _): return !op.mayRaise
      case .negate, .compare, .not, .select: return i.type.isScalar
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
