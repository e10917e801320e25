/// A function of the C runtime (Sources/MPIRuntime/include) as the IR calls it: its symbol,
/// parameter types and result type at the ABI (`int` = int64_t, `float` = double, `bool` never
/// appears: the runtime takes and returns int64 0/1; `rawPointer` = any `pyrt_object *` or C
/// pointer; `slot` = `pyrt_slot`; `i32` = int32_t). A nil result is `void`.
/// Ownership follows the runtime headers and is checked by `OwnershipVerifier`: object
/// results are new references unless `borrowsResultFrom` names the argument that owns them,
/// and arguments are borrowed except those in `consumes` (for a `slot` argument, only when it
/// holds an object).
public struct RuntimeFunction: Hashable, Sendable {
  public let name: String
  public let params: [IRType]
  public let result: IRType?
  public let noReturn: Bool
  /// Indices of the arguments whose reference the function takes over.
  public let consumes: Set<Int>
  /// The argument that owns the borrowed result (a list or tuple whose element is returned),
  /// nil when the result is a new reference (or not an object).
  public let borrowsResultFrom: Int?
  /// What calling it may do (`Effects`): raising (MemoryError included: anything that
  /// allocates can raise), stopping at an implementation limit, output, allocation, refcounts.
  /// Derived from the declaration: `mayRaise` and `noReturn` as given, `allocates` and
  /// `refcounts` for a new object result, `refcounts` for consumed arguments, plus `also`.
  public let effects: Effects

  /// Whether the function can raise a Python exception. Codegen calls one that cannot as a
  /// plain call, with no unwind edge and without publishing the Python depth first (it runs no
  /// recursion guard).
  public var mayRaise: Bool { effects.contains(.mayRaise) }

  public init(_ name: String, _ params: [IRType], _ result: IRType?, noReturn: Bool = false,
              mayRaise: Bool = true, consumes: Set<Int> = [], borrowsResultFrom: Int? = nil,
              also: Effects = []) {
    self.name = name
    self.params = params
    self.result = result
    self.noReturn = noReturn
    self.consumes = consumes
    self.borrowsResultFrom = borrowsResultFrom
    var effects = also
    if mayRaise { effects.insert(.mayRaise) }
    if noReturn { effects.insert(.neverReturns) }
    if result == .rawPointer && borrowsResultFrom == nil { effects.formUnion([.allocates, .refcounts]) }
    if !consumes.isEmpty { effects.insert(.refcounts) }
    self.effects = effects
  }
}

extension RuntimeFunction {
  private static let o = IRType.rawPointer
  private static let bounds: [IRType] = [.int, .int, .int, .i32, .i32, .i32]

  /// pyrt-tasks.h: marks an object (and all it reaches) as shared between tasks.
  public static let share = RuntimeFunction("pyrt_share", [o], nil, mayRaise: false,
                                            also: .refcounts)
  public static let raise = RuntimeFunction("pyrt_raise", [.i32, o], nil, noReturn: true)
  public static let raiseStr = RuntimeFunction("pyrt_raise_str", [.i32, o], nil, noReturn: true)
  public static let intPow = RuntimeFunction("pyrt_int_pow", [.int, .int], .int)
  public static let intPowNonNeg = RuntimeFunction("pyrt_int_pow_nonneg", [.int, .int], .int)
  public static let unpackError = RuntimeFunction("pyrt_unpack_error", [.int, .int], nil,
                                                  noReturn: true)
  /// The C library's `fabs` (cannot fail; declared as raising, like the others it replaced).
  public static let fabs = RuntimeFunction("fabs", [.float], .float)
  public static let intTrueDiv = RuntimeFunction("pyrt_int_truediv", [.int, .int], .float)
  public static let intLShift = RuntimeFunction("pyrt_int_lshift", [.int, .int], .int)
  public static let intRShift = RuntimeFunction("pyrt_int_rshift", [.int, .int], .int)
  public static let floatFloorDiv = RuntimeFunction("pyrt_float_floordiv", [.float, .float], .float)
  public static let floatMod = RuntimeFunction("pyrt_float_mod", [.float, .float], .float)
  public static let floatPow = RuntimeFunction("pyrt_float_pow", [.float, .float], .float)
  public static let floatToInt = RuntimeFunction("pyrt_float_to_int", [.float], .int)
  public static let floatRound = RuntimeFunction("pyrt_float_round", [.float], .int)
  public static let floatRoundDigits = RuntimeFunction(
    "pyrt_float_round_ndigits", [.float, .int], .float)
  public static let floatFloor = RuntimeFunction("pyrt_float_floor", [.float], .int)
  public static let floatCeil = RuntimeFunction("pyrt_float_ceil", [.float], .int)
  public static let mathSqrt = RuntimeFunction("pyrt_math_sqrt", [.float], .float)
  public static let mathLog = RuntimeFunction("pyrt_math_log", [.float], .float)
  public static let mathExp = RuntimeFunction("pyrt_math_exp", [.float], .float)
  public static let mathSin = RuntimeFunction("pyrt_math_sin", [.float], .float)
  public static let mathCos = RuntimeFunction("pyrt_math_cos", [.float], .float)
  public static let intFloatCompare = RuntimeFunction(
    "pyrt_int_float_compare", [.int, .float], .int)

