import Foundation

/// Builds the immutable rewrite of a mutating operation as Python source, quoting the user's own
/// expressions, for the notes of the immutability diagnostics (`xs.append(v)` becomes
/// `xs = xs + [v]`). Called by the rules in `Checks/`.
struct RewriteSuggestion {
  /// The receiver's source text (`xs`, `self.items`).
  let receiver: String
  /// The call's positional arguments as source text.
  let args: [String]
  /// The call's keyword arguments as `name=value` source text.
  let keywords: [String]

  private func arg(_ i: Int, _ fallback: String) -> String {
    i < args.count ? args[i] : fallback
  }

  private var r: String { receiver }

  private func without(_ key: String) -> String {
    "\(r) = {key: val for key, val in \(r).items() if key != \(key)}"
  }

  /// The rewrite of `receiver.method(args)` for a container of `kind`, as a full note.
  func methodCall(_ method: String, kind: ContainerKind, argumentIsList: Bool) -> String {
    if method == "clear" {
      let empty = kind == .list ? "[]" : kind == .dict ? "{}" : "set()"
      return FrontendMessages.rebindNote(kind, "\(r) = \(empty)")
    }
    if kind == .list && method == "append" {
      return FrontendMessages.rebuild(.list, "\(r) = \(r) + [\(arg(0, "v"))]")
        + " or a comprehension"
    }
    if method == "sort" {
      let extra = keywords.isEmpty ? "" : ", " + keywords.joined(separator: ", ")
      return "use sorted() instead: '\(r) = sorted(\(r)\(extra))'"
    }
    return FrontendMessages.rebuild(kind, code(method, kind, argumentIsList))
  }

  private func code(_ method: String, _ kind: ContainerKind, _ argumentIsList: Bool) -> String {
    switch (kind, method) {
    case (.list, "extend"), (.list, "__iadd__"):
      let a = arg(0, "ys")
      return "\(r) = \(r) + \(argumentIsList ? a : "list(\(a))")"
    case (.list, "insert"):
      let i = arg(0, "i")
      return "\(r) = \(r)[:\(i)] + [\(arg(1, "v"))] + \(r)[\(i):]"
    case (.list, "remove"):
      return "i = \(r).index(\(arg(0, "v")))' then '\(r) = \(r)[:i] + \(r)[i + 1:]"
    case (.list, "pop"):
      if args.isEmpty { return "last = \(r)[-1]' then '\(r) = \(r)[:-1]" }
      let i = arg(0, "i")
      return "item = \(r)[\(i)]' then '\(r) = \(Self.removing(r, i))"
    case (.list, "reverse"): return "\(r) = \(r)[::-1]"
    case (.list, "__setitem__"):
      return "\(r) = \(Self.replacing(r, arg(0, "i"), arg(1, "v")))"
    case (.list, "__delitem__"):
      return "\(r) = \(Self.removing(r, arg(0, "i")))"
    case (.dict, "pop"):
      let k = arg(0, "k")
      return "value = \(r)[\(k)]' then '\(without(k))"
    case (.dict, "popitem"):
      return "k, v = list(\(r).items())[-1]' then '\(without("k"))"
    case (.dict, "update"), (.dict, "__ior__"):
      var parts = ["**\(r)"] + args.map { "**\($0)" }
      parts += keywords.map { kw -> String in
        let pieces = kw.split(separator: "=", maxSplits: 1).map(String.init)
        return pieces.count == 2 ? "\"\(pieces[0])\": \(pieces[1])" : "**\(kw)"
      }
      return "\(r) = {\(parts.joined(separator: ", "))}"
    case (.dict, "setdefault"):
      let k = arg(0, "k")
      return "\(r) = \(r) if \(k) in \(r) else {**\(r), \(k): \(arg(1, "None"))}"
    case (.dict, "__setitem__"):
      return "\(r) = {**\(r), \(arg(0, "k")): \(arg(1, "v"))}"
    case (.dict, "__delitem__"):
      return without(arg(0, "k"))
    case (.set, "add"): return "\(r) = \(r) | {\(arg(0, "v"))}"
    case (.set, "remove"), (.set, "discard"): return "\(r) = \(r) - {\(arg(0, "v"))}"
    case (.set, "pop"): return "item = next(iter(\(r)))' then '\(r) = \(r) - {item}"
    case (.set, "update"), (.set, "__ior__"): return setOp("|")
    case (.set, "difference_update"), (.set, "__isub__"): return setOp("-")
    case (.set, "intersection_update"), (.set, "__iand__"): return setOp("&")
    case (.set, "symmetric_difference_update"), (.set, "__ixor__"): return setOp("^")
    default:
      return "\(r) = <a new \(kind.rawValue)>"
    }
  }

