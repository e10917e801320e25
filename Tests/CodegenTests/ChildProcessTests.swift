import Foundation
import Testing
@testable import Codegen

/// ChildProcess: the runner of the link step and the end-to-end tests, which must never hang.

@Test func childProcessCapturesBothStreamsAndTheStatus() {
  let r = ChildProcess.run(["sh", "-c", "echo out; echo err >&2; exit 7"])
  #expect(r.status == 7 && !r.timedOut)
  #expect(r.stdoutText == "out\n" && r.stderrText == "err\n")
}

@Test func childProcessDrainsLargeOutputOnBothStreams() {
  // Each stream is larger than a pipe's buffer: reading one to its end before the other would
  // deadlock.
  let script = "head -c 300000 /dev/zero | tr '\\0' e >&2; head -c 200000 /dev/zero | tr '\\0' o"
  let r = ChildProcess.run(["sh", "-c", script], timeout: 60)
  #expect(!r.timedOut && r.status == 0)
  #expect(r.stderr.count == 300_000 && r.stderr.allSatisfy { $0 == UInt8(ascii: "e") })
  #expect(r.stdout.count == 200_000 && r.stdout.allSatisfy { $0 == UInt8(ascii: "o") })
}

@Test func childProcessKillsTheWholeGroupAtTheDeadline() {
  // The grandchild holds the pipes open: the deadline must still end the wait.
  let start = Date()
  let r = ChildProcess.run(["sh", "-c", "sleep 30 & sleep 30; echo never"], timeout: 0.5)
  #expect(r.timedOut && r.status == 124 && r.stdoutText.isEmpty)
  #expect(Date().timeIntervalSince(start) < 10)
  // A child that closed its pipes but does not exit is killed too.
  let closed = ChildProcess.run(["sh", "-c", "exec >&- 2>&-; sleep 30"], timeout: 0.5)
  #expect(closed.timedOut && closed.status == 124)
}

@Test func childProcessReportsSignalsMissingProgramsAndItsInputs() {
  #expect(ChildProcess.run(["sh", "-c", "kill -TERM $$"]).status == 128 + SIGTERM)
  let missing = ChildProcess.run(["pyforac-no-such-tool"])
  #expect(missing.status == 127 && missing.stderrText.contains("pyforac-no-such-tool"))
  // stdin is /dev/null, the environment is the one given, SIGPIPE has its default action.
  // (Named, not read: where /dev/null is a plain file, as in some containers, it may hold bytes.)
  let stdin = ChildProcess.run(["sh", "-c", "readlink /proc/$$/fd/0; cat >/dev/null; echo done"])
  #expect(stdin.stdoutText == "/dev/null\ndone\n")
  let env = ChildProcess.run(["/bin/sh", "-c", "echo $PYFORAC_X"], environment: ["PYFORAC_X": "y"])
  #expect(env.stdoutText == "y\n")
  let piped = ChildProcess.run(["bash", "-c", "yes | true; echo ${PIPESTATUS[0]}"])
  #expect(piped.stdoutText == "141\n")
  // stdout to a file: /dev/full makes the first write fail.
  let full = ChildProcess.run(["sh", "-c", "echo x; echo $? >&2"], stdout: .file("/dev/full"))
  #expect(full.stderrText.hasSuffix("1\n"))
}
