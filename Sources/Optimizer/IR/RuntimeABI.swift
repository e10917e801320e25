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
enum ExceptionKind: Int32, CaseIterable {
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
  case os = 15  // PYRT_EXC_OS
  case brokenPipe = 16
  case connectionReset = 17
  case connectionAborted = 18
  case permission = 19
  case systemExit = 20  // PYRT_EXC_SYSTEM_EXIT
  case systemExitMessage = 21  // PYRT_EXC_SYSTEM_EXIT_MESSAGE
  case base = 22  // PYRT_EXC_BASE
  case exception = 23
  case arithmetic = 24
  case lookup = 25
  case connection = 26
  case stopIteration = 27
  case fileNotFound = 28
  case eof = 29
  case unicode = 30
  case keyboardInterrupt = 31
  case floatingPoint = 32
  case timeout = 33
  case fileExists = 34
  case isADirectory = 35
  case notADirectory = 36
  case interrupted = 37
  case connectionRefused = 38
  case processLookup = 39
  case childProcess = 40
  case blockingIo = 41
  case `import` = 42
  case moduleNotFound = 43
  case generatorExit = 44
  case stopAsyncIteration = 45
  case buffer = 46
  case warning = 47
  case userWarning = 48
  case deprecationWarning = 49
  case runtimeWarning = 50

  /// The class number of the program's first own exception class (PYRT_EXC_USER).
  static let firstUserClass: Int32 = 64

  /// CPython's name of each class (SystemExit's two numbers share one).
  var pythonName: String {
    switch self {
    case .zeroDivision: return "ZeroDivisionError"
    case .index: return "IndexError"
    case .value: return "ValueError"
    case .type: return "TypeError"
    case .overflow: return "OverflowError"
    case .key: return "KeyError"
    case .assertion: return "AssertionError"
    case .recursion: return "RecursionError"
    case .name: return "NameError"
    case .unboundLocal: return "UnboundLocalError"
    case .attribute: return "AttributeError"
    case .runtime: return "RuntimeError"
    case .notImplemented: return "NotImplementedError"
    case .memory: return "MemoryError"
    case .os: return "OSError"
    case .brokenPipe: return "BrokenPipeError"
    case .connectionReset: return "ConnectionResetError"
    case .connectionAborted: return "ConnectionAbortedError"
    case .permission: return "PermissionError"
    case .systemExit, .systemExitMessage: return "SystemExit"
    case .base: return "BaseException"
    case .exception: return "Exception"
    case .arithmetic: return "ArithmeticError"
    case .lookup: return "LookupError"
    case .connection: return "ConnectionError"
    case .stopIteration: return "StopIteration"
    case .fileNotFound: return "FileNotFoundError"
    case .eof: return "EOFError"
    case .unicode: return "UnicodeError"
    case .keyboardInterrupt: return "KeyboardInterrupt"
    case .floatingPoint: return "FloatingPointError"
    case .timeout: return "TimeoutError"
    case .fileExists: return "FileExistsError"
    case .isADirectory: return "IsADirectoryError"
    case .notADirectory: return "NotADirectoryError"
    case .interrupted: return "InterruptedError"
    case .connectionRefused: return "ConnectionRefusedError"
    case .processLookup: return "ProcessLookupError"
    case .childProcess: return "ChildProcessError"
    case .blockingIo: return "BlockingIOError"
    case .import: return "ImportError"
    case .moduleNotFound: return "ModuleNotFoundError"
    case .generatorExit: return "GeneratorExit"
    case .stopAsyncIteration: return "StopAsyncIteration"
    case .buffer: return "BufferError"
    case .warning: return "Warning"
    case .userWarning: return "UserWarning"
    case .deprecationWarning: return "DeprecationWarning"
    case .runtimeWarning: return "RuntimeWarning"
    }
  }

  private static let byName: [String: ExceptionKind] = Dictionary(
    allCases.filter { $0 != .systemExitMessage }.map { ($0.pythonName, $0) },
    uniquingKeysWith: { a, _ in a })

  /// The builtin exception class named `pythonName` (`IOError` and `EnvironmentError` are
  /// CPython's aliases of OSError).
  init?(pythonName: String) {
    if pythonName == "IOError" || pythonName == "EnvironmentError" {
      self = .os
      return
    }
    guard let k = Self.byName[pythonName] else { return nil }
    self = k
  }
}
