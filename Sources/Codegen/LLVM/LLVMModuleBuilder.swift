import CLLVM

/// A thin owner of one LLVM context, module and IR builder, with the few types and helpers
/// codegen uses. Everything that touches raw LLVM C pointers lives in this folder.
/// Created by `Codegen.emit`; disposed when released.
final class LLVMModuleBuilder {
  let context: LLVMContextRef
  let module: LLVMModuleRef
  let builder: LLVMBuilderRef
  let i1, i8, i32, i64, f64, ptr, void: LLVMTypeRef
  private var declared: [String: (LLVMValueRef, LLVMTypeRef)] = [:]

  init(name: String) {
    context = LLVMContextCreate()
    module = LLVMModuleCreateWithNameInContext(name, context)
    builder = LLVMCreateBuilderInContext(context)
    i1 = LLVMInt1TypeInContext(context)
    i8 = LLVMInt8TypeInContext(context)
    i32 = LLVMInt32TypeInContext(context)
    i64 = LLVMInt64TypeInContext(context)
    f64 = LLVMDoubleTypeInContext(context)
    ptr = LLVMPointerTypeInContext(context, 0)
    void = LLVMVoidTypeInContext(context)
  }

  deinit {
    LLVMDisposeBuilder(builder)
    LLVMDisposeModule(module)
    LLVMContextDispose(context)
  }

  func functionType(_ params: [LLVMTypeRef], _ result: LLVMTypeRef, variadic: Bool = false)
    -> LLVMTypeRef
  {
    var ps: [LLVMTypeRef?] = params
    return ps.withUnsafeMutableBufferPointer {
      LLVMFunctionType(result, $0.baseAddress, UInt32(params.count), variadic ? 1 : 0)
    }
  }

  func structType(_ fields: [LLVMTypeRef]) -> LLVMTypeRef {
    var fs: [LLVMTypeRef?] = fields
    return fs.withUnsafeMutableBufferPointer {
      LLVMStructTypeInContext(context, $0.baseAddress, UInt32(fields.count), 0)
    }
  }

  /// The function `name`, declared with this signature on first use. `noUnwind` promises that
  /// no exception ever unwinds out of it (LLVM then turns invokes of it into plain calls).
  func function(_ name: String, _ params: [LLVMTypeRef], _ result: LLVMTypeRef,
                noReturn: Bool = false, noUnwind: Bool = false, variadic: Bool = false)
    -> (LLVMValueRef, LLVMTypeRef)
  {
    if let f = declared[name] { return f }
    let type = functionType(params, result, variadic: variadic)
    let fn = LLVMGetNamedFunction(module, name) ?? LLVMAddFunction(module, name, type)!
    if noReturn { addAttribute(fn, "noreturn") }
    if noUnwind { addAttribute(fn, "nounwind") }
    declared[name] = (fn, type)
    return (fn, type)
  }

  func addAttribute(_ fn: LLVMValueRef, _ name: String) {
    let kind = LLVMGetEnumAttributeKindForName(name, name.utf8.count)
    let attr = LLVMCreateEnumAttribute(context, kind, 0)
    LLVMAddAttributeAtIndex(fn, UInt32(bitPattern: Int32(LLVMAttributeFunctionIndex)), attr)
  }

  @discardableResult
  func call(_ f: (LLVMValueRef, LLVMTypeRef), _ args: [LLVMValueRef], _ name: String = "")
    -> LLVMValueRef
  {
    var a: [LLVMValueRef?] = args
    return a.withUnsafeMutableBufferPointer {
      LLVMBuildCall2(builder, f.1, f.0, $0.baseAddress, UInt32(args.count), name)!
    }
  }

  /// Calls `f` at the builder's position, continuing at `normal` or, when an exception unwinds
  /// out of `f`, at the landing pad `unwind`.
  @discardableResult
  func invoke(_ f: (LLVMValueRef, LLVMTypeRef), _ args: [LLVMValueRef],
              normal: LLVMBasicBlockRef, unwind: LLVMBasicBlockRef) -> LLVMValueRef
  {
    var a: [LLVMValueRef?] = args
    return a.withUnsafeMutableBufferPointer {
      LLVMBuildInvoke2(builder, f.1, f.0, $0.baseAddress, UInt32(args.count), normal, unwind, "")!
    }
  }

  func constInt(_ type: LLVMTypeRef, _ v: Int64) -> LLVMValueRef {
    LLVMConstInt(type, UInt64(bitPattern: v), 1)
  }

  func global(_ name: String, _ type: LLVMTypeRef, initializer: LLVMValueRef?) -> LLVMValueRef {
    let g = LLVMAddGlobal(module, type, name)!
    if let initializer { LLVMSetInitializer(g, initializer) }
    return g
  }

  /// A private constant NUL-terminated byte string; returns its address.
  func cString(_ s: String, name: String = ".str") -> LLVMValueRef {
    let bytes = Array(s.utf8)
    let value = bytes.withUnsafeBufferPointer { buf in
      buf.baseAddress!.withMemoryRebound(to: CChar.self, capacity: max(bytes.count, 1)) {
        LLVMConstStringInContext(context, $0, UInt32(bytes.count), 0)!
      }
    }
    let g = LLVMAddGlobal(module, LLVMTypeOf(value), name)!
    LLVMSetInitializer(g, value)
    LLVMSetGlobalConstant(g, 1)
    LLVMSetLinkage(g, LLVMPrivateLinkage)
    LLVMSetUnnamedAddress(g, LLVMGlobalUnnamedAddr)
    return g
  }

  func constStruct(_ values: [LLVMValueRef], _ type: LLVMTypeRef) -> LLVMValueRef {
    var vs: [LLVMValueRef?] = values
    return vs.withUnsafeMutableBufferPointer {
      LLVMConstNamedStruct(type, $0.baseAddress, UInt32(values.count))!
    }
  }

  /// The module as LLVM assembly text.
  func text() -> String {
    guard let s = LLVMPrintModuleToString(module) else { return "" }
    defer { LLVMDisposeMessage(s) }
    return String(cString: s)
  }

  /// Runs LLVM's verifier; returns its message on failure.
  func verify() -> String? {
    var message: UnsafeMutablePointer<CChar>?
    let failed = LLVMVerifyModule(module, LLVMReturnStatusAction, &message) != 0
    defer { if let message { LLVMDisposeMessage(message) } }
    guard failed else { return nil }
    return message.map { String(cString: $0) } ?? "invalid module"
  }
}
