/// Checks that every reference a function owns is handed on or released exactly once on every
/// path, and that no value is used after its last reference was released: the reference
/// counting rules of the typed IR (Sources/Optimizer/README.md, "Reference counting").
/// A failure is a compiler bug; `IRVerifier` runs this after lowering and after every pass.
///
/// The model, per function (a forward dataflow over the blocks, to a fixed point for loops):
/// - A *root* is one object identity: the value an instruction produces (`call`, `runtime`,
///   `constStr`, `select`), a parameter's or a global's value on entry, or what a slot holds
///   where paths that stored different values into it meet. Registers made by `convert` and by
///   loads alias the root of their operand or slot.
/// - The function holds `temps` references to a root in registers (a `call`, a runtime result
///   that is not borrowed and a `retain` add one; `release`, `ret`, a store and a consuming
///   runtime argument take one) and one more for every local or global slot that owns it.
///   A slot owns what was stored into it; overwriting it hands that reference to the
///   function (`old = load x; store x, new; release old` is the rule), and so does storing a
///   null into it (the epilogue and `xs = xs + [v]` do that).
/// - Parameters, globals read inside functions, str literals, null and borrowed runtime results
///   (`pyrt_list_getitem`, ...) are borrowed: released, they are over-released. A borrowed
///   runtime result depends on the argument that owns it, which must stay alive while it is used.
/// - Where paths meet, each root must be held the same number of times on every path (else one
///   path leaks it or releases it twice). At `ret` nothing may be held except the result (+1),
///   and no local may own a value. After a `unreachable` (a raise) anything may be left: the
///   program ends or the exception unwinds past the function.
public enum OwnershipVerifier {
  /// The violations in `f` (empty when its reference counting is right); `globals` are the
  /// module's global slots, which the module body (`isModule`) owns across its end.
  public static func verify(_ f: IRFunction, isModule: Bool) -> [String] {
    var checker = Checker(f, isModule: isModule)
    return checker.run()
  }

  /// What an exception passing each instruction of `f` must release so that nothing leaks: by
  /// block and instruction index, the references the function holds just before it (less those
  /// the instruction consumes), for instructions where it holds any. Codegen's landing pads
  /// release them (`FunctionEmitter+Tracebacks`). Violations are ignored here (a function
  /// split off a bigger one borrows what its parent owns).
  public static func cleanups(_ f: IRFunction, isModule: Bool) -> [BlockID: [Int: Cleanup]] {
    var checker = Checker(f, isModule: isModule)
    checker.recordsCleanups = true
    _ = checker.run()
    return checker.cleanups
  }

  /// References to release when an exception leaves the function at one instruction.
  public struct Cleanup: Hashable, Sendable {
    /// Registers holding a reference, once per reference held.
    public var registers: [Register] = []
    /// Local slots owning their value (to be loaded, cleared and released).
    public var locals: [String] = []

    public var isEmpty: Bool { registers.isEmpty && locals.isEmpty }
  }
}

private enum Slot: Hashable, CustomStringConvertible {
  case local(String)
  case global(String)

  var description: String {
    switch self {
    case .local(let n): return "local \(n)"
    case .global(let n): return "global \(n)"
    }
  }
}

private enum Root: Hashable, CustomStringConvertible {
  /// The value an instruction defined.
  case value(Register)
  /// A slot's value when the function starts (a parameter, or a global inside a function).
  case entry(Slot)
  /// What a slot holds where paths that stored different values into it meet at a block.
  case merged(BlockID, Slot)

  var description: String {
    switch self {
    case .value(let r): return "\(r)"
    case .entry(let s): return "the entry value of \(s)"
    case .merged(let b, let s): return "the value of \(s) at \(b)"
    }
  }
}

/// What a slot holds: a root (nil: null, or a scalar) and whether it owns a reference to it.
private struct SlotContent: Equatable {
  var root: Root?
  var owns: Bool
}

/// References the function holds to one root on one path. Absent from `State.roots`: none,
/// and alive (a borrowed value).
private struct RootCount: Equatable {
  var temps = 0
  var slotRefs = 0
  var dead = false
  /// The register through which the function took its first reference to a borrowed value
  /// (its `retain`), or a slot's reference moved to a register (the load before a store over
  /// it); nil where paths that did so through different registers meet. What a cleanup
  /// releases.
  var via: Register?
  /// The block where the function took each reference it holds, oldest first (a handler
  /// releases those its region took, `caughtState`).
  var taken: [BlockID] = []