  public static let strLen = RuntimeFunction("pyrt_str_len", [o], .int, mayRaise: false)
  public static let strConcat = RuntimeFunction("pyrt_str_concat", [o, o], o)
  public static let strConcatConsume = RuntimeFunction(
    "pyrt_str_concat_consume", [o, o], o, consumes: [0])
  public static let strRepeat = RuntimeFunction("pyrt_str_repeat", [o, .int], o)
  public static let strGetItem = RuntimeFunction("pyrt_str_getitem", [o, .int], o)
  public static let strSlice = RuntimeFunction("pyrt_str_slice", [o] + bounds, o)
  public static let strEq = RuntimeFunction("pyrt_str_eq", [o, o], .int)
  public static let strCompare = RuntimeFunction("pyrt_str_compare", [o, o], .int)
  public static let strContains = RuntimeFunction("pyrt_str_contains", [o, o], .int)
  public static let strJoin = RuntimeFunction("pyrt_str_join", [o, o], o)
  public static let strRepr = RuntimeFunction("pyrt_str_repr", [o], o)
  public static let strFromInt = RuntimeFunction("pyrt_str_from_int", [.int], o)
  public static let strFromFloat = RuntimeFunction("pyrt_str_from_float", [.float], o)
  public static let strFromBool = RuntimeFunction("pyrt_str_from_bool", [.int], o)
  public static let strNone = RuntimeFunction("pyrt_str_none", [], o)
  public static let objectStr = RuntimeFunction("pyrt_object_str", [o], o)
  public static let objectRepr = RuntimeFunction("pyrt_object_repr", [o], o)
  public static let intFromStr = RuntimeFunction("pyrt_int_from_str", [o], .int)
  public static let floatFromStr = RuntimeFunction("pyrt_float_from_str", [o], .float)
  public static let formatFloat = RuntimeFunction("pyrt_format_float", [.float, o], o)
  public static let formatInt = RuntimeFunction("pyrt_format_int", [.int, o], o)
  public static let formatBool = RuntimeFunction("pyrt_format_bool", [.int, o], o)
  public static let formatStr = RuntimeFunction("pyrt_format_str", [o, o], o)

  public static let slotEq = RuntimeFunction("pyrt_slot_eq", [.slot, .i32, .slot, .i32], .int)
  public static let slotRichCompare = RuntimeFunction(
    "pyrt_slot_richcompare", [.slot, .i32, .slot, .i32, o], .int)
  public static let slotCompare = RuntimeFunction(
    "pyrt_slot_compare", [.slot, .i32, .slot, .i32, o], .int)

  public static let listNew = RuntimeFunction("pyrt_list_new", [.int, .i32], o)
  public static let listSetInit = RuntimeFunction(
    "pyrt_list_set_init", [o, .int, .slot], nil, mayRaise: false, consumes: [2])
  public static let listLen = RuntimeFunction("pyrt_list_len", [o], .int, mayRaise: false)
  public static let listGetItem = RuntimeFunction(
    "pyrt_list_getitem", [o, .int], .slot, borrowsResultFrom: 0)
  public static let listSlice = RuntimeFunction("pyrt_list_slice", [o] + bounds, o)
  public static let listConcat = RuntimeFunction("pyrt_list_concat", [o, o], o)
  public static let listAppendConsume = RuntimeFunction(
    "pyrt_list_append_consume", [o, .slot], o, consumes: [0, 1])
  public static let listConcatConsume = RuntimeFunction(
    "pyrt_list_concat_consume", [o, o], o, consumes: [0])
  public static let listRepeat = RuntimeFunction("pyrt_list_repeat", [o, .int], o)
  public static let listContains = RuntimeFunction(
    "pyrt_list_contains", [o, .slot, .i32], .int)
  public static let listEq = RuntimeFunction("pyrt_list_eq", [o, o], .int)
  public static let listCompare = RuntimeFunction("pyrt_list_compare", [o, o, o], .int)
  public static let listSorted = RuntimeFunction("pyrt_list_sorted", [o, .i32], o)
  public static let listMin = RuntimeFunction("pyrt_list_min", [o], .slot, borrowsResultFrom: 0)
  public static let listMax = RuntimeFunction("pyrt_list_max", [o], .slot, borrowsResultFrom: 0)

