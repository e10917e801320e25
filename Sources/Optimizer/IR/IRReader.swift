/// Reads the text `IRPrinter` writes back into an `IRProgram`, so that a pass can be run on IR
/// written by hand or dumped at any point (`pyforac prog.ir --passes NAME --emit ir`), as LLVM's
/// `opt` and Swift's `sil-opt` do. Reading what the printer wrote and printing it again gives
/// the same text (`IRReaderTests`, and the round-trip filetest over conformance programs).
///
///     global counter#int: int
///     func pyfn.fib$int(n#int: int) -> int line 1 {
///       local n#int: int
///     bb0:
///       %0: int = loadLocal n#int
///       ...
///       ret %5
///     }
///
/// A function also lists what the header does not show (`pythonName "..."` when its Python
/// name is not the one its symbol implies, `borrowed`, `nameError`, `bodyEntry`, `deepVersion`,
/// `loop ...`). Runtime functions are found by symbol in `RuntimeFunction.byName`.
public enum IRReader {
  public struct Error: Swift.Error, CustomStringConvertible, Equatable {
    public let line: Int
    public let message: String
    public var description: String { "line \(line): \(message)" }
  }

  /// The program the text describes, or the first line it cannot read.
  public static func read(_ text: String, sourcePath: String) -> Result<IRProgram, Error> {
    var reader = Reader(lines: text.split(separator: "\n", omittingEmptySubsequences: false)
      .map(String.init))
    do {
      return .success(try reader.program(sourcePath: sourcePath))
    } catch let e as Error {
      return .failure(e)
    } catch {
      return .failure(Error(line: reader.index + 1, message: "\(error)"))
    }
  }

  /// The Python name a symbol implies: `pyfn.fib$int` (and `pyfn.fib$int.deep`) is `fib`,
  /// the module body `<module>`.
  public static func pythonName(of symbol: String) -> String {
    if symbol == "pyforac_module_main" { return "<module>" }
    var s = Substring(symbol)
    if s.hasPrefix("pyfn.") { s = s.dropFirst(5) }
    if let dollar = s.firstIndex(of: "$") { s = s[..<dollar] }
    return String(s)
  }

  /// An IR type as `IRType.description` writes it (`list[tuple[int, str]]`).
  public static func type(_ text: String) -> IRType? {
    var p = TypeParser(chars: Array(text), i: 0)
    guard let t = p.parse(), p.i == p.chars.count else { return nil }
    return t
  }
}

extension String {
  /// The string without leading and trailing spaces and tabs.
  fileprivate var trimmed: String {
    var s = Substring(self)
    while let c = s.first, c == " " || c == "\t" { s = s.dropFirst() }
    while let c = s.last, c == " " || c == "\t" { s = s.dropLast() }
    return String(s)
  }

  /// The last occurrence of `needle`.
  fileprivate func lastRange(of needle: String) -> Range<String.Index>? {
    var i = endIndex
    while i > startIndex {
      i = index(before: i)
      if self[i...].hasPrefix(needle) { return i..<index(i, offsetBy: needle.count) }
    }
    return nil
  }
}

private struct TypeParser {
  let chars: [Character]
  var i: Int

  mutating func word() -> String {
    var w = ""
    while i < chars.count, chars[i].isLetter || chars[i].isNumber || chars[i] == "_" {
      w.append(chars[i])
      i += 1
    }
    return w
  }

  mutating func parse() -> IRType? {
    switch word() {
    case "never": return .never
    case "int": return .int
    case "float": return .float
    case "bool": return .bool
    case "None": return IRType.none
    case "str": return .str
    case "object": return .object
    case "exception": return .exception
    case "instance":
      // instance[Name#number]
      guard eat("[") else { return nil }
      let name = word()
      guard eat("#"), let number = Int32(word()), eat("]") else { return nil }
      return .instance(ClassRef(number: number, name: name))
    case "slot": return .slot
    case "i32": return .i32
    case "ptr": return .rawPointer
    case "union":
      guard eat("[") else { return nil }
      var members: [IRType] = []
      repeat {
        _ = eat(" ")
        guard let t = parse() else { return nil }
        members.append(t)
      } while eat(",")
      guard eat("]"), IRType.representation(of: members) == .union(members) else { return nil }
      return .union(members)
    case "list":
      guard eat("["), let e = parse(), eat("]") else { return nil }
      return .list(e)
    case "set":
      guard eat("["), let e = parse(), eat("]") else { return nil }
      return .set(e)
    case "frozenset":
      guard eat("["), let e = parse(), eat("]") else { return nil }
      return .frozenset(e)
    case "dict":
      guard eat("["), let k = parse(), eat(","), eat(" "), let v = parse(), eat("]") else {
        return nil
      }
      return .dict(k, v)
    case "tuple":
      guard eat("[") else { return nil }
      var items: [IRType] = []
      if eat("]") { return .tuple([]) }
      repeat {
        _ = eat(" ")
        guard let t = parse() else { return nil }
        items.append(t)
      } while eat(",")
      return eat("]") ? .tuple(items) : nil
    default: return nil
    }
  }

