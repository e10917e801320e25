// The pyforac command line. Parsing of options lives in Options.swift, the phase list in
// Compilation.swift; this file only starts them and maps the outcome to an exit status
// (usage errors exit 2, as the contract says, not ArgumentParser's 64).
import ArgumentParser
import Foundation

do {
  var command = try PyforacCommand.parse()
  try command.run()
} catch {
  if PyforacCommand.exitCode(for: error) == .validationFailure {
    FileHandle.standardError.write(Data((PyforacCommand.fullMessage(for: error) + "\n").utf8))
    exit(2)
  }
  PyforacCommand.exit(withError: error)
}
