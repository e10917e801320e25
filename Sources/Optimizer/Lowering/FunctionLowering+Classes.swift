import Frontend

/// Instances of the program's classes: creating one (`C(args)` runs `__init__`), its fields
/// (assigned in `__init__`, read anywhere), method calls resolved by the class's MRO at compile
/// time (each method specialised for the instance's exact class), `super()`, class attributes,
/// and the special methods operators, `len`, `str` and truth call.
extension FunctionLowering {
  var definitions: Definitions { program.definitions }

  /// The program's class a name refers to here (not shadowed by a variable); a use before
  /// its class statement ran raises NameError.
  func userClass(_ id: String, _ range: SourceRange) -> ClassInfo? {
    guard binding(of: id) == nil, let c = definitions.classNamed(id) else { return nil }
    if program.lateClasses.contains(id) { requireBound(id + "#class", range) }
    return c
  }

  /// Whether `e` may evaluate to an instance (an attribute, call or subscript: evaluated to
  /// find out).
  static func mayBeInstance(_ e: Expr) -> Bool {
    switch e.kind {
    case .attribute, .call, .subscript: return true
    default: return false
    }
  }

  /// The symbol name of a method's specialisations (`C.m`).
  func methodName(_ owner: ClassInfo, _ name: String) -> String { "\(owner.name).\(name)" }

  // MARK: - Creation

  /// `C(args)`: a new instance, then `__init__` (as the MRO resolves it) with the arguments.
  func instantiate(_ c: ClassInfo, _ args: [Expr], _ keywords: [Keyword],
                   _ range: SourceRange) -> Value {
    setLine(range)
    let type = IRType.instance(c.ref)
    let obj = emit(.runtime(.instanceNew, [emit(.constI32(c.number), .i32)]), type)
    let value = Value(reg: obj, type: type, owned: true)
    requestRuntimeMethods(c)
    if let d = c.dataclass {
      return dataclassInit(c, d, value, args, keywords, range)
    }
    guard let (owner, id) = definitions.method("__init__", of: c.number) else {
      if !args.isEmpty || !keywords.isEmpty {
        program.unsupported("arguments to a class without __init__ (a TypeError)", range)
      }
      return value
    }
    let result = userCall(methodName(owner, "__init__"), definitions[id], args, keywords, range,
                          receiver: Value(reg: obj, type: type, owned: false))
    if result.reg != nil, result.type != .none {
      program.unsupported("an __init__ that returns a value (a TypeError)", range)
    }
    drop(result)
    guard isReachable else {
      drop(value)
      return .never
    }
    return value
  }

  /// The `__init__` `@dataclass` generates: a parameter per field (by position or name, the
  /// constant defaults: a field without one never follows one with one), each assigned in
  /// order.
  private func dataclassInit(_ c: ClassInfo, _ d: DataclassInfo, _ obj: Value, _ args: [Expr],
                             _ keywords: [Keyword], _ range: SourceRange) -> Value {
    let required = c.fields.prefix { d.defaults[$0] == nil }.count
    guard let o = obj.reg,
      let values = bindArguments("a call of \(c.name)() (a TypeError)", c.fields,
                                 required: required, allowKeywords: true, args, keywords, range,
                                 unions: true)
    else {
      drop(obj)
      return .never
    }
    for (i, v) in values.enumerated() {
      storeField(c, o, i, c.fields[i], v ?? expr(d.defaults[c.fields[i]]!), range)
    }
    return obj
  }

  /// The methods the runtime calls for instances of `c` (repr of a container, sorting,
  /// hashing): their specialisations for exactly this class are compiled and listed in the
  /// class table (`ProgramLowering.classTable`).
  private func requestRuntimeMethods(_ c: ClassInfo) {
    for (name, want) in ProgramLowering.runtimeMethods {
      guard let m = program.runtimeMethod(name, of: c) else { continue }
      let s = program.inference.specialization(of: m.id, named: methodName(m.owner, name),
                                               m.argTypes, from: spec)
      if program.isFinalRound, s.returnType != want, s.returnType != .never {
        program.unsupported("a \(name) that returns \(s.returnType.phrase) (pyforac calls it "
                              + "from the runtime, which expects \(want.phrase))",
                            definitions[m.id].range)
      }
    }
  }

  // MARK: - Fields and attributes

