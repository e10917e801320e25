/// What type inference decided, per specialisation, as `--dump-analysis types` prints it:
/// each function's parameter and return types, then each Python variable with the types it
/// holds. Flow-sensitive typing gives a variable one slot per type family (`x#int`, `x#str`),
/// so a variable rebound to another type lists both; a variable whose types meet at a join is
/// one boxed `object` slot, shown with the types inference saw assigned to it
/// (`object[int | None]`).
///
///     module: n: int; names: list[str]; best: object[None | int]
///     func pyfn.fib$int fib(n: int) -> int
///       n: int
public enum TypeDump {
  public static func dump(_ program: IRProgram) -> String {
    let module = program.functions.first { $0.symbol == "pyforac_module_main" }
    var out = "module: " + variables(program.globals, unions: module?.unions ?? [])
      .map { "\($0): \($1)" }.joined(separator: "; ") + "\n"
    for f in program.functions where f.symbol != "pyforac_module_main" {
      let params = f.params.map { "\(variableName($0.name)): \($0.type)" }
      out += "func \(f.symbol) \(f.pythonName)(\(params.joined(separator: ", "))) -> "
        + "\(f.returnType)\n"
      for (name, types) in variables(f.locals, unions: f.unions) {
        out += "  \(name): \(types)\n"
      }
    }
    return out
  }

  /// The variable a slot belongs to (`x#int` -> `x`).
  static func variableName(_ slot: String) -> String {
    slot.firstIndex(of: "#").map { String(slot[..<$0]) } ?? slot
  }

  /// Python variables (hidden slots left out: `$...`, flags, defaults) with their types joined
  /// by ` | `, in order of first appearance; a union's slot with what it holds.
  static func variables(_ slots: [(name: String, type: IRType)],
                        unions: [(slot: String, members: [IRType])]) -> [(String, String)] {
    let members = Dictionary(unions.map { ($0.slot, $0.members) }, uniquingKeysWith: { a, _ in a })
    var order: [String] = []
    var types: [String: [String]] = [:]
    for (slot, type) in slots {
      let name = variableName(slot)
      guard !name.hasPrefix("$"), !name.contains("."), !slot.hasSuffix("#set") else { continue }
      if types[name] == nil { order.append(name) }
      var text = type.description
      if let m = members[slot] { text += "[" + m.map(\.description).joined(separator: " | ") + "]" }
      if !(types[name] ?? []).contains(text) { types[name, default: []].append(text) }
    }
    return order.map { ($0, types[$0]!.joined(separator: " | ")) }
  }
}
