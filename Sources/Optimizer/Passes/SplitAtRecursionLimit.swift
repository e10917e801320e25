/// Versions a self-recursive function whose body makes CPython's recursion check of
/// comparisons (`checkComparisonRecursion`), before the recursion passes inline the function
/// into itself: a frame far from the recursion limit runs the body being optimised, in which
/// no such check can fire, so `DropComparisonChecksBelowLimit` removes them (from the copies
/// too); a frame near the limit hands over to `<symbol>.deep`, the body as lowered, whose
/// checks raise exactly where CPython's do. Copies nest at most two frames deep (an unrolled
/// body, a base case inside it), and a comparison checks only in a frame at the limit, so
/// `depth + guardDepth <= limit` keeps every frame of the optimised body below it.
///
///     func fib$int(n) line 2 {               func fib$int(n) line 2 {
///     bb0: ...                       ==>     bb7: %20 = exceedsRecursionLimit +3
///       checkComparisonRecursion ...              condbr %20, bb8, bb0
///     }                                      bb8: %21 = loadLocal n#int
///                                                 %22 = delegate fib$int.deep(%21); ret %22
///                                            bb0: ... (the body, `bodyEntry`)
///                                            }
///                                            func fib$int.deep(n) line 2 { bb0: ...
///                                              checkComparisonRecursion ... call fib$int ... }
enum SplitAtRecursionLimit {
  static let guardDepth = 3

  static func run(_ program: inout IRProgram) {
    for i in program.functions.indices {
      var f = program.functions[i]
      guard f.symbol != "pyforac_module_main", f.returnType.isScalar, f.hasSelfCall, !f.hasHandlers,
        f.deepVersion == nil, f.blocks.haveComparisonChecks
      else { continue }
      var deep = f
      deep.symbol = f.symbol + ".deep"
      program.functions.append(deep)

      let body = f.blocks[0].id
      let next = (f.blocks.map(\.id.id).max() ?? 0) + 1
      let enter = BlockID(next), handOver = BlockID(next + 1)
      let near = f.newRegister(.bool)
      let (load, args) = f.parameterLoads()
      let result = f.newRegister(f.returnType)
      f.blocks.insert(contentsOf: [
        BasicBlock(id: enter,
                   instructions: [Instruction(dest: near, type: .bool,
                                              op: .exceedsRecursionLimit(guardDepth))],
                   terminator: .condBranch(near, handOver, body)),
        BasicBlock(id: handOver,
                   instructions: load + [Instruction(dest: result, type: f.returnType,
                                                     op: .delegate(deep.symbol, args))],
                   terminator: .ret(result)),
      ], at: 0)
      f.bodyEntry = body
      f.deepVersion = deep.symbol
      program.functions[i] = f
    }
  }
}

extension Array where Element == BasicBlock {
  /// Whether the blocks make CPython's recursion check of comparisons.
  var haveComparisonChecks: Bool {
    contains { $0.instructions.contains { i in
      if case .checkComparisonRecursion = i.op { return true } else { return false }
    } }
  }
}
