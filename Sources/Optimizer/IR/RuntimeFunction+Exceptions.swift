/// The runtime's try/except entry points (pyrt-core.h, "try/except").
extension RuntimeFunction {
  private static let o = IRType.rawPointer

  /// Whether the caught exception is an instance of the class (an i32 class number).
  public static let excCaughtMatches = RuntimeFunction(
    "pyrt_exc_caught_matches", [.i32], .int, mayRaise: false)
  /// The caught exception becomes the one being handled.
  public static let excEnter = RuntimeFunction("pyrt_exc_enter", [], nil, mayRaise: false,
                                               also: .mayStop)
  /// A new reference to the exception being handled (`except E as e`).
  public static let excHandledValue = RuntimeFunction(
    "pyrt_exc_handled_value", [], o, mayRaise: false)
  /// Ends the innermost handler.
  public static let excLeave = RuntimeFunction("pyrt_exc_leave", [], nil, mayRaise: false,
                                               also: .refcounts)
  /// Raises the caught exception again (no clause matched; a handler's cleanup).
  public static let excReraiseCaught = RuntimeFunction(
    "pyrt_exc_reraise_caught", [], nil, noReturn: true)
  /// A bare `raise`.
  public static let excReraise = RuntimeFunction("pyrt_exc_reraise", [], nil, noReturn: true)
  /// The end of a `finally` body run for an exception: re-raises it.
  public static let excLeaveReraise = RuntimeFunction(
    "pyrt_exc_leave_reraise", [], nil, noReturn: true)
  /// `raise E(args)` (class, args tuple consumed or null, cause or null, from-None flag).
  public static let raiseArgs = RuntimeFunction(
    "pyrt_raise_args", [.i32, o, o, .i32], nil, noReturn: true, consumes: [1])
  /// `raise e` of an exception value (cause or null, from-None flag).
  public static let raiseValue = RuntimeFunction(
    "pyrt_raise_value", [o, o, .i32], nil, noReturn: true)
  /// A new exception value `E(args)` (args consumed or null), not raised.
  public static let excNew = RuntimeFunction("pyrt_exc_new", [.i32, o], o, consumes: [1])
  /// `e.args`, `type(e).__name__` of an exception value.
  public static let excArgs = RuntimeFunction("pyrt_exc_args", [o], o)
  public static let excTypeName = RuntimeFunction("pyrt_exc_type_name", [o], o)
  /// `isinstance(e, E)`: whether exception value `e` is of class `E` (an i32) or a subclass.
  public static let excValueIs = RuntimeFunction("pyrt_exc_value_is", [o, .i32], .int,
                                                 mayRaise: false)

  /// The items a `for` over a boxed value of any type goes through by index: a list or tuple
  /// itself, a str's characters, a dict's keys, a set's elements (TypeError "'int' object is
  /// not iterable" for the others); a new reference.
  public static let iterableItems = RuntimeFunction("pyrt_iterable_items", [o], o)

  static let exceptions: [RuntimeFunction] = [
    iterableItems,
    excCaughtMatches, excEnter, excHandledValue, excLeave, excReraiseCaught, excReraise,
    excLeaveReraise, raiseArgs, raiseValue, excNew, excArgs, excTypeName, excValueIs,
  ]
}
