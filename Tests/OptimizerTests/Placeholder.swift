import Testing
@Test func placeholderOptimizerTests() { #expect(1 + 1 == 2) }
