/// The runtime's entry points for instances of the program's classes (pyrt-objects.h,
/// "instances of the program's classes").
extension RuntimeFunction {
  private static let o = IRType.rawPointer

  /// A new instance of a class (its i32 number), every field unset.
  public static let instanceNew = RuntimeFunction("pyrt_instance_new", [.i32], o)
  /// `self.x = v` in `__init__` (the field's index; the value consumed when an object).
  public static let instanceSet = RuntimeFunction(
    "pyrt_instance_set", [o, .int, .slot, .i32], nil, mayRaise: false, consumes: [2])
  /// A field holding a union of scalars: stored with the member's slot kind, read back with it.
  public static let instanceSetUnion = RuntimeFunction(
    "pyrt_instance_set_union", [o, .int, .slot, .int], nil, mayRaise: false)
  public static let instanceKind = RuntimeFunction("pyrt_instance_kind", [o, .int], .int,
                                                   mayRaise: false)
  /// `obj.x` of a field (borrowed); AttributeError while it is unset.
  public static let instanceGet = RuntimeFunction(
    "pyrt_instance_get", [o, .int], .slot, borrowsResultFrom: 0)
  /// AttributeError for an attribute the class has nowhere (class number, C string name).
  public static let instanceNoAttribute = RuntimeFunction(
    "pyrt_instance_no_attribute", [.i32, o], nil, noReturn: true)
  /// `hash(obj)` of an instance whose class defines neither `__eq__` nor `__hash__`.
  public static let instanceIdentityHash = RuntimeFunction(
    "pyrt_instance_identity_hash", [o], .int, mayRaise: false)

  /// `hash(v)` of any value (TypeError for an unhashable one).
  public static let hashSlot = RuntimeFunction("pyrt_hash_slot", [.slot, .i32], .int)

  /// The class number of a value's class (-1: not an instance of the program's classes).
  public static let instanceClass = RuntimeFunction("pyrt_instance_class", [o], .int,
                                                    mayRaise: false)
  /// `v.attr` of a value of several types (a new boxed reference).
  public static let objectGetattr = RuntimeFunction("pyrt_object_getattr", [o, o], o)
  /// AttributeError for `v.attr` of any value.
  public static let objectNoAttribute = RuntimeFunction(
    "pyrt_object_no_attribute", [o, o], nil, noReturn: true)

  /// The result of a `__len__`: ValueError "__len__() should return >= 0" when negative.
  public static let checkLen = RuntimeFunction("pyrt_check_len", [.int], .int)

  static let classes: [RuntimeFunction] = [
    checkLen,
    instanceNew, instanceSet, instanceGet, instanceNoAttribute, instanceIdentityHash, hashSlot,
    instanceClass, objectGetattr, objectNoAttribute, instanceSetUnion, instanceKind,
  ]
}
