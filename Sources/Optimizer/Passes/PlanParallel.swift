/// Finds calls that may run on another worker while the code before them runs here, and makes
/// the parallel versions of the functions that hold them (design.md §5; the runtime's side is
/// `include/pyrt-tasks.h`, `core/sched.c`).
///
/// A *spawn site* is a call B of a user function, with the evaluation of its arguments (the
/// *region*), that comes after another user call A in the same block and does not depend on
/// anything computed from A on: `fib(n - 1) + fib(n - 2)`, `a = f(x)` then `b = g(y)`. The region
/// must be code that can run anywhere: arithmetic, loads of locals nobody stores in between,
/// runtime calls that at most raise, stop or allocate, calls of functions that write no global.
///
///     %7 = call fib(%6)                       spawn 0(%n)            (before A)
///     %8 = loadLocal n                        %7 = call fib.par(%6)
///     %9 = const 2                    ==>     joinBegin 0
///     %10 = intArith sub %8, %9               %8 = loadLocal n; ...; %11 = call fib.par(%10)
///     %11 = call fib(%10)                     joinEnd 0 %11
///
/// The region is also outlined as a function of its live-ins (`fib$int.par.region0`, no frame
/// of its own) that a thief runs. Sequential semantics are kept exactly: untaken, the region
/// runs inline where it was; taken, the join replays the thief's output and exception at the
/// region, in program order, and an exception from A abandons the record (the thief's
/// outcome is dropped, as the region would never have run).
///
/// Each function that holds spawn sites, and each one that calls such a function, gets a
/// parallel version (`f.par`) whose calls go to parallel versions; it starts with a guard that
/// runs the unchanged sequential `f` (which the later passes keep optimising) once the frame is
/// `PYFORAC_SPAWN_LEVELS` below its task's root (`spawnAllowed`). The module body calls the
/// parallel versions, after sharing the globals they read (`pyrt_share`: other threads read
/// them). `decisions` is what `pyforac --dump-parallel` prints.
enum PlanParallel {
  static func run(_ program: inout IRProgram) {
    var planner = Planner(program)
    planner.plan()
    program = planner.program
  }
}

struct Planner {
  var program: IRProgram
  let effects: FunctionEffects
  /// The program's functions by symbol (the module body excluded).
  let userFunctions: Set<String>
  /// Module globals each function reads, itself or through its callees.
  var globalsRead: [String: Set<String>] = [:]

  init(_ program: IRProgram) {
    self.program = program
    effects = FunctionEffects(program)
    // A call of an __init__ is never spawned: its caller reads the fields it assigns (the
    // instance is made before the call, returned after it).
    userFunctions = Set(program.functions.filter { !Self.assignsFields($0) }.map(\.symbol)
      .filter { $0 != Self.module })
  }

  static let module = "pyforac_module_main"

  /// One accepted spawn site in a block (instruction indices of the original block).
  struct Site {
    var spawnAt: Int
    var regionStart: Int
    var call: Int
    var regionEnd: Int
    var result: Register
    /// Registers defined before the spawn point that the region reads.
    var liveRegisters: [Register]
    /// Local slots the region loads (read again at the spawn point).
    var loadedSlots: [(name: String, type: IRType)]
  }

  /// Whether `f` is an `__init__` assigning fields of its instance (the stores a dataclass's
  /// generated `__init__` makes at its call, into an instance nothing else holds yet, do not
  /// count).
  static func assignsFields(_ f: IRFunction) -> Bool {
    f.pythonName == "__init__" && f.blocks.contains { b in
      b.instructions.contains {
        if case .runtime(let rf, _) = $0.op {
          return rf == .instanceSet || rf == .instanceSetUnion
        }
        return false
      }
    }
  }

