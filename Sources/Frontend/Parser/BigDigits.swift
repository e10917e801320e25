/// Arbitrary-size conversion of integer literal digits to decimal, for hex/octal/binary
/// literals whose value does not fit 64 bits. Called by `Parser.numberValue`.
enum BigDigits {
  /// The decimal digits of the non-negative number written with `digits` in `radix`.
  static func decimal<S: StringProtocol>(fromDigits digits: S, radix: UInt64) -> String {
    var limbs: [UInt64] = [0]
    let base: UInt64 = 1_000_000_000
    for ch in digits.utf8 {
      let d: UInt64
      switch ch {
      case 48...57: d = UInt64(ch - 48)
      case 97...102: d = UInt64(ch - 87)
      case 65...70: d = UInt64(ch - 55)
      default: continue
      }
      var carry = d
      for k in 0..<limbs.count {
        let v = limbs[k] * radix + carry
        limbs[k] = v % base
        carry = v / base
      }
      while carry > 0 {
        limbs.append(carry % base)
        carry /= base
      }
    }
    var out = String(limbs[limbs.count - 1])
    for k in stride(from: limbs.count - 2, through: 0, by: -1) {
      let s = String(limbs[k])
      out += String(repeating: "0", count: 9 - s.count) + s
    }
    return out
  }
}
