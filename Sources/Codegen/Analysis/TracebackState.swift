import Optimizer

/// What a landing pad must record at one point of a function: the line of the function's own
/// frame and, for each comprehension frame that is (or may be) active, its line.
///
/// Lines and frames are almost always known at compile time: the IR says `line N`,
/// `push_frame`, `pop_frame` in program order. `entryStates(of:)` computes the state at each
/// block's entry by a forward data flow (the meet of the predecessors' exit states), and
/// `FunctionEmitter` advances it instruction by instruction. Only where paths that disagree
/// meet (typically a loop header before its first `line`) does a component become `varies`;
/// the landing pad then reads it from the frame's alloca (see `FunctionEmitter+Tracebacks`).
struct TracebackState: Hashable {
  enum Line: Hashable {
    case known(Int)
    /// Differs between the paths reaching this point: read from the frame's line alloca.
    case varies
  }

  enum Activity: Hashable {
    case active
    /// Active on some incoming paths only: read from the frame's "active" alloca.
    case maybe
  }

  struct Comprehension: Hashable {
    var activity: Activity
    var line: Line
  }

  /// The line of the function's own frame (frame 0).
  var line: Line
  /// The comprehension frames (by `push_frame` index) that are active or may be; an absent
  /// index is inactive.
  var comprehensions: [Int: Comprehension] = [:]

  /// True when every line and every frame's activity is a compile-time constant.
  var isStatic: Bool {
    line != .varies
      && comprehensions.values.allSatisfy { $0.activity == .active && $0.line != .varies }
  }

  /// Advances the state over one instruction.
  mutating func apply(_ op: Operation) {
    switch op {
    case .setLine(let l): line = .known(l)
    case .setFrameLine(let k, let l): comprehensions[k]?.line = .known(l)
    case .pushFrame(let k, _, let l, _): comprehensions[k] = Comprehension(activity: .active,
                                                                       line: .known(l))
    case .popFrame(let k): comprehensions[k] = nil
    default: break
    }
  }

  /// The state where paths in states `self` and `other` meet.
  func merged(with other: TracebackState) -> TracebackState {
    func meet(_ a: Line, _ b: Line) -> Line { a == b ? a : .varies }
    var result = TracebackState(line: meet(line, other.line))
    for k in Set(comprehensions.keys).union(other.comprehensions.keys) {
      switch (comprehensions[k], other.comprehensions[k]) {
      case (let a?, let b?):
        let both = a.activity == .active && b.activity == .active
        result.comprehensions[k] = Comprehension(activity: both ? .active : .maybe,
                                                 line: meet(a.line, b.line))
      case (let a?, nil), (nil, let a?):
        result.comprehensions[k] = Comprehension(activity: .maybe, line: a.line)
      case (nil, nil): break
      }
    }
    return result
  }

  /// The state at the entry of each block reachable from the function's entry, where the
  /// function starts at line `entryLine` (default: its `def` line). Linear in the function's
  /// size times the (small) number of times a block's entry state can change.
  static func entryStates(of f: IRFunction, entryLine: Int? = nil) -> [BlockID: TracebackState] {
    guard let first = f.blocks.first else { return [:] }
    var index: [BlockID: Int] = [:]
    for (i, b) in f.blocks.enumerated() { index[b.id] = i }
    let start = TracebackState(line: .known(entryLine ?? f.line))
    var entry: [BlockID: TracebackState] = [first.id: start]
    var work = [first.id]
    var queued: Set<BlockID> = [first.id]
    while let id = work.popLast() {
      queued.remove(id)
      guard let i = index[id], var state = entry[id] else { continue }
      // A handler is entered by a catching landing pad, which leaves only the function's own
      // frame active (the handler's first instruction sets its line).
      if let h = f.blocks[i].handler, entry[h] == nil {
        entry[h] = TracebackState(line: .known(f.line))
        if queued.insert(h).inserted { work.append(h) }
      }
      for inst in f.blocks[i].instructions { state.apply(inst.op) }
      for next in f.blocks[i].terminator.successors {
        let merged = entry[next].map { $0.merged(with: state) } ?? state
        guard merged != entry[next] else { continue }
        entry[next] = merged
        if queued.insert(next).inserted { work.append(next) }
      }
    }
    return entry
  }
}
