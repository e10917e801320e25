/// Inlines a self-recursive function's whole body into its own calls, one level deep, as gcc
/// does for C: the calls the copy makes stay calls, so half as many calls remain. Only small
/// functions whose locals are all scalars and that have no comprehension frames; each copy is
/// traceback frame k, so a traceback through it and the recursion limit are the call's.
///
///     bb2: %6 = intArith sub %4, %5            bb2: %6 = intArith sub %4, %5
///          %7 = call fib(%6)           ==>          pushFrame 1 fib line 1
///          ...                                      storeLocal $unroll1.n, %6; br bb7
///                                              bb7...: (fib's blocks; `line N` becomes
///                                                      `line N in frame 1`, `ret v` stores v,
///                                                      pops the frame and joins)
///                                              bb5: %7 = loadLocal $unroll1.result ...
enum UnrollRecursion {
  /// The largest body copied, in instructions.
  static let maxInstructions = 48

  static func run(_ program: inout IRProgram) {
    for i in program.functions.indices {
      let f = program.functions[i]
      let body = f.bodyBlocks
      guard f.symbol != "pyforac_module_main", f.returnType.isScalar, f.hasSelfCall, !f.hasHandlers,
        f.locals.allSatisfy({ $0.type.isScalar }),
        body.reduce(0, { $0 + $1.instructions.count }) <= maxInstructions,
        !body.contains(where: { $0.instructions.contains { $0.op.isFrameRecord } })
      else { continue }
      let copy = SelfCallCopy(kind: .body, function: f, blocks: body,
                              locals: Set(f.locals.map(\.name)))
      copy.inline(into: &program.functions[i], name: "unroll")
    }
  }
}
