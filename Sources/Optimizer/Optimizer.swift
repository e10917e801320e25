import Frontend

/// Options of the optimizer that the driver passes through.
public struct OptimizerOptions: Sendable {
  /// `--dump-ir=after:NAME`: collect the IR text after this pass (or `all`).
  public var dumpAfter: String?
  /// Run the structural verifier after every pass (tests), not only after lowering and after
  /// the last pass.
  public var verifyEachPass: Bool
  /// Include the reference counting check (`OwnershipVerifier`) after every pass; without it,
  /// that check runs after lowering and after the last pass only.
  public var verifyOwnershipEachPass: Bool
  /// Unions of scalars held in registers (`union[...]`); false: every union is a boxed
  /// `object` (the representation before them, kept to measure the difference).
  public var unionsInRegisters = true
  /// `PlanParallel` runs (false: `--no-parallel`, the sequential program).
  public var parallel = true

  public init(dumpAfter: String? = nil, verifyEachPass: Bool = true,
              verifyOwnershipEachPass: Bool = false) {
    self.dumpAfter = dumpAfter
    self.verifyEachPass = verifyEachPass
    self.verifyOwnershipEachPass = verifyOwnershipEachPass
  }
}

/// What the optimizer produced: the program (nil when the source was rejected), IR dumps
/// requested with `--dump-ir`, and verifier failures (compiler bugs).
public struct OptimizerResult: Sendable {
  public var program: IRProgram?
  public var dumps: [(pass: String, text: String)]
  public var verifierErrors: [String]
}

/// The optimizer phase: whole-program type inference and specialisation (`TypeInference`,
/// driven by `ProgramLowering`) from the Frontend's `Program` into typed IR, then the pass
/// pipeline. Called by the driver (Sources/pyforac) and tests.
public enum Optimizer {
  /// Lowers `program` (its entry module; `sourcePath` is the entry file's absolute path, for
  /// tracebacks) and runs the passes. Unsupported constructs are reported to `diagnostics`
  /// with id `unsupported` and yield a nil program.
  public static func run(program input: Program, sourcePath: String,
                         options: OptimizerOptions = .init(),
                         diagnostics: DiagnosticEngine) -> OptimizerResult {
    var result = OptimizerResult(program: nil, dumps: [], verifierErrors: [])
    // A pipeline that breaks its own ordering constraints is a compiler bug.
    result.verifierErrors += Pipeline.orderingProblems().map { "pass pipeline: \($0)" }
    if let other = input.modules.first(where: { $0.name != input.entry.name }) {
      diagnostics.error("unsupported", "pyforac cannot compile an import of '\(other.name)' yet",
                        file: input.entry.file, range: firstImportRange(input.entry.ast))
      return result
    }
    let lowering = ProgramLowering(module: input.entry, sourcePath: sourcePath)
    lowering.inference.maxUnionMembers = options.unionsInRegisters ? IRType.maxUnionMembers : 1
    guard var program = lowering.run(into: diagnostics) else { return result }
    result.verifierErrors += lowering.inference.changedAfterFreeze
    func after(_ name: String) {
      if options.dumpAfter == name || options.dumpAfter == "all" {
        result.dumps.append((name, IRPrinter.print(program)))
      }
      // The driver verifies after lowering and after the last pass; tests after every pass.
      let endpoint = name == "lower" || name == Pipeline.passes.last?.name
      if options.verifyEachPass || endpoint {
        let ownership = options.verifyOwnershipEachPass || endpoint
        result.verifierErrors += IRVerifier.verify(program, ownership: ownership).map {
          "after \(name): \($0)"
        }
      }
    }
    after("lower")
    for pass in Pipeline.passes where options.parallel || pass.name != "plan-parallel" {
      pass.run(&program)
      after(pass.name)
    }
    result.program = program
    return result
  }

  /// `run(program:)` for one parsed module (tests and tools): its scopes are resolved here.
  public static func run(module: Module, sourcePath: String, options: OptimizerOptions = .init(),
                         diagnostics: DiagnosticEngine) -> OptimizerResult {
    let entry = entryModule(module, diagnostics: diagnostics)
    return run(program: Program(entry: entry, modules: [entry]), sourcePath: sourcePath,
               options: options, diagnostics: diagnostics)
  }

  /// `module` as the entry module (`__main__`) with its scopes resolved, as the Frontend's
  /// loader hands it over.
  static func entryModule(_ module: Module, diagnostics: DiagnosticEngine) -> LoadedModule {
    LoadedModule(name: "__main__", file: module.file, ast: module,
                 scopes: ScopeInfo.build(module: module, diagnostics: diagnostics),
                 isPackage: false)
  }

  /// Where the first import of another module is (the entry's first import statement).
  private static func firstImportRange(_ module: Module) -> SourceRange {
    for stmt in module.body {
      switch stmt.kind {
      case .import, .importFrom: return stmt.range
      default: continue
      }
    }
    return SourceRange(line: 1, column: 0, endLine: 1, endColumn: 0)
  }

  /// Runs the named passes (in that order; nil: the whole pipeline) on IR read from text
  /// (`IRReader`), as `opt` runs LLVM's passes on a `.ll` file: the input is verified first
  /// (a malformed input is reported as `input: ...`), then after every pass. Unknown pass
  /// names are returned in `unknown` and nothing runs.
  public static func run(ir input: IRProgram, passes names: [String]?,
                         options: OptimizerOptions = .init())
    -> (result: OptimizerResult, unknown: [String])
  {
    let byName = Dictionary(Pipeline.passes.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
    let selected = names ?? Pipeline.passes.map(\.name)
    let unknown = selected.filter { byName[$0] == nil }
    var result = OptimizerResult(program: nil, dumps: [], verifierErrors: [])
    guard unknown.isEmpty else { return (result, unknown) }
    var program = input
    result.verifierErrors += IRVerifier.verify(program).map { "input: \($0)" }
    guard result.verifierErrors.isEmpty else { return (result, []) }
    for name in selected {
      byName[name]!.run(&program)
      if options.dumpAfter == name || options.dumpAfter == "all" {
        result.dumps.append((name, IRPrinter.print(program)))
      }
      result.verifierErrors += IRVerifier.verify(program).map { "after \(name): \($0)" }
    }
    result.program = program
    return (result, [])
  }
}
