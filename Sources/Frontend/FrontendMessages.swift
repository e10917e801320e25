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

  static func unknownEncoding(_ name: String) -> String { "unknown encoding: \(name)" }

  static func encodingWithBOM(_ name: String) -> String { "encoding problem: \(name) with BOM" }

  static func nonUTF8(byte: UInt8, path: String, line: Int) -> String {
    let hex = String(byte, radix: 16)
    return "Non-UTF-8 code starting with '\\x\(hex)' in file \(path) on line \(line), "
      + "but no encoding declared; see https://peps.python.org/pep-0263/ for details"
  }

  static func invalidEncodedSource(_ encoding: String) -> String {
    "(unicode error) '\(encoding)' codec can't decode the source file"
  }
}
