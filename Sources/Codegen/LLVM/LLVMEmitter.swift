import CLLVM
import Optimizer

/// Translates typed IR into an LLVM module: unboxed scalars, overflow-checked int arithmetic,
/// tracebacks recorded by landing pads only when something is raised (no frames on the normal
/// path), literals created once at start-up. Called by `Codegen.emit`.
final class LLVMEmitter {
  let m: LLVMModuleBuilder
  let program: IRProgram
  let codeType: LLVMTypeRef
  /// `pyrt_frame_depth`: the Python depth published before each runtime call.
  let depthForRuntime: LLVMValueRef
  /// libgcc's personality for C cleanups: runs every landing pad as the unwind passes.
  let personality: LLVMValueRef
  /// `{ ptr, i32 }`, the value a landing pad receives (exception pointer, selector).
  let landingPadType: LLVMTypeRef
  /// `pyrt_traceback_add(exception, code, line)`.
  let tracebackAdd: (LLVMValueRef, LLVMTypeRef)
  /// CPython's default `sys.getrecursionlimit()`.
  static let recursionLimit: Int64 = 1000
  var functions: [String: (LLVMValueRef, LLVMTypeRef)] = [:]
  var globals: [String: (value: LLVMValueRef, defined: LLVMValueRef, type: IRType)] = [:]
  /// Keyed by UTF-8 bytes: Swift's String equality is canonical equivalence, which would merge
  /// "a\u{301}" and "\u{e1}" (different Python strings).
  var literals: [[UInt8]: (text: String, global: LLVMValueRef)] = [:]
  var cStrings: [[UInt8]: LLVMValueRef] = [:]
  /// The thunk a thief runs for each outlined region (`spawnThunk`), by region symbol.
  var thunks: [String: LLVMValueRef] = [:]

  /// Line tables for `-g`, nil otherwise.
  let debug: DebugInfo?

  init(program: IRProgram, module: LLVMModuleBuilder, debugInfo: Bool = false) {
    self.program = program
    self.m = module
    debug = debugInfo ? DebugInfo(module: module, path: program.sourcePath) : nil
    codeType = m.structType([m.ptr, m.ptr])
    depthForRuntime = m.global("pyrt_frame_depth", m.i32, initializer: nil)
    LLVMSetThreadLocal(depthForRuntime, 1)
    LLVMSetThreadLocalMode(depthForRuntime, LLVMLocalExecTLSModel)
    personality = m.function("__gcc_personality_v0", [], m.i32, variadic: true).0
    landingPadType = m.structType([m.ptr, m.i32])
    tracebackAdd = m.function("pyrt_traceback_add", [m.ptr, m.ptr, m.i32], m.void, noUnwind: true)
    // Landing pads differ only in the line they record; `nomerge` keeps SimplifyCFG from
    // sinking their calls into one block fed by a phi of every line in the function.
    m.addAttribute(tracebackAdd.0, "nomerge")
  }

  /// The LLVM type of an IR type.
  func llvmType(_ t: IRType) -> LLVMTypeRef {
    switch t {
    case .float: return m.f64
    case .bool: return m.i1
    case .str, .list, .tuple, .dict, .set, .frozenset, .object, .exception, .instance,
         .rawPointer:
      return m.ptr
    case .i32: return m.i32
    case .int, .none, .slot, .never: return m.i64
    case .union: return m.structType([m.i64, m.i64])
    }
  }

  /// Emits the whole program into the module.
  func emitProgram() {
    for g in program.globals {
      let t = llvmType(g.type)
      let v = m.global("pyglobal.\(g.name)", t, initializer: LLVMConstNull(t))
      let d = m.global("pyglobal.\(g.name).defined", m.i1, initializer: LLVMConstNull(m.i1))
      LLVMSetLinkage(v, LLVMInternalLinkage)
      LLVMSetLinkage(d, LLVMInternalLinkage)
      globals[g.name] = (v, d, g.type)
    }
    var splits: [String: FunctionSplit] = [:]
    for f in program.functions {
      let isMain = f.symbol == "pyforac_module_main"
      let ret = isMain ? m.void : llvmType(f.returnType)
      let depth = isMain ? [] : [m.i32]
      let fn = m.function(f.symbol, depth + f.params.map { llvmType($0.type) }, ret)
      if !isMain { LLVMSetLinkage(fn.0, LLVMInternalLinkage) }
      functions[f.symbol] = fn
      if let split = FunctionSplit.plan(f) {
        splits[f.symbol] = split
        split.parts.forEach(declare)
      }
    }
    for f in program.functions {
      for site in f.spawns { _ = spawnThunk(site) }
    }
    emitThunkTable()
    emitExceptionClasses()
    emitClasses()
    for f in program.functions {
      guard let split = splits[f.symbol] else {
        FunctionEmitter(emitter: self, function: f).emit()
        continue
      }
      FunctionEmitter(emitter: self, function: split.parent, split: split).emit()
      for part in split.parts {
        FunctionEmitter(emitter: self, function: part.function, part: part).emit()
      }
    }
    LLVMSetCurrentDebugLocation2(m.builder, nil)
    emitLiteralInitializer()
    debug?.finalize()
  }

