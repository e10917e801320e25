import Testing
@testable import Optimizer

/// Every operation, terminator and function attribute the printer writes, as it writes them.
private let everything = """
global g#int: int
global t#tuple[list[int],str]: tuple[list[int], str]
func pyfn.f$tuple[int, str]$list[int](p#tuple: tuple[int, str], xs#list: list[int]) -> int line 3 {
  local p#tuple: tuple[int, str]
  local xs#list: list[int]
  local t#tuple[list[int],str]: tuple[list[int], str]
  pythonName "<lambda>"
  borrowed p#tuple
  borrowed xs#list
  union v#object: None | int | list[int] | object
  nameError g#int "name 'g' is not defined"
  bodyEntry bb1
  deepVersion pyfn.f$tuple[int, str]$list[int].deep
  loop for header bb1 body bb2 latch bb1 exit bb3 after bb3 line 4 induction $idx appends $comp parent bb0 source zip(enumerate($enum.4, seq(list[int], %1, %2)), range(%2, %0, ?))
  loop while header bb2 body bb2 exit bb3 after bb3 line 5
bb0:
  %0: int = const -9223372036854775808
  %1: float = const -0.0
  %2: float = const inf
  %3: bool = const true
  %4: None = const None
  %5: str = const "\u{301}a\\"b\\\\c\\n\\x01é🐍"
  %6: ptr = cstring "x, y"
  %7: i32 = const.i32 -4
  %8: list[int] = null
  %9: tuple[list[int], str] = loadLocal t#tuple[list[int],str]
  storeLocal t#tuple[list[int],str], %9
  %10: int = loadGlobal g#int
  storeGlobal g#int, %10
  %11: int = peekGlobal g#int
  %12: int = intArith floorDiv %10, %11
  %13: float = floatArith div %1, %2
  %14: bool = compare le %10, %11
  %15: int = negate %10
  %16: bool = not %14
  %17: slot = convert toSlot %10
  %18: int = select %14, %10, %11
  %19: int = call pyfn.g$tuple[int, str](%10, %11)
  %20: int = delegate pyfn.f$tuple[int, str]$list[int].deep(%10)
  %21: str = runtime pyrt_str_from_int(%10)
  retain %21
  release %21
  line 7
  line 8 in frame 1
  pushFrame 1 <listcomp> line 8
  popFrame 1
  %22: bool = exceedsRecursionLimit +3
  checkRecursion +2 "maximum recursion depth exceeded while calling a Python object"
  checkComparisonRecursion
  checkComparisonRecursion unless small %10, %11
  %23: ptr = argArray [%21, %5]
  runtime pyrt_print(%23, %0, %6, %6)
  condbr %14, bb1, bb2
bb1:
  br bb2
bb2:
  ret %10
bb3:
  ret
bb4:
  unreachable
}

"""

@Test func irReaderReadsBackWhatThePrinterWrites() throws {
  let program = try IRReader.read(everything, sourcePath: "/x.py").get()
  #expect(IRPrinter.print(program) == everything)
  let f = program.functions[0]
  #expect(f.pythonName == "<lambda>")
  #expect(f.borrowedParams == ["p#tuple", "xs#list"])
  #expect(f.unions.count == 1 && f.unions[0].slot == "v#object"
    && f.unions[0].members == [IRType.none, .int, .list(.int), .object])
  #expect(f.registerTypes.count == 24 && f.registerTypes[13] == .float)
  #expect(f.loops.count == 2 && f.loops[0].source != nil && f.loops[1].kind == .while)
  if case .constStr(let s) = f.blocks[0].instructions[5].op {
    #expect(s == "\u{301}a\"b\\c\n\u{1}é🐍")
  } else {
    Issue.record("not a str constant")
  }
  if case .runtime(let fn, _) = f.blocks[0].instructions[23].op {
    #expect(fn == RuntimeFunction.strFromInt)
  } else {
    Issue.record("not the runtime call")
  }
}

@Test func irReaderReportsTheLineItCannotRead() {
  let cases: [(String, Int, String)] = [
    ("func f() -> int line 1 {\nbb0:\n  %0: int = const x\n  ret %0\n}\n", 3, "bad constant"),
    ("func f() -> int line 1 {\nbb0:\n  %0: int = runtime pyrt_nope(%1)\n", 3,
     "unknown runtime function pyrt_nope"),
    ("func f() -> wat line 1 {\n}\n", 1, "malformed function header"),
    ("func f() -> int line 1 {\nbb0:\n  %0: int = const 1\n}\n", 4, "has no terminator"),
    ("bogus\n", 1, "expected 'global' or 'func'"),
    ("func f() -> int line 1 {\nbb0:\n  ret\n", 1, "no closing"),
  ]
  for (text, line, message) in cases {
    switch IRReader.read(text, sourcePath: "/x.py") {
    case .success: Issue.record("read: \(text)")
    case .failure(let e):
      #expect(e.line == line, "\(e)")
      #expect(e.message.contains(message), "\(e)")
    }
  }
}

@Test func irTypesReadBack() {
  for t: IRType in [.int, .list(.tuple([.int, .str])), .tuple([]), .list(.list(.never)), .object,
                    .slot, .i32, .rawPointer, IRType.none, .tuple([.float, .bool, .list(.str)])] {
    #expect(IRReader.type(t.description) == t)
  }
  #expect(IRReader.type("list[int") == nil && IRReader.type("tuple[int,]") == nil)
}
