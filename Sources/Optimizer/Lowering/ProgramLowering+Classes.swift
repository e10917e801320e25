import Frontend

/// The program's classes: what a class statement defines, collected before inference.
extension ProgramLowering {
  /// The dunder methods pyforac calls as CPython does (by the operation that invokes them); a
  /// class defining another one is rejected (CPython would call it where pyforac would not).
  static let supportedDunders: Set<String> = [
    "__init__", "__repr__", "__str__", "__eq__", "__lt__", "__le__", "__gt__", "__ge__",
    "__hash__", "__add__", "__sub__", "__mul__", "__truediv__", "__floordiv__", "__mod__",
    "__pow__", "__neg__", "__pos__", "__abs__", "__len__", "__bool__", "__contains__",
    "__getitem__", "__call__",
  ]

  /// The special methods the runtime calls (through the class table) and the type each must
  /// return.
  static let runtimeMethods: [(String, IRType)] = [
    ("__repr__", .str), ("__str__", .str), ("__eq__", .bool), ("__lt__", .bool),
    ("__hash__", .int),
  ]

  /// The runtime method `name` (one of `runtimeMethods`) of class `c`: the method its MRO
  /// resolves (a `__hash__` only where it decides hashing: a subclass's `__eq__` alone makes
  /// instances unhashable) and the argument types of its specialisation for exactly `c`'s
  /// instances (`__eq__` and `__lt__` take two).
  func runtimeMethod(_ name: String, of c: ClassInfo)
    -> (owner: ClassInfo, id: DefinitionID, argTypes: [IRType])?
  {
    guard let (owner, id) = definitions.method(name, of: c.number) else { return nil }
    if name == "__hash__" {
      guard case .method = definitions.hashing(of: c.number) else { return nil }
    }
    let arity = name == "__eq__" || name == "__lt__" ? 2 : 1
    return (owner, id, Array(repeating: .instance(c.ref), count: arity))
  }

  /// The runtime's class table: for each class its fields and the symbols of the special
  /// methods' specialisations for exactly its instances (those that were compiled: classes
  /// never instantiated have none).
  func classTable() -> [IRClass] {
    definitions.classes.map { c in
      func symbol(_ name: String) -> String? {
        guard let m = runtimeMethod(name, of: c),
          let s = inference.specializations[SpecializationKey(def: m.id, argTypes: m.argTypes)],
          s.used, s.lowered != nil
        else { return nil }
        return s.symbol
      }
      // The nearest class defining __eq__ or __hash__ decides hashing: __eq__ alone makes
      // instances unhashable (CPython sets __hash__ to None).
      var flags: Int32 = 0
      if case .unhashable = definitions.hashing(of: c.number) { flags |= IRClass.unhashable }
      let mro = definitions.mro(c.number)
      func defines(_ names: [String]) -> Bool {
        mro.contains { k in names.contains { k.methods[$0] != nil } }
      }
      if defines(["__le__", "__gt__", "__ge__"]) { flags |= IRClass.otherOrder }
      if defines(["__bool__", "__len__"]) { flags |= IRClass.truth }
      // What @dataclass generated, where the class's MRO reaches it first.
      for (name, flag) in [("__repr__", IRClass.dataclassRepr), ("__eq__", IRClass.dataclassEq),
                           ("__hash__", IRClass.dataclassHash)] {
        if let k = mro.first(where: { $0.methods[name] != nil || $0.generates(name) }),
          k.generates(name)
        {
          flags |= flag
        }
      }
      return IRClass(name: c.name, base: c.base ?? -1, fields: c.fields,
                     repr: symbol("__repr__"), str: symbol("__str__"), eq: symbol("__eq__"),
                     lt: symbol("__lt__"), hash: symbol("__hash__"), flags: flags)
    }
  }

