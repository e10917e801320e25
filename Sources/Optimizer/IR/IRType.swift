/// One of the program's classes, as types name it: its number (its index in the runtime's
/// class table, `pyforac_classes`) and its name.
public struct ClassRef: Hashable, Sendable {
  public let number: Int32
  public let name: String

  public init(number: Int32, name: String) {
    self.number = number
    self.name = name
  }
}

/// The types of the typed IR.
///
/// Python types (`int`, `float`, `bool`, `none`, `str`, `list`, `tuple`) are what type inference
/// assigns to values; `never` is the bottom of the lattice (nothing known yet, or a value that is
/// never produced). `slot`, `i32` and `rawPointer` are machine types used only at the runtime ABI
/// boundary (an 8-byte list/tuple element, a C `int32_t`, an untyped pointer).
public indirect enum IRType: Hashable, CustomStringConvertible, Sendable {
  case never
  case int
  case float
  case bool
  case none
  case str
  case list(IRType)
  case tuple([IRType])
  /// An immutable dict with keys of the first type and values of the second (`never` while
  /// it is only known to be empty); keys and values of several types are boxed `object`s.
  case dict(IRType, IRType)
  /// A set or frozenset of elements of the type (boxed `object`s when of several types).
  case set(IRType)
  case frozenset(IRType)
  /// An exception value (`except E as e`): a runtime object of any exception class.
  case exception
  /// An instance of one of the program's classes (exactly that class, not a subclass): a
  /// runtime object holding its fields (`pyrt_instance_*`).
  case instance(ClassRef)
  /// A boxed value of any Python type (int, float, bool, None boxed; str/list/tuple as is):
  /// the representation of a union of other types, with dynamic dispatch in the runtime.
  case object
  /// A union of scalar types (`None`, `bool`, `int`, `float`; two to `maxUnionMembers` of
  /// them, in that order), held unboxed: the member's slot kind (`RuntimeABI.SlotKind`) and
  /// its 8-byte `pyrt_slot` bits, two registers' worth, no allocation and no reference count.
  /// `int | None` is `union[None, int]`. Only variables, results and arguments have it: list
  /// and tuple items of several types are boxed `object`s.
  case union([IRType])
  case slot
  case i32
  case rawPointer

  /// True for types represented as a reference-counted `pyrt_object *`.
  public var isObject: Bool {
    switch self {
    case .str, .list, .tuple, .dict, .set, .frozenset, .object, .exception, .instance: return true
    default: return false
    }
  }

  /// A list, tuple, dict or boxed value: what the runtime's repr walks (`pyrt_object_repr`).
  public var isContainerOrBoxed: Bool {
    switch self {
    case .list, .tuple, .dict, .set, .frozenset, .object, .exception, .instance: return true
    default: return false
    }
  }

  /// True for the Python types held unboxed in a register (int, float, bool, None, unions of
  /// them): copying one needs no reference counting.
  public var isScalar: Bool {
    switch self {
    case .int, .float, .bool, .none, .union: return true
    default: return false
    }
  }

  /// True when the type (or one of its components) is still `never`.
  public var containsNever: Bool {
    switch self {
    case .never: return true
    case .list(let e): return e.containsNever
    case .tuple(let es): return es.contains { $0.containsNever }
    case .dict(let k, let v): return k.containsNever || v.containsNever
    case .set(let e), .frozenset(let e): return e.containsNever
    default: return false
    }
  }

  /// The number of nodes of the type's tree (`list[tuple[int, str]]` is 4).
  public var size: Int {
    switch self {
    case .list(let e): return 1 + e.size
    case .tuple(let es): return es.reduce(1) { $0 + $1.size }
    case .dict(let k, let v): return 1 + k.size + v.size
    case .set(let e), .frozenset(let e): return 1 + e.size
    default: return 1
    }
  }

  /// The `pyrt_slot_kind` number for an element of this type (see pyrt-core.h).
  public var slotKind: Int32 {
    let kind: RuntimeABI.SlotKind
    switch self {
    case .none, .never: kind = .noValue
    case .bool: kind = .bool
    case .int: kind = .int
    case .float: kind = .float
    default: kind = .object
    }
    return kind.rawValue
  }

  /// The name CPython uses for the type in messages (`int`, `list`, ...).
  public var pythonName: String {
    switch self {
    case .never: return "object"
    case .int: return "int"
    case .float: return "float"
    case .bool: return "bool"
    case .none: return "NoneType"
    case .str: return "str"
    case .list: return "list"
    case .tuple: return "tuple"
    case .dict: return "dict"
    case .set: return "set"
    case .frozenset: return "frozenset"
    case .exception: return "BaseException"
    case .instance(let c): return c.name
    case .object, .slot, .i32, .rawPointer, .union: return "object"
    }
  }

  public var description: String {
    switch self {
    case .never: return "never"
    case .int: return "int"
    case .float: return "float"
    case .bool: return "bool"
    case .none: return "None"
    case .str: return "str"
    case .list(let e): return "list[\(e)]"
    case .tuple(let es): return "tuple[\(es.map(\.description).joined(separator: ", "))]"
    case .dict(let k, let v): return "dict[\(k), \(v)]"
    case .set(let e): return "set[\(e)]"
    case .frozenset(let e): return "frozenset[\(e)]"
    case .exception: return "exception"
    case .instance(let c): return "instance[\(c.name)#\(c.number)]"
    case .object: return "object"
    case .union(let ms): return "union[\(ms.map(\.description).joined(separator: ", "))]"
    case .slot: return "slot"
    case .i32: return "i32"
    case .rawPointer: return "ptr"
    }
  }

  /// True when a value of this type is also a valid value of `other` without any change of
  /// representation: the types are equal except where this one has `never` (an element type
  /// of a list known to be empty).
  public func fits(into other: IRType) -> Bool {
    if self == other || self == .never { return true }
    switch (self, other) {
    case (.list(let x), .list(let y)): return x.fits(into: y) && (x == .never || x.isObject == y.isObject)
    case (.dict(let k, let v), .dict(let k2, let v2)):
      return componentFits(k, k2) && componentFits(v, v2)
    case (.set(let x), .set(let y)), (.frozenset(let x), .frozenset(let y)):
      return componentFits(x, y)
    case (.tuple(let xs), .tuple(let ys)) where xs.count == ys.count:
      return zip(xs, ys).allSatisfy { $0.fits(into: $1) && $0.slotKind == $1.slotKind }
    default: return false
    }
  }

  /// Whether a dict's or set's part of this type may be read as `other`: entries keep their
  /// own slot kinds in the runtime, and reads of an `object` part box them.
  private func componentFits(_ a: IRType, _ b: IRType) -> Bool {
    a == .never || b == .object || a.fits(into: b)
  }

  /// True for the types a Python value can have (not the ABI-only machine types).
  public var isPython: Bool {
    switch self {
    case .slot, .i32, .rawPointer: return false
    default: return true
    }
  }

  /// The type as diagnostics name a value of it: "an int", "a str", "None", "a value of
  /// several possible types" (a union, boxed or not).
  public var phrase: String {
    switch self {
    case .object, .union, .never, .slot, .i32, .rawPointer:
      return "a value of several possible types"
    case .none: return "None"
    case .int: return "an int"
    default: return "a \(pythonName)"
    }
  }

  /// The most members a union held in registers has; a wider union is boxed (`object`).
  public static let maxUnionMembers = 4

  /// The scalar types a union held in registers can have, in their canonical order.
  static let unionMemberOrder: [IRType] = [.none, .bool, .int, .float]

  public var isUnion: Bool {
    if case .union = self { return true }
    return false
  }

  /// The members of a union (a scalar type is its own only member).
  public var unionMembers: [IRType] {
    if case .union(let ms) = self { return ms }
    return [self]
  }

  /// How values of any of `types` are held: the type itself when there is one, a union in
  /// registers when they are all scalars and at most `maxUnionMembers`, else a boxed
  /// `object`. Unions among `types` contribute their members; `never` contributes nothing.
  public static func representation(of types: [IRType], maxMembers: Int = maxUnionMembers)
    -> IRType
  {
    var members: [IRType] = []
    for t in types.flatMap(\.unionMembers) where t != .never && !members.contains(t) {
      members.append(t)
    }
    if members.isEmpty { return .never }
    if members.count == 1 { return members[0] }
    guard members.allSatisfy(unionMemberOrder.contains), members.count <= maxMembers
    else { return .object }
    return .union(unionMemberOrder.filter(members.contains))
  }

  /// The join of two types that a variable, a branch of an expression or a function's result
  /// takes: scalars of different types make a union held in registers
  /// (`representation(of:)`); everything else as `join`.
  public static func joinValue(_ a: IRType, _ b: IRType, maxMembers: Int = maxUnionMembers)
    -> IRType?
  {
    if a == b { return a }
    let scalarOrUnion = { (t: IRType) in t == .never || t.isScalar }
    if scalarOrUnion(a) && scalarOrUnion(b) {
      return representation(of: [a, b], maxMembers: maxMembers)
    }
    return join(a, b)
  }

  /// The least upper bound of two types: equal types stay, `never` gives the other, lists and
  /// same-length tuples join element-wise, and any other pair of Python types is a union,
  /// represented as `object`. Nil only for machine types. Called by type inference whenever a
  /// variable, return value or element gets a new type.
  public static func join(_ a: IRType, _ b: IRType) -> IRType? {
    if a == b { return a }
    switch (a, b) {
    case (.never, _): return b
    case (_, .never): return a
    case (.list(let x), .list(let y)):
      guard let e = join(x, y) else { return nil }
      return .list(e)
    case (.dict(let k, let v), .dict(let k2, let v2)):
      guard let jk = join(k, k2), let jv = join(v, v2) else { return nil }
      return .dict(jk, jv)
    case (.set(let x), .set(let y)):
      guard let e = join(x, y) else { return nil }
      return .set(e)
    case (.frozenset(let x), .frozenset(let y)):
      guard let e = join(x, y) else { return nil }
      return .frozenset(e)
    case (.tuple(let xs), .tuple(let ys)) where xs.count == ys.count:
      var out: [IRType] = []
      for (x, y) in zip(xs, ys) {
        guard let e = join(x, y) else { return nil }
        out.append(e)
      }
      return .tuple(out)
    default:
      return a.isPython && b.isPython ? .object : nil
    }
  }
}
