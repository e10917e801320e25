import Codegen
import Foundation
import Frontend
import Optimizer

/// The phase list of one compiler run: Frontend -> Optimizer -> Codegen -> link. Phases return
/// values and collect diagnostics; this type renders diagnostics once at the end, writes the
/// requested outputs and turns the outcome into an exit status (0, 1 or 70).
struct Compilation {
  let options: PyforacCommand
  let diagnostics = DiagnosticEngine()
  var linker: LinkExecutor = ProcessLinkExecutor()
  private let timer = PhaseTimer()

  init(options: PyforacCommand) {
    self.options = options
  }

  /// Runs the phases in order and returns the process exit status.
  func run() -> Int32 {
    guard let data = FileManager.default.contents(atPath: options.file) else {
      stderr("pyforac: error: cannot read '\(options.file)'\n")
      return 1
    }
    if options.benchParse { return ParseBenchmark(listing: data).run() }
    if options.fuzzParse {
      return ParseFuzz(listing: data, seed: options.fuzzSeed, count: options.fuzzCount).run()
    }
    if options.dumpAST || options.dumpASTAttributes || options.emit == .ast {
      let file = SourceFile(path: options.file, bytes: Array(data))
      let module = Parser.parse(file: file, diagnostics: diagnostics)
      if diagnostics.hasErrors { return reportErrors() }
      print(ASTDumper.dump(module, includeAttributes: options.dumpASTAttributes))
      return 0
    }
    if options.file.hasSuffix(".ir") { return compileIR(data) }
    let stdlib = Frontend.locateStdlib(
      executablePath: Bundle.main.executablePath ?? CommandLine.arguments[0])
    let loaded = timer.time("frontend") {
      Frontend.load(entry: options.file, stdlibPath: stdlib, diagnostics: diagnostics)
    }
    guard let loaded, !diagnostics.hasErrors else { return reportErrors() }
    let absolute = URL(fileURLWithPath: options.file).standardizedFileURL.path
    var optimizerOptions = OptimizerOptions(dumpAfter: dumpAfterPass(), verifyEachPass: false)
    optimizerOptions.unionsInRegisters = !options.boxUnions
    optimizerOptions.parallel = !options.noParallel
    let result = timer.time("optimize") {
      Optimizer.run(program: loaded, sourcePath: absolute, options: optimizerOptions,
                    diagnostics: diagnostics)
    }
    if diagnostics.hasErrors { return reportErrors() }
    // Accepted: the warnings (which the program also prints when it starts, as CPython does).
    if !diagnostics.diagnostics.isEmpty { stderr(DiagnosticRenderer().render(diagnostics.diagnostics)) }
    guard let program = result.program else { return internalError("optimizer produced nothing") }
    return finishOptimized(program, result)
  }

  /// A `.ir` input: read it (`IRReader`), run `--passes` on it, then go on as for a program.
  /// Tracebacks name the `.py` file beside it.
  private func compileIR(_ data: Data) -> Int32 {
    let text = String(decoding: data, as: UTF8.self)
    let absolute = URL(fileURLWithPath: options.file).standardizedFileURL.path
    let sourcePath = String(absolute.dropLast(3)) + ".py"
    let program: IRProgram
    switch IRReader.read(text, sourcePath: sourcePath) {
    case .failure(let e):
      stderr("\(options.file):\(e.line): error: \(e.message)\n")
      return 1
    case .success(let p): program = p
    }
    var names: [String]? = nil
    if let list = options.passes {
      names = list == "none" ? [] : list.split(separator: ",").map { String($0) }
    }
    let optimizerOptions = OptimizerOptions(dumpAfter: dumpAfterPass(), verifyEachPass: true)
    let (result, unknown) = Optimizer.run(ir: program, passes: names, options: optimizerOptions)
    if !unknown.isEmpty {
      stderr("pyforac: error: unknown pass '\(unknown[0])' (passes: "
             + Pipeline.passes.map(\.name).joined(separator: ", ") + ")\n")
      return 2
    }
    if let bad = result.verifierErrors.first, bad.hasPrefix("input: ") {
      stderr("\(options.file): error: invalid IR: \(bad.dropFirst(7))\n")
      return 1
    }
    return finishOptimized(result.program ?? program, result)
  }