  public static let tupleNew = RuntimeFunction("pyrt_tuple_new", [.int], o)
  public static let tupleSetInit = RuntimeFunction(
    "pyrt_tuple_set_init", [o, .int, .slot, .i32], nil, mayRaise: false, consumes: [2])
  public static let tupleGetItem = RuntimeFunction(
    "pyrt_tuple_getitem", [o, .int], .slot, borrowsResultFrom: 0)
  public static let tupleLen = RuntimeFunction("pyrt_tuple_len", [o], .int, mayRaise: false)
  public static let tupleContains = RuntimeFunction(
    "pyrt_tuple_contains", [o, .slot, .i32], .int)
  public static let tupleConcat = RuntimeFunction("pyrt_tuple_concat", [o, o], o)
  public static let tupleSlice = RuntimeFunction("pyrt_tuple_slice", [o] + bounds, o)
  public static let tupleEq = RuntimeFunction("pyrt_tuple_eq", [o, o], .int)
  public static let tupleCompare = RuntimeFunction("pyrt_tuple_compare", [o, o, o], .int)

  public static let boxInt = RuntimeFunction("pyrt_box_int", [.int], o)
  public static let boxFloat = RuntimeFunction("pyrt_box_float", [.float], o)
  public static let boxBool = RuntimeFunction("pyrt_box_bool", [.int], o, mayRaise: false)
  public static let boxNone = RuntimeFunction("pyrt_box_none", [], o, mayRaise: false)
  public static let boxUnion = RuntimeFunction("pyrt_box_union", [.int, .slot], o)
  public static let unboxInt = RuntimeFunction("pyrt_unbox_int", [o], .int)
  public static let unboxFloat = RuntimeFunction("pyrt_unbox_float", [o], .float)
  public static let objBinop = RuntimeFunction("pyrt_obj_binop", [.i32, o, o], o)
  public static let objNeg = RuntimeFunction("pyrt_obj_neg", [o], o)
  public static let objAbs = RuntimeFunction("pyrt_obj_abs", [o], o)
  public static let objTruth = RuntimeFunction("pyrt_obj_truth", [o], .int)
  public static let objIsNone = RuntimeFunction("pyrt_obj_is_none", [o], .int)

  public static let objGetItem = RuntimeFunction("pyrt_obj_getitem", [o, .int], o)
  public static let listBoxElements = RuntimeFunction(
    "pyrt_list_box_elements", [o, .int], o)
  public static let objAsIndex = RuntimeFunction("pyrt_obj_as_index", [o], .int)
  public static let objAsFloat = RuntimeFunction("pyrt_obj_as_float", [o], .float)
  public static let objToFloat = RuntimeFunction("pyrt_obj_to_float", [o], .float)
  public static let objToInt = RuntimeFunction("pyrt_obj_to_int", [o], .int)
  public static let objLen = RuntimeFunction("pyrt_obj_len", [o], .int)

  public static let print = RuntimeFunction("pyrt_print", [o, .int, o, o], nil,
                                            also: .writesOutput)
  public static let syntaxWarning = RuntimeFunction(
    "pyrt_syntax_warning", [o, .int, o], nil, also: .writesOutput)
  /// sys.argv (a new reference to one shared list; a non-UTF-8 argument stops the program).
  public static let sysArgv = RuntimeFunction("pyrt_sys_argv", [], o, mayRaise: false,
                                               also: .mayStop)
  public static let fatal = RuntimeFunction("pyrt_fatal_unsupported", [o], nil, noReturn: true,
                                            also: [.mayStop, .writesOutput])

  /// Every runtime function the IR calls, for the IR reader (`IRReader`) to find them by name;
  /// `conformance/tools/check-runtime-abi` checks that none is missing.
  public static let all: [RuntimeFunction] = [
    raise, raiseStr, intPow, intPowNonNeg, unpackError, fabs, intTrueDiv, intLShift, intRShift,
    floatFloorDiv, floatMod, floatPow, floatToInt, floatRound, floatRoundDigits, floatFloor,
    floatCeil, mathSqrt, mathLog, mathExp, mathSin, mathCos, intFloatCompare, strLen, strConcat,
    strConcatConsume, strRepeat, strGetItem, strSlice, strEq, strCompare, strContains, strJoin,
    strRepr, strFromInt, strFromFloat, strFromBool, strNone, objectStr, objectRepr, intFromStr,
    floatFromStr, formatFloat, formatInt, formatBool, formatStr, slotEq, slotRichCompare,
    slotCompare, listNew, listSetInit, listLen, listGetItem, listSlice, listConcat,
    listAppendConsume, listConcatConsume, listRepeat, listContains, listEq, listCompare,
    listSorted, listMin, listMax, tupleNew, tupleSetInit, tupleGetItem, tupleLen, tupleContains,
    tupleConcat, tupleSlice, tupleEq, tupleCompare, boxInt, boxFloat, boxBool, boxNone, boxUnion,
    unboxInt, unboxFloat, objBinop, objNeg, objAbs, objTruth, objIsNone, objGetItem,
    listBoxElements, objAsIndex, objAsFloat, objToFloat, objToInt, objLen, print, syntaxWarning, fatal,
    share, sysArgv,
  ] + methods + dicts + sets + moreMath + exceptions + classes

  /// `all` by symbol.
  public static let byName: [String: RuntimeFunction] = Dictionary(
    all.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
}