  mutating func plan() {
    computeGlobalsRead()
    var planned: [String: IRFunction] = [:]
    var regions: [IRFunction] = []
    var decisions: [String] = []
    // Functions the comprehension splitting made (chunks, splitters, their regions), which
    // only the parallel version (or the module body) of their owner calls.
    var made: [(owner: String, function: IRFunction)] = []
    for f in program.functions {
      // An __init__ assigns fields of an instance other code may read (self passed to a
      // call): no region of it runs beside the rest.
      if Self.assignsFields(f) { continue }
      var g = f
      var changed = false
      var k = 0
      while true {
        let (comps, notes) = findComprehensions(in: g)
        if k == 0 { decisions += notes }
        guard let c = comps.first else { break }
        made += split(c, number: k, in: &g).map { (f.symbol, $0) }
        k += 1
        changed = true
      }
      let (sites, notes) = findSites(in: g)
      decisions += notes
      if sites.values.contains(where: { !$0.isEmpty }) {
        regions += apply(sites, to: &g)
        changed = true
      }
      if changed { planned[f.symbol] = g }
    }
    // Functions needing a parallel version: those with spawn sites and their callers.
    var parallel = Set(planned.keys.filter { $0 != Self.module })
    var grew = true
    while grew {
      grew = false
      for f in program.functions where f.symbol != Self.module && !parallel.contains(f.symbol) {
        if (effects.callees[f.symbol] ?? []).contains(where: parallel.contains) {
          parallel.insert(f.symbol)
          grew = true
        }
      }
    }
    var out: [IRFunction] = []
    var parVersions: [IRFunction] = []
    for f in program.functions {
      if f.symbol == Self.module {
        var m = planned[f.symbol] ?? f
        retarget(&m, parallel)
        shareGlobals(&m, regions + made.map(\.function))
        out.append(m)
        continue
      }
      out.append(f)
      guard parallel.contains(f.symbol) else { continue }
      var p = planned[f.symbol] ?? f
      retarget(&p, parallel)
      p.symbol = f.symbol + ".par"
      p.isParallel = true
      for k in p.spawns.indices {
        p.spawns[k].region = p.symbol + ".region\(k)"
      }
      addGuard(&p, sequential: f.symbol)
      parVersions.append(p)
      let n = p.spawns.count
      decisions.append("\(f.symbol): parallel version \(p.symbol)"
        + (n > 0 ? " with \(n) spawn site\(n == 1 ? "" : "s")" : " (calls parallel versions)")
        + "; runs \(f.symbol) past PYFORAC_SPAWN_LEVELS levels below its task's root")
    }
    for var r in regions {
      let owner = r.symbol.components(separatedBy: ".region").first ?? ""
      guard owner == Self.module || parallel.contains(owner) else { continue }
      let k = r.symbol.components(separatedBy: ".region").last ?? "0"
      r.symbol = owner == Self.module ? r.symbol : owner + ".par.region" + k
      retarget(&r, parallel)
      out.append(r)
    }
    for (owner, var m) in made where owner == Self.module || parallel.contains(owner) {
      retarget(&m, parallel)
      out.append(m)
    }
    program.functions = out + parVersions
    program.parallelPlan = decisions
  }

  // MARK: - Finding spawn sites

  func isUserCall(_ i: Instruction) -> String? {
    if case .call(let s, _) = i.op, userFunctions.contains(s) { return s }
    return nil
  }

  /// Why an instruction cannot be part of a region (nil: it can).
  func regionProblem(_ i: Instruction, module: Bool) -> String? {
    switch i.op {
    case .constInt, .constFloat, .constBool, .constNone, .constStr, .constI32, .constNull,
      .constCString, .loadLocal, .intArith, .floatArith, .negate, .compare, .not, .convert,
      .select, .makeUnion, .setLine, .checkRecursion, .checkComparisonRecursion,
      .exceedsRecursionLimit, .retain, .release, .enterColdCall, .leaveColdCall:
      return nil
    case .call(let s, _):
      let e = effects.summaries[s] ?? .all
      if e.contains(.writesGlobals) { return "it calls \(s), which writes a global" }
      return nil
    case .runtime(let fn, _):
      let allowed: Effects = [.mayRaise, .mayStop, .allocates, .refcounts]
      return fn.effects.isSubset(of: allowed) ? nil : "\(fn.name) has effects (\(fn.effects))"
    case .loadGlobal, .peekGlobal: return "its arguments read a global"
    default: return "its arguments use \(IRPrinter.describe(i.op).split(separator: " ").first ?? "")"
    }
  }

  /// The spawn sites of `f`, by block index, and the dump's lines for its candidate calls.
  func findSites(in f: IRFunction) -> ([Int: [Site]], [String]) {
    var result: [Int: [Site]] = [:]
    var notes: [String] = []
    let isModule = f.symbol == Self.module
    // Where each register is used, to check that a region's values stay inside it.
    var uses: [Register: [(block: Int, index: Int)]] = [:]
    for (bi, b) in f.blocks.enumerated() {
      for (ii, inst) in b.instructions.enumerated() {
        for r in inst.operands { uses[r, default: []].append((bi, ii)) }
      }
      let term: [Register]
      switch b.terminator {
      case .condBranch(let c, _, _): term = [c]
      case .ret(let r?): term = [r]
      default: term = []
      }
      for r in term { uses[r, default: []].append((bi, b.instructions.count)) }
    }
    for (bi, block) in f.blocks.enumerated() {
      // Inside a try body or a handler the exception state (what is being handled, where a
      // raise goes) belongs to this thread: such calls stay sequential.
      if block.handler != nil { continue }
      let insts = block.instructions
      var sites: [Site] = []
      var line = f.line
      for (c, inst) in insts.enumerated() {
        if case .setLine(let l) = inst.op { line = l }
        guard let callee = isUserCall(inst), inst.dest != nil else { continue }
        let here = "\(f.symbol) line \(line): call \(callee)"
        switch site(for: c, in: insts, block: bi, f, uses, accepted: sites) {
        case .success(let s):
          sites.append(s)
          let beside = isUserCall(insts[s.spawnAt]) ?? "?"
          notes.append("\(here): spawned: may run on another worker during call \(beside)")
        case .failure(let why):
          notes.append("\(here): not spawned: \(why.text)")
        }
      }
      if !sites.isEmpty { result[bi] = sites }
    }
    return (result, notes)
  }

