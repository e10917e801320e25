import ArgumentParser
import Codegen
import Foundation

/// What `--emit` asks for.
enum EmitKind: String, ExpressibleByArgument, CaseIterable {
  case ast, ir, llvm, asm, obj, opencl, exe
}

/// What `--dump-analysis` prints.
enum AnalysisKind: String, ExpressibleByArgument, CaseIterable {
  /// Each function's effect summary and callees (`FunctionEffects`).
  case effects
  /// Each function's loops as the IR records them (`LoopRecord`).
  case loops
  /// The types inference gave each specialisation's parameters, result and variables.
  case types
}

/// `pyforac FILE [-o OUT] [-O0..3] [--emit=KIND] [--dump-ast] ...`
struct PyforacCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "pyforac",
    abstract: "Compile immutable Python ahead of time into a native (MPI-ready) executable.",
    discussion: """
      Exit status: 0 success, 1 program rejected, 2 bad command line, 70 internal compiler error.
      """,
    version: VersionInfo.text()
  )

  @Argument(help: "The Python file to compile (the program's entry module).")
  var file: String

  @Option(name: .short,
          help: ArgumentHelp("Output path (default: the file name without .py).", valueName: "path"))
  var output: String?

  @Option(name: .customShort("O", allowingJoined: true),
          help: ArgumentHelp("Optimisation level 0-3, written -O3 or -O 3.",
                             valueName: "level"))
  var optLevel: Int = 2

  @Option(name: .customLong("emit"),
          help: ArgumentHelp("What to write: ast, ir, llvm, asm, obj, exe.", valueName: "kind"))
  var emit: EmitKind = .exe

  @Option(name: .customLong("target-cpu"),
          help: ArgumentHelp(
            "The CPU the executable may assume: \(TargetCPU.names.joined(separator: ", ")) "
              + "(native: this machine's CPU, which other machines may lack).", valueName: "name"))
  var targetCPUName: String = TargetCPU.default.name

  @Flag(name: .customLong("dump-ast"), help: "Print exactly what CPython's ast.dump(ast.parse(src)) prints.")
  var dumpAST = false

  @Flag(name: .customLong("dump-ast-attributes"),
        help: "Like --dump-ast, with node positions (ast.dump(..., include_attributes=True)).")
  var dumpASTAttributes = false

  // Developer options (the parser's benchmark and fuzzer): shown by --help-hidden only.
  @Flag(name: .customLong("bench-parse"),
        help: ArgumentHelp(
          "Treat FILE as a list of paths (one per line): parse and dump each, print throughput.",
          visibility: .hidden))
  var benchParse = false

  @Flag(name: .customLong("fuzz-parse"),
        help: ArgumentHelp(
          "Treat FILE as a list of paths: parse mutants of them in this process (fuzzing).",
          visibility: .hidden))
  var fuzzParse = false

  @Option(name: .customLong("fuzz-seed"),
          help: ArgumentHelp("Seed for --fuzz-parse.", valueName: "seed", visibility: .hidden))
  var fuzzSeed: UInt64 = 1

  @Option(name: .customLong("fuzz-count"),
          help: ArgumentHelp("Number of mutants for --fuzz-parse.", valueName: "n",
                             visibility: .hidden))
  var fuzzCount: Int = 10_000

  @Flag(name: .customLong("box-unions"),
        help: ArgumentHelp(
          "Hold every union in a boxed object, none in registers (to measure what registers save).",
          visibility: .hidden))
  var boxUnions = false

  @Option(name: .customLong("dump-ir"),
          help: ArgumentHelp("Print the IR after a pass: after:PASS (or after:all).",
                             valueName: "after:pass"))
  var dumpIR: String?

  @Option(name: .customLong("passes"),
          help: ArgumentHelp("For a .ir input (IR as --emit ir writes it): the passes to run, "
                             + "comma-separated, in order (default: the whole pipeline; "
                             + "'none' for none).", valueName: "names"))
  var passes: String?

  @Option(name: .customLong("dump-analysis"),
          help: ArgumentHelp("Print an analysis of the optimised IR and stop: effects, loops, types.",
                             valueName: "name"))
  var dumpAnalysis: AnalysisKind?

  @Flag(name: .customLong("time-phases"), help: "Print the time each phase took to stderr.")
  var timePhases = false

  @Flag(name: .customLong("explain-types"), help: "Print the types inferred for each function.")
  var explainTypes = false

  @Flag(name: .customShort("g"), help: "Emit DWARF line tables pointing at the Python source.")
  var debugInfo = false

  @Flag(name: .customLong("no-parallel"), help: "Generate sequential code only.")
  var noParallel = false

  @Flag(name: .customLong("dump-parallel"),
        help: "Print what the parallel planner decided for each call, and why, then stop.")
  var dumpParallel = false

  /// The parsed `--target-cpu` (validated, so never nil after parsing).
  var targetCPU: TargetCPU { TargetCPU(targetCPUName) ?? .default }

  func validate() throws {
    guard (0...3).contains(optLevel) else {
      throw ValidationError("-O takes a level from 0 to 3, not \(optLevel)")
    }
    guard TargetCPU(targetCPUName) != nil else {
      throw ValidationError("--target-cpu takes one of \(TargetCPU.names.joined(separator: ", ")), "
                            + "not '\(targetCPUName)'")
    }
  }

  func run() throws {
    let status = Compilation(options: self).run()
    if status != 0 { throw ExitCode(status) }
  }
}
