/// The shape of a loop, kept next to the CFG it was lowered to, so that passes and the
/// parallel planner read loops instead of reverse-engineering them: what it iterates over, its
/// induction variable, its blocks, the comprehension list it appends to. Lowering records one
/// per `for`, `while` and comprehension `for`; `LoopVerifier` checks that each still describes
/// the CFG; a pass that changes a loop's blocks updates or drops its record (a loop whose back
/// edge a pass deleted runs at most once: its record goes). `--dump-analysis loops` prints them.
public struct LoopRecord: Sendable {
  public enum Kind: String, Sendable {
    /// `for x in <source>` (a statement, or a comprehension's `for` when `appendsTo` is set).
    case `for`
    /// `while cond:`.
    case `while`
  }

  public var kind: Kind
  /// The block that decides whether to run the body again: the target of the back edges.
  public var header: BlockID
  /// The first block of the body.
  public var body: BlockID
  /// `for`: the block that advances the induction variable, then branches to the header (the
  /// only back edge besides `continue`s in a `while`).
  public var latch: BlockID?
  /// Where the loop goes when the header decides to stop (before any `else` clause).
  public var exit: BlockID
  /// Where `break` goes: the block after the loop (and its `else` clause).
  public var after: BlockID
  /// `for`: the hidden local counting iterations (the range value, or the sequence index),
  /// written only before the loop and in the latch.
  public var induction: String?
  /// `for`: what the loop iterates over.
  public var source: LoopSource?
  /// A comprehension's `for`: the hidden local holding the list it appends each element to.
  public var appendsTo: String?
  /// A reduction (`sum(...)`): the operation (`add`) that folds each item into the hidden
  /// local `into`, which holds the result after the loop.
  public var reduces: (op: String, into: String)?
  /// The header of the innermost enclosing loop of the same function, if any.
  public var parent: BlockID?
  /// The line of the `for`/`while` (or of the comprehension).
  public var line: Int

  public init(kind: Kind, header: BlockID, body: BlockID, latch: BlockID?, exit: BlockID,
              after: BlockID, induction: String?, source: LoopSource?, parent: BlockID?,
              line: Int) {
    self.kind = kind
    self.header = header
    self.body = body
    self.latch = latch
    self.exit = exit
    self.after = after
    self.induction = induction
    self.source = source
    self.parent = parent
    self.line = line
  }
}

/// What a `for` loop iterates over.
public indirect enum LoopSource: Sendable, Equatable, CustomStringConvertible {
  /// `range(start, stop, step)`: the induction variable starts at `start` (stored before the
  /// loop) and moves by `step` (a constant when known) while it is before `stop`.
  case range(stop: Register, step: Register, constantStep: Int64?)
  /// The items of a str, list, tuple (or boxed value) held in `base`, `length` of them,
  /// indexed by the induction variable.
  case sequence(base: Register, type: IRType, length: Register)
  /// `enumerate(inner)`, counting in its own hidden local.
  case enumerate(counter: String, inner: LoopSource)
  /// `zip(a, b, ...)`, stopping at the shortest.
  case zip([LoopSource])

  public var description: String {
    switch self {
    case .range(let stop, let step, let k):
      return "range(stop \(stop), step \(k.map(String.init) ?? step.description))"
    case .sequence(let base, let type, let length):
      return "items of \(type) \(base) (len \(length))"
    case .enumerate(let counter, let inner): return "enumerate(\(inner)) counting \(counter)"
    case .zip(let inners): return "zip(\(inners.map(\.description).joined(separator: ", ")))"
    }
  }
}