  struct Why: Error { let text: String }

  func site(for c: Int, in insts: [Instruction], block bi: Int, _ f: IRFunction,
            _ uses: [Register: [(block: Int, index: Int)]], accepted: [Site]) -> Result<Site, Why> {
    let isModule = f.symbol == Self.module
    let call = insts[c]
    guard let result = call.dest else { return .failure(Why(text: "no result")) }
    if let p = regionProblem(call, module: isModule) { return .failure(Why(text: p)) }
    // A callee that never returns (its only ends raise) ends the block: no join could follow.
    if case .unreachable = f.blocks[bi].terminator,
      !insts[(c + 1)...].contains(where: { isUserCall($0) != nil })
    {
      return .failure(Why(text: "the call never returns"))
    }
    // The region: the instructions just before the call that compute its arguments (and
    // lines, constants), then the releases of its temporaries just after it.
    var needed = Set(call.operands)
    var inRegion = Set<Register>([result])
    var start = c
    var j = c - 1
    while j >= 0 {
      let i = insts[j]
      if let d = i.dest, needed.contains(d) {
        if let p = regionProblem(i, module: isModule) { return .failure(Why(text: p)) }
      } else if case .setLine = i.op {
      } else {
        break
      }
      if let d = i.dest { inRegion.insert(d) }
      needed.formUnion(i.operands)
      start = j
      j -= 1
    }
    var end = c
    while end + 1 < insts.count, case .release(let r) = insts[end + 1].op, inRegion.contains(r),
      r != result
    {
      end += 1
    }
    for k in start...end {
      if case .release(let r) = insts[k].op, !inRegion.contains(r) {
        return .failure(Why(text: "its arguments release a value of the caller"))
      }
      if case .retain(let r) = insts[k].op, !inRegion.contains(r) {
        return .failure(Why(text: "its arguments retain a value of the caller"))
      }
    }
    // Values made inside the region are used only inside it (the result after it).
    for r in inRegion where r != result {
      for u in uses[r] ?? [] where u.block != bi || u.index < start || u.index > end {
        return .failure(Why(text: "a value computed for its arguments is used after the call"))
      }
    }
    // A: the latest user call before the region, outside accepted regions.
    guard var a = (0..<start).last(where: { isUserCall(insts[$0]) != nil }) else {
      return .failure(Why(text: "no earlier call in the same block to run beside"))
    }
    while let s = accepted.first(where: { a >= $0.regionStart && a <= $0.regionEnd }) {
      a = s.spawnAt
    }
    let liveRegisters = needed.subtracting(inRegion).sorted { $0.id < $1.id }
    var definedAt: [Register: Int] = [:]
    for (k, i) in insts.enumerated() { if let d = i.dest { definedAt[d] = k } }
    for r in liveRegisters {
      if let k = definedAt[r], k >= a {
        return .failure(Why(text: "its arguments depend on the calls before it"))
      }
    }
    var slots: [(String, IRType)] = []
    for k in start...end {
      if case .loadLocal(let n) = insts[k].op, !slots.contains(where: { $0.0 == n }) {
        slots.append((n, insts[k].type))
      }
    }
    // The window (from A to the region) must leave the region's inputs alone.
    for k in a..<start {
      switch insts[k].op {
      case .storeLocal(let n, _) where slots.contains(where: { $0.0 == n }):
        let name = n.prefix { $0 != "#" }
        return .failure(Why(text: "its arguments read '\(name)', assigned after the call before it"))
      case .storeGlobal:
        return .failure(Why(text: "a global is assigned before it"))
      case .release(let r) where liveRegisters.contains(r):
        return .failure(Why(text: "a value its arguments read is released before it"))
      case .runtime(let fn, let args):
        for (n, r) in args.enumerated() where fn.consumes.contains(n) && liveRegisters.contains(r) {
          return .failure(Why(text: "a value its arguments read is consumed before it"))
        }
      default: break
      }
    }
    // Sites nest like the stack of records: never cross an accepted one.
    for s in accepted {
      let disjoint = s.regionEnd < a || end < s.spawnAt
      let holds = a <= s.spawnAt && s.regionEnd < start
      let inside = s.spawnAt <= a && end < s.regionStart
      if !(disjoint || holds || inside) {
        return .failure(Why(text: "it overlaps another spawn site"))
      }
    }
    if liveRegisters.count + slots.count > 64 {
      return .failure(Why(text: "its arguments read more than 64 values"))
    }
    return .success(Site(spawnAt: a, regionStart: start, call: c, regionEnd: end, result: result,
                         liveRegisters: liveRegisters,
                         loadedSlots: slots.map { (name: $0.0, type: $0.1) }))
  }

