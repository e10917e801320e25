import CLLVM

/// DWARF line tables pointing at the Python source (`pyforac -g`): one compile unit for the
/// script, one subprogram per compiled function, a location per recorded Python line.
/// Created by `LLVMEmitter` when debug info is requested; `finalize` runs before verification.
final class DebugInfo {
  let builder: LLVMDIBuilderRef
  let context: LLVMContextRef
  let file: LLVMMetadataRef
  let subroutineType: LLVMMetadataRef

  init(module m: LLVMModuleBuilder, path: String) {
    builder = LLVMCreateDIBuilder(m.module)
    context = m.context
    let name = path.split(separator: "/").last.map(String.init) ?? path
    let dir = String(path.dropLast(name.count))
    file = LLVMDIBuilderCreateFile(builder, name, name.utf8.count, dir, dir.utf8.count)
    let producer = "pyforac"
    _ = LLVMDIBuilderCreateCompileUnit(
      builder, LLVMDWARFSourceLanguagePython, file, producer, producer.utf8.count, 1, "", 0, 0,
      "", 0, LLVMDWARFEmissionLineTablesOnly, 0, 0, 0, "", 0, "", 0)
    subroutineType = LLVMDIBuilderCreateSubroutineType(builder, file, nil, 0, LLVMDIFlagZero)
    let version = LLVMValueAsMetadata(m.constInt(m.i32, Int64(LLVMDebugMetadataVersion())))
    let key = "Debug Info Version"
    LLVMAddModuleFlag(m.module, LLVMModuleFlagBehaviorWarning, key, key.utf8.count, version)
  }

  deinit { LLVMDisposeDIBuilder(builder) }

  /// Attaches a subprogram named after the Python function to `fn`; returns its scope.
  func attach(_ fn: LLVMValueRef, name: String, linkageName: String, line: Int)
    -> LLVMMetadataRef
  {
    let sp = LLVMDIBuilderCreateFunction(
      builder, file, name, name.utf8.count, linkageName, linkageName.utf8.count, file,
      UInt32(line), subroutineType, 1, 1, UInt32(line), LLVMDIFlagZero, 1)!
    LLVMSetSubprogram(fn, sp)
    return sp
  }

  /// A location at `line` of `scope`.
  func location(line: Int, scope: LLVMMetadataRef) -> LLVMMetadataRef {
    LLVMDIBuilderCreateDebugLocation(context, UInt32(max(line, 0)), 0, scope, nil)
  }

  func finalize() { LLVMDIBuilderFinalize(builder) }
}