  mutating func eat(_ c: Character) -> Bool {
    guard i < chars.count, chars[i] == c else { return false }
    i += 1
    return true
  }
}

private struct Reader {
  let lines: [String]
  var index = 0

  func fail(_ message: String) -> IRReader.Error {
    IRReader.Error(line: index + 1, message: message)
  }

  mutating func program(sourcePath: String) throws -> IRProgram {
    var program = IRProgram(sourcePath: sourcePath)
    while index < lines.count {
      let line = lines[index]
      if line.trimmed.isEmpty || line.hasPrefix(";") {
        index += 1
      } else if line.hasPrefix("global ") {
        let (name, type) = try typed(String(line.dropFirst(7)))
        program.globals.append((name, type))
        index += 1
      } else if line.hasPrefix("func ") {
        program.functions.append(try function())
      } else {
        throw fail("expected 'global' or 'func', found '\(line)'")
      }
    }
    return program
  }

  /// `name: type`, split at the first ": ".
  func typed(_ text: String) throws -> (String, IRType) {
    guard let colon = text.firstRange(of: ": ") else { throw fail("expected 'name: type'") }
    let name = String(text[..<colon.lowerBound])
    let typeText = String(text[colon.upperBound...])
    guard let type = IRReader.type(typeText) else { throw fail("unknown type '\(typeText)'") }
    return (name, type)
  }

  mutating func function() throws -> IRFunction {
    // func SYMBOL(PARAMS) -> TYPE line N {
    let headerLine = index
    let header = lines[index]
    guard header.hasSuffix(" {"), let arrow = header.lastRange(of: ") -> "),
      let lineWord = header.lastRange(of: " line ")
    else { throw fail("malformed function header") }
    let head = header[header.index(header.startIndex, offsetBy: 5)..<arrow.lowerBound]
    guard let open = head.firstIndex(of: "(") else { throw fail("no parameter list") }
    let symbol = String(head[..<open])
    let paramText = String(head[head.index(after: open)...])
    guard let returnType = IRReader.type(String(header[arrow.upperBound..<lineWord.lowerBound])),
      let defLine = Int(header[lineWord.upperBound...].dropLast(2))
    else { throw fail("malformed function header") }
    var params: [(name: String, type: IRType)] = []
    for p in splitTopLevel(paramText) where !p.isEmpty { params.append(try typed(p)) }
    var f = IRFunction(symbol: symbol, pythonName: IRReader.pythonName(of: symbol),
                       line: defLine, params: params, returnType: returnType)
    index += 1
    var types: [Int: IRType] = [:]
    var current: (id: BlockID, instructions: [Instruction])?
    var handler: BlockID?
    while index < lines.count {
      let raw = lines[index]
      let line = raw.trimmed
      if line.isEmpty || line.hasPrefix(";") {
        index += 1
        continue
      }
      if raw == "}" {
        if current != nil { throw fail("block \(current!.id) has no terminator") }
        index += 1
        let count = (types.keys.max() ?? -1) + 1
        f.registerTypes = (0..<count).map { types[$0] ?? .never }
        return f
      }
      if raw.hasPrefix("bb"), raw.hasSuffix(":") {
        if current != nil { throw fail("block \(current!.id) has no terminator") }
        // `bb3:` or `bb3 unwind bb7:` (exceptions raised in bb3 go to bb7)
        let parts = raw.dropLast().split(separator: " ").map(String.init)
        guard let id = block(parts[0]) else { throw fail("bad block '\(raw)'") }
        if parts.count == 3, parts[1] == "unwind", let h = block(parts[2]) {
          handler = h
        } else if parts.count != 1 {
          throw fail("bad block '\(raw)'")
        } else {
          handler = nil
        }
        current = (id, [])
      } else if current == nil {
        try metadata(line, &f)
      } else if let t = try terminator(line) {
        f.blocks.append(BasicBlock(id: current!.id, instructions: current!.instructions,
                                   terminator: t, handler: handler))
        current = nil
      } else {
        let inst = try instruction(line)
        if let d = inst.dest {
          if types[d.id] != nil { throw fail("\(d) defined twice") }
          types[d.id] = inst.type
        }
        current!.instructions.append(inst)
      }
      index += 1
    }
    throw IRReader.Error(line: headerLine + 1, message: "function \(symbol) has no closing '}'")
  }

