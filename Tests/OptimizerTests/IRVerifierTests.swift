import Testing
@testable import Optimizer

private func function(_ blocks: [BasicBlock], registers: [IRType]) -> IRFunction {
  var f = IRFunction(symbol: "f", pythonName: "f", line: 1, params: [], returnType: .int)
  f.blocks = blocks
  f.registerTypes = registers
  return f
}

@Test func wellFormedFunctionVerifies() {
  let b = BasicBlock(id: BlockID(0), instructions: [
    Instruction(dest: Register(0), type: .int, op: .constInt(1)),
    Instruction(dest: Register(1), type: .int, op: .constInt(2)),
    Instruction(dest: Register(2), type: .int, op: .intArith(.add, Register(0), Register(1))),
  ], terminator: .ret(Register(2)))
  let errors = IRVerifier.verify(function([b], registers: [.int, .int, .int]),
                                 symbols: ["f"], globals: [])
  #expect(errors.isEmpty)
}

@Test func verifierRejectsUseBeforeDefinitionAndBadTypes() {
  let b = BasicBlock(id: BlockID(0), instructions: [
    Instruction(dest: Register(0), type: .float, op: .constFloat(1)),
    Instruction(dest: Register(1), type: .int, op: .intArith(.add, Register(0), Register(2))),
    Instruction(dest: Register(2), type: .int, op: .constInt(2)),
  ], terminator: .branch(BlockID(7)))
  let errors = IRVerifier.verify(function([b], registers: [.float, .int, .int]),
                                 symbols: ["f"], globals: [])
  #expect(errors.contains { $0.contains("%2 used before definition") })
  #expect(errors.contains { $0.contains("intArith on non-int") })
  #expect(errors.contains { $0.contains("branch to unknown bb7") })
}

@Test func verifierRejectsUnknownCalleesAndLocals() {
  let b = BasicBlock(id: BlockID(0), instructions: [
    Instruction(dest: Register(0), type: .int, op: .call("missing", [])),
    Instruction(dest: Register(1), type: .int, op: .loadLocal("x")),
  ], terminator: .ret(Register(0)))
  let errors = IRVerifier.verify(function([b], registers: [.int, .int]), symbols: ["f"],
                                 globals: [])
  #expect(errors.contains { $0.contains("call to unknown missing") })
  #expect(errors.contains { $0.contains("unknown local x") })
}

@Test func verifierRejectsReadingASlotAsAnotherType() {
  // xs: list[int] arrives in a slot widened to list[object]: reading it as list[int] after
  // the entry block (a slot that may hold list[object] values by then) is a type confusion.
  var f = IRFunction(symbol: "f", pythonName: "f", line: 1, params: [("xs", .list(.int))],
                     returnType: .int)
  f.locals = [("xs", .list(.object))]
  f.registerTypes = [.list(.int), .int]
  f.blocks = [
    BasicBlock(id: BlockID(0), instructions: [], terminator: .branch(BlockID(1))),
    BasicBlock(id: BlockID(1), instructions: [
      Instruction(dest: Register(0), type: .list(.int), op: .loadLocal("xs")),
      Instruction(dest: Register(1), type: .int, op: .runtime(.listLen, [Register(0)])),
    ], terminator: .ret(Register(1))),
  ]
  let errors = IRVerifier.verify(f, symbols: ["f"], globals: [], ownership: false)
  #expect(errors.contains { $0.contains("loads xs, a list[object], as a list[int]") })
  // In the entry block, before any store, the argument may be read as the parameter's type.
  f.blocks = [BasicBlock(id: BlockID(0), instructions: f.blocks[1].instructions,
                         terminator: .ret(Register(1)))]
  #expect(IRVerifier.verify(f, symbols: ["f"], globals: [], ownership: false).isEmpty)
}

@Test func verifierLetsARecursionGuardReadTheArgumentAsItCame() {
  // `SplitAtRecursionLimit`'s guard (bb2, bb3) hands the argument, still of the parameter's
  // type, to the deep version before the body (bb0) converts it to the slot's wider type.
  var f = IRFunction(symbol: "f", pythonName: "f", line: 1, params: [("xs", .list(.int))],
                     returnType: .int)
  f.locals = [("xs", .list(.object))]
  f.registerTypes = [.bool, .list(.int), .int, .list(.int), .int, .list(.object), .int]
  f.bodyEntry = BlockID(0)
  f.deepVersion = "f.deep"
  f.blocks = [
    BasicBlock(id: BlockID(2), instructions: [
      Instruction(dest: Register(0), type: .bool, op: .exceedsRecursionLimit(3)),
    ], terminator: .condBranch(Register(0), BlockID(3), BlockID(0))),
    BasicBlock(id: BlockID(3), instructions: [
      Instruction(dest: Register(1), type: .list(.int), op: .loadLocal("xs")),
      Instruction(dest: Register(2), type: .int, op: .delegate("f.deep", [Register(1)])),
    ], terminator: .ret(Register(2))),
    BasicBlock(id: BlockID(0), instructions: [
      Instruction(dest: Register(3), type: .list(.int), op: .loadLocal("xs")),
      Instruction(dest: Register(4), type: .int, op: .constInt(0)),
      Instruction(dest: Register(5), type: .list(.object),
                  op: .runtime(.listBoxElements, [Register(3), Register(4)])),
      Instruction(dest: nil, type: .none, op: .storeLocal("xs", Register(5))),
      Instruction(dest: Register(6), type: .int, op: .runtime(.listLen, [Register(5)])),
    ], terminator: .ret(Register(6))),
  ]
  #expect(IRVerifier.verify(f, symbols: ["f", "f.deep"], globals: [], ownership: false) == [])
  // After the body's first store, the slot holds the wider type.
  f.blocks[2].instructions.append(
    Instruction(dest: Register(7), type: .list(.int), op: .loadLocal("xs")))
  f.registerTypes.append(.list(.int))
  #expect(IRVerifier.verify(f, symbols: ["f", "f.deep"], globals: [], ownership: false)
    .contains { $0.contains("loads xs, a list[object], as a list[int]") })
}
