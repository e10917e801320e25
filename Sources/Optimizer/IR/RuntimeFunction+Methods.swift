/// The runtime's str, list and tuple methods and the `chr`/`ord` builtins (pyrt-objects.h), as
/// `FunctionLowering+Methods.swift` calls them.
extension RuntimeFunction {
  private static let o = IRType.rawPointer

  public static let strFind = RuntimeFunction("pyrt_str_find", [o, o], .int, mayRaise: false)
  public static let strRFind = RuntimeFunction("pyrt_str_rfind", [o, o], .int, mayRaise: false)
  public static let strIndex = RuntimeFunction("pyrt_str_index", [o, o], .int)
  public static let strRIndex = RuntimeFunction("pyrt_str_rindex", [o, o], .int)
  public static let strCount = RuntimeFunction("pyrt_str_count", [o, o], .int, mayRaise: false)
  public static let strReplace = RuntimeFunction("pyrt_str_replace", [o, o, o, .int], o)
  public static let strStrip = RuntimeFunction("pyrt_str_strip", [o, o], o)
  public static let strLStrip = RuntimeFunction("pyrt_str_lstrip", [o, o], o)
  public static let strRStrip = RuntimeFunction("pyrt_str_rstrip", [o, o], o)
  public static let strSplit = RuntimeFunction("pyrt_str_split", [o, o, .int], o)
  public static let strRSplit = RuntimeFunction("pyrt_str_rsplit", [o, o, .int], o)
  public static let strUpper = RuntimeFunction("pyrt_str_upper", [o], o)
  public static let strLower = RuntimeFunction("pyrt_str_lower", [o], o)
  public static let strTitle = RuntimeFunction("pyrt_str_title", [o], o)
  public static let strCapitalize = RuntimeFunction("pyrt_str_capitalize", [o], o)
  public static let strSwapCase = RuntimeFunction("pyrt_str_swapcase", [o], o)
  public static let strCaseFold = RuntimeFunction("pyrt_str_casefold", [o], o)
  public static let strSplitLines = RuntimeFunction("pyrt_str_splitlines", [o, .int], o)
  public static let strPartition = RuntimeFunction("pyrt_str_partition", [o, o], o)
  public static let strRPartition = RuntimeFunction("pyrt_str_rpartition", [o, o], o)
  public static let strLJust = RuntimeFunction("pyrt_str_ljust", [o, .int, o], o)
  public static let strRJust = RuntimeFunction("pyrt_str_rjust", [o, .int, o], o)
  public static let strCenter = RuntimeFunction("pyrt_str_center", [o, .int, o], o)
  public static let strZFill = RuntimeFunction("pyrt_str_zfill", [o, .int], o)
  public static let strChr = RuntimeFunction("pyrt_str_chr", [.int], o, also: .mayStop)
  public static let strOrd = RuntimeFunction("pyrt_str_ord", [o], .int)
  public static let strIsSpace = RuntimeFunction("pyrt_str_isspace", [o], .int, mayRaise: false)
  public static let strIsAlpha = RuntimeFunction("pyrt_str_isalpha", [o], .int, mayRaise: false)
  public static let strIsDigit = RuntimeFunction("pyrt_str_isdigit", [o], .int, mayRaise: false)
  public static let strIsDecimal = RuntimeFunction("pyrt_str_isdecimal", [o], .int,
                                                   mayRaise: false)
  public static let strIsNumeric = RuntimeFunction("pyrt_str_isnumeric", [o], .int,
                                                   mayRaise: false)
  public static let strIsAlnum = RuntimeFunction("pyrt_str_isalnum", [o], .int, mayRaise: false)
  public static let strIsUpper = RuntimeFunction("pyrt_str_isupper", [o], .int, mayRaise: false)
  public static let strIsLower = RuntimeFunction("pyrt_str_islower", [o], .int, mayRaise: false)
  public static let listIndex = RuntimeFunction("pyrt_list_index", [o, .slot, .i32], .int)
  public static let listCount = RuntimeFunction("pyrt_list_count", [o, .slot, .i32], .int)
  public static let tupleIndex = RuntimeFunction("pyrt_tuple_index", [o, .slot, .i32], .int)
  public static let tupleCount = RuntimeFunction("pyrt_tuple_count", [o, .slot, .i32], .int)

  /// sorted(l, key=...) once the keys are computed (pyrt_list_sorted_by_keys).
  public static let listSortedByKeys = RuntimeFunction("pyrt_list_sorted_by_keys", [o, o, .i32],
                                                       o)

  public static let listBestIndex = RuntimeFunction("pyrt_list_best_index", [o, .i32], .int)

  /// s.find(sub, start, end) and the other bounded searches (pyrt_str_search).
  public static let strSearch = RuntimeFunction("pyrt_str_search", [o, o, .i32, .int, .int, .i32],
                                                .int)