  func metadata(_ line: String, _ f: inout IRFunction) throws {
    let (word, rest) = split(line)
    switch word {
    case "local": f.locals.append(try typed(rest))
    case "pythonName": f.pythonName = try string(rest)
    case "borrowed": f.borrowedParams.insert(rest)
    case "union":
      guard let colon = rest.firstIndex(of: ":") else { throw fail("union without members") }
      let members = try rest[rest.index(after: colon)...].split(separator: "|").map {
        let text = String($0).trimmed
        guard let t = IRReader.type(text) else { throw fail("bad type '\(text)'") }
        return t
      }
      f.unions.append((String(rest[..<colon]).trimmed, members))
    case "nameError":
      guard let q = rest.unicodeScalars.firstIndex(of: "\"") else {
        throw fail("nameError without a message")
      }
      let slot = String(rest.unicodeScalars[..<q]).trimmed
      f.nameErrorMessages[slot] = try string(String(rest.unicodeScalars[q...]))
    case "bodyEntry":
      guard let b = block(rest) else { throw fail("bad block '\(rest)'") }
      f.bodyEntry = b
    case "deepVersion": f.deepVersion = rest
    case "parallel": f.isParallel = true
    case "noFrame": f.recordsFrame = false
    case "spawnSite":
      // spawnSite K REGION(T1, T2) -> T
      var (k, rest2) = split(rest)
      let portable = rest2.hasSuffix(" portable")
      if portable { rest2 = String(rest2.dropLast(" portable".count)) }
      guard Int(k) == f.spawns.count, let open = rest2.firstIndex(of: "("),
        let close = rest2.lastIndex(of: ")"), let arrow = rest2.range(of: " -> "),
        let result = IRReader.type(String(rest2[arrow.upperBound...]).trimmed)
      else { throw fail("malformed spawnSite '\(rest)'") }
      let inner = rest2[rest2.index(after: open)..<close]
      let types = try splitTopLevel(String(inner)).map { text -> IRType in
        guard let t = IRReader.type(text) else { throw fail("bad type '\(text)'") }
        return t
      }
      f.spawns.append(SpawnSite(region: String(rest2[..<open]), liveIns: types, result: result,
                                portable: portable))
    case "loop": f.loops.append(try loop(rest))
    default: throw fail("expected a block label or a function attribute, found '\(line)'")
    }
  }

  func loop(_ text: String) throws -> LoopRecord {
    var rest = text
    var sourceText: String?
    if let s = rest.firstRange(of: " source ") {
      sourceText = String(rest[s.upperBound...])
      rest = String(rest[..<s.lowerBound])
    }
    let words = rest.split(separator: " ").map(String.init)
    guard let kindWord = words.first, let kind = LoopRecord.Kind(rawValue: kindWord),
      words.count % 2 == 1
    else { throw fail("malformed loop record") }
    var fields: [String: String] = [:]
    for i in stride(from: 1, to: words.count, by: 2) { fields[words[i]] = words[i + 1] }
    func blockField(_ name: String) throws -> BlockID? {
      guard let v = fields[name] else { return nil }
      guard let b = block(v) else { throw fail("bad block '\(v)' in loop record") }
      return b
    }
    guard let header = try blockField("header"), let body = try blockField("body"),
      let exit = try blockField("exit"), let after = try blockField("after"),
      let line = fields["line"].flatMap({ Int($0) })
    else { throw fail("loop record without header, body, exit, after or line") }
    var record = LoopRecord(kind: kind, header: header, body: body,
                            latch: try blockField("latch"), exit: exit, after: after,
                            induction: fields["induction"],
                            source: try sourceText.map(source), parent: try blockField("parent"),
                            line: line)
    record.appendsTo = fields["appends"]
    if let op = fields["reduces"] {
      guard let into = fields["into"] else { throw fail("a reduction without 'into'") }
      record.reduces = (op, into)
    }
    return record
  }

