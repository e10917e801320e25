/// Renders typed IR as text, one instruction per line, for `--emit=ir`, `--dump-ir` and tests.
///
///     func fib$int(n: int) -> int line 1 {
///     bb0:
///       %0: int = loadLocal n
///       ...
///       ret %5
///     }
public enum IRPrinter {
  /// The text of a whole program: globals, then every function in order.
  public static func print(_ program: IRProgram) -> String {
    var out = ""
    for g in program.globals { out += "global \(g.name): \(g.type)\n" }
    for f in program.functions { out += print(f) }
    return out
  }

  /// The text of one function.
  public static func print(_ f: IRFunction) -> String {
    let params = f.params.map { "\($0.name): \($0.type)" }.joined(separator: ", ")
    var out = "func \(f.symbol)(\(params)) -> \(f.returnType) line \(f.line) {\n"
    for l in f.locals { out += "  local \(l.name): \(l.type)\n" }
    // What else the function carries, so that `IRReader` reads back exactly this function.
    if f.pythonName != IRReader.pythonName(of: f.symbol) {
      out += "  pythonName \(quoted(f.pythonName))\n"
    }
    for p in f.borrowedParams.sorted() { out += "  borrowed \(p)\n" }
    for u in f.unions {
      out += "  union \(u.slot): \(u.members.map(\.description).joined(separator: " | "))\n"
    }
    for (slot, message) in f.nameErrorMessages.sorted(by: { $0.key < $1.key }) {
      out += "  nameError \(slot) \(quoted(message))\n"
    }
    if let b = f.bodyEntry { out += "  bodyEntry \(b)\n" }
    if let d = f.deepVersion { out += "  deepVersion \(d)\n" }
    if f.isParallel { out += "  parallel\n" }
    if !f.recordsFrame { out += "  noFrame\n" }
    for (k, s) in f.spawns.enumerated() {
      out += "  spawnSite \(k) \(s.region)(\(s.liveIns.map(\.description).joined(separator: ", ")))"
        + " -> \(s.result)\(s.portable ? " portable" : "")\n"
    }
    for loop in f.loops { out += "  \(print(loop))\n" }
    for b in f.blocks {
      out += b.handler.map { "\(b.id) unwind \($0):\n" } ?? "\(b.id):\n"
      for i in b.instructions { out += "  \(print(i))\n" }
      out += "  \(print(b.terminator))\n"
    }
    return out + "}\n"
  }

  /// One instruction, e.g. `%3: int = intArith add %1, %2`.
  public static func print(_ i: Instruction) -> String {
    let lhs = i.dest.map { "\($0): \(i.type) = " } ?? ""
    return lhs + describe(i.op)
  }

