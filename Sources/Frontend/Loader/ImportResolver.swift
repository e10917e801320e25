/// Follows the import statements of one parsed module (at any depth: imports inside functions
/// count too), asking `ModuleLoader` to load each target, and diagnoses what CPython would raise
/// when the import runs: missing modules, missing names, relative imports without a package.
/// Also answers which names `from m import *` binds, for the module's scope analysis.
/// Created by `ModuleLoader.load` for each module it parses.
final class ImportResolver {
  unowned let loader: ModuleLoader
  let module: Module
  /// The package relative imports start from (`__package__`); nil for top-level modules.
  let package: String?
  let isEntry: Bool

  init(loader: ModuleLoader, module: Module, package: String?, isEntry: Bool) {
    self.loader = loader
    self.module = module
    self.package = package
    self.isEntry = isEntry
  }

  private func error(_ id: String, _ message: String, _ range: SourceRange) {
    loader.diagnostics.error(id, message, file: module.file, range: range)
  }

  func resolveImports() {
    walk(module.body)
  }

  private func walk(_ body: [Stmt]) {
    for s in body {
      switch s.kind {
      case .import(let names):
        for alias in names { importModule(alias.name, at: alias.range) }
      case .importFrom(let name, let names, let level):
        importFrom(name, names, level: level, statement: s)
      case .functionDef(let def), .asyncFunctionDef(let def):
        walk(def.body)
      case .classDef(_, _, _, let body, _), .with(_, let body, _), .asyncWith(_, let body, _):
        walk(body)
      case .if(_, let a, let b), .while(_, let a, let b), .for(_, _, let a, let b, _),
        .asyncFor(_, _, let a, let b, _):
        walk(a)
        walk(b)
      case .try(let a, let handlers, let b, let c), .tryStar(let a, let handlers, let b, let c):
        walk(a)
        for h in handlers { walk(h.body) }
        walk(b)
        walk(c)
      case .match(_, let cases):
        for c in cases { walk(c.body) }
      default:
        break
      }
    }
  }

  /// Imports `name` and reports the shortest missing prefix, as CPython does.
  @discardableResult
  private func importModule(_ name: String, at range: SourceRange) -> (LoadedModule?, Bool) {
    let result = loader.importModule(name)
    if !result.found {
      let parts = name.split(separator: ".")
      var missing = name
      for n in 1...max(parts.count, 1) {
        let prefix = parts.prefix(n).joined(separator: ".")
        if !loader.importModule(prefix).found {
          missing = prefix
          break
        }
      }
      error(FrontendMessages.importNotFoundID, FrontendMessages.noModuleNamed(missing), range)
    }
    return result
  }

  private func importFrom(_ name: String?, _ aliases: [Alias], level: Int, statement: Stmt) {
    guard let target = absoluteName(name, level: level, at: statement.range) else { return }
    let (loaded, found) = importModule(target, at: statement.range)
    guard found, let loaded else { return }
    for alias in aliases where alias.name != "*" {
      if loaded.scopes.moduleLevelNames.contains(alias.name)
        || BuiltinNames.moduleAttributes.contains(alias.name)
      {
        continue
      }
      if loaded.isPackage, loader.importModule(target + "." + alias.name).found { continue }
      let isNamespace = loader.location(of: target)?.isNamespace == true
      let path = isNamespace ? "unknown location" : loaded.file.path
      error(
        FrontendMessages.importNameNotFoundID,
        FrontendMessages.cannotImportName(alias.name, from: target, path: path), alias.range)
    }
  }

  /// The absolute module name of `from .name import ...` (or of `name` when `level` is 0).
  private func absoluteName(_ name: String?, level: Int, at range: SourceRange) -> String? {
    if level == 0 { return name }
    guard let package, !package.isEmpty else {
      error(FrontendMessages.importNotFoundID, FrontendMessages.relativeImportNoParent, range)
      return nil
    }
    var parts = package.split(separator: ".").map(String.init)
    guard level - 1 < parts.count else {
      error(FrontendMessages.importNotFoundID, FrontendMessages.relativeImportBeyondTop, range)
      return nil
    }
    parts.removeLast(level - 1)
    let base = parts.joined(separator: ".")
    return name.map { base + "." + $0 } ?? base
  }

  /// The names `from module import *` binds: `__all__` when it is a literal list or tuple of
  /// strings, otherwise every module-level name not starting with an underscore.
  func starNames(module name: String?, level: Int) -> Set<String>? {
    guard let target = level == 0 ? name : silentAbsoluteName(name, level: level),
      let loaded = loader.loaded(target)
    else { return nil }
    for s in loaded.ast.body {
      guard case .assign(let targets, let value, _) = s.kind,
        targets.contains(where: { if case .name("__all__", _) = $0.kind { true } else { false } })
      else { continue }
      switch value.kind {
      case .list(let elts, _), .tuple(let elts, _):
        var names = Set<String>()
        for case .constant(.str(let n), _) in elts.map(\.kind) { names.insert(n) }
        return names
      default:
        break
      }
    }
    return loaded.scopes.moduleLevelNames.filter { !$0.hasPrefix("_") }
  }

  private func silentAbsoluteName(_ name: String?, level: Int) -> String? {
    guard let package else { return nil }
    var parts = package.split(separator: ".").map(String.init)
    guard level - 1 < parts.count else { return nil }
    parts.removeLast(level - 1)
    let base = parts.joined(separator: ".")
    return name.map { base + "." + $0 } ?? base
  }
}