  func source(_ text: String) throws -> LoopSource {
    guard let open = text.firstIndex(of: "("), text.hasSuffix(")") else {
      throw fail("bad loop source '\(text)'")
    }
    let name = text[..<open]
    let args = splitTopLevel(String(text[text.index(after: open)..<text.index(before: text.endIndex)]))
    switch (name, args.count) {
    case ("range", 3):
      guard let stop = register(args[0]), let step = register(args[1]) else { break }
      return .range(stop: stop, step: step, constantStep: Int64(args[2]))
    case ("seq", 3):
      guard let t = IRReader.type(args[0]), let b = register(args[1]),
        let l = register(args[2])
      else { break }
      return .sequence(base: b, type: t, length: l)
    case ("enumerate", 2): return .enumerate(counter: args[0], inner: try source(args[1]))
    case ("zip", _): return .zip(try args.map(source))
    default: break
    }
    throw fail("bad loop source '\(text)'")
  }

  func terminator(_ line: String) throws -> Terminator? {
    let (word, rest) = split(line)
    switch word {
    case "br":
      guard let b = block(rest) else { throw fail("bad branch '\(line)'") }
      return .branch(b)
    case "condbr":
      let parts = rest.split(separator: ",").map { String($0).trimmed }
      guard parts.count == 3, let c = register(parts[0]), let t = block(parts[1]),
        let e = block(parts[2])
      else { throw fail("bad condbr '\(line)'") }
      return .condBranch(c, t, e)
    case "ret":
      if rest.isEmpty { return .ret(nil) }
      guard let r = register(rest) else { throw fail("bad ret '\(line)'") }
      return .ret(r)
    case "unreachable": return .unreachable
    default: return nil
    }
  }

  func instruction(_ line: String) throws -> Instruction {
    var dest: Register?
    var type = IRType.none
    var body = line
    if line.hasPrefix("%"), let eq = line.firstRange(of: " = ") {
      let lhs = String(line[..<eq.lowerBound])
      let (name, t) = try typed(lhs)
      guard let r = register(name) else { throw fail("bad register '\(name)'") }
      dest = r
      type = t
      body = String(line[eq.upperBound...])
    }
    return Instruction(dest: dest, type: type, op: try operation(body, type: type))
  }

