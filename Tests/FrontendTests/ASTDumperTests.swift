import Testing
@testable import Frontend

/// Python `repr` of constants; every expected string is CPython 3.11's `repr(value)`.
@Test func floatReprMatchesPython() {
  let cases: [(Double, String)] = [
    (1.0, "1.0"), (0.1, "0.1"), (1e16, "1e+16"), (1e15, "1000000000000000.0"),
    (1e-5, "1e-05"), (0.0001, "0.0001"), (123.456, "123.456"), (1.5e300, "1.5e+300"),
    (2.5e-320, "2.5e-320"), (0.0, "0.0"), (.infinity, "inf"), (1234567890123456789.0, "1.2345678901234568e+18"),
    (0.30000000000000004, "0.30000000000000004"), (100.0, "100.0"), (1e22, "1e+22"),
  ]
  for (value, expected) in cases {
    #expect(PythonRepr.float(value) == expected)
  }
}

@Test func complexReprMatchesPython() {
  // repr(1j), repr(2.5j), repr(1e16j), repr(0j), repr(1e400j)
  #expect(PythonRepr.constant(.complex(1)) == "1j")
  #expect(PythonRepr.constant(.complex(2.5)) == "2.5j")
  #expect(PythonRepr.constant(.complex(1e16)) == "1e+16j")
  #expect(PythonRepr.constant(.complex(0)) == "0j")
  #expect(PythonRepr.constant(.complex(.infinity)) == "infj")
}

@Test func stringReprMatchesPython() {
  // Expected values are repr(s) in CPython 3.11.
  #expect(PythonRepr.string("abc") == "'abc'")
  #expect(PythonRepr.string("it's") == "\"it's\"")
  #expect(PythonRepr.string("'\"") == "'\\'\"'")
  #expect(PythonRepr.string("a\nb\tc\r\\") == "'a\\nb\\tc\\r\\\\'")
  #expect(PythonRepr.string("\u{0}\u{7f}\u{85}\u{a0}é€") == "'\\x00\\x7f\\x85\\xa0é€'")
  #expect(PythonRepr.string("\u{200b}\u{e000}\u{1F600}") == "'\\u200b\\ue000😀'")
  #expect(PythonRepr.string("\u{10ffff}") == "'\\U0010ffff'")
}

@Test func bytesReprMatchesPython() {
  // repr(b"a'\x00\xff\n\\") and repr(b"'") in CPython 3.11.
  #expect(PythonRepr.bytes(Array("a'".utf8) + [0, 255, 10, 92]) == "b\"a'\\x00\\xff\\n\\\\\"")
  #expect(PythonRepr.bytes([39, 34]) == "b'\\'\"'")
}

@Test func dumpsEmptyModule() {
  // ast.dump(ast.parse(""))
  #expect(dumpAST("") == "Module(body=[], type_ignores=[])")
  #expect(dumpAST("\n\n# only a comment\n") == "Module(body=[], type_ignores=[])")
}
