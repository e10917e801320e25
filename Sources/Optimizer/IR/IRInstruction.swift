/// A virtual register of an IR function: defined exactly once, typed by its defining instruction.
public struct Register: Hashable, Sendable, CustomStringConvertible {
  public let id: Int
  public init(_ id: Int) { self.id = id }
  public var description: String { "%\(id)" }
}

/// A basic block's name inside its function.
public struct BlockID: Hashable, Sendable, CustomStringConvertible {
  public let id: Int
  public init(_ id: Int) { self.id = id }
  public var description: String { "bb\(id)" }
}

/// Comparison predicates of `compare`; on floats they are IEEE ordered except `ne`.
public enum ComparePredicate: String, Sendable {
  case eq, ne, lt, le, gt, ge
}

/// Integer operations with Python's semantics. `add`, `sub`, `mul` are overflow-checked (an
/// overflow calls `pyrt_int_overflow`); `floorDiv` and `mod` round toward negative infinity
/// (the remainder takes the divisor's sign), raise ZeroDivisionError on a zero divisor, and
/// `floorDiv` overflows only for `INT64_MIN // -1`; the bitwise ones cannot overflow.
public enum IntOp: String, Sendable {
  case add, sub, mul, floorDiv, mod, and, or, xor

  /// Whether the operation can raise an exception (an overflow is not one: it stops the
  /// program without a traceback).
  public var mayRaise: Bool { self == .floorDiv || self == .mod }
}

/// Float operations, IEEE double as CPython computes them; `div` raises ZeroDivisionError
/// ("float division by zero") for a zero divisor (either sign), the others cannot raise.
public enum FloatOp: String, Sendable {
  case add, sub, mul, div

  /// Whether the operation can raise an exception.
  public var mayRaise: Bool { self == .div }
}

/// Value conversions; none of them can raise.
public enum Conversion: Hashable, Sendable {
  /// int -> float (correctly rounded, like CPython's `float(int)`).
  case intToFloat
  /// bool -> int (0 or 1).
  case boolToInt
  /// int -> bool (`!= 0`).
  case intToBool
  /// float -> bool (`!= 0.0`; NaN is true).
  case floatToBool
  /// Any value -> its 8-byte `pyrt_slot` representation (bool and None as int64).
  case toSlot
  /// A `pyrt_slot` -> a value of the instruction's type (objects stay borrowed).
  case fromSlot
  /// A `union[...]` -> the slot kind of the member it holds (an `int`, `RuntimeABI.SlotKind`).
  case unionKind
  /// A `union[...]` -> the `pyrt_slot` bits of the member it holds (read it with `fromSlot`
  /// as that member's type).
  case unionBits
}

/// One IR operation. The comment of each case is its contract: operands, result, effects.
/// Where a comprehension frame starts, relative to the frame that enters it.
public enum FrameEntry: Hashable, Sendable {
  /// Right above it (a list comprehension called, a generator resumed by `list(...)`).
  case direct
  /// One C level further: a generator expression resumed by a builtin whose call CPython 3.11
  /// always counts toward the recursion limit (`min`, `max`, `str.join`).
  case belowCCall
  /// One C level further until the code object `key` that makes the call has warmed up (8
  /// entries and backward jumps, `warmup`): CPython 3.11 then calls `sum`/`sorted` through a
  /// specialised instruction that does not count the C call.
  case belowCCallIfCold(String)
}

public enum Operation: Sendable {
  /// The `enterColdCall` key of a C call counted in every state.
  public static let alwaysCold = "always"

  /// The `enterColdCall` key of `levels` C levels that always count, plus one more while
  /// code object `key` is cold (`key` nil: none): `def.3.0+1`.
  public static func coldCallKey(_ key: String?, plus levels: Int) -> String {
    guard levels > 0 else { return key ?? alwaysCold }
    return "\(key ?? "")+\(levels)"
  }

