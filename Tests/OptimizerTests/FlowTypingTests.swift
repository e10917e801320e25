import Testing
@testable import Optimizer

private func locals(of function: String, in source: String) -> [String: IRType] {
  let (result, _) = optimize(source)
  let f = result.program?.functions.first { $0.pythonName == function }
  return Dictionary(uniqueKeysWithValues: (f?.locals ?? []).map { ($0.name, $0.type) })
}

@Test func rebindingToAnotherTypeUsesAnotherSlot() {
  let l = locals(of: "f", in: """
    def f():
        v = 1.5
        print(v)
        v = "a"
        return v
    print(f())
    """)
  #expect(l["v#float"] == .float)
  #expect(l["v#str"] == .str)
  #expect(l["v#object"] == nil)
}

@Test func pathsThatDisagreeMakeAUnionSlot() {
  let l = locals(of: "f", in: """
    def f(xs):
        total = 0
        for x in xs:
            total = total + x
        return total
    print(f([0.5, 1.5]))
    """)
  // int and float: a union held in registers.
  #expect(l["total#union"] == .union([.int, .float]))
  let m = locals(of: "g", in: """
    def g(c):
        label = None
        if c:
            label = "x"
        return label
    print(g(True))
    """)
  // A str among the types: a boxed object.
  #expect(m["label#union"] == .object)
}

@Test func maybeUnassignedScalarGetsASetFlag() {
  let l = locals(of: "f", in: """
    def f(c):
        if c:
            x = 1
        return x
    print(f(True))
    """)
  #expect(l["x#set"] == .bool)
}

@Test func definitelyAssignedLocalsNeedNoFlag() {
  let l = locals(of: "f", in: """
    def f(c):
        if c:
            x = 1
        else:
            x = 2
        return x
    print(f(True))
    """)
  #expect(l["x#set"] == nil)
}

@Test func globalsReboundAtModuleLevelAreBoxedForFunctions() {
  let (result, diagnostics) = optimize("""
    g = 1
    def show():
        return g
    print(show())
    g = "x"
    print(show())
    """)
  #expect(!diagnostics.hasErrors)
  #expect(result.program?.globals.contains { $0.name == "g#union" && $0.type == .object } == true)
}

@Test func nameErrorHintsFollowCPythonsSuggestionRules() {
  #expect(NameSuggestion.nameErrorMessage("lem", locals: ["a", "lenn"], globals: [])
    == "name 'lem' is not defined. Did you mean: 'len'?")
  #expect(NameSuggestion.nameErrorMessage("abd", locals: [], globals: ["abc"])
    == "name 'abd' is not defined. Did you mean: 'abc'?")
  #expect(NameSuggestion.nameErrorMessage("d", locals: [], globals: [])
    == "name 'd' is not defined. Did you mean: 'id'?")
  #expect(NameSuggestion.nameErrorMessage("zzzzqqq", locals: [], globals: [])
    == "name 'zzzzqqq' is not defined")
}

@Test func callsToFunctionsDefinedAfterRunningCodeAreChecked() {
  let (result, _) = optimize("""
    def a():
        return b()
    print("start")
    def b():
        return 1
    print(a())
    """)
  #expect(result.program?.globals.contains { $0.name == "b#function" } == true)
  #expect(result.program?.globals.contains { $0.name == "a#function" } == false)
}
