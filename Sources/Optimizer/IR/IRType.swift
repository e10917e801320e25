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
  case slot
  case i32
  case rawPointer

  /// True for types represented as a reference-counted `pyrt_object *`.
  public var isObject: Bool {
    switch self {
    case .str, .list, .tuple: return true
    default: return false
    }
  }

  /// True when the type (or one of its components) is still `never`.
  public var containsNever: Bool {
    switch self {
    case .never: return true
    case .list(let e): return e.containsNever
    case .tuple(let es): return es.contains { $0.containsNever }
    default: return false
    }
  }

  /// The `pyrt_slot_kind` number for an element of this type (see pyrt-core.h).
  public var slotKind: Int32 {
    switch self {
    case .none, .never: return 0
    case .bool: return 1
    case .int: return 2
    case .float: return 3
    default: return 4
    }
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
    case .slot, .i32, .rawPointer: return "object"
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
    case .slot: return "slot"
    case .i32: return "i32"
    case .rawPointer: return "ptr"
    }
  }

  /// The least upper bound of two types, or nil when they have none in this IR (a union).
  /// Called by type inference whenever a variable, return value or element gets a new type.
  public static func join(_ a: IRType, _ b: IRType) -> IRType? {
    if a == b { return a }
    switch (a, b) {
    case (.never, _): return b
    case (_, .never): return a
    case (.list(let x), .list(let y)):
      guard let e = join(x, y) else { return nil }
      return .list(e)
    case (.tuple(let xs), .tuple(let ys)) where xs.count == ys.count:
      var out: [IRType] = []
      for (x, y) in zip(xs, ys) {
        guard let e = join(x, y) else { return nil }
        out.append(e)
      }
      return .tuple(out)
    default:
      return nil
    }
  }
}