  var isDefault: Bool { temps == 0 && slotRefs == 0 && !dead }
}

private struct State: Equatable {
  /// Slots whose content differs from their entry content.
  var slots: [Slot: SlotContent] = [:]
  var roots: [Root: RootCount] = [:]
}

private struct Checker {
  let f: IRFunction
  let isModule: Bool
  let params: Set<String>
  /// The root each object (or object-holding slot) register stands for; nil for null, str
  /// literals and scalars. Function-wide: a register is defined once, and blocks are visited
  /// after their dominators, so the entry seen at a use is the one of the path being checked.
  var rootOf: [Register: Root?] = [:]
  /// Roots that are borrowed from another root (a list element from its list).
  var owners: [Root: Root] = [:]
  /// Roots that someone else keeps alive (parameters, borrowed results, ...): giving up the
  /// function's last reference to one leaves it alive.
  var borrowed: Set<Root> = []
  /// The reference registers live into each block.
  var liveIn: [BlockID: Set<Register>] = [:]
  /// The slots each loop stores into, by loop header.
  var storedInLoop: [BlockID: Set<Slot>] = [:]
  var errors: [String] = []
  var recordsCleanups = false
  /// The register that last loaded each slot (for `RootCount.via`).
  var lastLoad: [Slot: Register] = [:]
  var cleanups: [BlockID: [Int: OwnershipVerifier.Cleanup]] = [:]
  /// The handlers covering each block: its own, that handler block's, and so on outward.
  var handlerChains: [BlockID: Set<BlockID>] = [:]
  /// The states the block being checked hands to its handler, one per instruction.
  var raising: [State] = []
  /// Per handler, the values the registers live into it reach (this round).
  var handlerReach: [BlockID: Set<Root>] = [:]
  var state = State()
  var block = BlockID(0)
  /// The instruction or terminator being checked (for messages).
  var current: String? {
    currentInstruction.map(IRPrinter.print) ?? currentTerminator.map(IRPrinter.print)
  }
  var currentInstruction: Instruction?
  var currentTerminator: Terminator?

  init(_ f: IRFunction, isModule: Bool) {
    self.f = f
    self.isModule = isModule
    params = Set(f.params.map(\.name))
  }

  // MARK: - The fixed point

