/// `mutation-call`: a call of a list/dict/set method that changes its receiver in place.
///
///     out.append(i * i)        # rejected: out = out + [i * i]
///     list.append(out, 1)      # rejected: the unbound method through the type
///     path.append(step)        # path is a parameter: rejected unless a class defines 'append'
///
/// A receiver that the inference knows to be a container is rejected when the method mutates
/// that kind. A receiver of unknown kind is rejected only when no class of the program defines a
/// method of that name (a user class may define an `append` that returns a new object).
/// Module receivers (`np.append(a, v)`), literals and tuples are never containers.
struct MutationCallRule: ImmutabilityRule {
  static let id = "mutation-call"

  static let mutators: [ContainerKind: Set<String>] = [
    .list: [
      "append", "extend", "insert", "remove", "pop", "clear", "sort", "reverse", "__setitem__",
      "__delitem__", "__iadd__", "__imul__",
    ],
    .dict: [
      "pop", "clear", "update", "setdefault", "popitem", "__setitem__", "__delitem__", "__ior__",
    ],
    .set: [
      "add", "discard", "remove", "pop", "clear", "update", "difference_update",
      "intersection_update", "symmetric_difference_update", "__ior__", "__iand__", "__isub__",
      "__ixor__",
    ],
  ]

  static let allMutators: Set<String> = mutators.values.reduce(into: []) { $0.formUnion($1) }

  func check(expression e: Expr, in c: CheckContext) {
    if case .call(_, let args, let keywords) = e.kind {
      for a in args + keywords.map(\.value) { checkBoundMethod(a, c) }
    }
    guard case .call(let function, let args, let keywords) = e.kind,
      case .attribute(let receiver, let method, _) = function.kind,
      Self.allMutators.contains(method)
    else { return }
    if case .attribute(_, "__dict__", _) = receiver.kind { return }
    if c.isBuiltin(receiver, ["list", "dict", "set"]), case .name(let type, _) = receiver.kind,
      let kind = ContainerKind(rawValue: type)
    {
      guard Self.mutators[kind]?.contains(method) == true else { return }
      let target = args.first.map { c.text($0) } ?? "..."
      report(c, function, kind, certain: true, receiver: target, Array(args.dropFirst()), keywords)
      return
    }
    let kinds = c.kinds(receiver)
    if !kinds.isEmpty {
      guard let kind = kinds.sorted().first(where: { Self.mutators[$0]?.contains(method) == true })
      else { return }
      report(c, function, kind, certain: true, receiver: c.text(receiver), args, keywords)
      return
    }
    if isNeverContainer(receiver, c) || c.facts.userMethodNames.contains(method) { return }
    report(
      c, function, Self.likelyKind(of: method), certain: false, receiver: c.text(receiver),
      args, keywords)
  }

  func check(statement s: Stmt, in c: CheckContext) {
    switch s.kind {
    case .assign(_, let value, _), .annAssign(_, _, let value?, _), .return(let value?):
      checkBoundMethod(value, c)
    default:
      break
    }
  }

  /// A mutating method taken from a known container without calling it (`f = seen.add`,
  /// `map(out.append, xs)`): every later call of it mutates the container.
  private func checkBoundMethod(_ e: Expr, _ c: CheckContext) {
    guard case .attribute(let receiver, let method, .load) = e.kind,
      Self.allMutators.contains(method),
      let kind = c.kinds(receiver).sorted().first(where: {
        Self.mutators[$0]?.contains(method) == true
      })
    else { return }
    let suggestion = RewriteSuggestion(receiver: c.text(receiver), args: [], keywords: [])
    c.report(
      Self.id, FrontendMessages.boundMutator(c.text(e), kind), e.range,
      note: suggestion.methodCall(method, kind: kind, argumentIsList: false))
  }

  /// The container a method of unknown receiver most likely belongs to.
  static func likelyKind(of method: String) -> ContainerKind {
    for kind in [ContainerKind.list, .dict, .set] where mutators[kind]?.contains(method) == true {
      return kind
    }
    return .list
  }

  private func isNeverContainer(_ e: Expr, _ c: CheckContext) -> Bool {
    switch e.kind {
    case .constant, .joinedStr, .tuple, .compare, .unaryOp, .lambda, .generatorExp:
      return true
    case .name(let id, _):
      if c.isImportedName(e) { return true }
      guard let home = c.info.definingScope(of: id, from: c.scope) else { return false }
      return home.symbol(id)?.flags.contains(.definition) == true
    default:
      return false
    }
  }

  /// A generator expression that is a call's only argument is quoted with its parentheses.
  private static func argumentText(_ e: Expr, _ c: CheckContext) -> String {
    let t = c.text(e)
    if case .generatorExp = e.kind, t.hasPrefix("("), t.hasSuffix(")") {
      return String(t.dropFirst().dropLast())
    }
    return t
  }

  private func report(
    _ c: CheckContext, _ function: Expr, _ kind: ContainerKind, certain: Bool, receiver: String,
    _ args: [Expr], _ keywords: [Keyword]
  ) {
    guard case .attribute(_, let method, _) = function.kind else { return }
    let suggestion = RewriteSuggestion(
      receiver: receiver, args: args.map { Self.argumentText($0, c) },
      keywords: keywords.map { k in k.arg.map { "\($0)=\(c.text(k.value))" } ?? c.text(k.value) })
    let argumentIsList = args.first.map { c.kinds($0).contains(.list) } ?? false
    c.report(
      Self.id, FrontendMessages.mutationCall(c.text(function), kind, certain: certain),
      function.range,
      note: suggestion.methodCall(method, kind: kind, argumentIsList: argumentIsList))
  }
}