  /// The name of `__init__`'s `self` parameter when this body is an `__init__` run for an
  /// instance of one of the program's classes, with that class.
  private var initSelf: (name: String, cls: ClassRef)? {
    guard let info, info.owner != nil, info.def.name == "__init__",
      let first = info.def.args.args.first, case .instance(let c)? = spec.key.argTypes.first
    else { return nil }
    return (first.arg, c)
  }

  /// Whether `target` is `self.attr` inside `__init__`.
  func isFieldTarget(_ target: Expr) -> Bool {
    guard case .attribute(let base, _, _) = target.kind, case .name(let id, _) = base.kind,
      let s = initSelf
    else { return false }
    return id == s.name
  }

  /// `self.attr = value` in `__init__`.
  func storeField(_ target: Expr, _ value: Value) {
    guard case .attribute(_, let attr, _) = target.kind, let s = initSelf else {
      return drop(value)
    }
    let c = definitions.classInfo(s.cls.number)
    guard let index = c.fields.firstIndex(of: attr) else {
      program.unsupported("assigning an attribute that '\(c.name)' does not declare in its "
                            + "__init__", target.range)
      return drop(value)
    }
    guard value.reg != nil else { return }
    let selfValue = load(s.name, target.range)
    guard let obj = selfValue.reg else { return drop(value) }
    storeField(c, obj, index, attr, value, target.range)
    drop(selfValue)
  }

  /// Field `index` (`attr`) of instance `obj` of class `c` = `value` (consumed).
  private func storeField(_ c: ClassInfo, _ obj: Register, _ index: Int, _ attr: String,
                          _ value: Value, _ range: SourceRange) {
    let type = program.inference.widenField(c.number, attr, value.type)
    guard let r = coerce(value, to: type, range) else { return }
    let i = emit(.constInt(Int64(index)), .int)
    if type.isUnion {
      emitVoid(.runtime(.instanceSetUnion, [obj, i, emit(.convert(.unionBits, r), .slot),
                                            emit(.convert(.unionKind, r), .int)]))
    } else {
      let slot = emit(.convert(.toSlot, r), .slot)
      emitVoid(.runtime(.instanceSet, [obj, i, slot, emit(.constI32(type.slotKind), .i32)]))
    }
  }

  /// `obj.attr` of an instance: a field, a class attribute, or AttributeError.
  func instanceAttribute(_ v: Value, _ cls: ClassRef, _ attr: String, _ range: SourceRange)
    -> Value
  {
    let c = definitions.classInfo(cls.number)
    if let index = c.fields.firstIndex(of: attr) {
      let type = program.inference.fieldType(c.number, attr)
      guard let obj = v.reg else { return .never }
      setLine(range)
      let i = emit(.constInt(Int64(index)), .int)
      guard type != .never else {
        // No instance of this class ever has it (its __init__ never assigns it, or assigns
        // it only a value that is never made): the read raises AttributeError.
        _ = emit(.runtime(.instanceGet, [obj, i]), .slot)
        drop(v)
        terminate(.unreachable)
        return .never
      }
      let slot = emit(.runtime(.instanceGet, [obj, i]), .slot)
      if type.isUnion {
        let kind = emit(.runtime(.instanceKind, [obj, i]), .int)
        drop(v)
        return Value(reg: emit(.makeUnion(kind, slot), type), type: type, owned: false)
      }
      return borrowedElement(slot, type, from: v)
    }
    if definitions.isProperty(attr, of: c.number), let (owner, id) = definitions.method(attr, of: c.number) {
      return callSpecialization(methodName(owner, attr), definitions[id], [v], range)
    }
    drop(v)
    if let owner = definitions.classAttribute(attr, of: c.number) {
      return classAttributeValue(owner, attr, range)
    }
    if definitions.method(attr, of: c.number) != nil {
      program.unsupported("a method used as a value (a bound method)", range)
      return .never
    }
    if attr.hasPrefix("__") && attr.hasSuffix("__") {
      // What every object has (`__class__`, `__dict__`, `__eq__`, `__doc__`, ...).
      program.unsupported("the attribute '\(attr)' of an instance", range)
      return .never
    }
    setLine(range)
    emitVoid(.runtime(.instanceNoAttribute, [emit(.constI32(c.number), .i32),
                                             emit(.constCString(attr), .rawPointer)]))
    terminate(.unreachable)
    return .never
  }

