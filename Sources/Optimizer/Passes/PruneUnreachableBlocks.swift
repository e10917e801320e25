/// Removes blocks that no path from the entry reaches (code after `return`, `break`, `raise`).
///
///     bb0: ret %1          bb0: ret %1
///     bb1: br bb2    ==>   (bb1 and anything only it reaches are gone)
enum PruneUnreachableBlocks {
  static func run(_ program: inout IRProgram) {
    for i in program.functions.indices {
      let f = program.functions[i]
      guard let entry = f.blocks.first else { continue }
      let byID = Dictionary(uniqueKeysWithValues: f.blocks.map { ($0.id, $0) })
      var seen: Set<BlockID> = [entry.id]
      var work = [entry.id]
      while let b = work.popLast() {
        for s in byID[b]?.successors ?? [] where seen.insert(s).inserted {
          work.append(s)
        }
      }
      program.functions[i].blocks = f.blocks.filter { seen.contains($0.id) }
      program.functions[i].loops = LoopVerifier.pruned(program.functions[i])
    }
  }
}