  /// Declares an outlined part: `void (i32 depth, live-ins..., ptr shared locals...,
  /// [ptr line slot])`, kept out of line (inlining it back would rebuild the huge function),
  /// and not optimised when it runs only once.
  private func declare(_ part: FunctionSplit.Part) {
    let f = part.function
    let liveIns = part.liveIns.map { llvmType(f.registerTypes[$0.id]) }
    let slot = part.recordsInCaller ? [m.ptr] : []
    let params = [m.i32] + liveIns + part.sharedLocals.map { _ in m.ptr } + slot
    let fn = m.function(f.symbol, params, m.void)
    LLVMSetLinkage(fn.0, LLVMInternalLinkage)
    m.addAttribute(fn.0, "noinline")
    if part.runsOnce { m.addAttribute(fn.0, "optnone") }
    functions[f.symbol] = fn
  }

  /// Spawn records (`pyrt_spawn`, pyrt-tasks.h): where compiled code reads and writes them.
  enum SpawnRecord {
    static let run: Int64 = 0, depth: Int64 = 8, flags: Int64 = 48, objects: Int64 = 56
    static let result: Int64 = 64
    static let slots: Int64 = 80, slotSize: Int64 = 16

    static func size(_ site: SpawnSite) -> Int64 { slots + slotSize * Int64(site.liveIns.count) }
    static func slot(_ i: Int) -> Int64 { slots + slotSize * Int64(i) }
  }

  /// A pointer `offset` bytes into a spawn record.
  func field(_ record: LLVMValueRef, _ offset: Int64) -> LLVMValueRef {
    var index: [LLVMValueRef?] = [m.constInt(m.i64, offset)]
    return LLVMBuildInBoundsGEP2(m.builder, m.i8, record, &index, 1, "")!
  }

  /// `void REGION.run(pyrt_spawn *rec)`: what a thief runs for a spawn of `site` (pyrt-tasks.h):
  /// calls the outlined region with the spawner's depth and the live-ins kept in the record,
  /// and stores its result there. An exception passes through to the task's boundary.
  func spawnThunk(_ site: SpawnSite) -> LLVMValueRef {
    if let t = thunks[site.region] { return t }
    let fn = m.function(site.region + ".run", [m.ptr], m.void).0
    LLVMSetLinkage(fn, LLVMInternalLinkage)
    thunks[site.region] = fn
    let b = m.builder
    let saved = LLVMGetInsertBlock(b)
    LLVMSetCurrentDebugLocation2(b, nil)
    LLVMPositionBuilderAtEnd(b, LLVMAppendBasicBlockInContext(m.context, fn, "entry"))
    let record = LLVMGetParam(fn, 0)!
    let depth = LLVMBuildLoad2(b, m.i32, field(record, SpawnRecord.depth), "depth")!
    let args = site.liveIns.enumerated().map { i, t in
      LLVMBuildLoad2(b, llvmType(t), field(record, SpawnRecord.slot(i)), "")!
    }
    if let region = functions[site.region] {
      let r = m.call(region, [depth] + args)
      LLVMBuildStore(b, r, field(record, SpawnRecord.result))
    }
    LLVMBuildRetVoid(b)
    if let saved { LLVMPositionBuilderAtEnd(b, saved) }
    return fn
  }

  /// `pyforac_spawn_thunks` and `pyforac_spawn_thunk_count`: every thunk, in a fixed order, so
  /// that a record travels to another rank (the same executable) as an index
  /// (`MPIRuntime/core/serialize.c`).
  private func emitThunkTable() {
    let list = thunks.sorted { $0.key < $1.key }.map(\.value)
    var elements: [LLVMValueRef?] = list
    let arrayType = LLVMArrayType2(m.ptr, UInt64(list.count))!
    let table = elements.withUnsafeMutableBufferPointer {
      LLVMConstArray2(m.ptr, $0.baseAddress, UInt64(list.count))!
    }
    let t = m.global("pyforac_spawn_thunks", arrayType, initializer: table)
    LLVMSetGlobalConstant(t, 1)
    let count = m.global("pyforac_spawn_thunk_count", m.i64,
                         initializer: m.constInt(m.i64, Int64(list.count)))
    LLVMSetGlobalConstant(count, 1)
  }

