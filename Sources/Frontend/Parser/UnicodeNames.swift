/// Reverse lookup of Unicode character names for `\N{...}` escapes: the character name
/// properties of every named scalar (built lazily the first time one is needed), CPython's
/// algorithmic CJK names, and the control/abbreviation aliases of NameAliases.txt.
enum UnicodeNames {
  /// Ranges scanned for names: everything but unassigned planes, private use, surrogates and
  /// the CJK ideograph blocks (whose names are algorithmic).
  static let scannedRanges: [ClosedRange<UInt32>] = [
    0...0x33FF, 0x4DC0...0x4DFF, 0xA000...0xD7FF, 0xF900...0x1FFFF, 0x2F800...0x2FA1F,
    0xE0000...0xE01EF,
  ]

  static let table: [String: Unicode.Scalar] = {
    var t: [String: Unicode.Scalar] = [:]
    for range in scannedRanges {
      for v in range {
        guard let s = Unicode.Scalar(v) else { continue }
        if let n = s.properties.name { t[n] = s }
        if let a = s.properties.nameAlias, t[a] == nil { t[a] = s }
      }
    }
    for (name, v) in aliases {
      if t[name] == nil, let s = Unicode.Scalar(v) { t[name] = s }
    }
    return t
  }()

  /// The scalar named `name` (case-insensitive, as CPython's `unicodedata.lookup`), if any.
  static func scalar(named name: String) -> Unicode.Scalar? {
    let prefix = "CJK UNIFIED IDEOGRAPH-"
    if name.hasPrefix(prefix) {
      let hex = name.dropFirst(prefix.count)
      guard hex.count == 4 || hex.count == 5, let v = UInt32(hex, radix: 16),
        let s = Unicode.Scalar(v), s.properties.name == name
      else { return nil }
      return s
    }
    return table[name.uppercased()]
  }