  /// `v.attr` of a value of several types: a field of whatever instance it holds (boxed), or
  /// AttributeError. An attribute that is a class attribute or a method of one of the
  /// program's classes is not compiled (the runtime knows only fields).
  func objectAttribute(_ v: Value, _ attr: String, _ range: SourceRange) -> Value {
    guard let o = v.reg else { return .never }
    if attr.hasPrefix("__") && attr.hasSuffix("__") {
      drop(v)
      program.unsupported("the attribute '\(attr)' of a value of several types", range)
      return .never
    }
    if definitions.classes.contains(where: { $0.properties.contains(attr) }),
      !definitions.classes.contains(where: { c in
        (c.methods[attr] != nil && !c.properties.contains(attr))
          || c.attributes.contains { $0.name == attr } || c.fields.contains(attr)
      })
    {
      return dispatchOnClass(v, attr, range) { receiver, c in
        instanceAttribute(receiver, c, attr, range)
      } ?? .never
    }
    if definitions.classes.contains(where: { c in
      c.methods[attr] != nil || c.attributes.contains { $0.name == attr }
    }) {
      drop(v)
      program.unsupported("the method or class attribute '\(attr)' of a value of several "
                            + "types", range)
      return .never
    }
    setLine(range)
    let r = emit(.runtime(.objectGetattr, [o, emit(.constCString(attr), .rawPointer)]), .object)
    drop(v)
    return Value(reg: r, type: .object, owned: true)
  }

  /// `v.m(args)` of a value of several types: a branch per class of the program whose MRO
  /// has `m`, each calling it as compiled for that class (the argument expressions lowered in
  /// each); AttributeError for any other value. Nil when no class has such a method.
  func objectMethodCall(_ base: Value, _ attr: String, _ args: [Expr], _ keywords: [Keyword],
                        _ range: SourceRange) -> Value? {
    dispatchOnClass(base, attr, range) { receiver, c in
      instanceMethodCall(receiver, c, attr, args, keywords, range)
    }
  }

  /// `body` for the class of the instance `base` holds, among the classes whose MRO has the
  /// method (or property) `attr`; AttributeError for any other value. Nil when no class has it.
  private func dispatchOnClass(_ base: Value, _ attr: String, _ range: SourceRange,
                               _ body: (Value, ClassRef) -> Value) -> Value? {
    guard let o = base.reg else { return .never }
    let candidates = definitions.classes.filter { definitions.method(attr, of: $0.number) != nil }
    guard !candidates.isEmpty else { return nil }
    setLine(range)
    let cls = emit(.runtime(.instanceClass, [o]), .int)
    let slot = hiddenName("methodcall", range)
    let join = newBlock()
    for c in candidates {
      let yes = newBlock(), no = newBlock()
      terminate(.condBranch(emit(.compare(.eq, cls, emit(.constInt(Int64(c.number)), .int)),
                                 .bool), yes, no))
      startBlock(yes)
      let type = IRType.instance(c.ref)
      let receiver = emit(.convert(.fromSlot, emit(.convert(.toSlot, o), .slot)), type)
      let v = body(Value(reg: receiver, type: type, owned: false), c.ref)
      if isReachable {
        if v.reg != nil { put(v, into: slot, range) } else { drop(v) }
        terminate(.branch(join))
      }
      startBlock(no)
    }
    setLine(range)
    emitVoid(.runtime(.objectNoAttribute, [o, emit(.constCString(attr), .rawPointer)]))
    terminate(.unreachable)
    startBlock(join)
    let result = merged(slot)
    guard result.reg != nil else {
      drop(base)
      return .never
    }
    // The merged value is borrowed from the hidden local: take a reference of our own
    // before the receiver goes.
    let owned = Value(reg: own(result), type: result.type, owned: result.type.isObject)
    drop(base)
    return owned
  }

  /// `isinstance(v, C)` (or a tuple of the program's classes) of a value of several types:
  /// whether its class is one of them or derives from one.
  func objectIsInstance(_ v: Value, _ classes: [Int32]) -> Value {
    guard let o = v.reg else { return .never }
    let cls = emit(.runtime(.instanceClass, [o]), .int)
    var hit = emit(.constBool(false), .bool)
    for c in definitions.classes where classes.contains(where: { definitions.isSubclass(c.number, of: $0) }) {
      let same = emit(.compare(.eq, cls, emit(.constInt(Int64(c.number)), .int)), .bool)
      hit = emit(.select(same, emit(.constBool(true), .bool), hit), .bool)
    }
    drop(v)
    return Value(reg: hit, type: .bool, owned: false)
  }

