/// The catalogue of diagnostic ids and message texts of the semantic phases (module loader,
/// scopes, immutability checks). Invalid Python uses CPython 3.11's own wording; the immutable
/// subset names the rule broken. Ids are stable: never rename one once published.
///
/// Called by `ScopeBuilder`, `ScopeAnalysis`, `ModuleLoader` and the rules in `Checks/`.
public enum FrontendMessages {
  // MARK: Ids

  /// Errors CPython raises as `SyntaxError` at compile time.
  public static let syntaxID = "syntax"
  /// `import x` where no module `x` exists (ModuleNotFoundError).
  public static let importNotFoundID = "import-not-found"
  /// `from m import x` where module `m` has no `x` (ImportError).
  public static let importNameNotFoundID = "import-name-not-found"
  /// A source file that cannot be read or decoded.
  public static let sourceReadID = "source-unreadable"

  // MARK: Statement context (CPython's compiler and symtable)

  static let returnOutsideFunction = "'return' outside function"
  static let breakOutsideLoop = "'break' outside loop"
  static let tooManyNestedBlocks = "too many statically nested blocks"
  static let continueOutsideLoop = "'continue' not properly in loop"
  static let yieldOutsideFunction = "'yield' outside function"
  static let awaitOutsideFunction = "'await' outside function"
  static let awaitOutsideAsyncFunction = "'await' outside async function"
  static let asyncForOutsideAsync = "'async for' outside async function"
  static let asyncWithOutsideAsync = "'async with' outside async function"
  static let asyncComprehensionOutsideAsync =
    "asynchronous comprehension outside of an asynchronous function"
  static let yieldFromInAsync = "'yield from' inside async function"
  static let returnWithValueInAsyncGenerator = "'return' with value in async generator"
  static let cannotAssignDebug = "cannot assign to __debug__"
  static let cannotDeleteDebug = "cannot delete __debug__"
  static let importStarNotAtModuleLevel = "import * only allowed at module level"
  static let nonlocalAtModuleLevel = "nonlocal declaration not allowed at module level"
  static let walrusInComprehensionIterable =
    "assignment expression cannot be used in a comprehension iterable expression"
  static let walrusInClassComprehension =
    "assignment expression within a comprehension cannot be used in a class body"

  /// "'yield' inside list comprehension" and friends; `scopeName` is "<listcomp>" etc.
  static func yieldInsideComprehension(_ scopeName: String) -> String {
    let what: String
    switch scopeName {
    case "<setcomp>": what = "set comprehension"
    case "<dictcomp>": what = "dict comprehension"
    case "<genexpr>": what = "generator expression"
    default: what = "list comprehension"
    }
    return "'yield' inside \(what)"
  }

  static func walrusRebindsIterationVariable(_ name: String) -> String {
    "assignment expression cannot rebind comprehension iteration variable '\(name)'"
  }

  static func duplicateArgument(_ name: String) -> String {
    "duplicate argument '\(name)' in function definition"
  }

  static func noBindingForNonlocal(_ name: String) -> String {
    "no binding for nonlocal '\(name)' found"
  }

  static func nonlocalAndGlobal(_ name: String) -> String {
    "name '\(name)' is nonlocal and global"
  }

  static func parameterAndDeclared(_ name: String, global: Bool) -> String {
    "name '\(name)' is parameter and \(global ? "global" : "nonlocal")"
  }

  static func usedPriorToDeclaration(_ name: String, global: Bool) -> String {
    "name '\(name)' is used prior to \(global ? "global" : "nonlocal") declaration"
  }

  static func assignedBeforeDeclaration(_ name: String, global: Bool) -> String {
    "name '\(name)' is assigned to before \(global ? "global" : "nonlocal") declaration"
  }

  static func annotatedDeclared(_ name: String, global: Bool) -> String {
    "annotated name '\(name)' can't be \(global ? "global" : "nonlocal")"
  }

  static func annotatedGlobal(_ name: String) -> String { annotatedDeclared(name, global: true) }
  static func annotatedNonlocal(_ name: String) -> String { annotatedDeclared(name, global: false) }

  // MARK: Module loading

  static func noModuleNamed(_ name: String) -> String { "No module named '\(name)'" }

  static func cannotImportName(_ name: String, from module: String, path: String) -> String {
    "cannot import name '\(name)' from '\(module)' (\(path))"
  }

  static let relativeImportNoParent = "attempted relative import with no known parent package"
  static let relativeImportBeyondTop = "attempted relative import beyond top-level package"

  static func cannotRead(_ path: String) -> String { "cannot read '\(path)'" }
}

// MARK: - Immutability rules (design.md section 2): the rule broken, then the rewrite as a note

extension FrontendMessages {
  static func plural(_ kind: ContainerKind) -> String { "\(kind.rawValue)s" }

  /// "build a new list instead: 'xs = xs + [v]'".
  static func rebuild(_ kind: ContainerKind?, _ code: String) -> String {
    "build a new \(kind?.rawValue ?? "value") instead: '\(code)'"
  }