  /// `pyforac_exception_classes` and `pyforac_exception_class_count`: the program's own
  /// exception classes (pyrt-core.h), numbered from `ExceptionKind.firstUserClass`.
  private func emitExceptionClasses() {
    let classes = program.exceptionClasses
    guard !classes.isEmpty else { return }
    let entry = m.structType([m.i32, m.ptr])
    var elements: [LLVMValueRef?] = classes.map {
      m.constStruct([m.constInt(m.i32, Int64($0.parent)), cString($0.name)], entry)
    }
    emitTable("pyforac_exception_classes", count: "pyforac_exception_class_count", entry,
              &elements)
  }

  /// A constant array `name` of `elements` (of type `entry`) and its i32 length `count`, as
  /// the runtime declares its tables (pyrt-core.h).
  private func emitTable(_ name: String, count: String, _ entry: LLVMTypeRef,
                         _ elements: inout [LLVMValueRef?]) {
    let n = UInt64(elements.count)
    let table = elements.withUnsafeMutableBufferPointer { LLVMConstArray2(entry, $0.baseAddress, n)! }
    let t = m.global(name, LLVMArrayType2(entry, n), initializer: table)
    LLVMSetGlobalConstant(t, 1)
    let length = m.global(count, m.i32, initializer: m.constInt(m.i32, Int64(n)))
    LLVMSetGlobalConstant(length, 1)
  }

  /// `pyforac_classes` and `pyforac_class_count`: the program's classes (`pyrt_class`,
  /// pyrt-core.h) with their field names and a thunk per special method the runtime calls.
  private func emitClasses() {
    let classes = program.classes
    guard !classes.isEmpty else { return }
    let entry = m.structType([m.ptr, m.i32, m.i32, m.ptr, m.ptr, m.ptr, m.ptr, m.ptr, m.ptr,
                              m.i32])
    var elements: [LLVMValueRef?] = classes.enumerated().map { n, c in
      var names: [LLVMValueRef?] = c.fields.map { cString($0) }
      let namesType = LLVMArrayType2(m.ptr, UInt64(names.count))!
      let namesInit = names.withUnsafeMutableBufferPointer {
        LLVMConstArray2(m.ptr, $0.baseAddress, UInt64(c.fields.count))!
      }
      let fieldNames = m.global("pyclass.\(n).fields", namesType, initializer: namesInit)
      LLVMSetGlobalConstant(fieldNames, 1)
      LLVMSetLinkage(fieldNames, LLVMPrivateLinkage)
      let thunks = [(c.repr, 1, false, "while getting the repr of an object"),
                    (c.str, 1, false, "while getting the str of an object"),
                    (c.eq, 2, true, "in comparison"), (c.lt, 2, true, "in comparison"),
                    (c.hash, 1, true, "while calling a Python object")]
        .map { symbol, arity, isInt, what -> LLVMValueRef in
          guard let symbol, let f = functions[symbol] else { return LLVMConstNull(m.ptr) }
          return classThunk(symbol, f, arity: arity, returnsInt: isInt,
                            cLevelMessage: "maximum recursion depth exceeded " + what)
        }
      return m.constStruct([cString(c.name), m.constInt(m.i32, Int64(c.base)),
                            m.constInt(m.i32, Int64(c.fields.count)), fieldNames] + thunks
                             + [m.constInt(m.i32, Int64(c.flags))], entry)
    }
    emitTable("pyforac_classes", count: "pyforac_class_count", entry, &elements)
  }

