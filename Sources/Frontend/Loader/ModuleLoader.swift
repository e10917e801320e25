import Foundation

/// Finds, reads, parses and resolves the scopes of the entry file and every module it
/// imports, transitively, in CPython's search order: builtin modules known to the compiler
/// (`Frontend.builtinModules`, no file), then `<entry dir>/a/b.py` or `a/b/__init__.py`, then the
/// same under `stdlib-py`. Submodules are searched only in their package's directory.
///
/// Errors: "No module named 'x'" (`import-not-found`), "cannot import name 'y' from 'x' (path)"
/// (`import-name-not-found`), relative imports beyond the top package, unreadable files.
/// Decoding (BOM, PEP 263 cookie) is the parser's: the loader hands it the raw bytes. A module
/// with syntax errors is not analysed further and its imports are not followed.
/// Used only by `Frontend.load`.
final class ModuleLoader {
  /// Where a module's source lives.
  struct Location {
    let path: String
    /// `__init__.py` of a package, or the directory of a namespace package.
    let isPackage: Bool
    /// A directory without `__init__.py` (PEP 420): an empty module.
    let isNamespace: Bool
    /// The directory submodules are searched in (packages only).
    let directory: String?
  }

  let roots: [String]
  let diagnostics: DiagnosticEngine
  private(set) var order: [LoadedModule] = []
  private var modules: [String: LoadedModule] = [:]
  private var locations: [String: Location] = [:]
  private var inProgress: Set<String> = []
  /// Modules whose own source had errors (not checked further).
  private(set) var broken: Set<String> = []

  init(entryDirectory: String, stdlibPath: String?, diagnostics: DiagnosticEngine) {
    self.roots = [entryDirectory] + (stdlibPath.map { [$0] } ?? [])
    self.diagnostics = diagnostics
  }

  /// Loads the program's entry file as module `__main__`; nil when it could not be read.
  func loadEntry(path: String) -> LoadedModule? {
    let location = Location(path: path, isPackage: false, isNamespace: false, directory: nil)
    return load(name: "__main__", at: location)
  }

  /// Loads module `name` (dotted) and its parents; nil for builtin modules and modules not found.
  /// `found` is false only when no such module exists.
  func importModule(_ name: String) -> (module: LoadedModule?, found: Bool) {
    if Frontend.builtinModules.contains(name) { return (nil, true) }
    if let done = modules[name] { return (done, true) }
    if inProgress.contains(name) { return (nil, true) }
    let parts = name.split(separator: ".").map(String.init)
    var searchIn = roots
    if parts.count > 1 {
      let parent = parts.dropLast().joined(separator: ".")
      let (_, parentFound) = importModule(parent)
      guard parentFound, let dir = locations[parent]?.directory else { return (nil, false) }
      searchIn = [dir]
    }
    guard let location = find(parts.last ?? name, in: searchIn) else { return (nil, false) }
    return (load(name: name, at: location), true)
  }

  /// CPython's path finder for one name: a regular package or module in the first directory
  /// that has one wins; a bare directory is a namespace package only if nothing else matches.
  func find(_ component: String, in directories: [String]) -> Location? {
    let fm = FileManager.default
    var namespace: String?
    for dir in directories {
      let base = (dir as NSString).appendingPathComponent(component)
      let initFile = (base as NSString).appendingPathComponent("__init__.py")
      var isDir: ObjCBool = false
      if fm.fileExists(atPath: initFile) {
        return Location(path: initFile, isPackage: true, isNamespace: false, directory: base)
      }
      if fm.fileExists(atPath: base + ".py", isDirectory: &isDir), !isDir.boolValue {
        return Location(path: base + ".py", isPackage: false, isNamespace: false, directory: nil)
      }
      if namespace == nil, fm.fileExists(atPath: base, isDirectory: &isDir), isDir.boolValue {
        namespace = base
      }
    }
    guard let namespace else { return nil }
    return Location(path: namespace, isPackage: true, isNamespace: true, directory: namespace)
  }

  private func load(name: String, at location: Location) -> LoadedModule? {
    locations[name] = location
    inProgress.insert(name)
    defer { inProgress.remove(name) }
    guard let file = readSource(location) else {
      broken.insert(name)
      return nil
    }
    let errorsBefore = diagnostics.errorCount
    let ast = Parser.parse(file: file, diagnostics: diagnostics)
    if diagnostics.errorCount > errorsBefore {
      broken.insert(name)
      return nil
    }
    let package = location.isPackage ? name : packageName(of: name)
    let resolver = ImportResolver(
      loader: self, module: ast, package: package,
      isEntry: name == "__main__")
    resolver.resolveImports()
    let errorsBeforeScopes = diagnostics.errorCount
    let scopes = ScopeInfo.build(module: ast, diagnostics: diagnostics) { module, level in
      resolver.starNames(module: module, level: level)
    }
    if diagnostics.errorCount > errorsBeforeScopes { broken.insert(name) }
    let loaded = LoadedModule(
      name: name, file: file, ast: ast, scopes: scopes,
      isPackage: location.isPackage)
    modules[name] = loaded
    order.append(loaded)
    return loaded
  }

  /// The loaded module `name`, if loading it has finished.
  func loaded(_ name: String) -> LoadedModule? { modules[name] }

  /// True when `name` is being loaded (an import cycle reached it again).
  func isLoading(_ name: String) -> Bool { inProgress.contains(name) }

  /// The location `name` was loaded from.
  func location(of name: String) -> Location? { locations[name] }

  private func packageName(of name: String) -> String? {
    guard name != "__main__", let dot = name.lastIndex(of: ".") else { return nil }
    return String(name[..<dot])
  }

  private func readSource(_ location: Location) -> SourceFile? {
    if location.isNamespace { return SourceFile(path: location.path, bytes: []) }
    guard let data = FileManager.default.contents(atPath: location.path) else {
      diagnostics.error(
        FrontendMessages.sourceReadID, FrontendMessages.cannotRead(location.path),
        file: SourceFile(path: location.path, bytes: []), range: .none)
      return nil
    }
    return SourceFile(path: location.path, bytes: Array(data))
  }
}
