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
    guard f.symbol != "pyforac_module_main", f.returnType.isScalar, f.hasSelfCall, !f.hasHandlers,
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
        case .intToFloat, .boolToInt, .intToBool, .floatToBool, .unionKind, .unionBits: return true
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
