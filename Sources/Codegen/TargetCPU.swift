/// The processor that generated code may assume (`pyforac --target-cpu=NAME`), named as clang's
/// `-march` names it. The default is portable rather than the build machine's CPU: a program is
/// often compiled on a cluster's login node and run on its compute nodes (or under valgrind,
/// which has no AVX-512), so only `native` ties the executable to the compiling CPU.
///
/// | name | instruction set |
/// | --- | --- |
/// | `native` | everything the compiling CPU has (LLVM's host CPU name and features) |
/// | `generic`, `x86-64` | the x86-64 baseline (SSE2): every 64-bit x86 CPU |
/// | `x86-64-v2` (default) | + SSSE3, SSE4.1/4.2, POPCNT, CMPXCHG16B: Intel Nehalem (2008), AMD Bulldozer (2011) on |
/// | `x86-64-v3` | + AVX, AVX2, BMI1/2, FMA, MOVBE: since Haswell (2013) and Zen |
/// | `x86-64-v4` | + AVX-512 (F, BW, CD, DQ, VL) |
///
/// On AArch64 hosts only `native` and `generic` (the default) are offered.
public struct TargetCPU: Sendable, Equatable, CustomStringConvertible {
  /// The name as written on the command line.
  public let name: String

  public var description: String { name }

  #if arch(x86_64)
    public static let names = [
      "native", "generic", "x86-64", "x86-64-v2", "x86-64-v3", "x86-64-v4",
    ]
    public static let `default` = TargetCPU(known: "x86-64-v2")
  #else
    public static let names = ["native", "generic"]
    public static let `default` = TargetCPU(known: "generic")
  #endif

  /// nil for a name not in `names`.
  public init?(_ name: String) {
    guard Self.names.contains(name) else { return nil }
    self.name = name
  }

  private init(known name: String) { self.name = name }

  /// True for `native`: the CPU and features are the compiling machine's.
  public var isNative: Bool { name == "native" }

  /// The CPU name LLVM's target machine gets (ignored for `native`, which asks the host).
  var llvmName: String {
    #if arch(x86_64)
      return name == "generic" ? "x86-64" : name
    #else
      return name
    #endif
  }
}