  static let methods: [RuntimeFunction] = [
    strSearch,
    listSortedByKeys, listBestIndex,
    strFind, strRFind, strIndex, strRIndex, strCount, strReplace,
    strStrip, strLStrip, strRStrip, strSplit, strRSplit, strUpper, strLower, strTitle,
    strCapitalize, strSwapCase, strCaseFold, strSplitLines, strPartition, strRPartition,
    strLJust, strRJust, strCenter, strZFill, strChr, strOrd, strIsSpace, strIsAlpha, strIsDigit,
    strIsDecimal, strIsNumeric, strIsAlnum, strIsUpper, strIsLower, listIndex, listCount,
    tupleIndex, tupleCount,
  ]
}

/// The runtime's dicts (pyrt-objects.h), as `FunctionLowering+Dicts.swift` calls them.
extension RuntimeFunction {
  public static let dictNew = RuntimeFunction("pyrt_dict_new", [.int], o, mayRaise: false)
  public static let dictSetInit = RuntimeFunction(
    "pyrt_dict_set_init", [o, .slot, .i32, .slot, .i32], nil, consumes: [1, 3])
  public static let dictLen = RuntimeFunction("pyrt_dict_len", [o], .int, mayRaise: false)
  public static let dictLookup = RuntimeFunction("pyrt_dict_lookup", [o, .slot, .i32], .int)
  public static let dictFind = RuntimeFunction("pyrt_dict_find", [o, .slot, .i32], .int)
  public static let dictContains = RuntimeFunction("pyrt_dict_contains", [o, .slot, .i32], .int)
  public static let dictValueAt = RuntimeFunction("pyrt_dict_value_at", [o, .int], .slot,
                                                  mayRaise: false, borrowsResultFrom: 0)
  public static let dictValueObjectAt = RuntimeFunction("pyrt_dict_value_object_at", [o, .int],
                                                        o)
  public static let dictKeys = RuntimeFunction("pyrt_dict_keys", [o, .i32], o)
  public static let dictValues = RuntimeFunction("pyrt_dict_values", [o, .i32], o)
  public static let dictItemsAs = RuntimeFunction("pyrt_dict_items_as", [o, .i32, .i32], o)
  public static let dictCopy = RuntimeFunction("pyrt_dict_copy", [o], o)
  public static let dictMerge = RuntimeFunction("pyrt_dict_merge", [o, o], o)
  public static let dictMergeConsume = RuntimeFunction("pyrt_dict_merge_consume", [o, o], o,
                                                       consumes: [0])
  public static let dictSetItemConsume = RuntimeFunction(
    "pyrt_dict_setitem_consume", [o, .slot, .i32, .slot, .i32], o, consumes: [0, 1, 3])
  public static let dictEq = RuntimeFunction("pyrt_dict_eq", [o, o], .int)
  public static let dictFromPairs = RuntimeFunction("pyrt_dict_from_pairs", [o], o)

  static let dicts: [RuntimeFunction] = [
    dictNew, dictSetInit, dictLen, dictLookup, dictFind, dictContains, dictValueAt,
    dictValueObjectAt, dictKeys, dictValues, dictItemsAs, dictCopy, dictMerge, dictMergeConsume,
    dictSetItemConsume, dictEq, dictFromPairs,
  ]
}

/// The runtime's sets and frozensets (pyrt-objects.h), as `FunctionLowering+Sets.swift` calls
/// them.
extension RuntimeFunction {
  public static let setNew = RuntimeFunction("pyrt_set_new", [.i32], o, mayRaise: false)
  public static let setAddInit = RuntimeFunction("pyrt_set_add_init", [o, .slot, .i32], nil,
                                                 consumes: [1])
  public static let setUpdateInit = RuntimeFunction("pyrt_set_update_init", [o, o], nil)
  public static let setFrom = RuntimeFunction("pyrt_set_from", [.i32, o], o)
  public static let frozensetConstant = RuntimeFunction("pyrt_frozenset_constant", [o], o)
  public static let setLen = RuntimeFunction("pyrt_set_len", [o], .int, mayRaise: false)
  public static let setContains = RuntimeFunction("pyrt_set_contains", [o, .slot, .i32], .int)
  public static let setOr = RuntimeFunction("pyrt_set_or", [o, o], o)
  public static let setAnd = RuntimeFunction("pyrt_set_and", [o, o], o)
  public static let setSub = RuntimeFunction("pyrt_set_sub", [o, o], o)
  public static let setXor = RuntimeFunction("pyrt_set_xor", [o, o], o)
  public static let setOrConsume = RuntimeFunction("pyrt_set_or_consume", [o, o], o,
                                                   consumes: [0])
  public static let setAddConsume = RuntimeFunction("pyrt_set_add_consume", [o, .slot, .i32], o,
                                                    consumes: [0, 1])
  public static let setSubConsume = RuntimeFunction("pyrt_set_sub_consume", [o, o], o,
                                                    consumes: [0])
  public static let setUnion = RuntimeFunction("pyrt_set_union", [o, o], o)
  public static let setIntersection = RuntimeFunction("pyrt_set_intersection", [o, o], o)
  public static let setDifference = RuntimeFunction("pyrt_set_difference", [o, o], o)
  public static let setSymmetricDifference = RuntimeFunction(
    "pyrt_set_symmetric_difference", [o, o], o)
  public static let setCopy = RuntimeFunction("pyrt_set_copy", [o], o)
  public static let setIsSubset = RuntimeFunction("pyrt_set_issubset", [o, o], .int)
  public static let setIsSuperset = RuntimeFunction("pyrt_set_issuperset", [o, o], .int)
  public static let setIsDisjoint = RuntimeFunction("pyrt_set_isdisjoint", [o, o], .int)
  public static let setEq = RuntimeFunction("pyrt_set_eq", [o, o], .int)
  public static let setRichCompare = RuntimeFunction("pyrt_set_richcompare", [o, o, o], .int)
  public static let setToList = RuntimeFunction("pyrt_set_to_list", [o, .i32], o)

