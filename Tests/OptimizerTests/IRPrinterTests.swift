import Testing
@testable import Optimizer

@Test func printerShowsSignatureLocalsBlocksAndInstructions() {
  var f = IRFunction(symbol: "pyfn.inc$int", pythonName: "inc", line: 3,
                     params: [("n#int", .int)], returnType: .int)
  f.locals = [("n#int", .int)]
  f.blocks = [BasicBlock(id: BlockID(0), instructions: [
    Instruction(dest: Register(0), type: .int, op: .loadLocal("n#int")),
    Instruction(dest: Register(1), type: .int, op: .constInt(1)),
    Instruction(dest: nil, type: .none, op: .setLine(4)),
    Instruction(dest: Register(2), type: .int, op: .intArith(.add, Register(0), Register(1))),
  ], terminator: .ret(Register(2)))]
  let text = IRPrinter.print(f)
  #expect(text == """
    func pyfn.inc$int(n#int: int) -> int line 3 {
      local n#int: int
    bb0:
      %0: int = loadLocal n#int
      %1: int = const 1
      line 4
      %2: int = intArith add %0, %1
      ret %2
    }

    """)
}

@Test func printerQuotesStrings() {
  #expect(IRPrinter.print(Instruction(dest: Register(0), type: .str, op: .constStr("a\"b\n")))
    == "%0: str = const \"a\\\"b\\n\"")
}
