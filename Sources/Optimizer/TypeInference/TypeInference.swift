import Frontend

/// A function specialised for one tuple of argument types: the unit of type inference. The
/// module body is the specialisation with no definition.
struct SpecializationKey: Hashable {
  var def: DefinitionID?
  var argTypes: [IRType]

  static let module = SpecializationKey(def: nil, argTypes: [])
}

/// What inference knows about one specialisation.
final class Specialization {
  let key: SpecializationKey
  let symbol: String
  var returnType: IRType = .never
  /// The type of each of its slots (`name#family`, see `FunctionLowering.slotName`).
  var localTypes: [String: IRType] = [:]
  /// Variable state at each loop header, accumulated over analyses.
  var loopEnvs: [String: FlowEnv] = [:]
  /// Variables whose type differs between paths that meet: they live in one slot (`x#union`)
  /// for the whole body, of the representation of every type assigned to them
  /// (`IRType.representation(of:)`: a union in registers, else a boxed `object`).
  var unionVars: Set<String> = []
  /// What each union variable holds: the types of the values assigned to it, in order of
  /// discovery; its slot's representation is chosen from them.
  var unionMembers: [String: [IRType]] = [:]
  /// Scalar locals read where they may be unassigned: they carry a `name#set` flag.
  var flaggedLocals: Set<String> = []
  var lowered: IRFunction?
  /// Called from the final lowering (others are stale and not emitted).
  var used = false
  /// The specialisation whose body first called this one (nil for the module body): the
  /// chain of these is where a recursion whose argument types grow is found.
  let parent: Specialization?
  /// The specialisations (and the module body) whose code calls this one.
  var callers: Set<SpecializationKey> = []
  /// How many times inference analysed this body.
  var analyses = 0

  init(key: SpecializationKey, symbol: String, parent: Specialization? = nil) {
    self.key = key
    self.symbol = symbol
    self.parent = parent
  }
}

/// Whole-program type inference: the facts (each specialisation's slot and return types,
/// the module's global types, union and flagged variables, the callee specialisation of
/// each call) and the worklist that computes them to a fixed point.
///
/// An analysis of a body (`FunctionLowering` run by `ProgramLowering`) reads the facts and
/// widens them; every widening records what depends on the fact it changed, and only those
/// bodies are analysed again: the body itself when one of its own slots widened or a
/// variable became a union, the specialisation and its callers when its return type widened,
/// every body when a global's type changed. A new specialisation is analysed when first
/// asked for. Each body is analysed at most `maxAnalyses` times; past that, `run` returns it
/// and the caller reports that inference did not converge. Once `run` returns, the facts are
/// final: after `freeze`, the lowering that emits the program reads them and only marks the
/// specialisations it reaches as used; a fact that would still change then is a compiler bug,
/// recorded in `changedAfterFreeze` (the driver reports it as an internal error).
final class TypeInference {
  static let maxAnalyses = 100
  private(set) var specializations: [SpecializationKey: Specialization] = [:]
  /// Specialisations in order of creation.
  private(set) var order: [SpecializationKey] = []
  private var position: [SpecializationKey: Int] = [:]
  /// The module's global slots and their types.
  private(set) var globalTypes: [String: IRType] = [:]
  let module = Specialization(key: .module, symbol: "pyforac_module_main")
  /// Bodies to analyse again (the worklist), by position in `order` (-1: the module body).
  private var dirty: Set<Int> = []
  /// The widest union held in registers (`IRType.representation(of:maxMembers:)`); 1 boxes
  /// every union.
  var maxUnionMembers = IRType.maxUnionMembers
  /// Set by `freeze`: the facts no longer change.
  private(set) var isFrozen = false
  /// What changed after `freeze` (a compiler bug: the emitted code would not match the facts).
  private(set) var changedAfterFreeze: [String] = []