  /// A special method as the runtime calls it: the instance(s) in, the method's result out (a
  /// str object, or an i64 for a bool or int), at the Python depth the runtime was called at.
  private func classThunk(_ symbol: String, _ f: (LLVMValueRef, LLVMTypeRef), arity: Int,
                          returnsInt: Bool, cLevelMessage: String) -> LLVMValueRef {
    let fn = m.function(symbol + ".thunk", Array(repeating: m.ptr, count: arity) + [m.i32],
                        returnsInt ? m.i64 : m.ptr).0
    LLVMSetLinkage(fn, LLVMInternalLinkage)
    let b = m.builder
    let saved = LLVMGetInsertBlock(b)
    LLVMSetCurrentDebugLocation2(b, nil)
    LLVMPositionBuilderAtEnd(b, LLVMAppendBasicBlockInContext(m.context, fn, "entry"))
    // An exception leaving the method (or raised here) runs the cleanups of the runtime's C
    // frames it passes (`pyrt_thunk_unwind` with the caller's floor, the last argument).
    LLVMSetPersonalityFn(fn, personality)
    let pad = LLVMAppendBasicBlockInContext(m.context, fn, "unwind")!
    let entry = LLVMGetInsertBlock(b)!
    LLVMPositionBuilderAtEnd(b, pad)
    let lp = LLVMBuildLandingPad(b, landingPadType, personality, 0, "")!
    LLVMSetCleanup(lp, 1)
    m.call(m.function("pyrt_thunk_unwind", [m.i32], m.void), [LLVMGetParam(fn, UInt32(arity))!])
    LLVMBuildResume(b, lp)
    LLVMPositionBuilderAtEnd(b, entry)
    // As CPython: the runtime's C call of the slot is one recursion level (failing with the
    // slot's message), the method's frame one more (failing as any call).
    let outer = LLVMBuildLoad2(b, m.i32, depthForRuntime, "outer")!
    var depth = outer
    for message in [cLevelMessage, "maximum recursion depth exceeded"] {
      depth = LLVMBuildNSWAdd(b, depth, m.constInt(m.i32, 1), "depth")!
      let over = LLVMBuildICmp(b, LLVMIntSGT, depth, m.constInt(m.i32, Self.recursionLimit), "")!
      let fail = LLVMAppendBasicBlockInContext(m.context, fn, "over")!
      let ok = LLVMAppendBasicBlockInContext(m.context, fn, "ok")!
      LLVMBuildCondBr(b, over, fail, ok)
      LLVMPositionBuilderAtEnd(b, fail)
      let raise = m.function("pyrt_raise", [m.i32, m.ptr], m.void, noReturn: true)
      let never = LLVMAppendBasicBlockInContext(m.context, fn, "never")!
      m.invoke(raise, [m.constInt(m.i32, 8), cString(message)], normal: never, unwind: pad)
      LLVMPositionBuilderAtEnd(b, never)
      LLVMBuildUnreachable(b)
      LLVMPositionBuilderAtEnd(b, ok)
    }
    let args = (0..<arity).map { LLVMGetParam(fn, UInt32($0))! }
    let done = LLVMAppendBasicBlockInContext(m.context, fn, "done")!
    var r = m.invoke(f, [depth] + args, normal: done, unwind: pad)
    LLVMPositionBuilderAtEnd(b, done)
    let want = returnsInt ? m.i64 : m.ptr
    if returnsInt && LLVMTypeOf(r) == m.i1 { r = LLVMBuildZExt(b, r, m.i64, "")! }
    if LLVMTypeOf(r) == want {
      LLVMBuildRet(b, r)
    } else {
      // A method that never returns (it always raises): typed `never`.
      LLVMBuildUnreachable(b)
    }
    if let saved { LLVMPositionBuilderAtEnd(b, saved) }
    return fn
  }

  /// The global caching the immortal str object of a literal (filled at start-up).
  func literal(_ s: String) -> LLVMValueRef {
    let key = Array(s.utf8)
    if let entry = literals[key] { return entry.global }
    let g = m.global("pylit.\(literals.count)", m.ptr, initializer: LLVMConstNull(m.ptr))
    LLVMSetLinkage(g, LLVMInternalLinkage)
    literals[key] = (s, g)
    return g
  }

  func cString(_ s: String) -> LLVMValueRef {
    let key = Array(s.utf8)
    if let g = cStrings[key] { return g }
    let g = m.cString(s)
    cStrings[key] = g
    return g
  }

  private var codes: [String: LLVMValueRef] = [:]

  /// A `pyrt_code` constant for a function (or a `<listcomp>`/`<genexpr>` frame).
  func code(name: String) -> LLVMValueRef {
    if let c = codes[name] { return c }
    let c = m.constStruct([cString(name), cString(program.sourcePath)], codeType)
    let g = m.global("pycode.\(name)", codeType, initializer: c)
    LLVMSetGlobalConstant(g, 1)
    LLVMSetLinkage(g, LLVMPrivateLinkage)
    codes[name] = g
    return g
  }

  /// Emits `pyforac_init_literals`, which creates every literal's str object; the module body
  /// calls it first, and the runtime on every other rank (which runs spawned regions, never
  /// the module body) before it asks for work.
  var literalInitializer: (LLVMValueRef, LLVMTypeRef) {
    m.function("pyforac_init_literals", [], m.void)
  }

  private func emitLiteralInitializer() {
    let fn = literalInitializer
    let entry = LLVMAppendBasicBlockInContext(m.context, fn.0, "entry")
    let saved = LLVMGetInsertBlock(m.builder)
    LLVMPositionBuilderAtEnd(m.builder, entry)
    let make = m.function("pyrt_str_literal", [m.ptr, m.i64], m.ptr)
    for (key, entry) in literals.sorted(by: { $0.key.lexicographicallyPrecedes($1.key) }) {
      let (s, g) = entry
      let bytes = cString(s)
      let obj = m.call(make, [bytes, m.constInt(m.i64, Int64(key.count))])
      LLVMBuildStore(m.builder, obj, g)
    }
    LLVMBuildRetVoid(m.builder)
    if let saved { LLVMPositionBuilderAtEnd(m.builder, saved) }
  }
}
