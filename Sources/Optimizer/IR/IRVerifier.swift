/// Checks the structural invariants of typed IR. A failure is always a compiler bug (the
/// driver turns it into exit status 70); tests run it after every pass.
///
/// Invariants: every function has an entry block; block ids are unique and every branch target
/// exists; each register is defined once, before any use in the same block or in a block that
/// comes earlier in layout order; operands of typed operations have the types the operation
/// requires; locals and globals named by loads and stores exist; calls name existing symbols;
/// spawn sites are well formed (`SpawnVerifier`); and reference counting is right on every
/// path (`OwnershipVerifier`).
public enum IRVerifier {
  /// Returns the list of violations (empty when the program is well formed).
  /// `ownership: false` skips the reference counting check (the costliest part).
  public static func verify(_ program: IRProgram, ownership: Bool = true) -> [String] {
    let symbols = Set(program.functions.map(\.symbol))
    let globals = Set(program.globals.map(\.name))
    let functions = Dictionary(program.functions.map { ($0.symbol, $0) },
                               uniquingKeysWith: { a, _ in a })
    return program.functions.flatMap {
      verify($0, symbols: symbols, globals: globals, ownership: ownership, functions: functions)
    }
  }

  /// Verifies one function against the program's symbols and globals.
  public static func verify(_ f: IRFunction, symbols: Set<String>, globals: Set<String>,
                            ownership: Bool = true,
                            functions: [String: IRFunction] = [:]) -> [String] {
    var errors: [String] = []
    func fail(_ m: String) { errors.append("\(f.symbol): \(m)") }
    if f.blocks.isEmpty { fail("no entry block") }
    let ids = f.blocks.map(\.id)
    if Set(ids).count != ids.count { fail("duplicate block ids") }
    let known = Set(ids)
    let locals = Set(f.locals.map(\.name))
    let localTypes = Dictionary(f.locals.map { ($0.name, $0.type) }, uniquingKeysWith: { a, _ in a })
    // A parameter's slot holds the argument, of the parameter's type, until the body's entry
    // block first stores into it (converting it when the slot's type is wider); the blocks of
    // a guard before the body (`bodyEntry`, see `SplitAtRecursionLimit`) read it as it came.
    let params = Dictionary(f.params.map { ($0.name, $0.type) }, uniquingKeysWith: { a, _ in a })
    let bodyEntry = f.bodyEntry ?? f.blocks.first?.id
    let guardBlocks = f.bodyEntry == nil
      ? [] : Set(f.blocks.prefix { $0.id != bodyEntry }.map(\.id))
    var entryParams: [String: IRType] = [:]
    var defined = Set<Register>()
    func check(_ r: Register) {
      if !defined.contains(r) { fail("\(r) used before definition") }
    }
    func type(_ r: Register) -> IRType? {
      r.id < f.registerTypes.count ? f.registerTypes[r.id] : nil
    }
    for block in f.blocks {
      entryParams = block.id == bodyEntry || guardBlocks.contains(block.id) ? params : [:]
      for inst in block.instructions {
        inst.operands.forEach(check)
        switch inst.op {
        case .loadLocal(let n):
          if !locals.contains(n) { fail("unknown local \(n)") }
          if let t = localTypes[n], inst.type != t, entryParams[n] != inst.type {
            fail("loads \(n), a \(t), as a \(inst.type)")
          }
        case .storeLocal(let n, let r):
          if !locals.contains(n) { fail("unknown local \(n)") }
          if let t = localTypes[n], let rt = type(r), rt != t, !(rt == .rawPointer && t.isObject) {
            fail("stores a \(rt) into \(n), a \(t)")
          }
          entryParams[n] = nil
        case .loadGlobal(let n), .storeGlobal(let n, _), .peekGlobal(let n):
          if !globals.contains(n) { fail("unknown global \(n)") }
        case .call(let s, _), .delegate(let s, _), .callInline(let s, _):
          if !symbols.contains(s) { fail("call to unknown \(s)") }
        case .intArith(_, let a, let b):
          if type(a) != .int || type(b) != .int { fail("intArith on non-int") }
        case .floatArith(_, let a, let b):
          if type(a) != .float || type(b) != .float { fail("floatArith on non-float") }
        case .compare(_, let a, let b):
          if type(a) != type(b) { fail("compare of \(String(describing: type(a))) and \(String(describing: type(b)))") }
        case .not(let r):
          if type(r) != .bool { fail("not of non-bool") }
        case .runtime(let fn, let args):
          if fn.params.count != args.count { fail("\(fn.name) takes \(fn.params.count) args") }
        default: break
        }
        if let d = inst.dest {
          if defined.contains(d) { fail("\(d) defined twice") }
          if type(d) != inst.type { fail("\(d) has inconsistent type") }
          if inst.type == .never { fail("\(d) has an uninferred type") }
          defined.insert(d)
        }
      }
      if case .condBranch(let c, _, _) = block.terminator {
        check(c)
        if type(c) != .bool { fail("condbr on non-bool") }
      }
      if case .ret(let r?) = block.terminator { check(r) }
      for s in block.successors where !known.contains(s) {
        fail("branch to unknown \(s)")
      }
    }
    if errors.isEmpty { errors += LoopVerifier.verify(f) }
    if errors.isEmpty && (!f.spawns.isEmpty || f.blocks.contains { $0.hasSpawnOps }) {
      errors += SpawnVerifier.verify(f, functions: functions).map { "\(f.symbol): \($0)" }
    }
    if errors.isEmpty && ownership {
      errors += OwnershipVerifier.verify(f, isModule: f.symbol == "pyforac_module_main")
    }
    return errors
  }
}

extension BasicBlock {
  /// Whether the block holds a spawn site's instructions.
  var hasSpawnOps: Bool {
    instructions.contains { i in
      switch i.op {
      case .spawn, .joinBegin, .joinEnd: return true
      default: return false
      }
    }
  }
}
