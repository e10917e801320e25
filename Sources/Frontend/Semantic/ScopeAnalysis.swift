/// Second pass of name resolution: decides for every symbol of every scope whether it is local,
/// a cell, free, or global, exactly as CPython's `analyze_block` does (bound names flow down
/// through function scopes but not through class bodies; free names of children turn the
/// binding function's locals into cells and pass through intermediate scopes), then resolves
/// implicit globals against what the module binds and the builtins.
///
/// Diagnoses "nonlocal declaration not allowed at module level", "no binding for nonlocal 'x'
/// found" and "name 'x' is nonlocal and global". Called by `ScopeInfo.build`.
struct ScopeAnalysis {
  let info: ScopeInfo
  let file: SourceFile
  let diagnostics: DiagnosticEngine

  private enum Raw { case local, cell, free, globalExplicit, globalImplicit }

  /// Runs the analysis over the whole scope tree and sets `Symbol.binding` everywhere.
  func run() {
    var free = Set<String>()
    var global = Set<String>()
    analyze(info.module, bound: nil, free: &free, global: &global)
  }

  private func error(_ message: String, _ scope: Scope, _ name: String, _ fallback: SourceRange) {
    diagnostics.error(
      FrontendMessages.syntaxID, message, file: file,
      range: scope.directives[name] ?? fallback)
  }

  private func analyze(
    _ scope: Scope, bound inBound: Set<String>?, free: inout Set<String>,
    global: inout Set<String>
  ) {
    var bound = inBound
    var local = Set<String>()
    var raw: [String: Raw] = [:]
    let isClass = scope.kind == .classBody
    var newGlobal = Set<String>()
    var newBound = Set<String>()
    var newFree = Set<String>()
    if isClass {
      newGlobal = global
      newBound = bound ?? []
    }
    for name in scope.symbolOrder {
      guard let symbol = scope.symbols[name] else { continue }
      raw[name] = analyzeName(
        scope, symbol, bound: &bound, local: &local, free: &free,
        global: &global)
    }
    if isClass {
      newBound.insert("__class__")
    } else {
      if scope.isFunctionLike { newBound.formUnion(local) }
      if let bound { newBound.formUnion(bound) }
      newGlobal.formUnion(global)
    }
    for child in scope.children {
      var childBound = newBound
      var childGlobal = newGlobal
      var childFree = Set<String>()
      analyze(child, bound: childBound, free: &childFree, global: &childGlobal)
      childBound.removeAll()
      newFree.formUnion(childFree)
    }
    if scope.isFunctionLike {
      for name in newFree where raw[name] == .local {
        raw[name] = .cell
        newFree.remove(name)
      }
    } else if isClass, newFree.contains("__class__") {
      newFree.remove("__class__")
      scope.needsClassCell = true
    }
    apply(raw, to: scope)
    passThrough(newFree, scope: scope, bound: bound, isClass: isClass)
    free.formUnion(newFree)
  }

  /// CPython's `analyze_name` for one symbol of `scope`.
  private func analyzeName(
    _ scope: Scope, _ symbol: Symbol, bound: inout Set<String>?, local: inout Set<String>,
    free: inout Set<String>, global: inout Set<String>
  ) -> Raw {
    let name = symbol.name
    let flags = symbol.flags
    if flags.contains(.declaredGlobal) {
      if flags.contains(.declaredNonlocal) {
        error(FrontendMessages.nonlocalAndGlobal(name), scope, name, symbol.firstRange)
      }
      global.insert(name)
      bound?.remove(name)
      return .globalExplicit
    }
    if flags.contains(.declaredNonlocal) {
      guard let b = bound else {
        error(FrontendMessages.nonlocalAtModuleLevel, scope, name, symbol.firstRange)
        return .globalImplicit
      }
      if !b.contains(name) {
        error(FrontendMessages.noBindingForNonlocal(name), scope, name, symbol.firstRange)
        return .globalImplicit
      }
      free.insert(name)
      return .free
    }
    if !flags.isDisjoint(with: .bound) {
      local.insert(name)
      global.remove(name)
      return .local
    }
    if let b = bound, b.contains(name) {
      free.insert(name)
      return .free
    }
    return .globalImplicit
  }

  private func apply(_ raw: [String: Raw], to scope: Scope) {
    for (name, r) in raw {
      guard let symbol = scope.symbols[name] else { continue }
      switch r {
      case .local: symbol.binding = scope.kind == .module ? .global : .local
      case .cell: symbol.binding = .cell
      case .free: symbol.binding = .free
      case .globalExplicit: symbol.binding = .global
      case .globalImplicit:
        symbol.binding = .undefined
        symbol.isImplicitGlobal = true
      }
    }
  }

  /// Free names of children that this scope does not mention become free here too (CPython's
  /// `update_symbols`), so closures can thread them through.
  private func passThrough(_ free: Set<String>, scope: Scope, bound: Set<String>?, isClass: Bool) {
    for name in free.sorted() where scope.symbols[name] == nil {
      if let bound, !bound.contains(name) { continue }
      let symbol = scope.add(name, [], at: scope.range)
      symbol.binding = .free
    }
  }
}

extension ScopeInfo {
  /// Builds and resolves the scopes of one parsed module. Syntax errors found on the way (see
  /// `ScopeBuilder` and `ScopeAnalysis`) go to `diagnostics`. `starImports` gives the names a
  /// `from m import *` binds (module name, relative level); nil when unknown.
  /// Called by the module loader; tests call it directly on a parsed module.
  public static func build(
    module: Module, diagnostics: DiagnosticEngine,
    starImports: (String?, Int) -> Set<String>? = { _, _ in nil }
  ) -> ScopeInfo {
    let builder = ScopeBuilder(module: module, diagnostics: diagnostics)
    builder.visit(module.body)
    let info = builder.info
    ScopeAnalysis(info: info, file: module.file, diagnostics: diagnostics).run()
    var names = Set<String>()
    for (name, symbol) in info.module.symbols
    where symbol.binding == .global && !symbol.isImplicitGlobal {
      names.insert(name)
    }
    for scope in info.scopes {
      for (name, symbol) in scope.symbols where symbol.flags.contains(.declaredGlobal) {
        names.insert(name)
      }
    }
    for star in builder.starImports {
      names.formUnion(starImports(star.module, star.level) ?? [])
    }
    info.moduleNames = names
    info.resolveImplicitGlobals()
    return info
  }

  /// Turns every implicit global into `.global` (the module binds it), `.builtin` or
  /// `.undefined`, and records reads of undefined names.
  func resolveImplicitGlobals() {
    for scope in scopes {
      for symbol in scope.symbols.values where symbol.isImplicitGlobal {
        if moduleNames.contains(symbol.name) || BuiltinNames.moduleAttributes.contains(symbol.name)
        {
          symbol.binding = .global
        } else if BuiltinNames.all.contains(symbol.name) {
          symbol.binding = .builtin
        } else {
          symbol.binding = .undefined
        }
      }
    }
    undefinedNames = nameLoads.compactMap { load in
      guard case .name(let id, _) = load.node.kind, load.scope.binding(of: id) == .undefined
      else { return nil }
      return UndefinedName(name: id, range: load.node.range)
    }
  }
}