  /// Everything after the optimizer: dumps, verifier failures, analyses, codegen and link.
  private func finishOptimized(_ program: IRProgram, _ result: OptimizerResult) -> Int32 {
    for dump in result.dumps { print("; IR after \(dump.pass)\n" + dump.text, terminator: "") }
    if let problem = result.verifierErrors.first {
      if options.emit == .ir { print(IRPrinter.print(program)) }
      return internalError("IR verifier: \(problem)")
    }
    if options.explainTypes {
      for s in program.signatures { print(s) }
    }
    if options.emit == .ir { return write(Data(IRPrinter.print(program).utf8), text: true) }
    if options.dumpParallel {
      for line in program.parallelPlan { print(line) }
      return 0
    }
    if let analysis = options.dumpAnalysis {
      switch analysis {
      case .effects: print(FunctionEffects(program).dump(program), terminator: "")
      case .loops: print(LoopVerifier.dump(program), terminator: "")
      case .types: print(TypeDump.dump(program), terminator: "")
      }
      return 0
    }
    let artifacts = timer.time("codegen") {
      Codegen.emit(program, options: CodegenOptions(optLevel: options.optLevel, debugInfo: options.debugInfo,
                                                    targetCPU: options.targetCPU),
                   wantAssembly: options.emit == .asm, wantLLVMText: options.emit == .llvm)
    }
    switch artifacts {
    case .failure(let err): return internalError(err.message)
    case .success(let a): return finish(a)
    }
  }

  private func finish(_ a: Artifacts) -> Int32 {
    switch options.emit {
    case .llvm: return write(Data(a.llvmIR.utf8), text: true)
    case .asm: return write(Data((a.assembly ?? "").utf8), text: true)
    case .obj: return write(Data(a.object), text: false)
    case .opencl:
      stderr("pyforac: error: --emit=opencl is not available yet\n")
      return 2
    default: return link(a.object)
    }
  }

  private func link(_ object: [UInt8]) -> Int32 {
    let output = options.output ?? defaultOutput()
    let tmp = FileManager.default.temporaryDirectory
      .appendingPathComponent("pyforac-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
    do {
      try FileManager.default.createDirectory(at: tmp, withIntermediateDirectories: true)
    } catch {
      return internalError("cannot create a temporary folder: \(error)")
    }
    defer { try? FileManager.default.removeItem(at: tmp) }
    let objPath = tmp.appendingPathComponent("prog.o").path
    guard FileManager.default.createFile(atPath: objPath, contents: Data(object)) else {
      return internalError("cannot write \(objPath)")
    }
    let exe = CommandLine.arguments.first.map { resolveExecutable($0) } ?? ""
    let runtime = LinkStep.runtimeDirectory(executablePath: exe,
                                            environment: ProcessInfo.processInfo.environment)
    let step = LinkStep.make(object: objPath, runtimeDirectory: runtime, output: output)
    let (status, err) = timer.time("link") { linker.run(step) }
    timer.report(enabled: options.timePhases)
    if status != 0 {
      return internalError("link failed (\(step.tool) \(step.arguments.joined(separator: " "))): "
                           + err.split(separator: "\n").prefix(3).joined(separator: " | "))
    }
    return 0
  }

  private func resolveExecutable(_ arg0: String) -> String {
    if arg0.contains("/") { return URL(fileURLWithPath: arg0).standardizedFileURL.path }
    return (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
      ?? arg0
  }

  private func defaultOutput() -> String {
    options.file.hasSuffix(".py") || options.file.hasSuffix(".ir")
      ? String(options.file.dropLast(3)) : options.file + ".out"
  }

  private func dumpAfterPass() -> String? {
    guard let d = options.dumpIR else { return nil }
    return d.hasPrefix("after:") ? String(d.dropFirst(6)) : d
  }

  private func write(_ data: Data, text: Bool) -> Int32 {
    timer.report(enabled: options.timePhases)
    if let out = options.output, out != "-" {
      guard FileManager.default.createFile(atPath: out, contents: data) else {
        stderr("pyforac: error: cannot write '\(out)'\n")
        return 1
      }
    } else {
      FileHandle.standardOutput.write(data)
    }
    return 0
  }

  private func reportErrors() -> Int32 {
    stderr(DiagnosticRenderer().render(diagnostics.diagnostics))
    return 1
  }

  private func internalError(_ message: String) -> Int32 {
    let oneLine = message.split(separator: "\n").joined(separator: " ")
    stderr("pyforac: internal compiler error: \(oneLine); please report this at the project's "
           + "issue tracker\n")
    return 70
  }

  private func stderr(_ s: String) {
    FileHandle.standardError.write(Data(s.utf8))
  }
}

/// Wall-clock time of each phase, printed to stderr with `--time-phases`.
final class PhaseTimer {
  private var entries: [(String, Double)] = []

  func time<T>(_ name: String, _ body: () -> T) -> T {
    let start = DispatchTime.now().uptimeNanoseconds
    let r = body()
    entries.append((name, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6))
    return r
  }

  func report(enabled: Bool) {
    guard enabled else { return }
    for (name, ms) in entries {
      FileHandle.standardError.write(Data("pyforac: \(name): \(String(format: "%.1f", ms)) ms\n".utf8))
    }
  }
}