  func operation(_ text: String, type: IRType) throws -> Operation {
    let (word, rest) = split(text)
    func regs(_ s: String) throws -> [Register] {
      if s.isEmpty { return [] }
      return try s.split(separator: ",").map { String($0).trimmed }.map {
        guard let r = register($0) else { throw fail("bad register '\($0)'") }
        return r
      }
    }
    func two(_ s: String) throws -> (String, Register, Register) {
      let (op, operands) = split(s)
      let rs = try regs(operands)
      guard rs.count == 2 else { throw fail("expected two operands in '\(text)'") }
      return (op, rs[0], rs[1])
    }
    /// `NAME, %R` where NAME may hold commas.
    func named(_ s: String) throws -> (String, Register) {
      guard let comma = s.lastRange(of: ", %"),
        let r = register(String(s[s.index(after: comma.lowerBound)...]).trimmed)
      else { throw fail("expected 'name, %r' in '\(text)'") }
      return (String(s[..<comma.lowerBound]), r)
    }
    /// `SYMBOL(%a, %b)` where SYMBOL may hold parentheses-free brackets and commas.
    func callee(_ s: String) throws -> (String, [Register]) {
      guard s.hasSuffix(")"), let open = s.lastRange(of: "(") else {
        throw fail("expected 'symbol(args)' in '\(text)'")
      }
      let inner = String(s[open.upperBound..<s.index(before: s.endIndex)])
      return (String(s[..<open.lowerBound]), try regs(inner))
    }
    switch word {
    case "const":
      // (Scalars, not characters: a str starting with a combining mark joins the quote.)
      if rest.unicodeScalars.first == "\"" { return .constStr(try string(rest)) }
      switch type {
      case .int:
        guard let v = Int64(rest) else { break }
        return .constInt(v)
      case .float:
        guard let v = Double(rest) else { break }
        return .constFloat(v)
      case .bool:
        guard let v = Bool(rest) else { break }
        return .constBool(v)
      case .none where rest == "None": return .constNone
      default: break
      }
      throw fail("bad constant '\(text)' of type \(type)")
    case "const.i32":
      guard let v = Int32(rest) else { throw fail("bad i32 '\(rest)'") }
      return .constI32(v)
    case "cstring": return .constCString(try string(rest))
    case "null": return .constNull
    case "loadLocal": return .loadLocal(rest)
    case "loadGlobal": return .loadGlobal(rest)
    case "peekGlobal": return .peekGlobal(rest)
    case "storeLocal":
      let (n, r) = try named(rest)
      return .storeLocal(n, r)
    case "storeGlobal":
      let (n, r) = try named(rest)
      return .storeGlobal(n, r)
    case "intArith":
      let (op, a, b) = try two(rest)
      guard let o = IntOp(rawValue: op) else { throw fail("unknown int op '\(op)'") }
      return .intArith(o, a, b)
    case "floatArith":
      let (op, a, b) = try two(rest)
      guard let o = FloatOp(rawValue: op) else { throw fail("unknown float op '\(op)'") }
      return .floatArith(o, a, b)
    case "compare":
      let (op, a, b) = try two(rest)
      guard let p = ComparePredicate(rawValue: op) else { throw fail("unknown predicate '\(op)'") }
      return .compare(p, a, b)
    case "negate", "not", "retain", "release":
      guard let r = register(rest) else { throw fail("bad operand in '\(text)'") }
      switch word {
      case "negate": return .negate(r)
      case "not": return .not(r)
      case "retain": return .retain(r)
      default: return .release(r)
      }
    case "convert":
      let (c, operand) = split(rest)
      let conversions: [String: Conversion] = [
        "intToFloat": .intToFloat, "boolToInt": .boolToInt, "intToBool": .intToBool,
        "floatToBool": .floatToBool, "toSlot": .toSlot, "fromSlot": .fromSlot,
        "unionKind": .unionKind, "unionBits": .unionBits,
      ]
      guard let conversion = conversions[c], let r = register(operand) else {
        throw fail("bad conversion '\(text)'")
      }
      return .convert(conversion, r)
    case "makeUnion":
      let rs = try regs(rest)
      guard rs.count == 2 else { throw fail("makeUnion takes two operands") }
      return .makeUnion(rs[0], rs[1])
    case "select":
      let rs = try regs(rest)
      guard rs.count == 3 else { throw fail("select takes three operands") }
      return .select(rs[0], rs[1], rs[2])
    case "call":
      let (s, args) = try callee(rest)
      return .call(s, args)
    case "delegate":
      let (s, args) = try callee(rest)
      return .delegate(s, args)
    case "callInline":
      let (s, args) = try callee(rest)
      return .callInline(s, args)
    case "runtime":
      let (s, args) = try callee(rest)
      guard let fn = RuntimeFunction.byName[s] else { throw fail("unknown runtime function \(s)") }
      return .runtime(fn, args)
    case "line":
      if let r = rest.firstRange(of: " in frame ") {
        guard let l = Int(rest[..<r.lowerBound]), let k = Int(rest[r.upperBound...]) else {
          throw fail("bad line '\(text)'")
        }
        return .setFrameLine(k, l)
      }
      guard let l = Int(rest) else { throw fail("bad line '\(text)'") }
      return .setLine(l)
    case "pushFrame":
      // pushFrame K NAME line L [belowC [cold KEY]]
      guard let lineWord = rest.lastRange(of: " line ") else { break }
      let (k, name) = split(String(rest[..<lineWord.lowerBound]))
      let tail = rest[lineWord.upperBound...].split(separator: " ", maxSplits: 3)
      guard let frame = Int(k), let first = tail.first, let l = Int(first) else { break }
      switch tail.count {
      case 1: return .pushFrame(frame, name, l, .direct)
      case 2 where tail[1] == "belowC": return .pushFrame(frame, name, l, .belowCCall)
      case 4 where tail[1] == "belowC" && tail[2] == "cold":
        return .pushFrame(frame, name, l, .belowCCallIfCold(String(tail[3])))
      default: break
      }
    case "enterColdCall":
      guard !rest.isEmpty, !rest.contains(" ") else { break }
      return .enterColdCall(String(rest))
    case "leaveColdCall":
      guard rest.isEmpty else { break }
      return .leaveColdCall
    case "warmup":
      guard !rest.isEmpty, !rest.contains(" ") else { break }
      return .warmup(String(rest))
    case "popFrame":
      guard let k = Int(rest) else { break }
      return .popFrame(k)
    case "exceedsRecursionLimit":
      guard rest.hasPrefix("+"), let n = Int(rest.dropFirst()) else { break }
      return .exceedsRecursionLimit(n)
    case "checkRecursion":
      let (n, message) = split(rest)
      guard n.hasPrefix("+"), let extra = Int(n.dropFirst()) else { break }
      return .checkRecursion(extra, try string(message))
    case "checkComparisonRecursion":
      if rest.isEmpty { return .checkComparisonRecursion([]) }
      guard rest.hasPrefix("unless small ") else { break }
      return .checkComparisonRecursion(try regs(String(rest.dropFirst(13))))
    case "spawn":
      let (k, args) = try callee(rest)
      guard let index = Int(k) else { throw fail("bad spawn site '\(k)'") }
      return .spawn(index, args)
    case "joinBegin":
      guard let k = Int(rest) else { throw fail("bad spawn site '\(rest)'") }
      return .joinBegin(k)
    case "joinEnd":
      let (k, operand) = split(rest)
      guard let index = Int(k), let r = register(operand) else { throw fail("bad joinEnd '\(text)'") }
      return .joinEnd(index, r)
    case "spawnAllowed": return .spawnAllowed
    case "argArray":
      guard rest.hasPrefix("["), rest.hasSuffix("]") else { break }
      return .argArray(try regs(String(rest.dropFirst().dropLast())))
    default:
      throw fail("unknown operation '\(word)'")
    }
    throw fail("malformed '\(text)'")
  }