/// Checks that each `LoopRecord` of a function describes its CFG (run by `IRVerifier`).
public enum LoopVerifier {
  public static func verify(_ f: IRFunction) -> [String] {
    guard !f.loops.isEmpty else { return [] }
    var errors: [String] = []
    let byID = Dictionary(f.blocks.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    let headers = Set(f.loops.map(\.header))
    for loop in f.loops {
      func fail(_ m: String) { errors.append("\(f.symbol): loop at \(loop.header): \(m)") }
      guard let header = byID[loop.header], byID[loop.body] != nil, byID[loop.exit] != nil else {
        fail("names a block the function does not have")
        continue
      }
      if let p = loop.parent, !headers.contains(p) { fail("its parent \(p) is not a loop") }
      let (reached, backEdge) = Self.region(of: loop, byID)
      let region = Self.natural(reached, of: loop, byID)
      if !backEdge { fail("no back edge to the header") }
      guard loop.kind == .for else { continue }
      guard case .condBranch(_, let t, let e) = header.terminator, t == loop.body,
        e == loop.exit
      else {
        fail("the header does not branch to the body or the exit")
        continue
      }
      guard let latch = loop.latch, let l = byID[latch],
        case .branch(let target) = l.terminator, target == loop.header
      else {
        fail("the latch does not branch to the header")
        continue
      }
      if let induction = loop.induction {
        for b in region where b != latch {
          for inst in byID[b]?.instructions ?? [] {
            if case .storeLocal(let n, _) = inst.op, n == induction {
              fail("the body writes the induction variable \(n) (in \(b))")
            }
          }
        }
      }
    }
    return errors
  }

  /// The blocks the body reaches without leaving the loop (through the header, the exit or a
  /// `break`), and whether one of them branches back to the header.
  static func region(of loop: LoopRecord, _ byID: [BlockID: BasicBlock])
    -> (blocks: Set<BlockID>, backEdge: Bool)
  {
    var region: Set<BlockID> = [loop.body]
    var work = [loop.body]
    var backEdge = false
    while let b = work.popLast() {
      for s in byID[b]?.successors ?? [] {
        if s == loop.header {
          backEdge = true
          continue
        }
        if s == loop.exit || s == loop.after { continue }
        if region.insert(s).inserted { work.append(s) }
      }
    }
    return (region, backEdge)
  }

  /// The blocks of `reached` that lead to the latch without passing the header: the natural
  /// loop (a handler outside the loop is reached from its body, and through the enclosing
  /// code even the header, but it does not lead to the latch).
  static func natural(_ reached: Set<BlockID>, of loop: LoopRecord,
                      _ byID: [BlockID: BasicBlock]) -> Set<BlockID> {
    guard let latch = loop.latch else { return reached }
    var predecessors: [BlockID: [BlockID]] = [:]
    for b in reached {
      for s in byID[b]?.successors ?? [] { predecessors[s, default: []].append(b) }
    }
    var out: Set<BlockID> = []
    var work = [latch]
    while let b = work.popLast() {
      guard b != loop.header, reached.contains(b), out.insert(b).inserted else { continue }
      work += predecessors[b] ?? []
    }
    return out
  }

  /// The records of `f` less those of loops whose blocks a pass removed or that no longer
  /// loop (every path through the body returns or breaks), with parents updated.
  public static func pruned(_ f: IRFunction) -> [LoopRecord] {
    let byID = Dictionary(f.blocks.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    var kept = f.loops.filter { loop in
      byID[loop.header] != nil && byID[loop.body] != nil && byID[loop.exit] != nil
        && (loop.latch.map { byID[$0] != nil } ?? true) && region(of: loop, byID).backEdge
    }
    let headers = Set(kept.map(\.header))
    for i in kept.indices {
      // When the enclosing loop went, the nearest remaining ancestor is the parent.
      var p = kept[i].parent
      while let q = p, !headers.contains(q) {
        p = f.loops.first { $0.header == q }?.parent
      }
      kept[i].parent = p
    }
    return kept
  }

  /// The dump of `--dump-analysis loops`: per function with loops, one line per loop.
  ///
  ///     func pyfn.total$list[int]:
  ///       loop bb1 line 3: for over items of list[int] %2 (len %4), induction $idx.3.13.3.15,
  ///         body bb2, latch bb3, exit bb4
  public static func dump(_ program: IRProgram) -> String {
    var out = ""
    for f in program.functions where !f.loops.isEmpty {
      out += "func \(f.symbol):\n"
      for loop in f.loops {
        var line = "  loop \(loop.header) line \(loop.line): \(loop.kind.rawValue)"
        if let source = loop.source { line += " over \(source)" }
        if let induction = loop.induction { line += ", induction \(induction)" }
        if let acc = loop.appendsTo { line += ", appends to \(acc)" }
        if let r = loop.reduces { line += ", reduces by \(r.op) into \(r.into)" }
        line += ", body \(loop.body)"
        if let latch = loop.latch { line += ", latch \(latch)" }
        line += ", exit \(loop.exit)"
        if loop.after != loop.exit { line += ", break to \(loop.after)" }
        if let p = loop.parent { line += ", in loop \(p)" }
        out += line + "\n"
      }
    }
    return out
  }
}
