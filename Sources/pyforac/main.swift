// The pyforac command line. Parsing of options lives in Options.swift, the phase list in
// Compilation.swift; this file only starts them and maps the outcome to an exit status.
import Foundation

PyforacCommand.main()
