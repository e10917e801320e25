/// One named transformation of the typed IR, in a file named after it (`Passes/<Name>.swift`).
public struct Pass: Sendable {
  /// Kebab-case name, usable as `--dump-ir=after:NAME`.
  public let name: String
  public let run: @Sendable (inout IRProgram) -> Void
  /// The passes that must have run before this one (`Pipeline.orderingProblems`).
  public var after: [String] = []
}

/// The optimizer's pass pipeline, in order. Lowering (AST -> IR with inference) runs before it
/// under the name `lower`.
public enum Pipeline {
  public static let passes: [Pass] = [
    Pass(name: "prune-unreachable-blocks", run: PruneUnreachableBlocks.run),
    // Before the recursion passes: the parallel versions copy the body as lowered, and the
    // sequential versions they hand over to are then optimised like any function.
    Pass(name: "plan-parallel", run: PlanParallel.run, after: ["prune-unreachable-blocks"]),
    // Versions a function before the recursion passes copy its body into itself.
    Pass(name: "split-at-recursion-limit", run: SplitAtRecursionLimit.run,
         after: ["prune-unreachable-blocks", "plan-parallel"]),
    Pass(name: "unroll-recursion", run: UnrollRecursion.run,
         after: ["split-at-recursion-limit"]),
    // Copies a base case with comparison checks only into a versioned function.
    Pass(name: "inline-recursive-base-case", run: InlineRecursiveBaseCase.run,
         after: ["split-at-recursion-limit", "unroll-recursion"]),
    // Removes the checks from the copies the two passes before made too.
    Pass(name: "drop-comparison-checks-below-limit", run: DropComparisonChecksBelowLimit.run,
         after: ["split-at-recursion-limit", "unroll-recursion", "inline-recursive-base-case"]),
    // Last: every pass before may leave a line repeated.
    Pass(name: "drop-redundant-lines", run: DropRedundantLines.run,
         after: ["unroll-recursion", "inline-recursive-base-case"]),
  ]

  /// Ordering constraints the pipeline breaks (a pass before one it must follow, a constraint
  /// naming no pass); empty when it is well ordered. Checked by a unit test and by
  /// `Optimizer.run`, which reports a violation as an internal error.
  public static func orderingProblems(_ passes: [Pass] = passes) -> [String] {
    var problems: [String] = []
    let position = Dictionary(passes.enumerated().map { ($1.name, $0) },
                              uniquingKeysWith: { a, _ in a })
    if position.count != passes.count { problems.append("two passes have the same name") }
    for (i, p) in passes.enumerated() {
      for earlier in p.after {
        guard let j = position[earlier] else {
          problems.append("\(p.name) must follow \(earlier), which is not a pass")
          continue
        }
        if j >= i { problems.append("\(p.name) must follow \(earlier), which runs after it") }
      }
    }
    return problems
  }

  /// All names accepted by `--dump-ir=after:NAME`.
  public static var names: [String] { ["lower"] + passes.map(\.name) }
}
