/// The builtin mutable containers that the immutability checks track.
public enum ContainerKind: String, Sendable, CaseIterable, Comparable {
  case list, dict, set

  public static func < (a: ContainerKind, b: ContainerKind) -> Bool {
    a.rawValue < b.rawValue
  }
}

/// A simple flow-insensitive inference of which names may hold a builtin list, dict or set.
///
/// A name may hold a container when any binding in its scope gives it one: a display or
/// comprehension, `list()`/`dict()`/`set()`/`sorted()`, `+`/`*`/`|` of containers, a container
/// default or a `list`/`dict`/`set` annotation on a parameter, another such name. Bindings
/// whose value is unknown (calls of user functions, loop variables, parameters) add nothing.
/// Built once per module by `ImmutabilityChecker`; rules ask `kinds(of:in:)`.
final class ContainerInference: SyntaxVisitor {
  private struct Key: Hashable {
    let scope: ObjectIdentifier
    let name: String
  }

  private enum Source {
    case value(Expr, Scope)
    case annotation(Expr)
    case augmented(BinaryOperator, Expr, Scope)
  }

  let info: ScopeInfo
  private var sources: [(Key, Source)] = []
  private var table: [Key: Set<ContainerKind>] = [:]

  init(module: Module, info: ScopeInfo) {
    self.info = info
    SyntaxWalker(info: info, visitor: self).walk(module)
    solve()
  }

  /// The containers `e` (evaluated in `scope`) may be; empty when unknown or not a container.
  func kinds(of e: Expr, in scope: Scope) -> Set<ContainerKind> {
    switch e.kind {
    case .list, .listComp: return [.list]
    case .dict, .dictComp: return [.dict]
    case .set, .setComp: return [.set]
    case .name(let id, _): return kinds(ofName: id, in: scope)
    case .call(let function, let args, _): return kinds(ofCall: function, args, scope)
    case .binOp(let left, let op, let right):
      return combine(kinds(of: left, in: scope), op, kinds(of: right, in: scope))
    case .ifExp(_, let body, let orelse):
      return kinds(of: body, in: scope).union(kinds(of: orelse, in: scope))
    case .boolOp(_, let values):
      return values.reduce(into: []) { $0.formUnion(kinds(of: $1, in: scope)) }
    case .namedExpr(_, let value):
      return kinds(of: value, in: scope)
    case .subscript(let value, let slice, _):
      if case .slice = slice.kind { return kinds(of: value, in: scope).intersection([.list]) }
      return []
    default:
      return []
    }
  }

  /// The containers the name may hold where `scope` reads it.
  func kinds(ofName name: String, in scope: Scope) -> Set<ContainerKind> {
    guard let home = info.definingScope(of: name, from: scope) else { return [] }
    return table[Key(scope: ObjectIdentifier(home), name: name)] ?? []
  }

  private func kinds(ofCall function: Expr, _ args: [Expr], _ scope: Scope) -> Set<ContainerKind> {
    switch function.kind {
    case .name(let id, _) where scope.binding(of: id) == .builtin:
      switch id {
      case "list", "sorted": return [.list]
      case "dict": return [.dict]
      case "set": return [.set]
      default: return []
      }
    case .attribute(let receiver, let attr, _):
      let receiverKinds = kinds(of: receiver, in: scope)
      switch attr {
      case "copy": return receiverKinds
      case "union", "intersection", "difference", "symmetric_difference":
        return receiverKinds.intersection([.set])
      case "fromkeys":
        if case .name("dict", _) = receiver.kind, scope.binding(of: "dict") == .builtin {
          return [.dict]
        }
        return []
      default: return []
      }
    default:
      return []
    }
  }

  private func combine(
    _ l: Set<ContainerKind>, _ op: BinaryOperator, _ r: Set<ContainerKind>
  ) -> Set<ContainerKind> {
    let both = l.union(r)
    switch op {
    case .add, .mult: return both.intersection([.list])
    case .bitOr: return both.intersection([.dict, .set])
    case .sub, .bitAnd, .bitXor: return both.intersection([.set])
    default: return []
    }
  }

  /// Container kinds named by an annotation: `list`, `list[int]`, `List[int]`, `dict | None`...
  static func kinds(ofAnnotation e: Expr) -> Set<ContainerKind> {
    switch e.kind {
    case .name(let id, _), .attribute(_, let id, _):
      switch id {
      case "list", "List", "MutableSequence": return [.list]
      case "dict", "Dict", "DefaultDict", "OrderedDict", "MutableMapping": return [.dict]
      case "set", "Set", "MutableSet": return [.set]
      default: return []
      }
    case .subscript(let value, let slice, _):
      if case .name("Optional", _) = value.kind { return kinds(ofAnnotation: slice) }
      if case .name("Union", _) = value.kind, case .tuple(let elts, _) = slice.kind {
        return elts.reduce(into: []) { $0.formUnion(kinds(ofAnnotation: $1)) }
      }
      return kinds(ofAnnotation: value)
    case .binOp(let left, .bitOr, let right):
      return kinds(ofAnnotation: left).union(kinds(ofAnnotation: right))
    default:
      return []
    }
  }

  // MARK: Collecting bindings

  func visit(statement: Stmt, scope: Scope) {
    switch statement.kind {
    case .assign(let targets, let value, _):
      for t in targets { bind(t, to: value, scope) }
    case .annAssign(let target, let annotation, let value, _):
      if case .name(let id, _) = target.kind {
        record(id, scope, .annotation(annotation))
        if let value { record(id, scope, .value(value, scope)) }
      }
    case .augAssign(let target, let op, let value):
      if case .name(let id, _) = target.kind { record(id, scope, .augmented(op, value, scope)) }
    default:
      break
    }
  }

  func visit(expression: Expr, scope: Scope) {
    if case .namedExpr(let target, let value) = expression.kind,
      case .name(let id, _) = target.kind
    {
      record(id, scope, .value(value, scope))
    }
  }

  func visit(parameter: Arg, default: Expr?, scope: Scope) {
    if let ann = parameter.annotation { record(parameter.arg, scope, .annotation(ann)) }
    if let d = `default`, let outer = scope.parent {
      record(parameter.arg, scope, .value(d, outer))
    }
  }

  private func bind(_ target: Expr, to value: Expr, _ scope: Scope) {
    switch (target.kind, value.kind) {
    case (.name(let id, _), _):
      record(id, scope, .value(value, scope))
    case (.tuple(let ts, _), .tuple(let vs, _)), (.list(let ts, _), .tuple(let vs, _)),
      (.tuple(let ts, _), .list(let vs, _)), (.list(let ts, _), .list(let vs, _)):
      guard ts.count == vs.count else { return }
      for (t, v) in zip(ts, vs) { bind(t, to: v, scope) }
    default:
      break
    }
  }

  private func record(_ name: String, _ scope: Scope, _ source: Source) {
    guard let home = info.definingScope(of: name, from: scope) else { return }
    sources.append((Key(scope: ObjectIdentifier(home), name: name), source))
  }

  private func solve() {
    var changed = true
    var rounds = 0
    while changed && rounds < 50 {
      changed = false
      rounds += 1
      for (key, source) in sources {
        let new: Set<ContainerKind>
        switch source {
        case .value(let e, let scope): new = kinds(of: e, in: scope)
        case .annotation(let e): new = Self.kinds(ofAnnotation: e)
        case .augmented(let op, let e, let scope):
          new = combine(table[key] ?? [], op, kinds(of: e, in: scope))
        }
        let old = table[key] ?? []
        if !new.isSubset(of: old) {
          table[key] = old.union(new)
          changed = true
        }
      }
    }
  }
}
