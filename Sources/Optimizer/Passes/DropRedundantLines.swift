/// Drops a `line N` that repeats the line already recorded earlier in the same block.
///
///     line 3; %1 = call f(%0); line 3; %2 = call g(%1)   ==>   line 3; ...call f; ...call g
enum DropRedundantLines {
  static func run(_ program: inout IRProgram) {
    for f in program.functions.indices {
      for b in program.functions[f].blocks.indices {
        var last: Int?
        program.functions[f].blocks[b].instructions.removeAll { inst in
          guard case .setLine(let l) = inst.op else { return false }
          defer { last = l }
          return l == last
        }
      }
    }
  }
}
