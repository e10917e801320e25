/// Flow-sensitive variable state: the type family (`int`, `str`, `list`, ...) each variable
/// holds at a program point, and the variables whose family differs between joining paths.
struct FlowEnv: Equatable {
  /// The family of a union variable (its one slot is `x#union`), and of union-typed values.
  static let unionFamily = "union"

  var families: [String: String] = [:]
  var conflicts: Set<String> = []
  /// Variables assigned on every path to this point.
  var definite: Set<String> = []

  mutating func assign(_ name: String, _ family: String) {
    families[name] = family
    conflicts.remove(name)
    definite.insert(name)
  }

  /// The state where two paths meet.
  func joined(_ other: FlowEnv) -> FlowEnv {
    var out = self
    out.conflicts.formUnion(other.conflicts)
    out.definite.formIntersection(other.definite)
    for (name, family) in other.families {
      if let mine = families[name], mine != family {
        out.conflicts.insert(name)
      } else {
        out.families[name] = family
      }
    }
    for name in out.conflicts { out.families.removeValue(forKey: name) }
    return out
  }

  /// Drops variables that can no longer be referenced (a comprehension's targets once it
  /// ends), so that the environment, and each join, stays as small as the live scope.
  mutating func forget<S: Sequence>(_ names: S) where S.Element == String {
    for name in names {
      families.removeValue(forKey: name)
      conflicts.remove(name)
      definite.remove(name)
    }
  }

  /// Joins the states of every path that reaches a point; nil when none does.
  static func join(_ envs: [FlowEnv]) -> FlowEnv? {
    guard var out = envs.first else { return nil }
    for e in envs.dropFirst() { out = out.joined(e) }
    return out
  }
}