  /// Records `class C(Base): ...` (a module-level class that is not an exception class);
  /// reports what pyforac does not compile in it.
  func collectClass(_ name: String, _ bases: [Expr], _ keywords: [Keyword], _ body: [Stmt],
                    _ decorators: [Expr], _ stmt: Stmt) {
    func reject(_ what: String, _ range: SourceRange) {
      diagnostics.append(Diagnostic(.error, id: "unsupported",
                                    message: "pyforac cannot compile \(what) yet",
                                    file: module.file, range: range))
    }
    var dataclass: DataclassInfo?
    if decorators.count == 1, let d = dataclassDecorator(decorators[0], reject) {
      dataclass = d
    } else if !decorators.isEmpty {
      reject("a class decorator", decorators[0].range)
    }
    if !keywords.isEmpty { reject("a class statement with keywords (a metaclass)", stmt.range) }
    if definitions.classNamed(name) != nil || definitions.function(named: name) != nil
      || exceptionClassNumbers[name] != nil
    {
      reject("a class bound twice", stmt.range)
    }
    var base: Int32?
    if bases.count > 1 { reject("a class with several bases", stmt.range) }
    if let b = bases.first {
      switch b.kind {
      case .name("object", _) where !moduleNames.contains("object"): break
      case .name(let id, _) where definitions.classNamed(id) != nil:
        base = definitions.classNamed(id)!.number
        if dataclass != nil && definitions.classNamed(id)!.dataclass == nil {
          reject("a dataclass deriving from a class that is not one", b.range)
        }
      default: reject("a class deriving from this base", b.range)
      }
    }
    let number = definitions.addClass(name: name, base: base, range: stmt.range)
    var fields = base.map { definitions.classInfo($0).fields } ?? []
    if var d = dataclass {
      // Its fields are its annotated names, its bases' first (a name annotated again keeps
      // its place); a field without a default after one with a default is CPython's TypeError.
      for k in definitions.mro(base ?? number).reversed() where base != nil {
        for (f, v) in k.dataclass?.defaults ?? [:] { d.defaults[f] = v }
      }
      for s in body {
        guard case .annAssign(let target, let ann, let value, _) = s.kind,
          case .name(let f, _) = target.kind
        else { continue }
        if case .subscript(let g, _, _) = ann.kind, case .name("ClassVar", _) = g.kind {
          reject("a ClassVar in a dataclass", ann.range)
        }
        if !fields.contains(f) { fields.append(f) }
        if let value { d.defaults[f] = value } else { d.defaults[f] = nil }
      }
      var sawDefault = false
      for f in fields {
        if d.defaults[f] != nil { sawDefault = true } else if sawDefault {
          reject("a dataclass field without a default after one with a default (a TypeError)",
                 stmt.range)
        }
      }
      for case .functionDef(let def) in body.map(\.kind) where def.name == "__init__" {
        reject("a dataclass defining __init__", stmt.range)
      }
      dataclass = d
    }
    for s in body {
      switch s.kind {
      case .pass: continue
      case .expr(let e):
        if case .constant = e.kind { continue }
        reject("this statement in a class body", s.range)
      case .functionDef(let def):
        var decorator: String?
        for d in def.decoratorList {
          if case .name(let id, _) = d.kind, ["staticmethod", "property"].contains(id),
            !moduleNames.contains(id), decorator == nil, def.decoratorList.count == 1
          {
            decorator = id
          } else {
            reject("this method decorator", d.range)
          }
        }
        if decorator == "staticmethod" {
          definitions.updateClass(number) { $0.staticMethods.insert(def.name) }
        } else if decorator == "property" {
          definitions.updateClass(number) { $0.properties.insert(def.name) }
        }
        if def.name.hasPrefix("__") && def.name.hasSuffix("__")
          && !Self.supportedDunders.contains(def.name)
        {
          reject("the special method '\(def.name)'", s.range)
        }
        let args = def.args
        if (args.posonlyargs + args.args).isEmpty && decorator != "staticmethod" {
          reject("a method without a 'self' parameter", s.range)
        }
        if definitions.classInfo(number).methods[def.name] != nil {
          reject("a method defined twice", s.range)
        }
        guard definitions.addMethod(def, s, owner: number, scopes: scopes) != nil else {
          reject("this method", s.range)
          continue
        }
        if decorator != nil && def.name.hasPrefix("__") && def.name.hasSuffix("__") {
          reject("a special method with a decorator", s.range)
        }
        if def.name == "__init__", let selfName = args.args.first?.arg {
          for f in Self.selfAttributes(def.body, selfName) where !fields.contains(f) {
            fields.append(f)
          }
        }
      case .assign(let targets, let value, _):
        guard targets.count == 1, case .name(let id, _) = targets[0].kind,
          FunctionLowering.isConstant(value)
        else {
          reject("this class attribute (only 'name = constant' is compiled)", s.range)
          continue
        }
        definitions.updateClass(number) { $0.attributes.append((id, value)) }
      case .annAssign(let target, let ann, let value, _):
        guard case .name(let id, _) = target.kind else {
          reject("this annotated class attribute", s.range)
          continue
        }
        if case .name = ann.kind {} else if !module.futureFeatures.contains("annotations") {
          reject("this class attribute annotation", ann.range)
        }
        if let value {
          guard FunctionLowering.isConstant(value) else {
            reject("this class attribute (only 'name = constant' is compiled)", s.range)
            continue
          }
          definitions.updateClass(number) { $0.attributes.append((id, value)) }
        }
      default:
        reject("this statement in a class body", s.range)
      }
    }
    let own = definitions.classInfo(number)
    for (attr, _) in own.attributes where own.methods[attr] != nil {
      reject("a class attribute and a method of the same name", stmt.range)
    }
    // An instance's field hides its class's method or attribute of that name only once it is
    // assigned (and a property cannot be assigned): not compiled.
    // (A dataclass field's default is also a class attribute: its generated __init__ always
    // assigns the field, which hides it.)
    let members = definitions.mro(number).flatMap { k in
      let d = k.number == number ? dataclass : k.dataclass
      return Array(k.methods.keys) + k.attributes.map(\.name).filter { d?.defaults[$0] == nil }
    }
    for f in fields where members.contains(f) {
      reject("a field with the name of a method or class attribute ('\(f)')", stmt.range)
    }
    // CPython mangles private names (`__x`) inside a class body.
    if mentionsPrivateName(stmt.range) {
      reject("a private name ('__x', which CPython mangles) in a class body", stmt.range)
    }
    definitions.updateClass(number) {
      $0.fields = fields
      $0.dataclass = dataclass
    }
  }

