/// The numbers the runtime's headers define (Sources/MPIRuntime/include) that compiled code
/// passes to it. Each case names its C constant in a trailing comment: the test stage
/// `conformance/tools/check-runtime-abi` checks every value (and every `RuntimeFunction`
/// declaration) against the headers, so a renumbering on either side fails the tests.
public enum RuntimeABI {
  /// `pyrt_slot_kind`: how a list or tuple item (a `pyrt_slot`) is stored.
  public enum SlotKind: Int32 {
    case noValue = 0  // PYRT_SLOT_NONE
    case bool = 1  // PYRT_SLOT_BOOL
    case int = 2  // PYRT_SLOT_INT
    case float = 3  // PYRT_SLOT_FLOAT
    case object = 4  // PYRT_SLOT_OBJ
  }

  /// The operator codes of `pyrt_obj_binop`.
  public enum BinaryOp: Int32 {
    case add = 0  // PYRT_OP_ADD
    case sub = 1  // PYRT_OP_SUB
    case mul = 2  // PYRT_OP_MUL
    case trueDiv = 3  // PYRT_OP_TRUEDIV
    case floorDiv = 4  // PYRT_OP_FLOORDIV
    case mod = 5  // PYRT_OP_MOD
    case pow = 6  // PYRT_OP_POW
    /// Or'ed into an operator code for an augmented assignment (its TypeError names `+=`).
    case inPlace = 16  // PYRT_OP_INPLACE
  }
}

/// The built-in exceptions a program may raise (`pyrt_exc` in pyrt-core.h).
enum ExceptionKind: Int32 {
  case zeroDivision = 1  // PYRT_EXC_ZERO_DIVISION
  case index = 2  // PYRT_EXC_INDEX
  case value = 3  // PYRT_EXC_VALUE
  case type = 4  // PYRT_EXC_TYPE
  case overflow = 5  // PYRT_EXC_OVERFLOW
  case key = 6  // PYRT_EXC_KEY
  case assertion = 7  // PYRT_EXC_ASSERTION
  case recursion = 8  // PYRT_EXC_RECURSION
  case name = 9  // PYRT_EXC_NAME
  case unboundLocal = 10  // PYRT_EXC_UNBOUND_LOCAL
  case attribute = 11  // PYRT_EXC_ATTRIBUTE
  case runtime = 12  // PYRT_EXC_RUNTIME
  case notImplemented = 13  // PYRT_EXC_NOT_IMPLEMENTED
  case memory = 14  // PYRT_EXC_MEMORY
  case systemExit = 20  // PYRT_EXC_SYSTEM_EXIT
  case systemExitMessage = 21  // PYRT_EXC_SYSTEM_EXIT_MESSAGE

  init?(pythonName: String) {
    let names: [String: ExceptionKind] = [
      "ZeroDivisionError": .zeroDivision, "IndexError": .index, "ValueError": .value,
      "TypeError": .type, "OverflowError": .overflow,
      "AssertionError": .assertion, "RecursionError": .recursion, "NameError": .name,
      "AttributeError": .attribute, "RuntimeError": .runtime,
      "NotImplementedError": .notImplemented,
    ]
    guard let k = names[pythonName] else { return nil }
    self = k
  }
}