  /// `C.attr` of a class attribute (a constant, made again where it is read).
  func classAttributeValue(_ owner: ClassInfo, _ attr: String, _ range: SourceRange) -> Value {
    guard let a = owner.attributes.first(where: { $0.name == attr }) else { return .never }
    return expr(a.value)
  }

  /// `C.attr` where `C` names one of the program's classes.
  func classAttribute(_ c: ClassInfo, _ attr: String, _ range: SourceRange) -> Value {
    if let owner = definitions.classAttribute(attr, of: c.number) {
      return classAttributeValue(owner, attr, range)
    }
    if attr == "__name__" { return constant(.constStr(c.name), .str) }
    program.unsupported("this attribute of a class", range)
    return .never
  }

  // MARK: - Method calls

  /// `obj.m(args)` of an instance: the method as the class's MRO resolves it.
  func instanceMethodCall(_ base: Value, _ cls: ClassRef, _ attr: String, _ args: [Expr],
                          _ keywords: [Keyword], _ range: SourceRange) -> Value {
    if attr == "__init__" {
      drop(base)
      program.unsupported("calling __init__ on an existing instance (it would change it)", range)
      return .never
    }
    if let (owner, id) = definitions.method(attr, of: cls.number) {
      if owner.properties.contains(attr) {
        drop(base)
        program.unsupported("calling the value of a property", range)
        return .never
      }
      if owner.staticMethods.contains(attr) {
        drop(base)
        return userCall(methodName(owner, attr), definitions[id], args, keywords, range)
      }
      return userCall(methodName(owner, attr), definitions[id], args, keywords, range,
                      receiver: base)
    }
    let c = definitions.classInfo(cls.number)
    if c.fields.contains(attr) || definitions.classAttribute(attr, of: cls.number) != nil {
      drop(base)
      program.unsupported("calling an attribute that is not a method", range)
      return .never
    }
    return instanceAttribute(base, cls, attr, range)
  }

  /// `super().m(args)` inside a method: the method of the bases of the class whose body
  /// defines the calling method, called with the calling method's `self`.
  func superCall(_ attr: String, _ args: [Expr], _ keywords: [Keyword], _ range: SourceRange)
    -> Value?
  {
    guard let info, let owner = info.owner, let selfName = info.def.args.args.first?.arg else {
      program.unsupported("super() outside a method", range)
      return .never
    }
    if attr == "__init__" && initSelf == nil {
      program.unsupported("super().__init__() outside __init__ (it would change an existing "
                            + "instance)", range)
      return .never
    }
    guard let (defining, id) = definitions.method(attr, of: owner, after: true) else {
      program.unsupported("super().\(attr)() of a method no base class defines", range)
      return .never
    }
    let receiver = load(selfName, range)
    return userCall(methodName(defining, attr), definitions[id], args, keywords, range,
                    receiver: receiver)
  }

  /// `C.m(obj, args)`: a method called through its class (the instance is the first argument).
  func classMethodCall(_ c: ClassInfo, _ attr: String, _ args: [Expr], _ keywords: [Keyword],
                       _ range: SourceRange) -> Value {
    if attr == "__init__" {
      // `Base.__init__(self, ...)` only inside `__init__`, on its own `self`.
      guard let s = initSelf, let first = args.first, case .name(let id, _) = first.kind,
        id == s.name
      else {
        program.unsupported("calling __init__ on an existing instance (it would change it)",
                            range)
        return .never
      }
    }
    guard let (owner, id) = definitions.method(attr, of: c.number),
      !owner.properties.contains(attr)
    else {
      program.unsupported("calling this attribute of a class", range)
      return .never
    }
    return userCall(methodName(owner, attr), definitions[id], args, keywords, range)
  }

  /// Whether one of the program's classes defines one of the special methods: an operation on
  /// a value of several types, which the runtime performs without calling them, is then
  /// rejected (reported at `range`, true) rather than risk a TypeError where CPython calls it.
  func rejectsOperationOnObject(_ names: [String], _ range: SourceRange) -> Bool {
    guard definitions.classes.contains(where: { c in names.contains { c.methods[$0] != nil } })
    else { return false }
    program.unsupported("this operation on a value of several types where one of the "
                          + "program's classes defines \(names.joined(separator: "/"))", range)
    return true
  }

