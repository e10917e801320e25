/// Checks the shape of a function's spawn sites (`Operation.spawn`, `PlanParallel`): each site
/// has one `spawn`, then one `joinBegin`, then one `joinEnd`, in one block; records are taken
/// back in the reverse order of their pushes (they form a stack, as the runtime's deque does);
/// the operands match the site's live-in types and its region's parameters; the region
/// computes the `joinEnd` register, of the site's result type, and nothing it computes is used
/// after it (a stolen region runs elsewhere); and between the push and the region nothing
/// releases, consumes or stores over a value the record borrows (the retain-before-hand-off
/// rule: the spawning frame keeps every live-in alive until the thief is done).
public enum SpawnVerifier {
  public static func verify(_ f: IRFunction, functions: [String: IRFunction]) -> [String] {
    var errors: [String] = []
    func fail(_ m: String) { errors.append(m) }
    var seen: [Int: (block: BlockID, spawn: Int?, begin: Int?, end: Int?)] = [:]
    for b in f.blocks {
      var stack: [Int] = []
      var borrowed: [Int: Set<Register>] = [:]
      var slotsOf: [Int: Set<String>] = [:]
      var loadedBy: [Register: String] = [:]
      var open: (k: Int, defined: Set<Register>)?
      for (i, inst) in b.instructions.enumerated() {
        if case .loadLocal(let n) = inst.op, let d = inst.dest { loadedBy[d] = n }
        if let o = open, let d = inst.dest { open?.defined = o.defined.union([d]) }
        switch inst.op {
        case .spawn(let k, let args):
          guard k < f.spawns.count else {
            fail("spawn \(k) has no spawn site")
            continue
          }
          if seen[k] != nil { fail("spawn site \(k) is spawned twice") }
          seen[k] = (b.id, i, nil, nil)
          stack.append(k)
          borrowed[k] = Set(args)
          slotsOf[k] = Set(args.compactMap { loadedBy[$0] })
          let site = f.spawns[k]
          let types = args.map { f.registerTypes[$0.id] }
          if types != site.liveIns { fail("spawn \(k): operands \(types) but site takes \(site.liveIns)") }
          if let r = functions[site.region] {
            if r.params.map(\.type) != site.liveIns || r.returnType != site.result {
              fail("spawn \(k): region \(site.region) does not match the site")
            }
          } else {
            fail("spawn \(k): unknown region \(site.region)")
          }
        case .joinBegin(let k):
          guard let s = seen[k], s.block == b.id, s.begin == nil else {
            fail("joinBegin \(k) without its spawn in the block")
            continue
          }
          if stack.last != k { fail("joinBegin \(k) takes back a record that is not the newest") }
          stack.removeAll { $0 == k }
          seen[k]?.begin = i
          if open != nil { fail("joinBegin \(k) inside another region") }
          open = (k, [])
        case .joinEnd(let k, let r):
          guard let o = open, o.k == k else {
            fail("joinEnd \(k) without its joinBegin")
            continue
          }
          if !o.defined.contains(r) { fail("joinEnd \(k): \(r) is not computed by the region") }
          if k < f.spawns.count, f.registerTypes[r.id] != f.spawns[k].result {
            fail("joinEnd \(k): \(r) is not of the site's result type")
          }
          seen[k]?.end = i
          open = nil
          // Values of the region, except its result, are not used after it.
          let inside = o.defined.subtracting([r])
          for later in b.instructions[(i + 1)...] where !inside.isDisjoint(with: later.operands) {
            fail("a value computed in the region of spawn \(k) is used after it")
            break
          }
        default:
          // Between its push and its region, what a record borrows stays alive and unchanged.
          for k in stack where open?.k != k {
            if case .release(let r) = inst.op, borrowed[k]?.contains(r) == true {
              fail("\(r) is released while spawn \(k) borrows it")
            }
            if case .storeLocal(let n, _) = inst.op, slotsOf[k]?.contains(n) == true {
              fail("\(n) is assigned while spawn \(k) borrows its value")
            }
            if case .runtime(let fn, let args) = inst.op {
              for (n, a) in args.enumerated() where fn.consumes.contains(n)
                && borrowed[k]?.contains(a) == true
              {
                fail("\(a) is consumed while spawn \(k) borrows it")
              }
            }
          }
        }
      }
      if !stack.isEmpty { fail("spawn \(stack) not taken back in its block") }
      if let o = open { fail("the region of spawn \(o.k) does not end in its block") }
    }
    for k in f.spawns.indices where seen[k] == nil { fail("spawn site \(k) is never spawned") }
    return errors
  }
}
