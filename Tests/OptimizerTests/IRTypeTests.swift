import Testing
@testable import Optimizer

@Test func joinKeepsEqualTypesAndFillsNever() {
  #expect(IRType.join(.int, .int) == .int)
  #expect(IRType.join(.never, .str) == .str)
  #expect(IRType.join(.list(.never), .list(.float)) == .list(.float))
  #expect(IRType.join(.tuple([.int, .never]), .tuple([.never, .str])) == .tuple([.int, .str]))
}

@Test func joinOfDifferentPythonTypesIsAnObjectUnion() {
  #expect(IRType.join(.int, .float) == .object)
  #expect(IRType.join(.none, .str) == .object)
  #expect(IRType.join(.list(.int), .list(.str)) == .list(.object))
  #expect(IRType.join(.tuple([.int]), .tuple([.int, .int])) == .object)
  #expect(IRType.join(.slot, .int) == nil)
}

@Test func fitsAllowsOnlyNeverPlaceholders() {
  #expect(IRType.list(.list(.never)).fits(into: .list(.list(.int))))
  #expect(!IRType.list(.int).fits(into: .list(.float)))
  #expect(!IRType.list(.int).fits(into: .list(.object)))
}

@Test func slotKindsMatchTheRuntimeHeader() {
  #expect(IRType.none.slotKind == 0)
  #expect(IRType.bool.slotKind == 1)
  #expect(IRType.int.slotKind == 2)
  #expect(IRType.float.slotKind == 3)
  #expect(IRType.str.slotKind == 4)
  #expect(IRType.object.slotKind == 4)
}
