import Testing
@Test func placeholderCodegenTests() { #expect(1 + 1 == 2) }