  private func setOp(_ op: String) -> String {
    let others = args.isEmpty ? ["other"] : args
    return "\(r) = \(r) " + others.map { "\(op) set(\($0))" }.joined(separator: " ")
  }

  /// The rewrite of `receiver[index] = value` for a container of `kind` (nil: unknown).
  static func itemAssignment(
    receiver r: String, index: String, value: String, kind: ContainerKind?
  ) -> String {
    var i = index
    var v = value
    var first = ""
    if index.count > 16 && kind == .list {
      first = "i = \(index)' then '"
      v = value.replacingOccurrences(of: "[\(index)]", with: "[i]")
      i = "i"
    }
    let dictCode = "\(r) = {**\(r), \(i): \(v)}"
    let listCode = "\(first)\(r) = \(replacing(r, i, v))"
    switch kind {
    case .dict: return FrontendMessages.rebuild(.dict, dictCode)
    case .list: return FrontendMessages.rebuild(.list, listCode)
    default:
      return "build a new value instead: '\(dictCode)' for a dict, '\(listCode)' for a list"
    }
  }

  /// The rewrite of `del receiver[index]` for a container of `kind` (nil: unknown).
  static func itemDeletion(receiver r: String, index i: String, kind: ContainerKind?) -> String {
    let dictCode = "\(r) = {key: val for key, val in \(r).items() if key != \(i)}"
    let listCode = "\(r) = \(removing(r, i))"
    switch kind {
    case .dict: return FrontendMessages.rebuild(.dict, dictCode)
    case .list: return FrontendMessages.rebuild(.list, listCode)
    default:
      return "build a new value instead: '\(dictCode)' for a dict, '\(listCode)' for a list"
    }
  }

  /// `index + 1` as source: folded for integer literals, parenthesised when `index` is not a
  /// simple name, literal, attribute, call or subscript.
  static func successor(_ index: String) -> String {
    if let n = Int(index) { return String(n + 1) }
    let loose = [" if ", " or ", " and ", "not ", "<", ">", "=", "lambda", "|", "&", "^", ","]
    for (op, delta) in [(" + ", 1), (" - ", -1)] {
      guard let r = index.range(of: op, options: .backwards), let n = Int(index[r.upperBound...])
      else { continue }
      let base = String(index[..<r.lowerBound])
      if loose.contains(where: { base.contains($0) }) { break }
      let m = n + delta
      return m == 0 ? base : "\(base)\(op)\(m)"
    }
    return index.contains(" ") ? "(\(index)) + 1" : "\(index) + 1"
  }

  /// The list `r` without the item at `i`.
  static func removing(_ r: String, _ i: String) -> String {
    if i == "0" { return "\(r)[1:]" }
    if i == "-1" { return "\(r)[:-1]" }
    return "\(r)[:\(i)] + \(r)[\(successor(i)):]"
  }

  /// The list `r` with the item at `i` replaced by `v`.
  static func replacing(_ r: String, _ i: String, _ v: String) -> String {
    if i == "0" { return "[\(v)] + \(r)[1:]" }
    return "\(r)[:\(i)] + [\(v)] + \(r)[\(successor(i)):]"
  }

  /// `receiver[lower:upper]` replaced by `value` (or removed when `value` is nil), as a list.
  static func slice(receiver r: String, lower: String?, upper: String?, value: String?) -> String {
    var parts: [String] = []
    if let lower { parts.append("\(r)[:\(lower)]") }
    if let value { parts.append(value) }
    if let upper { parts.append("\(r)[\(upper):]") }
    let code = parts.isEmpty ? "[]" : parts.joined(separator: " + ")
    return FrontendMessages.rebuild(.list, "\(r) = \(code)")
  }
}