  /// The code object and the levels that always count of an `enterColdCall` key (the
  /// inverse of `coldCallKey`; `always` is no code object and one level).
  public static func parseColdCallKey(_ key: String) -> (code: String?, levels: Int) {
    if key == alwaysCold { return (nil, 1) }
    guard let plus = key.lastIndex(of: "+"), let n = Int(key[key.index(after: plus)...]) else {
      return (key, 0)
    }
    let code = String(key[..<plus])
    return (code.isEmpty ? nil : code, n)
  }
  /// Result: the int constant.
  case constInt(Int64)
  /// Result: the float constant.
  case constFloat(Double)
  /// Result: the bool constant.
  case constBool(Bool)
  /// Result: None (represented as int64 0).
  case constNone
  /// Result: an immortal str for the literal; borrowed (never released).
  case constStr(String)
  /// Result: a pointer to a NUL-terminated C string constant (messages for the runtime).
  case constCString(String)
  /// Result: a C `int32_t` constant (slot kinds, flags for the runtime).
  case constI32(Int32)
  /// Result: a null pointer of the instruction's type (an omitted optional runtime argument).
  case constNull
  /// Result: the current value of local slot `name` (objects borrowed from the slot).
  case loadLocal(String)
  /// Stores an operand into local slot `name`; takes over the operand's reference. No result.
  case storeLocal(String, Register)
  /// Result: the current value of module global `name` (objects borrowed). Raises NameError
  /// when the global has not been assigned yet.
  case loadGlobal(String)
  /// Result: the current value of module global `name` without the NameError check (null or 0
  /// when unassigned); used to release the old value when the global is rebound.
  case peekGlobal(String)
  /// Stores into module global `name`, taking over the operand's reference. No result.
  case storeGlobal(String, Register)
  /// Result: the int operation on two ints; add/sub/mul stop the program on overflow.
  case intArith(IntOp, Register, Register)
  /// Result: the float operation on two floats.
  case floatArith(FloatOp, Register, Register)
  /// Result: -x for an int (overflow-checked) or a float.
  case negate(Register)
  /// Result: bool, the comparison of two ints, two floats or two bools.
  case compare(ComparePredicate, Register, Register)
  /// Result: bool, the negation of a bool.
  case not(Register)
  /// Result: the converted value (see `Conversion`).
  case convert(Conversion, Register)
  /// Result: `cond ? a : b` for a bool `cond` and two values of the result type.
  case select(Register, Register, Register)
  /// Result: the `union[...]` holding the member of slot kind `kind` (an int) whose bits are
  /// `bits` (a slot; see `Conversion.unionKind`, `.unionBits`).
  case makeUnion(Register, Register)
  /// Calls the compiled function named by its symbol; arguments borrowed, object result +1.
  case call(String, [Register])
  /// Calls compiled function `symbol` as this very frame (see `SplitAtRecursionLimit`): the
  /// callee gets this frame's depth, no recursion check is made, and the caller adds no
  /// traceback entry (the callee records the frame). Arguments borrowed, object result +1.
  case delegate(String, [Register])
  /// Calls compiled function `symbol` as a part of this frame (an outlined comprehension, see
  /// `PlanParallel`): the callee gets this frame's current depth (no recursion check, no new
  /// Python frame) and records no traceback entry of its own (`recordsFrame` false); an
  /// exception passing through records this frame's entries, as for any call. Arguments
  /// borrowed, object result +1.
  case callInline(String, [Register])
  /// Calls a runtime function (see `RuntimeFunction`) with its ABI conventions.
  case runtime(RuntimeFunction, [Register])
  /// +1 on an object reference.
  case retain(Register)
  /// -1 on an object reference (null ignored).
  case release(Register)
  /// Records the Python line the function is executing: the line its traceback entry shows if
  /// an exception passes before the next `line`. Costs nothing at run time (codegen keeps it
  /// for the landing pad only).
  case setLine(Int)
  /// Records the line executing in comprehension frame `index` (see `pushFrame`).
  case setFrameLine(Int, Int)
  /// Enters comprehension frame `index` (a `<listcomp>`/`<genexpr>` frame, as CPython 3.11 runs
  /// comprehensions as functions) with its name and first line: it counts toward the recursion
  /// limit (RecursionError at the enclosing line when over it) and appears in tracebacks, inside
  /// the function's frame, until `popFrame`. Frames nest in increasing index order. `entry`
  /// says how many C levels below the current frame it starts (a generator expression resumed
  /// by a builtin's C call).
  case pushFrame(Int, String, Int, FrameEntry)
  /// Counts one warm-up event of CPython code object `key` (an entry into it, or one of its
  /// loops' backward jumps), up to the 8 that make CPython 3.11 specialise its calls (see
  /// `FrameEntry.belowCCallIfCold`).
  case warmup(String)
  /// Leaves comprehension frame `index`.
  case popFrame(Int)
  /// Raises RecursionError with `message` at the current line when the innermost frame's
  /// depth plus `extra` exceeds CPython's recursion limit. With `extra` 1 and the plain message
  /// it is a call's own check, kept where a call was inlined (`InlineRecursiveBaseCase`); with
  /// more it is a check CPython makes in C code that many levels down (inside `print`). No
  /// result.
  case checkRecursion(Int, String)
  /// Enters the C call of a builtin that CPython 3.11 counts toward the recursion limit only
  /// while code object `key` is cold (fewer than 8 warm-up events, `warmup`): a generic call
  /// then checks "while calling a Python object" one level down, and everything inside the
  /// builtin (its own checks, the runtime's) runs one level deeper. Warm, CPython calls it
  /// through a specialised instruction and nothing changes. Until `leaveColdCall`; they do
  /// not nest within a frame. The key may add levels that always count
  /// (`Operation.coldCallKey`): `always` is one level in every state (a `METH_O` method whose
  /// comparisons are checked one level further down, such as `list.count`'s; `min`/`max`
  /// calling a key function), `def.3.0+1` one level plus one while `def.3.0` is cold
  /// (`sorted`, which calls its key from `list.sort`).
  case enterColdCall(String)
  /// Leaves the builtin's call (`enterColdCall`).
  case leaveColdCall
  /// The recursion check CPython 3.11 makes in a comparison its bytecode does not specialise
  /// (`PyObject_RichCompare`): raises RecursionError "maximum recursion depth exceeded in
  /// comparison" at the current line when the innermost frame's depth plus one exceeds the
  /// limit. With two int operands (or none) the check is skipped when both are small
  /// (|v| < 2**30, one CPython digit): its specialised int comparison then runs instead.
  case checkComparisonRecursion([Register])
  /// Result: bool, whether the innermost frame's depth plus `extra` exceeds the recursion
  /// limit (an inlined base case takes the real call there, see `InlineRecursiveBaseCase`).
  case exceedsRecursionLimit(Int)
  /// Result: a pointer to a stack array holding the operands (objects borrowed), valid until
  /// the next `argArray` of the function (codegen reuses one array); used for `pyrt_print`
  /// arguments, read only by the call it is built for.
  case argArray([Register])
  /// Offers spawn site `k` of the function (`IRFunction.spawns`) to other workers: its record
  /// holds the operands (the live-ins of the region, borrowed: this frame keeps them alive
  /// until the region) and the region's function; a thief may run the region from now on. The
  /// matching `joinBegin`/`joinEnd` come later in the same block (`PlanParallel`). No result.
  case spawn(Int, [Register])
  /// Starts the region of spawn site `k`: the instructions up to `joinEnd k` run here, as
  /// sequential code, when no thief took the record; when one did, they are skipped and
  /// `joinEnd` waits for it and replays its output and exception. No result.
  case joinBegin(Int)
  /// Ends the region of spawn site `k`: after it, the region's result register holds the
  /// thief's result (+1 for an object) when the region was stolen. No result.
  case joinEnd(Int, Register)
  /// Result: bool, whether this frame should spawn (`pyrt_spawn_allowed`: other workers exist
  /// and the frame is few levels below its task's root); the guard of a parallel version.
  case spawnAllowed
}

