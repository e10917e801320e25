import Testing
@Test func placeholderFrontendTests() { #expect(1 + 1 == 2) }
