import ArgumentParser
import Codegen
import Testing

@testable import pyforac

@Test func targetCPUDefaultsToAPortableCPU() throws {
  let options = try PyforacCommand.parse(["prog.py"])
  #expect(options.targetCPU == TargetCPU.default)
  #expect(options.optLevel == 2)
}

@Test func targetCPUAcceptsTheListedNames() throws {
  for name in TargetCPU.names {
    #expect(try PyforacCommand.parse(["prog.py", "--target-cpu", name]).targetCPU.name == name)
    #expect(try PyforacCommand.parse(["prog.py", "--target-cpu=\(name)"]).targetCPU.name == name)
  }
}

@Test func unknownTargetCPUIsAUsageError() {
  #expect(throws: (any Error).self) { try PyforacCommand.parse(["prog.py", "--target-cpu=i386"]) }
  do {
    _ = try PyforacCommand.parse(["prog.py", "--target-cpu", "bogus"])
  } catch {
    #expect(PyforacCommand.exitCode(for: error) == .validationFailure)
    #expect(PyforacCommand.message(for: error).contains("x86-64-v2") || TargetCPU.names.count == 2)
  }
}

@Test func helpHidesDeveloperOptionsAndNamesValues() {
  let help = PyforacCommand.helpMessage(columns: 200)
  for hidden in ["--bench-parse", "--fuzz-parse", "--fuzz-seed", "--fuzz-count"] {
    #expect(!help.contains(hidden), "--help shows \(hidden)")
  }
  for shown in ["-o <path>", "-O <level>", "--emit <kind>", "--target-cpu <name>", "--version"] {
    #expect(help.contains(shown), "--help lacks \(shown)")
  }
  #expect(PyforacCommand.helpMessage(includeHidden: true, columns: 200).contains("--fuzz-parse"))
}

@Test func developerOptionsStillParse() throws {
  let options = try PyforacCommand.parse([
    "list.txt", "--fuzz-parse", "--fuzz-seed", "7",
    "--fuzz-count", "3",
  ])
  #expect(options.fuzzParse && options.fuzzSeed == 7 && options.fuzzCount == 3)
}

@Test func versionNamesPyforacLLVMAndMPI() {
  let lines = VersionInfo.text().split(separator: "\n").map(String.init)
  #expect(lines.count == 3)
  #expect(lines.first == "pyforac \(VersionInfo.version)")
  #expect(lines.count > 1 && lines[1] == "LLVM \(Codegen.llvmVersion())")
  #expect(lines.last?.hasPrefix("MPI: ") == true)
}

@Test func versionIsNotAUsageError() {
  do {
    _ = try PyforacCommand.parse(["--version"])
    Issue.record("--version parsed as a compilation")
  } catch {
    #expect(PyforacCommand.exitCode(for: error) == .success)
    #expect(PyforacCommand.fullMessage(for: error).hasPrefix("pyforac "))
  }
}