/// A place where a function may hand a call to another worker (`Operation.spawn`): the region
/// (the call and the evaluation of its arguments) outlined as a function of its live-ins.
public struct SpawnSite: Hashable, Sendable {
  /// The outlined region: parameters are the live-ins in order, result the region's result.
  public var region: String
  public var liveIns: [IRType]
  public var result: IRType
  /// Whether another rank may run the region: nothing it calls reads a module global (other
  /// ranks never run the module body, so their globals are unset).
  public var portable: Bool

  public init(region: String, liveIns: [IRType], result: IRType, portable: Bool = false) {
    self.region = region
    self.liveIns = liveIns
    self.result = result
    self.portable = portable
  }
}

/// One instruction: an operation, its result register (nil when it has none) and result type.
public struct Instruction: Sendable {
  public var dest: Register?
  public var type: IRType
  public var op: Operation

  public init(dest: Register?, type: IRType, op: Operation) {
    self.dest = dest
    self.type = type
    self.op = op
  }

  /// The registers this instruction reads.
  public var operands: [Register] {
    switch op {
    case .storeLocal(_, let r), .storeGlobal(_, let r), .negate(let r), .not(let r),
      .convert(_, let r), .retain(let r), .release(let r):
      return [r]
    case .intArith(_, let a, let b), .floatArith(_, let a, let b), .compare(_, let a, let b),
      .makeUnion(let a, let b):
      return [a, b]
    case .select(let c, let a, let b): return [c, a, b]
    case .call(_, let args), .delegate(_, let args), .callInline(_, let args), .runtime(_, let args),
      .argArray(let args),
      .checkComparisonRecursion(let args), .spawn(_, let args):
      return args
    case .joinEnd(_, let r): return [r]
    default: return []
    }
  }

