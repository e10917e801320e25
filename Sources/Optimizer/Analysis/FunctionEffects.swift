/// Interprocedural effect summaries: for each function of a program, the union of the effects
/// (`Effects`) of its instructions, a call contributing its callee's summary (plus `mayRaise`:
/// entering a frame makes the recursion check; and `refcounts` for an object result, a new
/// reference). Computed as the least fixed point over the call graph, so a recursive function
/// is as effectful as its body and no more. `pyforac --dump-analysis effects` prints it.
///
///     func pyfn.fib$int: raises stops
///       calls pyfn.fib$int
public struct FunctionEffects: Sendable {
  /// Each function's summary, by symbol.
  public private(set) var summaries: [String: Effects] = [:]
  /// Each function's callees (call and delegate targets), by symbol, in order of first call.
  public private(set) var callees: [String: [String]] = [:]

  public init(_ program: IRProgram) {
    // Each function's callees and own effects, in one pass; calls add their callees' summaries
    // in the fixed point below.
    var own: [String: Effects] = [:]
    for f in program.functions {
      var seen: Set<String> = []
      var list: [String] = []
      var e: Effects = []
      for b in f.blocks {
        for inst in b.instructions {
          switch inst.op {
          case .call(let s, _), .delegate(let s, _), .callInline(let s, _):
            if seen.insert(s).inserted { list.append(s) }
            e.insert(.mayRaise)
            if inst.type.isObject { e.insert(.refcounts) }
          default: e.formUnion(inst.effects)
          }
        }
      }
      callees[f.symbol] = list
      summaries[f.symbol] = []
      own[f.symbol] = e
    }
    var changed = true
    while changed {
      changed = false
      for f in program.functions {
        var e = own[f.symbol] ?? []
        for c in callees[f.symbol] ?? [] {
          // A callee the program does not define is unknown: anything.
          e.formUnion(summaries[c] ?? .all)
        }
        // A function that returns normally somewhere does return, whatever its callees do.
        if !f.blocks.contains(where: { if case .ret = $0.terminator { true } else { false } }) {
          e.insert(.neverReturns)
        } else {
          e.remove(.neverReturns)
        }
        if e != summaries[f.symbol] {
          summaries[f.symbol] = e
          changed = true
        }
      }
    }
  }

  /// The dump: one line per function (in program order) with its summary, then its callees.
  public func dump(_ program: IRProgram) -> String {
    var out = ""
    for f in program.functions {
      out += "func \(f.symbol): \(summaries[f.symbol] ?? [])\n"
      let cs = callees[f.symbol] ?? []
      if !cs.isEmpty { out += "  calls \(cs.joined(separator: ", "))\n" }
    }
    return out
  }
}