  /// Analyses bodies until no fact changes, starting from the module body; returns the
  /// body that kept changing past `maxAnalyses`, if any. The most recently created body goes
  /// first, so that callees settle before their callers are analysed again.
  func run(analyse: (Specialization) -> Void) -> Specialization? {
    dirty = [-1]
    while let next = dirty.max() {
      dirty.remove(next)
      let spec = next < 0 ? module : specializations[order[next]]!
      spec.analyses += 1
      if spec.analyses > Self.maxAnalyses { return spec }
      analyse(spec)
    }
    return nil
  }

  /// Ends inference: from now on facts are read, never widened.
  func freeze() {
    isFrozen = true
    dirty = []
  }

  // MARK: - Dependencies

  /// Asks for `spec`'s body to be analysed again (a fact it computed changed).
  func invalidate(_ spec: Specialization) {
    guard !isFrozen else { return frozenChange("a fact of \(spec.symbol)") }
    dirty.insert(spec === module ? -1 : position[spec.key]!)
  }

  /// Asks for the bodies calling `spec` to be analysed again (its return type changed).
  func invalidateCallers(of spec: Specialization) {
    guard !isFrozen else { return frozenChange("the return type of \(spec.symbol)") }
    for key in spec.callers {
      dirty.insert(key == .module ? -1 : position[key]!)
    }
  }

  /// Asks for every body to be analysed again (a global's type or representation changed).
  func invalidateAll() {
    guard !isFrozen else { return frozenChange("a global's type") }
    dirty.insert(-1)
    dirty.formUnion(order.indices)
  }

  private func frozenChange(_ what: String) {
    changedAfterFreeze.append("type inference: \(what) changed during the final lowering")
  }

  // MARK: - Facts

  /// The specialisation of function `def` (named `name`: its symbol is
  /// `pyfn.NAME$argtypes`) for `argTypes` called from `caller`'s body,
  /// created (and scheduled) on first request. An argument type that grows along a recursion
  /// (`f((x, x))` inside `f(x)`, `f([x])`, `f(acc + (n,))`) would make infinitely many
  /// specialisations: it is widened to `object` as soon as it is bigger than at the same
  /// function's nearest specialisation up the chain of callers (what Julia's inference does
  /// with growing types).
  func specialization(of def: DefinitionID, named name: String, _ argTypes: [IRType],
                      from caller: Specialization) -> Specialization
  {
    var argTypes = argTypes
    var ancestor: Specialization? = caller
    while let a = ancestor, a.key.def != def { ancestor = a.parent }
    if let a = ancestor {
      for i in argTypes.indices where i < a.key.argTypes.count
        && argTypes[i].size > a.key.argTypes[i].size
      {
        argTypes[i] = .object
      }
    }
    let key = SpecializationKey(def: def, argTypes: argTypes)
    if let s = specializations[key] {
      if isFrozen { s.used = true }
      s.callers.insert(caller.key)
      return s
    }
    let suffix = argTypes.map { $0.description.filter { $0 != " " } }.joined(separator: "$")
    let symbol = "pyfn." + name + (argTypes.isEmpty ? "" : "$" + suffix)
    let s = Specialization(key: key, symbol: symbol, parent: caller)
    s.used = isFrozen
    if isFrozen { frozenChange("a new specialisation \(symbol)") }
    s.callers.insert(caller.key)
    specializations[key] = s
    position[key] = order.count
    order.append(key)
    if !isFrozen { dirty.insert(order.count - 1) }
    return s
  }

  /// Widens the type of module global `slot`; false when the types have no join.
  func widenGlobal(_ slot: String, _ type: IRType) -> Bool {
    let old = globalTypes[slot] ?? .never
    guard let new = IRType.joinValue(old, type, maxMembers: maxUnionMembers) else {
      return false
    }
    if new != old {
      globalTypes[slot] = new
      invalidateAll()
    }
    return true
  }

  /// The type of each field of each class (`"number.field"` keys), widened by every
  /// assignment `self.field = v` of an `__init__` run for an instance of the class. A field of
  /// several scalar types is a union (its slot keeps the member's kind); of other types, a
  /// boxed `object`.
  private(set) var fieldTypes: [String: IRType] = [:]