  /// The instruction with every operand register passed through `rename` (the destination is
  /// left alone).
  public func renamingOperands(_ rename: (Register) -> Register) -> Instruction {
    var copy = self
    switch op {
    case .storeLocal(let n, let r): copy.op = .storeLocal(n, rename(r))
    case .storeGlobal(let n, let r): copy.op = .storeGlobal(n, rename(r))
    case .negate(let r): copy.op = .negate(rename(r))
    case .not(let r): copy.op = .not(rename(r))
    case .convert(let c, let r): copy.op = .convert(c, rename(r))
    case .retain(let r): copy.op = .retain(rename(r))
    case .release(let r): copy.op = .release(rename(r))
    case .intArith(let o, let a, let b): copy.op = .intArith(o, rename(a), rename(b))
    case .floatArith(let o, let a, let b): copy.op = .floatArith(o, rename(a), rename(b))
    case .compare(let p, let a, let b): copy.op = .compare(p, rename(a), rename(b))
    case .select(let c, let a, let b): copy.op = .select(rename(c), rename(a), rename(b))
    case .makeUnion(let k, let b): copy.op = .makeUnion(rename(k), rename(b))
    case .call(let s, let args): copy.op = .call(s, args.map(rename))
    case .delegate(let s, let args): copy.op = .delegate(s, args.map(rename))
    case .callInline(let s, let args): copy.op = .callInline(s, args.map(rename))
    case .runtime(let f, let args): copy.op = .runtime(f, args.map(rename))
    case .argArray(let args): copy.op = .argArray(args.map(rename))
    case .checkComparisonRecursion(let args): copy.op = .checkComparisonRecursion(args.map(rename))
    case .spawn(let k, let args): copy.op = .spawn(k, args.map(rename))
    case .joinEnd(let k, let r): copy.op = .joinEnd(k, rename(r))
    default: break
    }
    return copy
  }
}

/// How a block ends.
public enum Terminator: Sendable {
  /// Jumps to a block.
  case branch(BlockID)
  /// Jumps to the first block when the bool register is true, else to the second.
  case condBranch(Register, BlockID, BlockID)
  /// Returns from the function (with a +1 reference for object results).
  case ret(Register?)
  /// Marks a point after a runtime call that never returns.
  case unreachable

  /// The blocks control may go to next.
  public var successors: [BlockID] {
    switch self {
    case .branch(let b): return [b]
    case .condBranch(_, let t, let f): return [t, f]
    case .ret, .unreachable: return []
    }
  }
}

/// A straight-line sequence of instructions and its terminator.
public struct BasicBlock: Sendable {
  public var id: BlockID
  public var instructions: [Instruction]
  public var terminator: Terminator
  /// Where an exception raised by an instruction of the block goes: the dispatch of the `try`
  /// (or the cleanup of the handler, or the `finally`) covering it; nil: out of the function.
  /// Such a handler block is entered only that way, with the function's own frame innermost
  /// (codegen's catching landing pad records the frames, releases the references the block's
  /// region held and calls `pyrt_exc_catch`; `OwnershipVerifier` checks the edges).
  public var handler: BlockID?

  public init(id: BlockID, instructions: [Instruction] = [], terminator: Terminator = .unreachable,
              handler: BlockID? = nil) {
    self.id = id
    self.instructions = instructions
    self.terminator = terminator
    self.handler = handler
  }

  /// The blocks control may go to next, the handler included.
  public var successors: [BlockID] {
    guard let handler else { return terminator.successors }
    return terminator.successors + [handler]
  }
}

extension IRFunction {
  /// Whether some block of the function is covered by a handler (`try`).
  public var hasHandlers: Bool { blocks.contains { $0.handler != nil } }
}