  /// Control-character names and abbreviations that CPython accepts in `\N{...}` (checked
  /// against `unicodedata.lookup` of CPython 3.11).
  static let aliases: [String: UInt32] = [
    "NULL": 0x0, "START OF HEADING": 0x1, "START OF TEXT": 0x2, "END OF TEXT": 0x3,
    "END OF TRANSMISSION": 0x4, "ENQUIRY": 0x5, "ACKNOWLEDGE": 0x6, "ALERT": 0x7, "BACKSPACE": 0x8,
    "CHARACTER TABULATION": 0x9, "HORIZONTAL TABULATION": 0x9, "LINE FEED": 0xA, "NEW LINE": 0xA,
    "END OF LINE": 0xA, "LINE TABULATION": 0xB, "VERTICAL TABULATION": 0xB, "FORM FEED": 0xC,
    "CARRIAGE RETURN": 0xD, "SHIFT OUT": 0xE, "LOCKING-SHIFT ONE": 0xE, "SHIFT IN": 0xF,
    "LOCKING-SHIFT ZERO": 0xF, "DATA LINK ESCAPE": 0x10, "DEVICE CONTROL ONE": 0x11,
    "DEVICE CONTROL TWO": 0x12, "DEVICE CONTROL THREE": 0x13, "DEVICE CONTROL FOUR": 0x14,
    "NEGATIVE ACKNOWLEDGE": 0x15, "SYNCHRONOUS IDLE": 0x16, "END OF TRANSMISSION BLOCK": 0x17,
    "CANCEL": 0x18, "END OF MEDIUM": 0x19, "SUBSTITUTE": 0x1A, "ESCAPE": 0x1B,
    "INFORMATION SEPARATOR FOUR": 0x1C, "FILE SEPARATOR": 0x1C,
    "INFORMATION SEPARATOR THREE": 0x1D, "GROUP SEPARATOR": 0x1D,
    "INFORMATION SEPARATOR TWO": 0x1E, "RECORD SEPARATOR": 0x1E, "INFORMATION SEPARATOR ONE": 0x1F,
    "UNIT SEPARATOR": 0x1F, "DELETE": 0x7F, "PADDING CHARACTER": 0x80, "HIGH OCTET PRESET": 0x81,
    "BREAK PERMITTED HERE": 0x82, "NO BREAK HERE": 0x83, "INDEX": 0x84, "NEXT LINE": 0x85,
    "START OF SELECTED AREA": 0x86, "END OF SELECTED AREA": 0x87, "CHARACTER TABULATION SET": 0x88,
    "CHARACTER TABULATION WITH JUSTIFICATION": 0x89, "LINE TABULATION SET": 0x8A,
    "PARTIAL LINE FORWARD": 0x8B, "PARTIAL LINE BACKWARD": 0x8C, "REVERSE LINE FEED": 0x8D,
    "SINGLE SHIFT TWO": 0x8E, "SINGLE SHIFT THREE": 0x8F, "DEVICE CONTROL STRING": 0x90,
    "PRIVATE USE ONE": 0x91, "PRIVATE USE TWO": 0x92, "SET TRANSMIT STATE": 0x93,
    "CANCEL CHARACTER": 0x94, "MESSAGE WAITING": 0x95, "START OF GUARDED AREA": 0x96,
    "END OF GUARDED AREA": 0x97, "START OF STRING": 0x98,
    "SINGLE GRAPHIC CHARACTER INTRODUCER": 0x99, "SINGLE CHARACTER INTRODUCER": 0x9A,
    "CONTROL SEQUENCE INTRODUCER": 0x9B, "STRING TERMINATOR": 0x9C,
    "OPERATING SYSTEM COMMAND": 0x9D, "PRIVACY MESSAGE": 0x9E, "APPLICATION PROGRAM COMMAND": 0x9F,
    "BYTE ORDER MARK": 0xFEFF, "NUL": 0x0, "SOH": 0x1, "STX": 0x2, "ETX": 0x3, "EOT": 0x4,
    "ENQ": 0x5, "ACK": 0x6, "BEL": 0x7, "BS": 0x8, "HT": 0x9, "TAB": 0x9, "LF": 0xA, "NL": 0xA,
    "EOL": 0xA, "VT": 0xB, "FF": 0xC, "CR": 0xD, "SO": 0xE, "SI": 0xF, "DLE": 0x10, "DC1": 0x11,
    "DC2": 0x12, "DC3": 0x13, "DC4": 0x14, "NAK": 0x15, "SYN": 0x16, "ETB": 0x17, "CAN": 0x18,
    "EOM": 0x19, "SUB": 0x1A, "ESC": 0x1B, "FS": 0x1C, "GS": 0x1D, "RS": 0x1E, "US": 0x1F,
    "SP": 0x20, "DEL": 0x7F, "PAD": 0x80, "HOP": 0x81, "BPH": 0x82, "NBH": 0x83, "IND": 0x84,
    "NEL": 0x85, "SSA": 0x86, "ESA": 0x87, "HTS": 0x88, "HTJ": 0x89, "VTS": 0x8A, "PLD": 0x8B,
    "PLU": 0x8C, "RI": 0x8D, "SS2": 0x8E, "SS3": 0x8F, "DCS": 0x90, "PU1": 0x91, "PU2": 0x92,
    "STS": 0x93, "CCH": 0x94, "MW": 0x95, "SPA": 0x96, "EPA": 0x97, "SOS": 0x98, "SGC": 0x99,
    "SCI": 0x9A, "CSI": 0x9B, "ST": 0x9C, "OSC": 0x9D, "PM": 0x9E, "APC": 0x9F, "NBSP": 0xA0,
    "SHY": 0xAD, "CGJ": 0x34F, "ALM": 0x61C, "MVS": 0x180E, "FVS1": 0x180B, "FVS2": 0x180C,
    "FVS3": 0x180D, "ZWSP": 0x200B, "ZWNJ": 0x200C, "ZWJ": 0x200D, "LRM": 0x200E, "RLM": 0x200F,
    "LRE": 0x202A, "RLE": 0x202B, "PDF": 0x202C, "LRO": 0x202D, "RLO": 0x202E, "NNBSP": 0x202F,
    "MMSP": 0x205F, "WJ": 0x2060, "LRI": 0x2066, "RLI": 0x2067, "FSI": 0x2068, "PDI": 0x2069,
    "BOM": 0xFEFF, "ZWNBSP": 0xFEFF, "VS1": 0xFE00, "VS16": 0xFE0F, "VS17": 0xE0100,
    "VS256": 0xE01EF,
  ]
}