  static func mutationCall(_ call: String, _ kind: ContainerKind, certain: Bool) -> String {
    if certain {
      return "'\(call)(...)' mutates a \(kind.rawValue); \(plural(kind)) are immutable in pyforac"
    }
    let method = call.split(separator: ".").last.map(String.init) ?? call
    return "'\(call)(...)' mutates a \(kind.rawValue) in place (no class in the program defines "
      + "'\(method)'); \(plural(kind)) are immutable in pyforac"
  }

  static func boundMutator(_ method: String, _ kind: ContainerKind) -> String {
    "'\(method)' is a method that mutates a \(kind.rawValue); \(plural(kind)) are immutable in "
      + "pyforac"
  }

  static func itemAssignment(_ target: String, _ kind: ContainerKind?) -> String {
    guard let kind else {
      return "item assignment '\(target) = ...' changes a container in place; lists and dicts "
        + "are immutable in pyforac"
    }
    return "item assignment '\(target) = ...' changes a \(kind.rawValue) in place; "
      + "\(plural(kind)) are immutable in pyforac"
  }

  static func sliceAssignment(_ target: String) -> String {
    "slice assignment '\(target) = ...' changes a list in place; lists are immutable in pyforac"
  }

  static func deleteItem(_ target: String, _ kind: ContainerKind?) -> String {
    let what = kind.map { "a \($0.rawValue)" } ?? "a container"
    let rule = kind.map { plural($0) } ?? "lists and dicts"
    return "'del \(target)' removes an item from \(what) in place; \(rule) are immutable in pyforac"
  }

  static func attributeAssignment(_ target: String) -> String {
    "assignment to attribute '\(target)' changes an object in place; objects are immutable in "
      + "pyforac once '__init__' returns"
  }

  static func attributeAssignmentOnOther(_ target: String, selfName: String) -> String {
    "assignment to attribute '\(target)' changes another object; only '\(selfName).name = ...' "
      + "is allowed in '__init__'"
  }

  static func attributeDeletion(_ target: String) -> String {
    "'del \(target)' removes an attribute in place; objects are immutable in pyforac"
  }

  static func attributeCall(_ function: String) -> String {
    "'\(function)(...)' changes an attribute in place; objects are immutable in pyforac"
  }

  static func dictWrite(_ target: String) -> String {
    "writing to '\(target)' changes an object in place; objects are immutable in pyforac"
  }

  static let newObjectNote =
    "build a new object instead: call the class again with the new value, or give it a method "
    + "that returns an updated copy"
  static let setattrNote =
    "set attributes only in '__init__' with 'self.name = value', or build a new object"

  static func globalRebinding(_ names: [String]) -> String {
    "'global \(names.joined(separator: ", "))' lets a function rebind a module-level name; "
      + "module-level names are immutable in pyforac"
  }

  static func globalRebindingNote(_ name: String, function: String) -> String {
    "reading a module-level name needs no declaration; to change it, return the new value and "
      + "rebind it where the function is called: '\(name) = \(function)(\(name))'"
  }

  static func nonlocalRebinding(_ names: [String], outer: String) -> String {
    "'nonlocal \(names.joined(separator: ", "))' lets a nested function rebind a variable of "
      + "'\(outer)'; closures cannot rebind variables in pyforac"
  }

  static func nonlocalRebindingNote(_ name: String, function: String) -> String {
    "return the new value from the nested function instead: '\(name) = \(function)(\(name))'"
  }

  static func augmentedMutation(_ target: String, _ op: String, _ kind: ContainerKind) -> String {
    "'\(target) \(op) ...' changes the \(kind.rawValue) in place and every alias sees the change; "
      + "\(plural(kind)) are immutable in pyforac"
  }

  static func rebindNote(_ kind: ContainerKind, _ code: String) -> String {
    "rebind to a new \(kind.rawValue) instead: '\(code)'"
  }

  static func dynamicCode(_ function: String) -> String {
    "'\(function)(...)' runs code built at run time; pyforac compiles the whole program ahead "
      + "of time"
  }

  static let dynamicCodeNote =
    "write the code directly; a dict of functions can stand in for names chosen at run time"

  static func namespaceAccess(_ function: String) -> String {
    "'\(function)()' exposes a namespace as a mutable dict; namespaces are not values in pyforac"
  }

  static let namespaceNote =
    "pass the values you need explicitly, or build a dict of them: '{\"x\": x}'"
  static let varsNote =
    "read the attributes directly, or give the class a method that returns a dict of them"

  static func fileWrite(_ mode: String) -> String {
    "'open(..., \"\(mode)\")' writes a file; pyforac programs only read input files and print"
  }

  static let unknownOpenMode =
    "'open()' with a mode computed at run time may write a file; pyforac programs only read "
    + "input files and print"
  static let fileWriteNote = "print the results to stdout instead and redirect it to a file"
  static let unknownOpenModeNote = "pass the mode as a string literal such as \"r\" or \"rb\""
  static let terminalInput =
    "'input()' reads from the terminal; pyforac programs only read input files and print"
  static let terminalInputNote = "read the data from a file instead: 'open(path).read()'"
}
