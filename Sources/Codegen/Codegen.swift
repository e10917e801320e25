import CLLVM
import Optimizer
/// Placeholder.
public enum Codegen {
  public static func llvmVersion() -> String {
    var major: UInt32 = 0, minor: UInt32 = 0, patch: UInt32 = 0
    LLVMGetVersion(&major, &minor, &patch)
    return "\(major).\(minor).\(patch)"
  }
}