  // MARK: - Rewriting

  /// Inserts the spawn sites into `f` and returns their outlined regions (named
  /// `SYMBOL.regionK`; `plan` renames those of parallel versions).
  func apply(_ sites: [Int: [Site]], to f: inout IRFunction) -> [IRFunction] {
    var regions: [IRFunction] = []
    for bi in sites.keys.sorted() {
      let insts = f.blocks[bi].instructions
      var spawnsAt: [Int: [(k: Int, site: Site, operands: [Register])]] = [:]
      var begins: [Int: Int] = [:]
      var ends: [Int: (Int, Register)] = [:]
      for s in sites[bi]! {
        let k = f.spawns.count
        // The slots the region loads are read again at the spawn point.
        var operands = s.loadedSlots.map { f.newRegister($0.type) }
        operands += s.liveRegisters
        let types = operands.map { f.registerTypes[$0.id] }
        let region = f.symbol + ".region\(k)"
        // Another rank may run it when nothing it calls reads a global.
        var reads = Set<String>()
        for i in insts[s.regionStart...s.regionEnd] {
          if case .call(let callee, _) = i.op { reads.formUnion(globalsRead[callee] ?? ["?"]) }
        }
        f.spawns.append(SpawnSite(region: region, liveIns: types,
                                  result: f.registerTypes[s.result.id], portable: reads.isEmpty))
        spawnsAt[s.spawnAt, default: []].append((k, s, operands))
        begins[s.regionStart] = k
        ends[s.regionEnd] = (k, s.result)
        regions.append(outline(f, s, insts, symbol: region))
      }
      var out: [Instruction] = []
      for (i, inst) in insts.enumerated() {
        // The site ending last is pushed first: records are taken back in reverse order.
        for entry in (spawnsAt[i] ?? []).sorted(by: { $0.site.call > $1.site.call }) {
          for (slot, r) in zip(entry.site.loadedSlots, entry.operands) {
            out.append(Instruction(dest: r, type: slot.type, op: .loadLocal(slot.name)))
          }
          out.append(Instruction(dest: nil, type: .none, op: .spawn(entry.k, entry.operands)))
        }
        if let k = begins[i] { out.append(Instruction(dest: nil, type: .none, op: .joinBegin(k))) }
        out.append(inst)
        if let (k, r) = ends[i] {
          out.append(Instruction(dest: nil, type: .none, op: .joinEnd(k, r)))
        }
      }
      f.blocks[bi].instructions = out
    }
    return regions
  }

  /// The outlined region: parameters are the loaded slots (by their own names: the region's
  /// loads read them unchanged) and the live registers (`$liveN`, loaded at entry).
  func outline(_ f: IRFunction, _ s: Site, _ insts: [Instruction], symbol: String)
    -> IRFunction
  {
    var r = IRFunction(symbol: symbol, pythonName: f.pythonName, line: f.line,
                       params: [], returnType: f.registerTypes[s.result.id])
    r.registerTypes = f.registerTypes
    r.isParallel = true
    r.recordsFrame = false
    var body: [Instruction] = []
    var rename: [Register: Register] = [:]
    for slot in s.loadedSlots { r.params.append((slot.name, slot.type)) }
    for (n, live) in s.liveRegisters.enumerated() {
      let name = "$live\(n)"
      let type = f.registerTypes[live.id]
      r.params.append((name, type))
      let fresh = r.newRegister(type)
      rename[live] = fresh
      body.append(Instruction(dest: fresh, type: type, op: .loadLocal(name)))
    }
    r.locals = r.params
    r.borrowedParams = Set(r.params.map(\.name))
    for k in s.regionStart...s.regionEnd {
      body.append(insts[k].renamingOperands { rename[$0] ?? $0 })
    }
    r.blocks = [BasicBlock(id: BlockID(0), instructions: body, terminator: .ret(s.result))]
    r.nameErrorMessages = f.nameErrorMessages
    return r
  }

