import Testing
@testable import Optimizer

/// `for i in range(n)` as lowering emits it: bb0 preheader, bb1 header, bb2 body, bb3 latch,
/// bb4 exit; `bodyWrites` makes the body store into the induction variable.
private func rangeLoop(bodyWrites: Bool = false) -> IRFunction {
  var f = IRFunction(symbol: "f", pythonName: "f", line: 1, params: [], returnType: .none)
  f.locals = [("i", .int)]
  f.registerTypes = [.int, .int, .int, .bool, .int, .int]
  func inst(_ d: Int?, _ t: IRType, _ op: Operation) -> Instruction {
    Instruction(dest: d.map(Register.init), type: t, op: op)
  }
  let r = Register.init
  f.blocks = [
    BasicBlock(id: BlockID(0), instructions: [inst(0, .int, .constInt(0)),
                                              inst(1, .int, .constInt(10)),
                                              inst(nil, .none, .storeLocal("i", r(0)))],
               terminator: .branch(BlockID(1))),
    BasicBlock(id: BlockID(1), instructions: [inst(2, .int, .loadLocal("i")),
                                              inst(3, .bool, .compare(.lt, r(2), r(1)))],
               terminator: .condBranch(r(3), BlockID(2), BlockID(4))),
    BasicBlock(id: BlockID(2),
               instructions: bodyWrites ? [inst(nil, .none, .storeLocal("i", r(1)))] : [],
               terminator: .branch(BlockID(3))),
    BasicBlock(id: BlockID(3), instructions: [inst(4, .int, .loadLocal("i")),
                                              inst(5, .int, .constInt(1)),
                                              inst(nil, .none, .storeLocal("i", r(5)))],
               terminator: .branch(BlockID(1))),
    BasicBlock(id: BlockID(4), instructions: [], terminator: .ret(nil)),
  ]
  f.loops = [LoopRecord(kind: .for, header: BlockID(1), body: BlockID(2), latch: BlockID(3),
                        exit: BlockID(4), after: BlockID(4), induction: "i",
                        source: .range(stop: r(1), step: r(5), constantStep: 1), parent: nil,
                        line: 1)]
  return f
}

@Test func loopVerifierAcceptsALoweredRangeLoop() {
  #expect(LoopVerifier.verify(rangeLoop()).isEmpty)
}

@Test func loopVerifierRejectsABodyWritingTheInductionVariable() {
  let errors = LoopVerifier.verify(rangeLoop(bodyWrites: true))
  #expect(errors.contains { $0.contains("writes the induction variable i") })
}

@Test func loopVerifierRejectsARecordThatNoLongerMatchesTheCFG() {
  var f = rangeLoop()
  f.blocks[3].terminator = .ret(nil)  // the latch no longer loops
  #expect(LoopVerifier.verify(f).contains { $0.contains("no back edge") })
  #expect(LoopVerifier.pruned(f).isEmpty)  // a pass that cut the back edge drops the record
  var g = rangeLoop()
  g.loops[0].header = BlockID(9)
  #expect(LoopVerifier.verify(g).contains { $0.contains("does not have") })
}

@Test func passPipelineKeepsItsOrderingConstraints() {
  #expect(Pipeline.orderingProblems().isEmpty)
  // A pass moved before one it must follow, or naming no pass, is reported.
  var swapped = Pipeline.passes
  swapped.swapAt(2, 3)  // unroll-recursion before split-at-recursion-limit
  #expect(Pipeline.orderingProblems(swapped).contains {
    $0 == "unroll-recursion must follow split-at-recursion-limit, which runs after it"
  })
  let ghost = Pass(name: "ghost", run: { _ in }, after: ["no-such-pass"])
  #expect(Pipeline.orderingProblems(Pipeline.passes + [ghost]) == [
    "ghost must follow no-such-pass, which is not a pass",
  ])
}
