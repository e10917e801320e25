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