  // MARK: - Parallel versions

  /// Calls of functions that have a parallel version go to it.
  func retarget(_ f: inout IRFunction, _ parallel: Set<String>) {
    for b in f.blocks.indices {
      for i in f.blocks[b].instructions.indices {
        if case .call(let s, let args) = f.blocks[b].instructions[i].op, parallel.contains(s) {
          f.blocks[b].instructions[i].op = .call(s + ".par", args)
        }
      }
    }
  }

  /// The guard of a parallel version: past the spawn levels, the sequential version runs
  /// as this very frame.
  func addGuard(_ f: inout IRFunction, sequential: String) {
    let body = f.blocks[0].id
    let next = (f.blocks.map(\.id.id).max() ?? 0) + 1
    let check = BlockID(next), handOver = BlockID(next + 1)
    let allowed = f.newRegister(.bool)
    let (loads, args) = f.parameterLoads()
    // A function that never returns (it always raises or exits) hands over without a result.
    let returns = f.returnType != .never
    let result = returns ? f.newRegister(f.returnType) : nil
    f.blocks.insert(contentsOf: [
      BasicBlock(id: check, instructions: [Instruction(dest: allowed, type: .bool, op: .spawnAllowed)],
                 terminator: .condBranch(allowed, body, handOver)),
      BasicBlock(id: handOver,
                 instructions: loads + [Instruction(dest: result, type: returns ? f.returnType : .none,
                                                    op: .delegate(sequential, args))],
                 terminator: returns ? .ret(result) : .unreachable),
    ], at: 0)
    f.bodyEntry = body
  }

  /// Globals each function reads, through its callees too.
  mutating func computeGlobalsRead() {
    var own: [String: Set<String>] = [:]
    for f in program.functions {
      var g = Set<String>()
      for b in f.blocks {
        for i in b.instructions {
          if case .loadGlobal(let n) = i.op { g.insert(n) }
        }
      }
      own[f.symbol] = g
    }
    globalsRead = own
    var changed = true
    while changed {
      changed = false
      for f in program.functions {
        var g = globalsRead[f.symbol] ?? []
        for c in effects.callees[f.symbol] ?? [] { g.formUnion(globalsRead[c] ?? []) }
        if g != globalsRead[f.symbol] {
          globalsRead[f.symbol] = g
          changed = true
        }
      }
    }
  }

  /// The globals an outlined function (a region, a comprehension's chunk or splitter) reads,
  /// itself or through what it calls.
  func reads(of symbol: String, _ outlined: [IRFunction], _ seen: Set<String> = []) -> Set<String> {
    var out = Set<String>()
    for f in outlined where f.symbol == symbol && !seen.contains(symbol) {
      for b in f.blocks {
        for i in b.instructions {
          switch i.op {
          case .loadGlobal(let g): out.insert(g)
          case .call(let s, _): out.formUnion(globalsRead[s.hasSuffix(".par") ? String(s.dropLast(4)) : s] ?? [])
          case .callInline(let s, _): out.formUnion(reads(of: s, outlined, seen.union([symbol])))
          default: break
          }
        }
      }
    }
    return out
  }

  /// Before each call of a parallel version and each spawn in the module body: the object
  /// globals they read are shared (their reference counts become atomic; pyrt-tasks.h rule 2),
  /// as threads other than this one may read them until the call returns.
  func shareGlobals(_ m: inout IRFunction, _ regions: [IRFunction]) {
    let types = Dictionary(program.globals.map { ($0.name, $0.type) }, uniquingKeysWith: { a, _ in a })
    for b in m.blocks.indices {
      var out: [Instruction] = []
      for inst in m.blocks[b].instructions {
        var read = Set<String>()
        switch inst.op {
        case .call(let s, _) where s.hasSuffix(".par"):
          read = globalsRead[String(s.dropLast(4))] ?? []
        case .spawn(let k, _):
          read = reads(of: m.spawns[k].region, regions)
        case .callInline(let s, _):
          read = reads(of: s, regions)
        default: break
        }
        for g in read.sorted() where types[g]?.isObject == true {
          let r = m.newRegister(types[g]!)
          out.append(Instruction(dest: r, type: types[g]!, op: .peekGlobal(g)))
          out.append(Instruction(dest: nil, type: .none, op: .runtime(.share, [r])))
        }
        out.append(inst)
      }
      m.blocks[b].instructions = out
    }
  }
}
