/// What executing an operation may do besides computing its result, declared once per IR
/// operation (`Instruction.effects`) and per runtime function (`RuntimeFunction.effects`), and
/// summarised per function by `FunctionEffects`. Codegen calls a runtime function without
/// `mayRaise` as a plain call (no unwind edge); a pass may delete, duplicate or reorder an
/// operation only as its effects allow; the parallel planner needs calls that write no output
/// and no globals.
public struct Effects: OptionSet, Hashable, Sendable, CustomStringConvertible {
  public let rawValue: UInt16
  public init(rawValue: UInt16) { self.rawValue = rawValue }

  /// May raise a Python exception (RecursionError and MemoryError included).
  public static let mayRaise = Effects(rawValue: 1 << 0)
  /// May end the program at an implementation limit (`pyforac: ...`, exit status 3): int
  /// overflow past 64 bits, and the other limits of the README.
  public static let mayStop = Effects(rawValue: 1 << 1)
  /// Writes to the program's output (stdout, or stderr for warnings).
  public static let writesOutput = Effects(rawValue: 1 << 2)
  /// Allocates a new object (its result is a new reference).
  public static let allocates = Effects(rawValue: 1 << 3)
  /// Retains or releases references (and so may free objects).
  public static let refcounts = Effects(rawValue: 1 << 4)
  /// Reads module globals.
  public static let readsGlobals = Effects(rawValue: 1 << 5)
  /// Writes module globals.
  public static let writesGlobals = Effects(rawValue: 1 << 6)
  /// Never returns normally (raises or stops).
  public static let neverReturns = Effects(rawValue: 1 << 7)
  /// Counts a warm-up event of a CPython code object (`warmup`): invisible to the program
  /// except at the recursion limit, but never deleted or repeated.
  public static let warmsUp = Effects(rawValue: 1 << 8)

  /// Anything: a call whose callee is unknown.
  public static let all: Effects = [.mayRaise, .mayStop, .writesOutput, .allocates, .refcounts,
                                    .readsGlobals, .writesGlobals, .neverReturns, .warmsUp]

  static let names: [(Effects, String)] = [
    (.mayRaise, "raises"), (.mayStop, "stops"), (.writesOutput, "output"),
    (.allocates, "allocates"), (.refcounts, "refcounts"), (.readsGlobals, "reads-globals"),
    (.writesGlobals, "writes-globals"), (.neverReturns, "noreturn"), (.warmsUp, "warmup"),
  ]

  /// Whether the operation leaves no trace but its result: it can be deleted when the result
  /// is unused, and repeated or moved freely.
  public var isPure: Bool { isDisjoint(with: [.mayRaise, .mayStop, .writesOutput, .refcounts,
                                               .writesGlobals, .neverReturns, .warmsUp]) }

  public var description: String {
    let parts = Self.names.filter { contains($0.0) }.map(\.1)
    return parts.isEmpty ? "none" : parts.joined(separator: " ")
  }
}

extension Instruction {
  /// The effects of this instruction on its own; a `call` or `delegate` counts as calling an
  /// unknown function (`FunctionEffects` gives the callee's summary).
  public var effects: Effects {
    switch op {
    case .constInt, .constFloat, .constBool, .constNone, .constStr, .constCString, .constI32,
      .constNull, .loadLocal, .storeLocal, .compare, .not, .convert, .select, .makeUnion, .setLine,
      .setFrameLine, .popFrame, .exceedsRecursionLimit, .argArray, .spawnAllowed, .joinBegin:
      return []
    case .spawn: return .refcounts  // shares the live-ins' objects when it hands them over
    case .joinEnd: return [.mayRaise, .mayStop, .writesOutput]  // the thief's outcome
    case .loadGlobal: return [.readsGlobals, .mayRaise]  // NameError before assignment
    case .peekGlobal: return .readsGlobals
    case .storeGlobal: return .writesGlobals
    case .intArith(let op, _, _):
      return op.mayRaise ? [.mayRaise, .mayStop] : .mayStop  // overflow stops the program
    case .floatArith(let op, _, _): return op.mayRaise ? .mayRaise : []
    case .negate: return type == .int ? .mayStop : []
    case .call, .delegate, .callInline: return .all
    case .runtime(let fn, _): return fn.effects
    case .retain, .release: return .refcounts
    case .pushFrame, .checkRecursion, .checkComparisonRecursion: return .mayRaise
    case .warmup, .leaveColdCall: return .warmsUp
    case .enterColdCall: return [.mayRaise, .warmsUp]
    }
  }
}
