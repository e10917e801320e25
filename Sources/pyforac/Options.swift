import ArgumentParser
import Foundation

/// What `--emit` asks for.
enum EmitKind: String, ExpressibleByArgument, CaseIterable {
  case ast, ir, llvm, asm, obj, opencl, exe
}

/// `pyforac FILE [-o OUT] [-O0..3] [--emit=KIND] [--dump-ast] ...`
struct PyforacCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "pyforac",
    abstract: "Compile immutable Python ahead of time into a native (MPI-ready) executable.",
    discussion: """
      Exit status: 0 success, 1 program rejected, 2 bad command line, 70 internal compiler error.
      """
  )

  @Argument(help: "The Python file to compile (the program's entry module).")
  var file: String

  @Option(name: .short, help: "Output path (default: the file name without .py).")
  var output: String?

  @Option(name: .customShort("O", allowingJoined: true),
          help: "Optimisation level 0-3 (default 2), written -O3 or -O 3.")
  var optLevel: Int = 2

  @Option(name: .customLong("emit"), help: "What to write: ast, ir, llvm, asm, obj, exe.")
  var emit: EmitKind = .exe

  @Flag(name: .customLong("dump-ast"), help: "Print exactly what CPython's ast.dump(ast.parse(src)) prints.")
  var dumpAST = false

  @Flag(name: .customLong("dump-ast-attributes"),
        help: "Like --dump-ast, with node positions (ast.dump(..., include_attributes=True)).")
  var dumpASTAttributes = false

  @Flag(name: .customLong("bench-parse"),
        help: "Treat FILE as a list of paths (one per line): parse and dump each, print throughput.")
  var benchParse = false

  @Flag(name: .customLong("fuzz-parse"),
        help: "Treat FILE as a list of paths: parse mutants of them in this process (fuzzing).")
  var fuzzParse = false

  @Option(name: .customLong("fuzz-seed"), help: "Seed for --fuzz-parse.")
  var fuzzSeed: UInt64 = 1

  @Option(name: .customLong("fuzz-count"), help: "Number of mutants for --fuzz-parse.")
  var fuzzCount: Int = 10_000

  @Option(name: .customLong("dump-ir"), help: "Print the IR after a pass: after:PASS (or after:all).")
  var dumpIR: String?

  @Flag(name: .customLong("time-phases"), help: "Print the time each phase took to stderr.")
  var timePhases = false

  @Flag(name: .customLong("explain-types"), help: "Print the types inferred for each function.")
  var explainTypes = false

  @Flag(name: .customShort("g"), help: "Emit DWARF line tables pointing at the Python source.")
  var debugInfo = false

  @Flag(name: .customLong("no-parallel"), help: "Generate sequential code only.")
  var noParallel = false

  func validate() throws {
    guard (0...3).contains(optLevel) else {
      throw ValidationError("-O takes a level from 0 to 3, not \(optLevel)")
    }
  }

  func run() throws {
    let status = Compilation(options: self).run()
    if status != 0 { throw ExitCode(status) }
  }
}
