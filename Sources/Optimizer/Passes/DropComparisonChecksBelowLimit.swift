/// Removes `checkComparisonRecursion` from the optimised body of a function
/// `split-at-recursion-limit` versioned (none of its frames reaches the limit there).
///
///     bb0: checkComparisonRecursion unless small %0, %1; %2 = compare lt %0, %1   ==>
///     bb0: %2 = compare lt %0, %1
enum DropComparisonChecksBelowLimit {
  static func run(_ program: inout IRProgram) {
    for i in program.functions.indices where program.functions[i].deepVersion != nil {
      for b in program.functions[i].blocks.indices {
        program.functions[i].blocks[b].instructions.removeAll { inst in
          if case .checkComparisonRecursion = inst.op { return true } else { return false }
        }
      }
    }
  }
}
