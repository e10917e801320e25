#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs a child process with `posix_spawn`, reads its stdout and stderr together with `poll`
/// and reaps it with `waitpid`: no run loop, so it behaves the same on any thread (Foundation's
/// `Process.waitUntilExit` can miss a child's exit when called off the main thread, which hung
/// the unit tests on a CI machine). The child runs in its own process group; past the deadline
/// the whole group is killed, so grandchildren holding the pipes cannot keep it waiting either.
public enum ChildProcess {
  public struct Result: Sendable, Equatable {
    /// The exit status, 128 + N for a death by signal N, 127 if it could not start.
    public var status: Int32
    public var stdout: [UInt8]
    public var stderr: [UInt8]
    /// True when the deadline passed and the group was killed.
    public var timedOut: Bool
    public var stdoutText: String { String(decoding: stdout, as: UTF8.self) }
    public var stderrText: String { String(decoding: stderr, as: UTF8.self) }
  }

  /// Where the child's stdout goes: captured into the result, or written to a file (opened for
  /// writing, e.g. /dev/full).
  public enum Output: Sendable, Equatable {
    case capture
    case file(String)
  }

  /// Runs `argv` (argv[0] looked up on PATH), stdin from /dev/null. `environment` replaces the
  /// parent's environment when given. `timeout` is in seconds (nil: wait as long as it takes).
  public static func run(_ argv: [String], environment: [String: String]? = nil,
                         stdout: Output = .capture, timeout: Double? = nil) -> Result {
    precondition(!argv.isEmpty, "ChildProcess.run needs a program")
    var outPipe: [Int32] = [-1, -1], errPipe: [Int32] = [-1, -1]
    // Close-on-exec: a child another thread spawns meanwhile must not inherit them (it would
    // keep them open, or write into them).
    guard pipe(&errPipe) == 0 else { return failure(argv[0], "pipe") }
    if stdout == .capture, pipe(&outPipe) != 0 {
      close(errPipe[0]); close(errPipe[1])
      return failure(argv[0], "pipe")
    }
    for fd in outPipe + errPipe where fd >= 0 { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
    defer {
      for fd in [outPipe[0], errPipe[0]] where fd >= 0 { close(fd) }
    }

    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    switch stdout {
    case .capture: posix_spawn_file_actions_adddup2(&actions, outPipe[1], 1)
    case .file(let path):
      posix_spawn_file_actions_addopen(&actions, 1, path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    }
    posix_spawn_file_actions_adddup2(&actions, errPipe[1], 2)
    for fd in [outPipe[0], outPipe[1], errPipe[0], errPipe[1]] where fd > 2 {
      posix_spawn_file_actions_addclose(&actions, fd)
    }
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    posix_spawnattr_setpgroup(&attributes, 0)
    // The child starts with every signal at its default action and none blocked, whatever
    // the calling thread blocks or ignores (Swift ignores SIGPIPE; worker threads block some).
    var defaults = sigset_t(), mask = sigset_t()
    sigfillset(&defaults)
    sigemptyset(&mask)
    posix_spawnattr_setsigdefault(&attributes, &defaults)
    posix_spawnattr_setsigmask(&attributes, &mask)
    posix_spawnattr_setflags(
      &attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))

    let env = environment.map { $0.map { "\($0.key)=\($0.value)" } }
    var pid: pid_t = 0
    let spawned = withCStrings(argv) { cArgv in
      if let env {
        return withCStrings(env) { cEnv in
          posix_spawnp(&pid, argv[0], &actions, &attributes, cArgv, cEnv)
        }
      }
      return posix_spawnp(&pid, argv[0], &actions, &attributes, cArgv, environ)
    }
    close(errPipe[1]); errPipe[1] = -1
    if outPipe[1] >= 0 { close(outPipe[1]); outPipe[1] = -1 }
    guard spawned == 0 else {
      let reason = String(cString: strerror(spawned))
      return Result(status: 127, stdout: [], stderr: Array("cannot run \(argv[0]): \(reason)".utf8),
                    timedOut: false)
    }

    var out: [UInt8] = [], err: [UInt8] = []
    let deadline = timeout.map { now() + $0 }
    var timedOut = false
    var open = [(fd: outPipe[0], isOut: true), (fd: errPipe[0], isOut: false)].filter { $0.fd >= 0 }
    var buffer = [UInt8](repeating: 0, count: 65536)
    while !open.isEmpty {
      var fds = open.map { pollfd(fd: $0.fd, events: Int16(POLLIN), revents: 0) }
      var wait: Int32 = -1
      if let deadline {
        let left = deadline - now()
        if left <= 0 { timedOut = true; break }
        wait = Int32(min(left * 1000, 60_000).rounded(.up))
      }
      let ready = poll(&fds, nfds_t(fds.count), wait)
      if ready < 0 {
        if errno == EINTR { continue }
        break
      }
      var closed: [Int32] = []
      for (i, p) in fds.enumerated() where p.revents != 0 {
        let n = buffer.withUnsafeMutableBytes { read(p.fd, $0.baseAddress, $0.count) }
        if n > 0 {
          if open[i].isOut { out += buffer[0..<n] } else { err += buffer[0..<n] }
        } else if n == 0 || (errno != EINTR && errno != EAGAIN) {
          closed.append(p.fd)
        }
      }
      open.removeAll { closed.contains($0.fd) }
    }
    var status: Int32 = 0
    var reaped = false
    if !timedOut, let deadline {
      // The pipes closed, but the child may still run (it closed them itself).
      while true {
        let r = waitpid(pid, &status, WNOHANG)
        if r == pid { reaped = true; break }
        if r < 0 && errno != EINTR { break }
        if now() >= deadline { timedOut = true; break }
        usleep(2000)
      }
    }
    if timedOut { kill(-pid, SIGKILL) }
    if !reaped {
      while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    }
    return Result(status: timedOut ? 124 : decode(status), stdout: out, stderr: err,
                  timedOut: timedOut)
  }

  private static func decode(_ status: Int32) -> Int32 {
    let signal = status & 0x7f
    if signal == 0 { return (status >> 8) & 0xff }
    return 128 + signal
  }

  private static func now() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
  }

  private static func failure(_ tool: String, _ what: String) -> Result {
    Result(status: 127, stdout: [], stderr: Array("cannot run \(tool): \(what) failed".utf8),
           timedOut: false)
  }

  /// Calls `body` with a NULL-terminated array of C strings that live for the call.
  private static func withCStrings<R>(_ strings: [String],
                                      _ body: ([UnsafeMutablePointer<CChar>?]) -> R) -> R {
    let pointers = strings.map { strdup($0) } + [nil]
    defer { pointers.forEach { free($0) } }
    return body(pointers)
  }
}
