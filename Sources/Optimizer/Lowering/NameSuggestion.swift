/// CPython 3.11's "Did you mean" hint for NameError (Python/suggestions.c), computed at compile
/// time: the candidate names of the three tiers CPython searches (the function's local
/// variable names, the module's globals, the builtins) are known statically.
/// Called by `FunctionLowering` for every global read that may raise NameError.
enum NameSuggestion {
  static let moveCost = 2
  static let caseCost = 1
  static let maxStringSize = 40

  /// The keys of a script's globals dict before any user binding, in CPython's order.
  static let scriptGlobals = ["__name__", "__doc__", "__package__", "__loader__", "__spec__",
                              "__annotations__", "__builtins__", "__file__", "__cached__"]

  /// The keys of CPython 3.11's builtins dict (with site's additions), in its order.
  static let builtins: [String] = [
    "__name__", "__doc__", "__package__", "__loader__", "__spec__", "__build_class__",
    "__import__", "abs", "all", "any", "ascii", "bin", "breakpoint", "callable", "chr", "compile",
    "delattr", "dir", "divmod", "eval", "exec", "format", "getattr", "globals", "hasattr", "hash",
    "hex", "id", "input", "isinstance", "issubclass", "iter", "aiter", "len", "locals", "max",
    "min", "next", "anext", "oct", "ord", "pow", "print", "repr", "round", "setattr", "sorted",
    "sum", "vars", "None", "Ellipsis", "NotImplemented", "False", "True", "bool", "memoryview",
    "bytearray", "bytes", "classmethod", "complex", "dict", "enumerate", "filter", "float",
    "frozenset", "property", "int", "list", "map", "object", "range", "reversed", "set", "slice",
    "staticmethod", "str", "super", "tuple", "type", "zip", "__debug__", "BaseException",
    "BaseExceptionGroup", "Exception", "GeneratorExit", "KeyboardInterrupt", "SystemExit",
    "ArithmeticError", "AssertionError", "AttributeError", "BufferError", "EOFError",
    "ImportError", "LookupError", "MemoryError", "NameError", "OSError", "ReferenceError",
    "RuntimeError", "StopAsyncIteration", "StopIteration", "SyntaxError", "SystemError",
    "TypeError", "ValueError", "Warning", "FloatingPointError", "OverflowError",
    "ZeroDivisionError", "BytesWarning", "DeprecationWarning", "EncodingWarning", "FutureWarning",
    "ImportWarning", "PendingDeprecationWarning", "ResourceWarning", "RuntimeWarning",
    "SyntaxWarning", "UnicodeWarning", "UserWarning", "BlockingIOError", "ChildProcessError",
    "ConnectionError", "FileExistsError", "FileNotFoundError", "InterruptedError",
    "IsADirectoryError", "NotADirectoryError", "PermissionError", "ProcessLookupError",
    "TimeoutError", "IndentationError", "IndexError", "KeyError", "ModuleNotFoundError",
    "NotImplementedError", "RecursionError", "UnboundLocalError", "UnicodeError",
    "BrokenPipeError", "ConnectionAbortedError", "ConnectionRefusedError", "ConnectionResetError",
    "TabError", "UnicodeDecodeError", "UnicodeEncodeError", "UnicodeTranslateError",
    "ExceptionGroup", "EnvironmentError", "IOError", "open", "quit", "exit", "copyright",
    "credits", "license", "help",
  ]

  /// The full NameError message for `name`, with the hint when a candidate is close enough.
  static func nameErrorMessage(_ name: String, locals: [String], globals: [String]) -> String {
    let base = "name '\(name)' is not defined"
    // CPython gives no hint from a tier of 750 names or more. (The tiers are built only when
    // they are searched: a module with thousands of globals reads each one cheaply.)
    let tiers: [() -> [String]?] = [
      { locals.count < 750 ? locals : nil },
      { scriptGlobals.count + globals.count < 750 ? scriptGlobals + globals : nil },
      { builtins },
    ]
    for tier in tiers {
      guard let candidates = tier() else { continue }
      if let s = suggestion(for: name, among: candidates) {
        return base + ". Did you mean: '\(s)'?"
      }
    }
    return base
  }

  /// The closest candidate within a third of the characters involved, first one on ties.
  static func suggestion(for name: String, among candidates: [String]) -> String? {
    let n = Array(name.utf8)
    var best: String?
    var bestDistance = Int.max
    for item in candidates where item != name {
      let c = Array(item.utf8)
      var maxDistance = (n.count + c.count + 3) * moveCost / 6
      maxDistance = min(maxDistance, bestDistance - 1)
      let d = distance(n, c, maxDistance)
      if d > maxDistance { continue }
      if best == nil || d < bestDistance {
        best = item
        bestDistance = d
      }
    }
    return best
  }

  private static func substitutionCost(_ a: UInt8, _ b: UInt8) -> Int {
    if a & 31 != b & 31 { return moveCost }
    if a == b { return 0 }
    func lower(_ x: UInt8) -> UInt8 { x >= 65 && x <= 90 ? x + 32 : x }
    return lower(a) == lower(b) ? caseCost : moveCost
  }

  /// Levenshtein distance with CPython's costs, giving up above `maxCost`.
  static func distance(_ x: [UInt8], _ y: [UInt8], _ maxCost: Int) -> Int {
    var a = x[...], b = y[...]
    while let f = a.first, let g = b.first, f == g {
      a = a.dropFirst()
      b = b.dropFirst()
    }
    while let f = a.last, let g = b.last, f == g {
      a = a.dropLast()
      b = b.dropLast()
    }
    if a.isEmpty || b.isEmpty { return (a.count + b.count) * moveCost }
    if a.count > maxStringSize || b.count > maxStringSize { return maxCost + 1 }
    if b.count < a.count { swap(&a, &b) }
    if (b.count - a.count) * moveCost > maxCost { return maxCost + 1 }
    let aa = Array(a)
    var buffer = (0..<aa.count).map { ($0 + 1) * moveCost }
    var result = 0
    for (bIndex, code) in b.enumerated() {
      var dist = bIndex * moveCost
      result = dist
      var minimum = Int.max
      for index in 0..<aa.count {
        let substitute = dist + substitutionCost(code, aa[index])
        dist = buffer[index]
        let insertDelete = min(result, dist) + moveCost
        result = min(insertDelete, substitute)
        buffer[index] = result
        if result < minimum { minimum = result }
      }
      if minimum > maxCost { return maxCost + 1 }
    }
    return result
  }
}