  static let sets: [RuntimeFunction] = [
    setNew, setAddInit, setUpdateInit, setFrom, frozensetConstant, setLen, setContains, setOr,
    setAnd, setSub, setXor, setOrConsume, setAddConsume, setSubConsume, setUnion,
    setIntersection, setDifference, setSymmetricDifference, setCopy, setIsSubset, setIsSuperset,
    setIsDisjoint, setEq, setRichCompare, setToList,
  ]
}

/// More of the math module and the int builtins (pyrt-objects.h).
extension RuntimeFunction {
  static func math1(_ name: String) -> RuntimeFunction {
    RuntimeFunction("pyrt_math_\(name)", [.float], .float)
  }
  public static let mathTan = math1("tan"), mathAsin = math1("asin"), mathAcos = math1("acos")
  public static let mathAtan = math1("atan"), mathSinh = math1("sinh"), mathCosh = math1("cosh")
  public static let mathTanh = math1("tanh"), mathLog2 = math1("log2")
  public static let mathLog10 = math1("log10"), mathExpm1 = math1("expm1")
  public static let mathLog1p = math1("log1p")
  public static let mathDegrees = RuntimeFunction("pyrt_math_degrees", [.float], .float,
                                                  mayRaise: false)
  public static let mathRadians = RuntimeFunction("pyrt_math_radians", [.float], .float,
                                                  mayRaise: false)
  public static let mathIsNan = RuntimeFunction("pyrt_math_isnan", [.float], .int,
                                                mayRaise: false)
  public static let mathIsInf = RuntimeFunction("pyrt_math_isinf", [.float], .int,
                                                mayRaise: false)
  public static let mathIsFinite = RuntimeFunction("pyrt_math_isfinite", [.float], .int,
                                                   mayRaise: false)
  static func math2(_ name: String) -> RuntimeFunction {
    RuntimeFunction("pyrt_math_\(name)", [.float, .float], .float)
  }
  public static let mathAtan2 = math2("atan2"), mathHypot = math2("hypot")
  public static let mathCopysign = math2("copysign"), mathPow = math2("pow")
  public static let mathFmod = math2("fmod"), mathLogBase = math2("log_base")
  static func intMath(_ name: String, _ arity: Int) -> RuntimeFunction {
    RuntimeFunction("pyrt_math_\(name)", Array(repeating: .int, count: arity), .int)
  }
  public static let mathGcd = intMath("gcd", 2), mathLcm = intMath("lcm", 2)
  public static let mathComb = intMath("comb", 2), mathPerm = intMath("perm", 2)
  public static let mathFactorial = intMath("factorial", 1), mathIsqrt = intMath("isqrt", 1)
  public static let mathFsum = RuntimeFunction("pyrt_math_fsum", [o], .float)
  public static let intToBaseStr = RuntimeFunction("pyrt_int_to_base_str", [.int, .i32], o)
  public static let intPowMod = RuntimeFunction("pyrt_int_powmod", [.int, .int, .int], .int)
  public static let intRound = RuntimeFunction("pyrt_int_round", [.int, .int], .int)
  public static let intFromStrBase = RuntimeFunction("pyrt_int_from_str_base", [o, .int], .int)

  static let moreMath: [RuntimeFunction] = [
    mathTan, mathAsin, mathAcos, mathAtan, mathSinh, mathCosh, mathTanh, mathLog2, mathLog10,
    mathExpm1, mathLog1p, mathDegrees, mathRadians, mathIsNan, mathIsInf, mathIsFinite,
    mathAtan2, mathHypot, mathCopysign, mathPow, mathFmod, mathLogBase, mathGcd, mathLcm,
    mathComb, mathPerm, mathFactorial, mathIsqrt, mathFsum, intToBaseStr, intPowMod, intRound,
    intFromStrBase,
  ]
}
