import Optimizer
import Testing
@testable import Codegen

/// A function built by hand: `blocks` as (instructions, terminator), registers typed `int`.
private func function(_ blocks: [([Operation], Terminator)], registers: Int = 4) -> IRFunction {
  var f = IRFunction(symbol: "pyfn.f", pythonName: "f", line: 1, params: [], returnType: .int)
  var next = 0
  f.blocks = blocks.enumerated().map { i, b in
    BasicBlock(id: BlockID(i), instructions: b.0.map { op in
      if case .constInt = op {
        defer { next += 1 }
        return Instruction(dest: Register(next), type: .int, op: op)
      }
      return Instruction(dest: nil, type: .none, op: op)
    }, terminator: b.1)
  }
  f.registerTypes = Array(repeating: .int, count: registers)
  return f
}

@Test func linesAreKnownWherePathsAgree() {
  // bb0: line 2 -> bb1 | bb2, both set line 3, meet in bb3.
  let f = function([
    ([.setLine(2), .constInt(1)], .condBranch(Register(0), BlockID(1), BlockID(2))),
    ([.setLine(3)], .branch(BlockID(3))),
    ([.setLine(3)], .branch(BlockID(3))),
    ([], .ret(nil)),
  ])
  let states = TracebackState.entryStates(of: f)
  #expect(states[BlockID(0)]?.line == .known(1))
  #expect(states[BlockID(1)]?.line == .known(2))
  #expect(states[BlockID(3)]?.line == .known(3))
  #expect(states[BlockID(3)]?.isStatic == true)
}

@Test func aLoopHeaderReachedFromTwoLinesVaries() {
  // bb0: line 2 -> bb1 (header) -> bb2: line 3 -> bb1; bb1 -> bb3.
  let f = function([
    ([.setLine(2), .constInt(1)], .branch(BlockID(1))),
    ([], .condBranch(Register(0), BlockID(2), BlockID(3))),
    ([.setLine(3)], .branch(BlockID(1))),
    ([], .ret(nil)),
  ])
  let states = TracebackState.entryStates(of: f)
  #expect(states[BlockID(1)]?.line == .varies)
  #expect(states[BlockID(1)]?.isStatic == false)
  #expect(states[BlockID(2)]?.line == .varies)
}

@Test func comprehensionFramesAreActiveBetweenPushAndPop() {
  let f = function([
    ([.setLine(2), .pushFrame(1, "<listcomp>", 2, .direct), .constInt(1)], .branch(BlockID(1))),
    ([.setFrameLine(1, 3)], .condBranch(Register(0), BlockID(1), BlockID(2))),
    ([.popFrame(1)], .branch(BlockID(3))),
    ([], .ret(nil)),
  ])
  let states = TracebackState.entryStates(of: f)
  let loop = states[BlockID(1)]?.comprehensions[1]
  #expect(loop?.activity == .active)
  #expect(loop?.line == .varies)  // 2 on entry, 3 around the loop
  #expect(states[BlockID(2)]?.comprehensions[1]?.line == .known(3))
  #expect(states[BlockID(3)]?.comprehensions.isEmpty == true)
}

@Test func aFrameActiveOnOnePathOnlyIsMaybe() {
  let f = function([
    ([.constInt(1)], .condBranch(Register(0), BlockID(1), BlockID(2))),
    ([.pushFrame(1, "<genexpr>", 4, .direct)], .branch(BlockID(2))),
    ([], .ret(nil)),
  ])
  let states = TracebackState.entryStates(of: f)
  #expect(states[BlockID(2)]?.comprehensions[1]?.activity == .maybe)
  #expect(states[BlockID(2)]?.comprehensions[1]?.line == .known(4))
}

@Test func padsReadTheLineOnlyWhereItVaries() throws {
  // The header's call may raise at line 2 or 3: its pad loads the line; the others are
  // constants and the normal path stores no line where nothing reads it.
  var f = function([
    ([.setLine(2), .constInt(1)], .branch(BlockID(1))),
    ([.runtime(.strFromInt, [Register(0)])], .condBranch(Register(2), BlockID(2), BlockID(3))),
    ([.setLine(3), .constInt(7)], .branch(BlockID(1))),
    ([.setLine(9), .runtime(.strFromInt, [Register(0)])], .ret(Register(0))),
  ])
  f.blocks[1].instructions[0].dest = Register(3)
  f.blocks[1].instructions[0].type = .str
  f.blocks[1].instructions.append(Instruction(dest: Register(2), type: .bool, op: .constBool(true)))
  f.registerTypes = [.int, .int, .bool, .str, .str]
  f.blocks[3].instructions[1].dest = Register(4)
  f.blocks[3].instructions[1].type = .str
  let program = IRProgram(sourcePath: "/tmp/t.py", functions: [f])
  let text = try Codegen.verifiedModuleText(program).get()
  #expect(text.contains("%line = alloca i32"))
  #expect(text.contains("ptr @pycode.f, i32 %"))  // the header's pad loads the line
  #expect(text.contains("ptr @pycode.f, i32 9)"))  // the last block's pad is constant
}
