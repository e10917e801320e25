import Foundation

/// One module of the program: its dotted name (`__main__` for the entry file), source, syntax
/// tree and resolved scopes.
public struct LoadedModule {
  public let name: String
  public let file: SourceFile
  public let ast: Module
  public let scopes: ScopeInfo
  /// True for a package's `__init__.py` (or a namespace package, whose file is empty).
  public let isPackage: Bool

  public init(name: String, file: SourceFile, ast: Module, scopes: ScopeInfo, isPackage: Bool) {
    self.name = name
    self.file = file
    self.ast = ast
    self.scopes = scopes
    self.isPackage = isPackage
  }
}

/// The whole program as the optimizer receives it.
public struct Program {
  /// The entry file, loaded as `__main__`.
  public let entry: LoadedModule
  /// Every loaded module in dependency order (a module after the modules it imports, packages
  /// before their submodules), the entry last. Builtin modules (`math`) have no entry here.
  public let modules: [LoadedModule]

  public init(entry: LoadedModule, modules: [LoadedModule]) {
    self.entry = entry
    self.modules = modules
  }
}

/// Carries a value back from the large-stack thread of `Frontend.onLargeStack`.
private final class ResultBox<T>: @unchecked Sendable {
  var value: T?
}

/// The front end's entry point, called by the driver (`pyforac`) and by tests.
public enum Frontend {
  /// Modules the compiler implements itself: `import math` binds them without any file.
  /// They win over files of the same name, as CPython's builtin modules do.
  public static let builtinModules: Set<String> = ["math", "sys", "time", "__future__", "typing",
                                                        "dataclasses"]

  /// Reads, parses and checks the entry file and every module it imports (user files next to
  /// it, then stdlib-py). Returns nil when any error was diagnosed.
  public static func load(entry path: String, stdlibPath: String?, diagnostics: DiagnosticEngine)
    -> Program?
  {
    onLargeStack {
      loadOnCurrentThread(entry: path, stdlibPath: stdlibPath, diagnostics: diagnostics)
    }
  }

  private static func loadOnCurrentThread(
    entry path: String, stdlibPath: String?, diagnostics: DiagnosticEngine
  ) -> Program? {
    let directory = (path as NSString).deletingLastPathComponent
    let loader = ModuleLoader(
      entryDirectory: directory,
      stdlibPath: stdlibPath, diagnostics: diagnostics)
    let entry = loader.loadEntry(path: path)
    check(loader.order, skipping: loader.broken, diagnostics: diagnostics)
    guard let entry, !diagnostics.hasErrors else { return nil }
    return Program(entry: entry, modules: loader.order)
  }

  /// Runs `body` on a thread with a 512 MiB stack and waits for it: the scope and check passes
  /// recurse once per nesting level of the AST, which the parser bounds at a few thousand.
  static func onLargeStack<T>(_ body: @escaping @Sendable () -> T) -> T {
    let box = ResultBox<T>()
    let done = DispatchSemaphore(value: 0)
    let thread = Thread {
      box.value = body()
      done.signal()
    }
    thread.stackSize = 1 << 29
    thread.start()
    done.wait()
    return box.value ?? body()
  }

  /// Runs the immutability checks over every module whose parse and scopes were clean.
  static func check(
    _ modules: [LoadedModule], skipping broken: Set<String>,
    diagnostics: DiagnosticEngine
  ) {
    let facts = ProgramFacts.collect(from: modules.map(\.ast))
    for module in modules where !broken.contains(module.name) {
      FutureImports.check(module.ast, diagnostics: diagnostics)
      module.ast.syntaxWarnings += SyntaxWarnings.collect(module.ast)
      for w in module.ast.syntaxWarnings {
        diagnostics.emit(Diagnostic(
          .warning, id: "syntax-warning", message: w.message + " (SyntaxWarning)",
          file: module.file, range: SourceRange(line: w.line, column: 0, endLine: w.line,
                                                endColumn: 0)))
      }
      ImmutabilityChecker.check(
        module: module.ast, scopes: module.scopes, facts: facts,
        diagnostics: diagnostics)
    }
  }

  /// Parses and checks one in-memory file as `__main__` without following its imports.
  /// Returns nil when any error was diagnosed. Used by tests and by tools that check snippets.
  public static func check(file: SourceFile, diagnostics: DiagnosticEngine) -> LoadedModule? {
    let before = diagnostics.errorCount
    let ast = Parser.parse(file: file, diagnostics: diagnostics)
    guard diagnostics.errorCount == before else { return nil }
    let scopes = ScopeInfo.build(module: ast, diagnostics: diagnostics)
    guard diagnostics.errorCount == before else { return nil }
    let module = LoadedModule(
      name: "__main__", file: file, ast: ast, scopes: scopes,
      isPackage: false)
    check([module], skipping: [], diagnostics: diagnostics)
    return diagnostics.errorCount == before ? module : nil
  }

  /// The `stdlib-py` folder for a compiler at `executablePath`: `$PYFORAC_STDLIB` if set,
  /// otherwise the first `stdlib-py` found walking up from the executable's directory (the
  /// repository root for `.build/debug/pyforac`). Called by the driver.
  public static func locateStdlib(executablePath: String) -> String? {
    if let env = ProcessInfo.processInfo.environment["PYFORAC_STDLIB"], !env.isEmpty {
      return env
    }
    var dir = ((executablePath as NSString).resolvingSymlinksInPath as NSString)
      .deletingLastPathComponent
    for _ in 0..<6 {
      let candidate = (dir as NSString).appendingPathComponent("stdlib-py")
      var isDir: ObjCBool = false
      if FileManager.default.fileExists(atPath: candidate, isDirectory: &isDir), isDir.boolValue {
        return candidate
      }
      let parent = (dir as NSString).deletingLastPathComponent
      if parent == dir { break }
      dir = parent
    }
    return nil
  }
}