  /// A quoted string as `IRPrinter.quoted` writes it.
  func string(_ text: String) throws -> String {
    let chars = Array(text.unicodeScalars)
    guard chars.count >= 2, chars.first == "\"", chars.last == "\"" else {
      throw fail("expected a quoted string, found '\(text)'")
    }
    var out = String.UnicodeScalarView()
    var i = 1
    while i < chars.count - 1 {
      let c = chars[i]
      if c == "\\", i + 1 < chars.count - 1 {
        let n = chars[i + 1]
        switch n {
        case "\"", "\\": out.append(n); i += 2
        case "n": out.append("\n"); i += 2
        case "x":
          guard i + 3 < chars.count,
            let v = UInt32(String(String.UnicodeScalarView(chars[(i + 2)...(i + 3)])), radix: 16),
            let u = Unicode.Scalar(v)
          else { throw fail("bad escape in \(text)") }
          out.append(u)
          i += 4
        default: throw fail("bad escape in \(text)")
        }
      } else {
        out.append(c)
        i += 1
      }
    }
    return String(out)
  }

  func split(_ s: String) -> (String, String) {
    guard let space = s.firstIndex(of: " ") else { return (s, "") }
    return (String(s[..<space]), String(s[s.index(after: space)...]))
  }

  func register(_ s: String) -> Register? {
    guard s.hasPrefix("%"), let n = Int(s.dropFirst()) else { return nil }
    return Register(n)
  }

  func block(_ s: String) -> BlockID? {
    guard s.hasPrefix("bb"), let n = Int(s.dropFirst(2)) else { return nil }
    return BlockID(n)
  }

  /// Splits at commas outside brackets and parentheses.
  func splitTopLevel(_ s: String) -> [String] {
    var parts: [String] = []
    var depth = 0
    var current = ""
    for c in s {
      if c == "[" || c == "(" { depth += 1 }
      if c == "]" || c == ")" { depth -= 1 }
      if c == "," && depth == 0 {
        parts.append(current.trimmed)
        current = ""
      } else {
        current.append(c)
      }
    }
    let last = current.trimmed
    if !last.isEmpty { parts.append(last) }
    return parts
  }
}