  static func fieldKey(_ cls: Int32, _ field: String) -> String { "\(cls).\(field)" }

  /// The type of a field (never: no assignment seen yet).
  func fieldType(_ cls: Int32, _ field: String) -> IRType {
    fieldTypes[Self.fieldKey(cls, field)] ?? .never
  }

  /// Widens the type of a field by a value of `type` stored in it; returns the field's type.
  func widenField(_ cls: Int32, _ field: String, _ type: IRType) -> IRType {
    let key = Self.fieldKey(cls, field)
    let old = fieldTypes[key] ?? .never
    let new = IRType.joinValue(old, type, maxMembers: maxUnionMembers) ?? .object
    if new != old {
      fieldTypes[key] = new
      invalidateAll()
    }
    return new
  }

  /// Widens the type of `spec`'s local `slot`; false when the types have no join.
  func widenLocal(_ slot: String, _ type: IRType, in spec: Specialization) -> Bool {
    let old = spec.localTypes[slot] ?? .never
    guard let new = IRType.joinValue(old, type, maxMembers: maxUnionMembers) else {
      return false
    }
    if new != old {
      spec.localTypes[slot] = new
      invalidate(spec)
    }
    return true
  }

  /// Widens `spec`'s return type; false when the types have no join.
  func widenReturn(_ type: IRType, of spec: Specialization) -> Bool {
    guard let new = IRType.joinValue(spec.returnType, type, maxMembers: maxUnionMembers) else {
      return false
    }
    if new != spec.returnType {
      spec.returnType = new
      invalidateCallers(of: spec)
      // The body reads it too: each `return` converts to it, and types an empty display by it.
      invalidate(spec)
    }
    return true
  }

  /// Records the variable state flowing around the loop at `key` in `spec` (joined with the
  /// entry state); a change asks for the body to be analysed again.
  func recordLoopEnv(_ env: FlowEnv, at key: String, in spec: Specialization) {
    guard spec.loopEnvs[key] != env else { return }
    spec.loopEnvs[key] = env
    invalidate(spec)
  }

  /// Makes `name` a union variable of `spec` (one slot, `x#union`); every body is analysed
  /// again when `spec` is the module (its globals are read everywhere).
  func makeUnion(_ name: String, in spec: Specialization) {
    guard spec.unionVars.insert(name).inserted else { return }
    if spec === module { invalidateAll() } else { invalidate(spec) }
  }

  /// Records that union variable `name` of `spec` is assigned a value of `type`; returns how
  /// the variable is held, chosen from every type assigned to it so far
  /// (`IRType.representation(of:maxMembers:)`).
  func addUnionMember(_ type: IRType, to name: String, in spec: Specialization) -> IRType {
    if !(spec.unionMembers[name] ?? []).contains(type) {
      spec.unionMembers[name, default: []].append(type)
      invalidate(spec)
    }
    return IRType.representation(of: spec.unionMembers[name] ?? [], maxMembers: maxUnionMembers)
  }

  /// Makes `name` a flagged local of `spec` (a scalar read where it may be unassigned).
  func flag(_ name: String, in spec: Specialization) {
    if spec.flaggedLocals.insert(name).inserted { invalidate(spec) }
  }

  /// Turns the conflicts of `env` (variables whose family differs between the paths that
  /// meet) into union variables of `spec`: each is one slot (`x#union`) from the next
  /// analysis on.
  func resolveUnions(_ env: FlowEnv, in spec: Specialization) -> FlowEnv {
    var out = env
    for name in env.conflicts {
      if spec.unionVars.insert(name).inserted { invalidate(spec) }
      out.conflicts.remove(name)
      out.families[name] = FlowEnv.unionFamily
    }
    return out
  }

  /// The specialisations reached by the final lowering, in order of creation.
  var usedSpecializations: [Specialization] {
    order.compactMap { specializations[$0] }.filter(\.used)
  }
}