  /// What `@dataclass` / `@dataclass(frozen=..., eq=..., repr=..., order=False)` asks; nil
  /// when `d` is another decorator.
  private func dataclassDecorator(_ d: Expr, _ reject: (String, SourceRange) -> Void)
    -> DataclassInfo?
  {
    func isDataclass(_ e: Expr) -> Bool {
      if case .name(let id, _) = e.kind { return dataclassNames.contains(id) && !moduleNames.contains(id) }
      return false
    }
    if isDataclass(d) { return DataclassInfo() }
    guard case .call(let f, let args, let keywords) = d.kind, isDataclass(f) else { return nil }
    var info = DataclassInfo()
    if !args.isEmpty { reject("these dataclass arguments", d.range) }
    for k in keywords {
      guard case .constant(.bool(let flag), _) = k.value.kind else {
        reject("this dataclass argument", k.range)
        continue
      }
      switch k.arg {
      case "frozen": info.frozen = flag
      case "eq": info.eq = flag
      case "repr": info.repr = flag
      case "order" where !flag, "init" where flag: break
      default: reject("the dataclass argument '\(k.arg ?? "**")=\(flag ? "True" : "False")'", k.range)
      }
    }
    return info
  }

  /// Whether the source lines of a class statement use an identifier `__x` (not `__x__`),
  /// which CPython mangles to `_C__x` inside a class body (a string mentioning one counts too:
  /// rejected rather than risk a different answer).
  func mentionsPrivateName(_ range: SourceRange) -> Bool {
    for line in range.start.line...max(range.start.line, range.end.line) {
      let text = Array(module.file.lineText(line).utf8)
      var i = 0
      while i + 2 < text.count {
        let isStart = i == 0 || !(Self.isIdentifierByte(text[i - 1]))
        if isStart && text[i] == UInt8(ascii: "_") && text[i + 1] == UInt8(ascii: "_")
          && Self.isIdentifierByte(text[i + 2])
        {
          var j = i + 2
          while j < text.count && Self.isIdentifierByte(text[j]) { j += 1 }
          let word = text[i..<j]
          if !(word.count >= 4 && word.suffix(2).allSatisfy { $0 == UInt8(ascii: "_") }) {
            return true
          }
          i = j
          continue
        }
        i += 1
      }
    }
    return false
  }

  private static func isIdentifierByte(_ b: UInt8) -> Bool {
    (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a) || b == 0x5f
      || b >= 0x80
  }

  /// The attributes `self.NAME = ...` assigns in a body (and the bodies nested in it), in
  /// order of first assignment.
  static func selfAttributes(_ body: [Stmt], _ selfName: String) -> [String] {
    var out: [String] = []
    func target(_ t: Expr) {
      switch t.kind {
      case .attribute(let v, let attr, _):
        if case .name(selfName, _) = v.kind, !out.contains(attr) { out.append(attr) }
      case .tuple(let elts, _), .list(let elts, _): elts.forEach(target)
      case .starred(let v, _): target(v)
      default: break
      }
    }
    func walk(_ stmts: [Stmt]) {
      for s in stmts {
        switch s.kind {
        case .assign(let targets, _, _): targets.forEach(target)
        case .annAssign(let t, _, _, _), .augAssign(let t, _, _): target(t)
        case .if(_, let a, let b), .while(_, let a, let b), .for(_, _, let a, let b, _):
          walk(a + b)
        case .try(let a, let handlers, let b, let c):
          walk(a + b + c + handlers.flatMap(\.body))
        case .with(_, let b, _): walk(b)
        default: break
        }
      }
    }
    walk(body)
    return out
  }
}
