// The pyforac command line. Parsing of options lives in Options.swift, the phase list in
// Compilation.swift; this file only starts them and maps the outcome to an exit status
// (usage errors exit 2, as the contract says, not ArgumentParser's 64).
import ArgumentParser
import Foundation

/// `-O2` is how compilers spell optimisation levels; ArgumentParser wants `-O 2`.
func normalizedArguments() -> [String] {
  CommandLine.arguments.dropFirst().flatMap { arg -> [String] in
    if arg.count == 3, arg.hasPrefix("-O"), let last = arg.last, last.isNumber {
      return ["-O", String(last)]
    }
    return [arg]
  }
}

do {
  let command = try PyforacCommand.parse(normalizedArguments())
  try command.run()
} catch {
  if PyforacCommand.exitCode(for: error) == .validationFailure {
    FileHandle.standardError.write(Data((PyforacCommand.fullMessage(for: error) + "\n").utf8))
    exit(2)
  }
  PyforacCommand.exit(withError: error)
}