  static func describe(_ op: Operation) -> String {
    func regs(_ rs: [Register]) -> String { rs.map(\.description).joined(separator: ", ") }
    switch op {
    case .constInt(let v): return "const \(v)"
    case .constFloat(let v): return "const \(v)"
    case .constBool(let v): return "const \(v)"
    case .constNone: return "const None"
    case .constStr(let s): return "const \(quoted(s))"
    case .constCString(let s): return "cstring \(quoted(s))"
    case .constI32(let v): return "const.i32 \(v)"
    case .constNull: return "null"
    case .loadLocal(let n): return "loadLocal \(n)"
    case .storeLocal(let n, let r): return "storeLocal \(n), \(r)"
    case .loadGlobal(let n): return "loadGlobal \(n)"
    case .storeGlobal(let n, let r): return "storeGlobal \(n), \(r)"
    case .peekGlobal(let n): return "peekGlobal \(n)"
    case .intArith(let o, let a, let b): return "intArith \(o.rawValue) \(a), \(b)"
    case .floatArith(let o, let a, let b): return "floatArith \(o.rawValue) \(a), \(b)"
    case .negate(let r): return "negate \(r)"
    case .compare(let p, let a, let b): return "compare \(p.rawValue) \(a), \(b)"
    case .not(let r): return "not \(r)"
    case .convert(let c, let r): return "convert \(c) \(r)"
    case .select(let c, let a, let b): return "select \(c), \(a), \(b)"
    case .makeUnion(let k, let b): return "makeUnion \(k), \(b)"
    case .call(let s, let args): return "call \(s)(\(regs(args)))"
    case .delegate(let s, let args): return "delegate \(s)(\(regs(args)))"
    case .callInline(let s, let args): return "callInline \(s)(\(regs(args)))"
    case .runtime(let fn, let args): return "runtime \(fn.name)(\(regs(args)))"
    case .retain(let r): return "retain \(r)"
    case .release(let r): return "release \(r)"
    case .setLine(let l): return "line \(l)"
    case .setFrameLine(let k, let l): return "line \(l) in frame \(k)"
    case .pushFrame(let k, let name, let l, let entry):
      switch entry {
      case .direct: return "pushFrame \(k) \(name) line \(l)"
      case .belowCCall: return "pushFrame \(k) \(name) line \(l) belowC"
      case .belowCCallIfCold(let key): return "pushFrame \(k) \(name) line \(l) belowC cold \(key)"
      }
    case .warmup(let key): return "warmup \(key)"
    case .enterColdCall(let key): return "enterColdCall \(key)"
    case .leaveColdCall: return "leaveColdCall"
    case .popFrame(let k): return "popFrame \(k)"
    case .exceedsRecursionLimit(let extra): return "exceedsRecursionLimit +\(extra)"
    case .checkComparisonRecursion(let rs):
      return rs.isEmpty ? "checkComparisonRecursion" : "checkComparisonRecursion unless small \(regs(rs))"
    case .checkRecursion(let extra, let message):
      return "checkRecursion +\(extra) \(quoted(message))"
    case .argArray(let rs): return "argArray [\(regs(rs))]"
    case .spawn(let k, let rs): return "spawn \(k)(\(regs(rs)))"
    case .joinBegin(let k): return "joinBegin \(k)"
    case .joinEnd(let k, let r): return "joinEnd \(k) \(r)"
    case .spawnAllowed: return "spawnAllowed"
    }
  }

  /// A loop record: `loop for header bb1 body bb2 latch bb3 exit bb4 after bb5 line 3
  /// induction $i appends $comp parent bb0 source range(%1, %2, 1)` (optional parts omitted).
  static func print(_ loop: LoopRecord) -> String {
    var out = "loop \(loop.kind.rawValue) header \(loop.header) body \(loop.body)"
    if let l = loop.latch { out += " latch \(l)" }
    out += " exit \(loop.exit) after \(loop.after) line \(loop.line)"
    if let i = loop.induction { out += " induction \(i)" }
    if let a = loop.appendsTo { out += " appends \(a)" }
    if let r = loop.reduces { out += " reduces \(r.op) into \(r.into)" }
    if let p = loop.parent { out += " parent \(p)" }
    if let s = loop.source { out += " source \(print(s))" }
    return out
  }

  static func print(_ s: LoopSource) -> String {
    switch s {
    case .range(let stop, let step, let k): return "range(\(stop), \(step), \(k.map(String.init) ?? "?"))"
    case .sequence(let base, let type, let length): return "seq(\(type), \(base), \(length))"
    case .enumerate(let counter, let inner): return "enumerate(\(counter), \(print(inner)))"
    case .zip(let inners): return "zip(\(inners.map(print).joined(separator: ", ")))"
    }
  }

  static func print(_ t: Terminator) -> String {
    switch t {
    case .branch(let b): return "br \(b)"
    case .condBranch(let c, let t, let f): return "condbr \(c), \(t), \(f)"
    case .ret(let r): return r.map { "ret \($0)" } ?? "ret"
    case .unreachable: return "unreachable"
    }
  }

  static func quoted(_ s: String) -> String {
    var out = "\""
    for u in s.unicodeScalars {
      switch u {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      default:
        if u.value < 0x20 {
          let hex = String(u.value, radix: 16)
          out += "\\x" + (hex.count < 2 ? "0" : "") + hex  // always two digits
        } else {
          out.unicodeScalars.append(u)
        }
      }
    }
    return out + "\""
  }
}