  mutating func run() -> [String] {
    guard let entry = f.blocks.first?.id else { return [] }
    let byID = Dictionary(f.blocks.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    let order = reversePostorder(entry, byID)
    let position = Dictionary(uniqueKeysWithValues: order.enumerated().map { ($1, $0) })
    var predecessors: [BlockID: [BlockID]] = [:]
    for b in order {
      for s in byID[b]!.successors where position[s] != nil {
        predecessors[s, default: []].append(b)
      }
    }
    handlerChains = [:]
    for b in order {
      var chain: Set<BlockID> = []
      var h = byID[b]!.handler
      while let x = h, chain.insert(x).inserted { h = byID[x]?.handler }
      handlerChains[b] = chain
    }
    liveIn = liveness(order, byID)
    storedInLoop = loopStores(order, byID, predecessors, position)
    // The states sent along the edges into each block, taken when the block is checked; those
    // of back edges stay for the next round, which starts when one of them changed.
    var incoming: [BlockID: [BlockID: State]] = [:]
    var previousBackEdges: [String: State] = [:]
    for round in 0..<32 {
      errors = []
      cleanups = [:]
      handlerReach = [:]
      rootOf = [:]
      owners = [:]
      borrowed = []
      var backEdges: [String: State] = [:]
      incoming[entry, default: [:]][entry] = State()
      for b in order {
        guard var states = incoming.removeValue(forKey: b) else { continue }
        let preds = (b == entry ? [entry] : []) + (predecessors[b] ?? [])
        let arrived = preds.filter { states[$0] != nil }
        block = b
        if arrived.count == 1 {
          state = states.removeValue(forKey: arrived[0])!
        } else {
          state = merge(arrived.map { states[$0]! },
                        backEdge: arrived.map { position[$0]! >= position[b]! && $0 != entry })
        }
        // Keep what came along back edges for the next round.
        let back = states.filter { position[$0.key]! >= position[b]! && $0.key != entry }
        if !back.isEmpty { incoming[b] = back }
        raising = []
        check(byID[b]!)
        if let h = byID[b]!.handler, position[h] != nil, !raising.isEmpty {
          // The states at the block's instructions that may raise, as the handler gets them.
          let after = state
          block = h
          incoming[h, default: [:]][b] = raising.count == 1
            ? raising[0] : merge(raising, backEdge: raising.map { _ in false })
          block = b
          state = after
        }
        for s in byID[b]!.terminator.successors where position[s] != nil {
          incoming[s, default: [:]][b] = state
          if position[s]! <= position[b]! { backEdges["\(b)->\(s)"] = state }
        }
        state = State()
      }
      if backEdges == previousBackEdges { return errors.map { "\(f.symbol): \($0)" } }
      previousBackEdges = backEdges
      if round == 31 { break }
    }
    return ["\(f.symbol): ownership analysis did not converge"]
  }

  /// The slots each loop stores into, by loop header: the blocks of the natural loop of each
  /// back edge (those that reach its source without passing the header).
  private func loopStores(_ order: [BlockID], _ byID: [BlockID: BasicBlock],
                          _ predecessors: [BlockID: [BlockID]], _ position: [BlockID: Int])
    -> [BlockID: Set<Slot>]
  {
    var out: [BlockID: Set<Slot>] = [:]
    for b in order {
      for header in byID[b]!.successors where (position[header] ?? .max) <= position[b]! {
        var body: Set<BlockID> = [header, b]
        var work = b == header ? [] : [b]
        while let x = work.popLast() {
          for p in predecessors[x] ?? [] where body.insert(p).inserted { work.append(p) }
        }
        var stored = out[header] ?? []
        for x in body {
          for inst in byID[x]!.instructions {
            switch inst.op {
            case .storeLocal(let n, let r) where isReference(r): stored.insert(.local(n))
            case .storeGlobal(let n, let r) where isReference(r): stored.insert(.global(n))
            default: break
            }
          }
        }
        out[header] = stored
      }
    }
    return out
  }

  /// The reference registers live into each block (used there or later without being
  /// defined first): where paths meet, values no live register can reach are forgotten.
  private func liveness(_ order: [BlockID], _ byID: [BlockID: BasicBlock])
    -> [BlockID: Set<Register>]
  {
    var gen: [BlockID: Set<Register>] = [:]
    var kill: [BlockID: Set<Register>] = [:]
    for b in order {
      var g = Set<Register>(), k = Set<Register>()
      let block = byID[b]!
      var uses: [Register] = []
      for inst in block.instructions {
        uses = inst.operands
        for r in uses where isReference(r) && !k.contains(r) { g.insert(r) }
        if let d = inst.dest { k.insert(d) }
      }
      if case .condBranch(let c, _, _) = block.terminator, !k.contains(c) { g.insert(c) }
      if case .ret(let r?) = block.terminator, isReference(r), !k.contains(r) { g.insert(r) }
      gen[b] = g
      kill[b] = k
    }
    var live: [BlockID: Set<Register>] = [:]
    var changed = true
    while changed {
      changed = false
      for b in order.reversed() {
        var out = Set<Register>()
        for s in byID[b]!.successors { out.formUnion(live[s] ?? []) }
        let new = gen[b]!.union(out.subtracting(kill[b]!))
        if new != live[b] ?? [] {
          live[b] = new
          changed = true
        }
      }
    }
    return live
  }

  private func reversePostorder(_ entry: BlockID, _ byID: [BlockID: BasicBlock]) -> [BlockID] {
    var seen: Set<BlockID> = [entry]
    var post: [BlockID] = []
    var stack: [(BlockID, [BlockID])] = [(entry, byID[entry]?.successors ?? [])]
    while !stack.isEmpty {
      if let next = stack[stack.count - 1].1.popLast() {
        if byID[next] != nil && seen.insert(next).inserted {
          stack.append((next, byID[next]!.successors))
        }
      } else {
        post.append(stack.removeLast().0)
      }
    }
    return post.reversed()
  }

  /// The state where several paths meet at `block`; `backEdge` tells which come back from a
  /// loop whose header `block` is.
  private mutating func merge(_ states: [State], backEdge: [Bool]) -> State {
    var out = State()
    // Usually every path leaves the slots as they were.
    let sameSlots = states.dropFirst().allSatisfy { $0.slots == states[0].slots }
    let slotKeys = sameSlots ? [] : Set(states.flatMap(\.slots.keys))
    if sameSlots { out.slots = states[0].slots }
    for slot in slotKeys {
      let merged = Root.merged(block, slot)
      // A loop that never stores the slot brings back what it got: the paths entering decide.
      var contents = states.map { $0.slots[slot] ?? entryContent(slot) }
      if let stored = storedInLoop[block], !stored.contains(slot), backEdge.contains(false) {
        contents = zip(contents, backEdge).filter { !$0.1 }.map(\.0)
      }
      if contents.allSatisfy({ $0 == contents[0] }) {
        out.slots[slot] = contents[0]
        continue
      }
      let held = contents.filter { $0.root != nil }
      let owns = held.contains { $0.owns }
      if owns && held.contains(where: { !$0.owns }) {
        fail("\(slot) owns its value on one path into \(block) and borrows it on another")
      }
      if !owns { borrowed.insert(merged) }
      out.slots[slot] = SlotContent(root: held.isEmpty ? nil : merged, owns: owns)
    }
    // Values a live register can still reach (dead ones matter only to those).
    var reachable = Set<Root>()
    for r in liveIn[block] ?? [] {
      var current = root(r)
      while let c = current, reachable.insert(c).inserted { current = owners[c] }
    }
    let rootKeys = Set(states.flatMap(\.roots.keys))
    for root in rootKeys {
      let counts = states.map { $0.roots[root] ?? RootCount() }
      if counts.contains(where: { $0.temps != counts[0].temps }) {
        let held = counts.map { String($0.temps) }.joined(separator: ", ")
        fail("\(root) is held \(held) times on the paths into \(block): one of them leaks it "
             + "or releases it twice")
      }
      // A root dead on one path and untouched on another is local to the first path.
      let dead = counts.allSatisfy(\.dead)
        || (counts.contains(where: \.dead) && !counts.contains(where: \.isDefault))
      if dead && !reachable.contains(root) { continue }
      let via = counts.allSatisfy({ $0.via == counts[0].via }) ? counts[0].via : nil
      out.roots[root] = RootCount(temps: counts[0].temps,
                                  slotRefs: sameSlots ? counts[0].slotRefs : 0, dead: dead,
                                  via: via, taken: counts[0].taken)
    }
    if !sameSlots {
      for (_, content) in out.slots where content.owns {
        if let root = content.root {
          out.roots[root, default: RootCount()].slotRefs += 1
        }
      }
      for (slot, content) in out.slots where content == entryContent(slot) {
        out.slots[slot] = nil
      }
    }
    out.roots = out.roots.filter { !$0.value.isDefault }
    return out
  }

  private func entryContent(_ slot: Slot) -> SlotContent {
    switch slot {
    case .local(let n): return SlotContent(root: params.contains(n) ? .entry(slot) : nil, owns: false)
    case .global: return SlotContent(root: isModule ? nil : .entry(slot), owns: false)
    }
  }

  // MARK: - One block

  private mutating func fail(_ message: String) {
    let at = current.map { "'\($0)': " } ?? ""
    errors.append("ownership: \(block): \(at)\(message)")
  }

  private func isReference(_ r: Register) -> Bool {
    let t = f.registerTypes[r.id]
    return t.isObject || t == .slot
  }

  private func root(_ r: Register) -> Root? {
    rootOf[r] ?? nil
  }

  private mutating func count(_ root: Root) -> RootCount {
    state.roots[root] ?? RootCount()
  }

  private mutating func setCount(_ root: Root, _ c: RootCount) {
    state.roots[root] = c.isDefault ? nil : c
  }

  /// Checks that `r`'s value (and whatever it is borrowed from) is still alive.
  private mutating func use(_ r: Register) {
    var current = root(r)
    while let c = current {
      let n = count(c)
      if n.dead {
        fail("uses \(r) after the last reference to \(c) was released")
        return
      }
      // A borrowed value the function retained no longer depends on its owner.
      if n.temps > 0 || n.slotRefs > 0 { return }
      current = owners[c]
    }
  }

  /// Takes one of the function's references to `r`'s value (release, ret, consuming call).
  private mutating func consume(_ r: Register) {
    use(r)
    guard let c = root(r) else { return }
    var n = count(c)
    guard n.temps > 0 else {
      fail("gives up a reference to \(r) (\(c)) that the function does not hold")
      return
    }
    n.temps -= 1
    if !n.taken.isEmpty { n.taken.removeLast() }
    if n.temps == 0 && n.slotRefs == 0 && !isBorrowed(c) { n.dead = true }
    setCount(c, n)
  }

  private func isBorrowed(_ root: Root) -> Bool {
    if case .entry = root { return true }
    return borrowed.contains(root)
  }

  private mutating func define(_ d: Register, _ root: Root?, temps: Int = 0) {
    rootOf[d] = .some(root)
    guard let root else { return }
    owners[root] = nil
    if temps == 0 { borrowed.insert(root) } else { borrowed.remove(root) }
    var n = RootCount()
    n.temps = temps
    n.taken = Array(repeating: block, count: temps)
    setCount(root, n)
  }

  private mutating func store(_ slot: Slot, _ value: Register) {
    let new = root(value)
    if new != nil { consume(value) }
    let old = state.slots[slot] ?? entryContent(slot)
    if old.owns, let o = old.root {
      var n = count(o)
      // The reference moves to the register that loaded it (lowering loads, clears, releases).
      if n.temps == 0, let r = lastLoad[slot], root(r) == o { n.via = r }
      n.taken.append(block)
      n.slotRefs -= 1
      n.temps += 1
      setCount(o, n)
    }
    if let new {
      var n = count(new)
      n.slotRefs += 1
      n.dead = false
      setCount(new, n)
    }
    let content = SlotContent(root: new, owns: new != nil)
    state.slots[slot] = content == entryContent(slot) ? nil : content
  }

  private mutating func load(_ d: Register, _ slot: Slot) {
    rootOf[d] = .some((state.slots[slot] ?? entryContent(slot)).root)
    lastLoad[slot] = d
  }

  private mutating func check(_ b: BasicBlock) {
    lastLoad = [:]  // a register loaded in another block may not dominate this one
    for (i, inst) in b.instructions.enumerated() {
      if let h = b.handler {
        let (caught, released) = caughtState(inst, handler: h)
        // Straight-line code mostly hands the handler the same state again.
        if raising.last != caught { raising.append(caught) }
        if recordsCleanups && !released.isEmpty {
          cleanups[b.id, default: [:]][i] = OwnershipVerifier.Cleanup(registers: released)
        }
      } else if recordsCleanups {
        recordCleanup(b.id, i, inst)
      }
      check(inst)
    }
    currentTerminator = b.terminator
    defer { currentTerminator = nil }
    switch b.terminator {
    case .ret(let r):
      if let r, isReference(r) { consume(r) }
      for (root, n) in state.roots where n.temps > 0 {
        fail("returns while holding \(n.temps) reference(s) to \(root) (a leak)")
      }
      for (slot, content) in state.slots where content.owns && content.root != nil {
        if case .local = slot { fail("returns while \(slot) still owns its value (a leak)") }
      }
    case .condBranch(let c, _, _):
      use(c)
    case .branch, .unreachable:
      break
    }
  }

  /// The state an exception raised by `inst` brings to handler `handler`, and the registers
  /// the catching landing pad releases: references to values made inside the handler's
  /// region (no code of the handler can reach them), less those `inst` consumes.
  /// What the function held before the region (a loop's list) and what its slots own stay.
  private mutating func caughtState(_ inst: Instruction, handler: BlockID)
    -> (State, [Register])
  {
    var consumed: [Root: Int] = [:]
    if case .runtime(let fn, let args) = inst.op {
      for (i, a) in args.enumerated() where fn.consumes.contains(i) {
        if let c = root(a) { consumed[c, default: 0] += 1 }
      }
    }
    // The values a register live into the handler reaches (dead ones matter only to those).
    if handlerReach[handler] == nil {
      var reach = Set<Root>()
      for r in liveIn[handler] ?? [] {
        var current = root(r)
        while let c = current, reach.insert(c).inserted { current = owners[c] }
      }
      handlerReach[handler] = reach
    }
    let reach = handlerReach[handler] ?? []
    var out = State()
    out.slots = state.slots
    var released: [Register] = []
    for (root, n) in state.roots {
      var c = n
      if c.temps > 0 {
        var register = n.via
        if register == nil, case .value(let r) = root { register = r }
        let gone = min(c.temps, consumed[root] ?? 0)
        c.temps -= gone
        c.taken.removeLast(min(gone, c.taken.count))
        // References taken inside the handler's region: released through the register
        // holding them (where paths that moved one into different registers met, none is
        // known: it leaks on that exceptional path).
        let inside = c.taken.filter { handlerChains[$0]?.contains(handler) == true }.count
        if inside > 0 {
          if let register { released += Array(repeating: register, count: inside) }
          c.temps -= inside
          c.taken = c.taken.filter { handlerChains[$0]?.contains(handler) != true }
          if c.temps == 0 { c.via = nil }
        }
      }
      // A value no reference keeps that no register live into the handler reaches: the
      // handler cannot see it.
      if c.temps == 0 && c.slotRefs == 0 && !reach.contains(root) { continue }
      if !c.isDefault { out.roots[root] = c }
    }
    return (out, released.sorted { $0.id < $1.id })
  }

  /// Records what an exception at `inst` leaves to release.
  private mutating func recordCleanup(_ block: BlockID, _ index: Int, _ inst: Instruction) {
    var consumed: [Root: Int] = [:]
    if case .runtime(let fn, let args) = inst.op {
      for (i, a) in args.enumerated() where fn.consumes.contains(i) {
        if let c = root(a) { consumed[c, default: 0] += 1 }
      }
    }
    var cleanup = OwnershipVerifier.Cleanup()
    for (root, n) in state.roots where n.temps > 0 {
      // A retained borrowed value is released through the register that retained it (the
      // root may be a slot); an owned result through its own register.
      var register = n.via
      if register == nil, case .value(let r) = root { register = r }
      guard let register else { continue }
      let held = n.temps - (consumed[root] ?? 0)
      if held > 0 { cleanup.registers += Array(repeating: register, count: held) }
    }
    for (slot, content) in state.slots where content.owns && content.root != nil {
      if case .local(let name) = slot { cleanup.locals.append(name) }
    }
    guard !cleanup.isEmpty else { return }
    cleanup.registers.sort { $0.id < $1.id }
    cleanup.locals.sort()
    cleanups[block, default: [:]][index] = cleanup
  }

  private mutating func check(_ inst: Instruction) {
    currentInstruction = inst
    defer { currentInstruction = nil }
    switch inst.op {
    case .loadLocal(let n):
      if let d = inst.dest, isReference(d) { load(d, .local(n)) }
    case .loadGlobal(let n), .peekGlobal(let n):
      if let d = inst.dest, isReference(d) { load(d, .global(n)) }
    case .storeLocal(let n, let r):
      if isReference(r) { store(.local(n), r) }
    case .storeGlobal(let n, let r):
      if isReference(r) { store(.global(n), r) }
    case .retain(let r):
      use(r)
      if let c = root(r) {
        var n = count(c)
        if n.temps == 0 { n.via = r }
        n.taken.append(block)
        n.temps += 1
        setCount(c, n)
      }
    case .release(let r):
      consume(r)
    case .convert(_, let r):
      use(r)
      if let d = inst.dest { rootOf[d] = isReference(d) ? .some(root(r)) : .some(nil) }
    case .call(_, let args), .delegate(_, let args), .callInline(_, let args):
      for a in args where isReference(a) { use(a) }
      if let d = inst.dest, isReference(d) { define(d, .value(d), temps: 1) }
    case .runtime(let fn, let args):
      // Every argument is valid on entry; the consumed ones are given up on return.
      for a in args where isReference(a) { use(a) }
      for (i, a) in args.enumerated() where isReference(a) && fn.consumes.contains(i) {
        consume(a)
      }
      guard let d = inst.dest, isReference(d) else { break }
      if let owner = fn.borrowsResultFrom, owner < args.count {
        define(d, .value(d))
        if let o = root(args[owner]) { owners[.value(d)] = o }
      } else {
        define(d, .value(d), temps: inst.type.isObject ? 1 : 0)
      }
    case .select(let c, let a, let b):
      use(c)
      if let d = inst.dest, isReference(d) {
        use(a)
        use(b)
        // One of two values, decided at run time: a borrowed value of its own.
        define(d, .value(d))
      }
    case .constStr, .constNull:
      if let d = inst.dest { rootOf[d] = .some(nil) }
    default:
      for r in inst.operands where isReference(r) { use(r) }
    }
  }
}