  /// The special methods of the binary operators.
  static func binaryDunder(_ op: BinaryOperator) -> String {
    switch op {
    case .add: return "__add__"
    case .sub: return "__sub__"
    case .mult: return "__mul__"
    case .div: return "__truediv__"
    case .floorDiv: return "__floordiv__"
    case .mod: return "__mod__"
    case .pow: return "__pow__"
    default: return ""
    }
  }

  /// An operation on an instance through its class's special method `name` (consumes
  /// `values`, the instance first); a class without it is rejected (CPython raises a
  /// TypeError, or tries a reflected method pyforac does not compile). `want`: the type the
  /// operation requires of the result (`len` an int, truth a bool).
  func instanceSpecial(_ name: String, _ values: [Value], want: IRType?, _ range: SourceRange)
    -> Value
  {
    guard let v = callSpecialMethod(name, values, range) else {
      values.forEach(drop)
      program.unsupported("this operation on an instance whose class does not define "
                            + (name.isEmpty ? "it" : name), range)
      return .never
    }
    if let want, v.reg != nil, v.type != want {
      drop(v)
      program.unsupported("a \(name) that returns \(v.type.phrase)", range)
      return .never
    }
    return v
  }

  /// A comparison where an operand is an instance whose class defines the operator's method
  /// (or the reflected one on the right: `a < b` may be `b.__gt__(a)`), as CPython tries
  /// them; nil to compare as `object` does (identity for `==`, a TypeError for ordering).
  func instanceComparison(_ op: CompareOperator, _ l: Value, _ r: Value, _ range: SourceRange)
    -> Value?
  {
    func defines(_ v: Value, _ name: String) -> Bool {
      guard case .instance(let c) = v.type else { return false }
      return definitions.method(name, of: c.number) != nil
    }
    let pair: (String, String)
    switch op {
    case .eq, .notEq: pair = ("__eq__", "__eq__")
    case .lt: pair = ("__lt__", "__gt__")
    case .gt: pair = ("__gt__", "__lt__")
    case .ltE: pair = ("__le__", "__ge__")
    case .gtE: pair = ("__ge__", "__le__")
    default: return nil
    }
    let args: [Value]
    let name: String
    // The right operand's class derives from the left's: its reflected method goes first.
    var rightFirst = false
    if case .instance(let lc) = l.type, case .instance(let rc) = r.type, lc != rc,
      definitions.isSubclass(rc.number, of: lc.number)
    {
      rightFirst = defines(r, pair.1)
    }
    if rightFirst {
      (args, name) = ([r, l], pair.1)
    } else if defines(l, pair.0) {
      (args, name) = ([l, r], pair.0)
    } else if defines(r, pair.1) {
      (args, name) = ([r, l], pair.1)
    } else {
      guard case .instance = l.type else {
        guard case .instance = r.type else { return nil }
        if op == .eq || op == .notEq { return identityComparison(op, l, r) }
        return instanceSpecial("", [l, r], want: nil, range)
      }
      if op == .eq || op == .notEq { return identityComparison(op, l, r) }
      return instanceSpecial("", [l, r], want: nil, range)
    }
    let v = instanceSpecial(name, args, want: .bool, range)
    guard let t = v.reg else { return .never }
    return op == .notEq ? Value(reg: emit(.not(t), .bool), type: .bool, owned: false) : v
  }

  /// `==`/`!=` where neither operand's class defines `__eq__`: the runtime's equality (the
  /// identity of two instances).
  private func identityComparison(_ op: CompareOperator, _ l: Value, _ r: Value) -> Value {
    guard let a = l.reg, let b = r.reg else {
      drop(l)
      drop(r)
      return .never
    }
    let eq = emit(.runtime(.slotEq, [emit(.convert(.toSlot, a), .slot),
                                     emit(.constI32(l.type.slotKind), .i32),
                                     emit(.convert(.toSlot, b), .slot),
                                     emit(.constI32(r.type.slotKind), .i32)]), .int)
    drop(l)
    drop(r)
    let t = emit(.convert(.intToBool, eq), .bool)
    return Value(reg: op == .eq ? t : emit(.not(t), .bool), type: .bool, owned: false)
  }

  /// Calls special method `name` of an instance's class with evaluated arguments (the
  /// instance first); nil when the class does not define it.
  func callSpecialMethod(_ name: String, _ values: [Value], _ range: SourceRange) -> Value? {
    guard case .instance(let c) = values[0].type,
      let (owner, id) = definitions.method(name, of: c.number)
    else { return nil }
    return callSpecialization(methodName(owner, name), definitions[id], values, range)
  }
}
