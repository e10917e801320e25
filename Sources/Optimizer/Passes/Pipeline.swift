/// One named transformation of the typed IR.
public struct Pass: Sendable {
  /// Kebab-case name, usable as `--dump-ir=after:NAME`.
  public let name: String
  public let run: @Sendable (inout IRProgram) -> Void
}

/// The optimizer's pass pipeline, in order. Lowering (AST -> IR with inference) runs before it
/// under the name `lower`.
public enum Pipeline {
  public static let passes: [Pass] = [
    Pass(name: "prune-unreachable-blocks", run: PruneUnreachableBlocks.run),
    Pass(name: "split-at-recursion-limit", run: SplitAtRecursionLimit.run),
    Pass(name: "unroll-recursion", run: UnrollRecursion.run),
    Pass(name: "inline-recursive-base-case", run: InlineRecursiveBaseCase.run),
    Pass(name: "drop-comparison-checks-below-limit", run: DropComparisonChecksBelowLimit.run),
    Pass(name: "drop-redundant-lines", run: DropRedundantLines.run),
  ]

  /// All names accepted by `--dump-ir=after:NAME`.
  public static var names: [String] { ["lower"] + passes.map(\.name) }
}

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
        for s in byID[b]?.terminator.successors ?? [] where seen.insert(s).inserted {
          work.append(s)
        }
      }
      program.functions[i].blocks = f.blocks.filter { seen.contains($0.id) }
      program.functions[i].loops = LoopVerifier.pruned(program.functions[i])
    }
  }
}

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