/// One specialised function (or the module body) in the typed IR.
public struct IRFunction: Sendable {
  /// The symbol, e.g. `fib$int`; the module body is `pyforac_module_main`.
  public var symbol: String
  /// The Python name shown in tracebacks (`fib`, `<module>`).
  public var pythonName: String
  /// The line of the `def` (1 for the module body).
  public var line: Int
  /// Parameter names and types; parameters are borrowed and start in the local of that name.
  public var params: [(name: String, type: IRType)]
  public var returnType: IRType
  /// Named local slots (parameters included), each with one type.
  public var locals: [(name: String, type: IRType)]
  /// Parameter names that the body never rebinds: their slots borrow the caller's value.
  public var borrowedParams: Set<String>
  /// The blocks; the first one is the entry.
  public var blocks: [BasicBlock]
  /// The type of every register, indexed by register id.
  public var registerTypes: [IRType]
  /// The NameError message (with CPython's "Did you mean" hint) of each global this function
  /// reads, by global slot name.
  public var nameErrorMessages: [String: String] = [:]
  /// Set by `SplitAtRecursionLimit`: the body proper starts here, after a guard that hands
  /// frames near the recursion limit to `deepVersion` (nil: the entry block).
  public var bodyEntry: BlockID?
  /// What type inference knows of each union variable of the function (of the module body:
  /// its global union variables): the types of the values assigned to it, in order of
  /// discovery. The slot itself holds a boxed `object` (`x#object`); `object` among the
  /// members means a value already boxed (an item of a `list[object]`, another union).
  public var unions: [(slot: String, members: [IRType])] = []
  public var deepVersion: String?
  /// The loops lowered into the blocks, outermost first (`LoopRecord`).
  public var loops: [LoopRecord] = []
  /// The spawn sites of the function (`Operation.spawn`), by index.
  public var spawns: [SpawnSite] = []
  /// Made by `PlanParallel` (a parallel version or an outlined region): the recursion passes
  /// leave it alone.
  public var isParallel = false
  /// False for an outlined region: it runs as part of the spawning frame, which records the
  /// traceback entry when the thief's exception is re-raised at the join.
  public var recordsFrame = true

  public init(
    symbol: String, pythonName: String, line: Int, params: [(name: String, type: IRType)],
    returnType: IRType
  ) {
    self.symbol = symbol
    self.pythonName = pythonName
    self.line = line
    self.params = params
    self.returnType = returnType
    self.locals = []
    self.borrowedParams = []
    self.blocks = []
    self.registerTypes = []
  }

  /// The type of a local slot, nil when the function has no such slot.
  public func localType(_ name: String) -> IRType? {
    locals.first { $0.name == name }?.type
  }
}

/// The whole program in typed IR: the module body and every specialisation reachable from it.
public struct IRProgram: Sendable {
  /// Absolute path of the entry script (shown in tracebacks).
  public var sourcePath: String
  public var functions: [IRFunction]
  /// Module-level variables with their types.
  public var globals: [(name: String, type: IRType)]
  /// Inferred signatures, one line per specialisation (for `--explain-types`).
  public var signatures: [String]
  /// What `PlanParallel` decided for each call it considered, and the parallel versions it
  /// made (`pyforac --dump-parallel`).
  public var parallelPlan: [String] = []
  /// The program's exception classes (`class E(ValueError): pass`), class number
  /// `ExceptionKind.firstUserClass + i` for entry i: name and base class number.
  public var exceptionClasses: [(name: String, parent: Int32)] = []
  /// The program's other classes, by number (the runtime's class table, `pyforac_classes`).
  public var classes: [IRClass] = []

  public init(sourcePath: String, functions: [IRFunction] = [],
              globals: [(name: String, type: IRType)] = [], signatures: [String] = []) {
    self.sourcePath = sourcePath
    self.functions = functions
    self.globals = globals
    self.signatures = signatures
  }
}

/// A class of the program as the runtime's class table describes it (`pyrt_class`,
/// pyrt-core.h): its fields and the compiled methods the runtime calls (the symbol of the
/// method's specialisation for instances of exactly this class, nil when it has none).
public struct IRClass: Sendable {
  public var name: String
  public var base: Int32
  public var fields: [String]
  public var repr: String?
  public var str: String?
  public var eq: String?
  public var lt: String?
  public var hash: String?
  /// `pyrt_class.flags`: a sum of the constants below (`PYRT_CLASS_*` in pyrt-core.h).
  public var flags: Int32
  public static let unhashable: Int32 = 1, otherOrder: Int32 = 2, truth: Int32 = 4
  public static let dataclassRepr: Int32 = 8, dataclassEq: Int32 = 16, dataclassHash: Int32 = 32

  public init(name: String, base: Int32, fields: [String], repr: String? = nil,
              str: String? = nil, eq: String? = nil, lt: String? = nil, hash: String? = nil,
              flags: Int32 = 0) {
    self.name = name
    self.base = base
    self.fields = fields
    self.repr = repr
    self.str = str
    self.eq = eq
    self.lt = lt
    self.hash = hash
    self.flags = flags
  }
}
