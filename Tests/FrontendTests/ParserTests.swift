import Testing
@testable import Frontend

/// Parses `source` and returns `ASTDumper.dump`, or the first diagnostic as "error: ...".
func dumpAST(_ source: String) -> String {
  let diagnostics = DiagnosticEngine()
  let module = Parser.parse(file: SourceFile(path: "t.py", text: source), diagnostics: diagnostics)
  if let d = diagnostics.diagnostics.first { return "error: \(d.message)" }
  return ASTDumper.dump(module)
}

/// Every expected string below was produced by CPython 3.11.7:
/// `ast.dump(ast.parse(source.encode()))`.
let cpythonDumps: [(String, String)] = [
    ("x = 1",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))], type_ignores=[])"),
    ("a = b = c",
     "Module(body=[Assign(targets=[Name(id='a', ctx=Store()), Name(id='b', ctx=Store())], value=Name(id='c', ctx=Load()))], type_ignores=[])"),
    ("a, *b = c",
     "Module(body=[Assign(targets=[Tuple(elts=[Name(id='a', ctx=Store()), Starred(value=Name(id='b', ctx=Store()), ctx=Store())], ctx=Store())], value=Name(id='c', ctx=Load()))], type_ignores=[])"),
    ("(a, b) = [c, d] = e",
     "Module(body=[Assign(targets=[Tuple(elts=[Name(id='a', ctx=Store()), Name(id='b', ctx=Store())], ctx=Store()), List(elts=[Name(id='c', ctx=Store()), Name(id='d', ctx=Store())], ctx=Store())], value=Name(id='e', ctx=Load()))], type_ignores=[])"),
    ("x += 1\ny //= 2\nz **= 3",
     "Module(body=[AugAssign(target=Name(id='x', ctx=Store()), op=Add(), value=Constant(value=1)), AugAssign(target=Name(id='y', ctx=Store()), op=FloorDiv(), value=Constant(value=2)), AugAssign(target=Name(id='z', ctx=Store()), op=Pow(), value=Constant(value=3))], type_ignores=[])"),
    ("x: int\ny: list[int] = []\n(z): int = 1\na.b: str",
     "Module(body=[AnnAssign(target=Name(id='x', ctx=Store()), annotation=Name(id='int', ctx=Load()), simple=1), AnnAssign(target=Name(id='y', ctx=Store()), annotation=Subscript(value=Name(id='list', ctx=Load()), slice=Name(id='int', ctx=Load()), ctx=Load()), value=List(elts=[], ctx=Load()), simple=1), AnnAssign(target=Name(id='z', ctx=Store()), annotation=Name(id='int', ctx=Load()), value=Constant(value=1), simple=0), AnnAssign(target=Attribute(value=Name(id='a', ctx=Load()), attr='b', ctx=Store()), annotation=Name(id='str', ctx=Load()), simple=0)], type_ignores=[])"),
    ("def f(a, /, b=1, *c, d, e=2, **g) -> int:\n    return a",
     "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[arg(arg='a')], args=[arg(arg='b')], vararg=arg(arg='c'), kwonlyargs=[arg(arg='d'), arg(arg='e')], kw_defaults=[None, Constant(value=2)], kwarg=arg(arg='g'), defaults=[Constant(value=1)]), body=[Return(value=Name(id='a', ctx=Load()))], decorator_list=[], returns=Name(id='int', ctx=Load()))], type_ignores=[])"),
    ("def f(*, a, b=2): pass",
     "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[arg(arg='a'), arg(arg='b')], kw_defaults=[None, Constant(value=2)], defaults=[]), body=[Pass()], decorator_list=[])], type_ignores=[])"),
    ("lambda: 0",
     "Module(body=[Expr(value=Lambda(args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=Constant(value=0)))], type_ignores=[])"),
    ("lambda x, *y, z=1, **w: x",
     "Module(body=[Expr(value=Lambda(args=arguments(posonlyargs=[], args=[arg(arg='x')], vararg=arg(arg='y'), kwonlyargs=[arg(arg='z')], kw_defaults=[Constant(value=1)], kwarg=arg(arg='w'), defaults=[]), body=Name(id='x', ctx=Load())))], type_ignores=[])"),
    ("class A(B, C, metaclass=M, **kw):\n    x = 1",
     "Module(body=[ClassDef(name='A', bases=[Name(id='B', ctx=Load()), Name(id='C', ctx=Load())], keywords=[keyword(arg='metaclass', value=Name(id='M', ctx=Load())), keyword(value=Name(id='kw', ctx=Load()))], body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))], decorator_list=[])], type_ignores=[])"),
    ("if a:\n    pass\nelif b:\n    pass\nelse:\n    pass",
     "Module(body=[If(test=Name(id='a', ctx=Load()), body=[Pass()], orelse=[If(test=Name(id='b', ctx=Load()), body=[Pass()], orelse=[Pass()])])], type_ignores=[])"),
    ("while x:\n    break\nelse:\n    continue",
     "Module(body=[While(test=Name(id='x', ctx=Load()), body=[Break()], orelse=[Continue()])], type_ignores=[])"),
    ("for i, j in k:\n    pass\nelse:\n    pass",
     "Module(body=[For(target=Tuple(elts=[Name(id='i', ctx=Store()), Name(id='j', ctx=Store())], ctx=Store()), iter=Name(id='k', ctx=Load()), body=[Pass()], orelse=[Pass()])], type_ignores=[])"),
    ("import a.b.c as d, e",
     "Module(body=[Import(names=[alias(name='a.b.c', asname='d'), alias(name='e')])], type_ignores=[])"),
    ("from . import x\nfrom ..a import (b, c as d,)\nfrom ... import *",
     "Module(body=[ImportFrom(names=[alias(name='x')], level=1), ImportFrom(module='a', names=[alias(name='b'), alias(name='c', asname='d')], level=2), ImportFrom(names=[alias(name='*')], level=3)], type_ignores=[])"),
    ("global a, b\nnonlocal c",
     "Module(body=[Global(names=['a', 'b']), Nonlocal(names=['c'])], type_ignores=[])"),
    ("del a, b[0], c.d",
     "Module(body=[Delete(targets=[Name(id='a', ctx=Del()), Subscript(value=Name(id='b', ctx=Load()), slice=Constant(value=0), ctx=Del()), Attribute(value=Name(id='c', ctx=Load()), attr='d', ctx=Del())])], type_ignores=[])"),
    ("assert x, 'message'",
     "Module(body=[Assert(test=Name(id='x', ctx=Load()), msg=Constant(value='message'))], type_ignores=[])"),
    ("raise\nraise E\nraise E from None",
     "Module(body=[Raise(), Raise(exc=Name(id='E', ctx=Load())), Raise(exc=Name(id='E', ctx=Load()), cause=Constant(value=None))], type_ignores=[])"),
    ("try:\n    pass\nexcept E as e:\n    pass\nexcept (A, B):\n    pass\nexcept:\n    pass\nelse:\n    pass\nfinally:\n    pass",
     "Module(body=[Try(body=[Pass()], handlers=[ExceptHandler(type=Name(id='E', ctx=Load()), name='e', body=[Pass()]), ExceptHandler(type=Tuple(elts=[Name(id='A', ctx=Load()), Name(id='B', ctx=Load())], ctx=Load()), body=[Pass()]), ExceptHandler(body=[Pass()])], orelse=[Pass()], finalbody=[Pass()])], type_ignores=[])"),
    ("try:\n    pass\nexcept* E:\n    pass",
     "Module(body=[TryStar(body=[Pass()], handlers=[ExceptHandler(type=Name(id='E', ctx=Load()), body=[Pass()])], orelse=[], finalbody=[])], type_ignores=[])"),
    ("with a as b, c:\n    pass",
     "Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load()), optional_vars=Name(id='b', ctx=Store())), withitem(context_expr=Name(id='c', ctx=Load()))], body=[Pass()])], type_ignores=[])"),
    ("with (a as b, c as d):\n    pass",
     "Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load()), optional_vars=Name(id='b', ctx=Store())), withitem(context_expr=Name(id='c', ctx=Load()), optional_vars=Name(id='d', ctx=Store()))], body=[Pass()])], type_ignores=[])"),
    ("x = a or b and not c",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BoolOp(op=Or(), values=[Name(id='a', ctx=Load()), BoolOp(op=And(), values=[Name(id='b', ctx=Load()), UnaryOp(op=Not(), operand=Name(id='c', ctx=Load()))])]))], type_ignores=[])"),
    ("x = a < b <= c == d != e > f >= g is h is not i in j not in k",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Compare(left=Name(id='a', ctx=Load()), ops=[Lt(), LtE(), Eq(), NotEq(), Gt(), GtE(), Is(), IsNot(), In(), NotIn()], comparators=[Name(id='b', ctx=Load()), Name(id='c', ctx=Load()), Name(id='d', ctx=Load()), Name(id='e', ctx=Load()), Name(id='f', ctx=Load()), Name(id='g', ctx=Load()), Name(id='h', ctx=Load()), Name(id='i', ctx=Load()), Name(id='j', ctx=Load()), Name(id='k', ctx=Load())]))], type_ignores=[])"),
    ("x = a | b ^ c & d << e >> f + g - h * i / j // k % l @ m",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=Name(id='a', ctx=Load()), op=BitOr(), right=BinOp(left=Name(id='b', ctx=Load()), op=BitXor(), right=BinOp(left=Name(id='c', ctx=Load()), op=BitAnd(), right=BinOp(left=BinOp(left=Name(id='d', ctx=Load()), op=LShift(), right=Name(id='e', ctx=Load())), op=RShift(), right=BinOp(left=BinOp(left=Name(id='f', ctx=Load()), op=Add(), right=Name(id='g', ctx=Load())), op=Sub(), right=BinOp(left=BinOp(left=BinOp(left=BinOp(left=BinOp(left=Name(id='h', ctx=Load()), op=Mult(), right=Name(id='i', ctx=Load())), op=Div(), right=Name(id='j', ctx=Load())), op=FloorDiv(), right=Name(id='k', ctx=Load())), op=Mod(), right=Name(id='l', ctx=Load())), op=MatMult(), right=Name(id='m', ctx=Load()))))))))], type_ignores=[])"),
    ("x = -a ** -b",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=UnaryOp(op=USub(), operand=BinOp(left=Name(id='a', ctx=Load()), op=Pow(), right=UnaryOp(op=USub(), operand=Name(id='b', ctx=Load())))))], type_ignores=[])"),
    ("x = ~+-a",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=UnaryOp(op=Invert(), operand=UnaryOp(op=UAdd(), operand=UnaryOp(op=USub(), operand=Name(id='a', ctx=Load())))))], type_ignores=[])"),
    ("x = a if b else c",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=IfExp(test=Name(id='b', ctx=Load()), body=Name(id='a', ctx=Load()), orelse=Name(id='c', ctx=Load())))], type_ignores=[])"),
    ("x = f(a, *b, c=d, **e)",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Call(func=Name(id='f', ctx=Load()), args=[Name(id='a', ctx=Load()), Starred(value=Name(id='b', ctx=Load()), ctx=Load())], keywords=[keyword(arg='c', value=Name(id='d', ctx=Load())), keyword(value=Name(id='e', ctx=Load()))]))], type_ignores=[])"),
    ("x = a.b.c(d)[e][f:g][::h][i, j:k]",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Subscript(value=Subscript(value=Subscript(value=Subscript(value=Call(func=Attribute(value=Attribute(value=Name(id='a', ctx=Load()), attr='b', ctx=Load()), attr='c', ctx=Load()), args=[Name(id='d', ctx=Load())], keywords=[]), slice=Name(id='e', ctx=Load()), ctx=Load()), slice=Slice(lower=Name(id='f', ctx=Load()), upper=Name(id='g', ctx=Load())), ctx=Load()), slice=Slice(step=Name(id='h', ctx=Load())), ctx=Load()), slice=Tuple(elts=[Name(id='i', ctx=Load()), Slice(lower=Name(id='j', ctx=Load()), upper=Name(id='k', ctx=Load()))], ctx=Load()), ctx=Load()))], type_ignores=[])"),
    ("x = [1, 2, *a]\ny = (1,)\nz = ()\nw = {1: 2, **d}\nv = {1, *s}",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=List(elts=[Constant(value=1), Constant(value=2), Starred(value=Name(id='a', ctx=Load()), ctx=Load())], ctx=Load())), Assign(targets=[Name(id='y', ctx=Store())], value=Tuple(elts=[Constant(value=1)], ctx=Load())), Assign(targets=[Name(id='z', ctx=Store())], value=Tuple(elts=[], ctx=Load())), Assign(targets=[Name(id='w', ctx=Store())], value=Dict(keys=[Constant(value=1), None], values=[Constant(value=2), Name(id='d', ctx=Load())])), Assign(targets=[Name(id='v', ctx=Store())], value=Set(elts=[Constant(value=1), Starred(value=Name(id='s', ctx=Load()), ctx=Load())]))], type_ignores=[])"),
    ("x = [a for b in c if d if e for f in g]",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=ListComp(elt=Name(id='a', ctx=Load()), generators=[comprehension(target=Name(id='b', ctx=Store()), iter=Name(id='c', ctx=Load()), ifs=[Name(id='d', ctx=Load()), Name(id='e', ctx=Load())], is_async=0), comprehension(target=Name(id='f', ctx=Store()), iter=Name(id='g', ctx=Load()), ifs=[], is_async=0)]))], type_ignores=[])"),
    ("x = {a: b for a, b in c}\ny = {a for a in b}\nz = (a for a in b)",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=DictComp(key=Name(id='a', ctx=Load()), value=Name(id='b', ctx=Load()), generators=[comprehension(target=Tuple(elts=[Name(id='a', ctx=Store()), Name(id='b', ctx=Store())], ctx=Store()), iter=Name(id='c', ctx=Load()), ifs=[], is_async=0)])), Assign(targets=[Name(id='y', ctx=Store())], value=SetComp(elt=Name(id='a', ctx=Load()), generators=[comprehension(target=Name(id='a', ctx=Store()), iter=Name(id='b', ctx=Load()), ifs=[], is_async=0)])), Assign(targets=[Name(id='z', ctx=Store())], value=GeneratorExp(elt=Name(id='a', ctx=Load()), generators=[comprehension(target=Name(id='a', ctx=Store()), iter=Name(id='b', ctx=Load()), ifs=[], is_async=0)]))], type_ignores=[])"),
    ("f(a for a in b)",
     "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[GeneratorExp(elt=Name(id='a', ctx=Load()), generators=[comprehension(target=Name(id='a', ctx=Store()), iter=Name(id='b', ctx=Load()), ifs=[], is_async=0)])], keywords=[]))], type_ignores=[])"),
    ("x = (y := 10)",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=NamedExpr(target=Name(id='y', ctx=Store()), value=Constant(value=10)))], type_ignores=[])"),
    ("def g():\n    yield\n    yield a, b\n    x = yield from c",
     "Module(body=[FunctionDef(name='g', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Expr(value=Yield()), Expr(value=Yield(value=Tuple(elts=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())], ctx=Load()))), Assign(targets=[Name(id='x', ctx=Store())], value=YieldFrom(value=Name(id='c', ctx=Load())))], decorator_list=[])], type_ignores=[])"),
    ("async def f():\n    await x\n    async for a in b: pass\n    async with c as d: pass\n    return [e async for e in f]",
     "Module(body=[AsyncFunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Expr(value=Await(value=Name(id='x', ctx=Load()))), AsyncFor(target=Name(id='a', ctx=Store()), iter=Name(id='b', ctx=Load()), body=[Pass()], orelse=[]), AsyncWith(items=[withitem(context_expr=Name(id='c', ctx=Load()), optional_vars=Name(id='d', ctx=Store()))], body=[Pass()]), Return(value=ListComp(elt=Name(id='e', ctx=Load()), generators=[comprehension(target=Name(id='e', ctx=Store()), iter=Name(id='f', ctx=Load()), ifs=[], is_async=1)]))], decorator_list=[])], type_ignores=[])"),
    ("@a\n@b.c(d)\ndef f(): pass",
     "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Pass()], decorator_list=[Name(id='a', ctx=Load()), Call(func=Attribute(value=Name(id='b', ctx=Load()), attr='c', ctx=Load()), args=[Name(id='d', ctx=Load())], keywords=[])])], type_ignores=[])"),
    ("x = 1_000 + 0x_ff + 0o17 + 0b101 + 1.5e-3 + 2j + 1e16 + 1e-05 + .5 + 5.",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=BinOp(left=BinOp(left=BinOp(left=BinOp(left=BinOp(left=BinOp(left=BinOp(left=BinOp(left=Constant(value=1000), op=Add(), right=Constant(value=255)), op=Add(), right=Constant(value=15)), op=Add(), right=Constant(value=5)), op=Add(), right=Constant(value=0.0015)), op=Add(), right=Constant(value=2j)), op=Add(), right=Constant(value=1e+16)), op=Add(), right=Constant(value=1e-05)), op=Add(), right=Constant(value=0.5)), op=Add(), right=Constant(value=5.0)))], type_ignores=[])"),
    ("x = 123456789012345678901234567890 + 0xffffffffffffffffffffffff",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=Constant(value=123456789012345678901234567890), op=Add(), right=Constant(value=79228162514264337593543950335)))], type_ignores=[])"),
    ("x = 1if y else 2",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=IfExp(test=Name(id='y', ctx=Load()), body=Constant(value=1), orelse=Constant(value=2)))], type_ignores=[])"),
    ("x = 'a' \"b\" '''c''' r'\\d' u'e'",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='abc\\\\de'))], type_ignores=[])"),
    ("x = b'a\\x00' rb'\\d' B\"z\"",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=b'a\\x00\\\\dz'))], type_ignores=[])"),
    ("x = '\\n\\t\\\\\\'\\x41\\101\\u00e9\\N{BULLET}'",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=\"\\n\\t\\\\'AAé•\"))], type_ignores=[])"),
    ("x = f'{a!r:>{w}} {b=} {{c}}' f'd'",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[FormattedValue(value=Name(id='a', ctx=Load()), conversion=114, format_spec=JoinedStr(values=[Constant(value='>'), FormattedValue(value=Name(id='w', ctx=Load()), conversion=-1)])), Constant(value=' b='), FormattedValue(value=Name(id='b', ctx=Load()), conversion=114), Constant(value=' {c}d')]))], type_ignores=[])"),
    ("x = f'{a:{b}.{c}f}'",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[FormattedValue(value=Name(id='a', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[FormattedValue(value=Name(id='b', ctx=Load()), conversion=-1), Constant(value='.'), FormattedValue(value=Name(id='c', ctx=Load()), conversion=-1), Constant(value='f')]))]))], type_ignores=[])"),
    ("x = ...",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=Ellipsis))], type_ignores=[])"),
    ("x = None, True, False",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Tuple(elts=[Constant(value=None), Constant(value=True), Constant(value=False)], ctx=Load()))], type_ignores=[])"),
    ("x = 'it''s'",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='its'))], type_ignores=[])"),
    ("x = \"it's\"",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=\"it's\"))], type_ignores=[])"),
    ("x = 1e400, 1e400j, 0j, 1.0",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Tuple(elts=[Constant(value=inf), Constant(value=infj), Constant(value=0j), Constant(value=1.0)], ctx=Load()))], type_ignores=[])"),
    ("match x:\n    case [1, *rest]:\n        pass\n    case {'k': v, **kw}:\n        pass\n    case Point(x=0) | None:\n        pass\n    case (a, b) as c if c:\n        pass\n    case -1 | 1+2j | 'x':\n        pass\n    case _:\n        pass",
     "Module(body=[Match(subject=Name(id='x', ctx=Load()), cases=[match_case(pattern=MatchSequence(patterns=[MatchValue(value=Constant(value=1)), MatchStar(name='rest')]), body=[Pass()]), match_case(pattern=MatchMapping(keys=[Constant(value='k')], patterns=[MatchAs(name='v')], rest='kw'), body=[Pass()]), match_case(pattern=MatchOr(patterns=[MatchClass(cls=Name(id='Point', ctx=Load()), patterns=[], kwd_attrs=['x'], kwd_patterns=[MatchValue(value=Constant(value=0))]), MatchSingleton(value=None)]), body=[Pass()]), match_case(pattern=MatchAs(pattern=MatchSequence(patterns=[MatchAs(name='a'), MatchAs(name='b')]), name='c'), guard=Name(id='c', ctx=Load()), body=[Pass()]), match_case(pattern=MatchOr(patterns=[MatchValue(value=UnaryOp(op=USub(), operand=Constant(value=1))), MatchValue(value=BinOp(left=Constant(value=1), op=Add(), right=Constant(value=2j))), MatchValue(value=Constant(value='x'))]), body=[Pass()]), match_case(pattern=MatchAs(), body=[Pass()])])], type_ignores=[])"),
    ("match = 1\nmatch(x)\ncase = 2",
     "Module(body=[Assign(targets=[Name(id='match', ctx=Store())], value=Constant(value=1)), Expr(value=Call(func=Name(id='match', ctx=Load()), args=[Name(id='x', ctx=Load())], keywords=[])), Assign(targets=[Name(id='case', ctx=Store())], value=Constant(value=2))], type_ignores=[])"),
    ("print(*a, sep='')",
     "Module(body=[Expr(value=Call(func=Name(id='print', ctx=Load()), args=[Starred(value=Name(id='a', ctx=Load()), ctx=Load())], keywords=[keyword(arg='sep', value=Constant(value=''))]))], type_ignores=[])"),
    ("a[b, *c]",
     "Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Tuple(elts=[Name(id='b', ctx=Load()), Starred(value=Name(id='c', ctx=Load()), ctx=Load())], ctx=Load()), ctx=Load()))], type_ignores=[])"),
    ("x = \\\n  1",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))], type_ignores=[])"),
    ("if x:\n    # comment\n\n    y = 1  # trailing\n",
     "Module(body=[If(test=Name(id='x', ctx=Load()), body=[Assign(targets=[Name(id='y', ctx=Store())], value=Constant(value=1))], orelse=[])], type_ignores=[])"),
    ("x = (1 +\n     2)",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=Constant(value=1), op=Add(), right=Constant(value=2)))], type_ignores=[])"),
    ("\u{feff}x = 1",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))], type_ignores=[])"),
    ("é = 1\nﬁ = 2",
     "Module(body=[Assign(targets=[Name(id='é', ctx=Store())], value=Constant(value=1)), Assign(targets=[Name(id='fi', ctx=Store())], value=Constant(value=2))], type_ignores=[])"),
]

@Test(arguments: cpythonDumps.indices)
func parsesLikeCPython(_ index: Int) {
  let (source, expected) = cpythonDumps[index]
  #expect(dumpAST(source) == expected, "source: \(source)")
}

/// Ranges (lineno, col_offset, end_lineno, end_col_offset) as CPython 3.11 reports them, from
/// `ast.dump(ast.parse(source), include_attributes=True)`.
let cpythonDumpsWithPositions: [(String, String)] = [
    ("x = (a + b) * c.d[1]",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=BinOp(left=BinOp(left=Name(id='a', ctx=Load(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=6), op=Add(), right=Name(id='b', ctx=Load(), lineno=1, col_offset=9, end_lineno=1, end_col_offset=10), lineno=1, col_offset=5, end_lineno=1, end_col_offset=10), op=Mult(), right=Subscript(value=Attribute(value=Name(id='c', ctx=Load(), lineno=1, col_offset=14, end_lineno=1, end_col_offset=15), attr='d', ctx=Load(), lineno=1, col_offset=14, end_lineno=1, end_col_offset=17), slice=Constant(value=1, lineno=1, col_offset=18, end_lineno=1, end_col_offset=19), ctx=Load(), lineno=1, col_offset=14, end_lineno=1, end_col_offset=20), lineno=1, col_offset=4, end_lineno=1, end_col_offset=20), lineno=1, col_offset=0, end_lineno=1, end_col_offset=20)], type_ignores=[])"),
    ("if x:\n    y = f(a, *b, k=1)\nelse:\n    pass\n",
     "Module(body=[If(test=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), body=[Assign(targets=[Name(id='y', ctx=Store(), lineno=2, col_offset=4, end_lineno=2, end_col_offset=5)], value=Call(func=Name(id='f', ctx=Load(), lineno=2, col_offset=8, end_lineno=2, end_col_offset=9), args=[Name(id='a', ctx=Load(), lineno=2, col_offset=10, end_lineno=2, end_col_offset=11), Starred(value=Name(id='b', ctx=Load(), lineno=2, col_offset=14, end_lineno=2, end_col_offset=15), ctx=Load(), lineno=2, col_offset=13, end_lineno=2, end_col_offset=15)], keywords=[keyword(arg='k', value=Constant(value=1, lineno=2, col_offset=19, end_lineno=2, end_col_offset=20), lineno=2, col_offset=17, end_lineno=2, end_col_offset=20)], lineno=2, col_offset=8, end_lineno=2, end_col_offset=21), lineno=2, col_offset=4, end_lineno=2, end_col_offset=21)], orelse=[Pass(lineno=4, col_offset=4, end_lineno=4, end_col_offset=8)], lineno=1, col_offset=0, end_lineno=4, end_col_offset=8)], type_ignores=[])"),
    ("def f(a, b: int = 2):\n    return a",
     "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[arg(arg='a', lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), arg(arg='b', annotation=Name(id='int', ctx=Load(), lineno=1, col_offset=12, end_lineno=1, end_col_offset=15), lineno=1, col_offset=9, end_lineno=1, end_col_offset=15)], kwonlyargs=[], kw_defaults=[], defaults=[Constant(value=2, lineno=1, col_offset=18, end_lineno=1, end_col_offset=19)]), body=[Return(value=Name(id='a', ctx=Load(), lineno=2, col_offset=11, end_lineno=2, end_col_offset=12), lineno=2, col_offset=4, end_lineno=2, end_col_offset=12)], decorator_list=[], lineno=1, col_offset=0, end_lineno=2, end_col_offset=12)], type_ignores=[])"),
    ("x = f'{a} b {c!r}'",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=JoinedStr(values=[FormattedValue(value=Name(id='a', ctx=Load(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=8), conversion=-1, lineno=1, col_offset=4, end_lineno=1, end_col_offset=18), Constant(value=' b ', lineno=1, col_offset=4, end_lineno=1, end_col_offset=18), FormattedValue(value=Name(id='c', ctx=Load(), lineno=1, col_offset=13, end_lineno=1, end_col_offset=14), conversion=114, lineno=1, col_offset=4, end_lineno=1, end_col_offset=18)], lineno=1, col_offset=4, end_lineno=1, end_col_offset=18), lineno=1, col_offset=0, end_lineno=1, end_col_offset=18)], type_ignores=[])"),
    ("x = é + 1",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=BinOp(left=Name(id='é', ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=6), op=Add(), right=Constant(value=1, lineno=1, col_offset=9, end_lineno=1, end_col_offset=10), lineno=1, col_offset=4, end_lineno=1, end_col_offset=10), lineno=1, col_offset=0, end_lineno=1, end_col_offset=10)], type_ignores=[])"),
    ("with (a as b):\n    pass",
     "Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), optional_vars=Name(id='b', ctx=Store(), lineno=1, col_offset=11, end_lineno=1, end_col_offset=12))], body=[Pass(lineno=2, col_offset=4, end_lineno=2, end_col_offset=8)], lineno=1, col_offset=0, end_lineno=2, end_col_offset=8)], type_ignores=[])"),
    ("x = [i for i in range(3)]",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=ListComp(elt=Name(id='i', ctx=Load(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=6), generators=[comprehension(target=Name(id='i', ctx=Store(), lineno=1, col_offset=11, end_lineno=1, end_col_offset=12), iter=Call(func=Name(id='range', ctx=Load(), lineno=1, col_offset=16, end_lineno=1, end_col_offset=21), args=[Constant(value=3, lineno=1, col_offset=22, end_lineno=1, end_col_offset=23)], keywords=[], lineno=1, col_offset=16, end_lineno=1, end_col_offset=24), ifs=[], is_async=0)], lineno=1, col_offset=4, end_lineno=1, end_col_offset=25), lineno=1, col_offset=0, end_lineno=1, end_col_offset=25)], type_ignores=[])"),
    ("match p:\n    case Point(x=0) | [1, *r]:\n        pass",
     "Module(body=[Match(subject=Name(id='p', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), cases=[match_case(pattern=MatchOr(patterns=[MatchClass(cls=Name(id='Point', ctx=Load(), lineno=2, col_offset=9, end_lineno=2, end_col_offset=14), patterns=[], kwd_attrs=['x'], kwd_patterns=[MatchValue(value=Constant(value=0, lineno=2, col_offset=17, end_lineno=2, end_col_offset=18), lineno=2, col_offset=17, end_lineno=2, end_col_offset=18)], lineno=2, col_offset=9, end_lineno=2, end_col_offset=19), MatchSequence(patterns=[MatchValue(value=Constant(value=1, lineno=2, col_offset=23, end_lineno=2, end_col_offset=24), lineno=2, col_offset=23, end_lineno=2, end_col_offset=24), MatchStar(name='r', lineno=2, col_offset=26, end_lineno=2, end_col_offset=28)], lineno=2, col_offset=22, end_lineno=2, end_col_offset=29)], lineno=2, col_offset=9, end_lineno=2, end_col_offset=29), body=[Pass(lineno=3, col_offset=8, end_lineno=3, end_col_offset=12)])], lineno=1, col_offset=0, end_lineno=3, end_col_offset=12)], type_ignores=[])"),
]

@Test(arguments: cpythonDumpsWithPositions.indices)
func rangesMatchCPython(_ index: Int) {
  let (source, expected) = cpythonDumpsWithPositions[index]
  let diagnostics = DiagnosticEngine()
  let module = Parser.parse(file: SourceFile(path: "t.py", text: source), diagnostics: diagnostics)
  #expect(!diagnostics.hasErrors)
  #expect(ASTDumper.dump(module, includeAttributes: true) == expected, "source: \(source)")
}

@Test func deepNestingIsAnErrorNotACrash() {
  let unary = String(repeating: "-", count: 100_000) + "x"
  #expect(dumpAST(unary).hasPrefix("error: "))
  let nots = String(repeating: "not ", count: 100_000) + "x"
  #expect(dumpAST(nots).hasPrefix("error: "))
  let sum = "x" + String(repeating: " + x", count: 100_000)
  #expect(dumpAST(sum).hasPrefix("error: "))
  let parens = String(repeating: "(", count: 1000) + String(repeating: ")", count: 1000)
  #expect(dumpAST(parens) == "error: too many nested parentheses")
}

@Test func indentationDepthIsLimitedAsInCPython() {
  // CPython 3.11: 99 nested blocks compile; 100 raise "too many levels of indentation".
  func nested(_ n: Int) -> String {
    (0..<n).map { String(repeating: " ", count: $0) + "if x:\n" }.joined()
      + String(repeating: " ", count: n) + "pass\n"
  }
  #expect(!dumpAST(nested(99)).hasPrefix("error: "))
  #expect(dumpAST(nested(100)) == "error: too many levels of indentation")
}

@Test func moderateNestingIsAccepted() {
  let unary = String(repeating: "-", count: 1000) + "x"
  #expect(!dumpAST(unary).hasPrefix("error: "))
  let parens = String(repeating: "(", count: 200) + "x" + String(repeating: ")", count: 200)
  #expect(dumpAST(parens) == "Module(body=[Expr(value=Name(id='x', ctx=Load()))], type_ignores=[])")
}

/// Byte-level inputs; each expectation is CPython 3.11.7's `ast.dump(ast.parse(bytes))`.
let cpythonByteDumps: [([UInt8], String)] = [
  (Array("x = \"a\\ud800b\" \"c\"".utf8),
   "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='a\\ud800bc'))], type_ignores=[])"),
  (Array("# -*- coding: latin-1 -*-\nx = \"".utf8) + [0xE9] + Array("\"\n".utf8),
   "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='é'))], type_ignores=[])"),
  ([0xEF, 0xBB, 0xBF] + Array("x = 1\n".utf8),
   "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))], type_ignores=[])"),
  (Array("x = 1\r\nif x:\r\n    y = \"\"\"a\r\nb\"\"\"\r\n".utf8),
   "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1)), If(test=Name(id='x', ctx=Load()), body=[Assign(targets=[Name(id='y', ctx=Store())], value=Constant(value='a\\nb'))], orelse=[])], type_ignores=[])"),
  (Array("x = 0xFFFFFFFFFFFFFFFFFFFF + 0b1 + 0o777".utf8),
   "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=BinOp(left=Constant(value=1208925819614629174706175), op=Add(), right=Constant(value=1)), op=Add(), right=Constant(value=511)))], type_ignores=[])"),
  (Array("x = \"\\N{EM DASH}\\N{bullet}\\N{LF}\"".utf8),
   "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='—•\\n'))], type_ignores=[])"),
]

@Test(arguments: cpythonByteDumps.indices)
func decodesSourceBytesLikeCPython(_ index: Int) {
  let (bytes, expected) = cpythonByteDumps[index]
  let diagnostics = DiagnosticEngine()
  let module = Parser.parse(file: SourceFile(path: "t.py", bytes: bytes), diagnostics: diagnostics)
  #expect(!diagnostics.hasErrors)
  #expect(ASTDumper.dump(module) == expected)
}

@Test func nullBytesAndBadEncodingsAreErrors() {
  // CPython 3.11: "source code string cannot contain null bytes"; unknown codecs are rejected.
  #expect(dumpAST("x = 1\0") == "error: source code string cannot contain null bytes")
  #expect(dumpAST("# coding: no-such-codec\nx = 1") == "error: unknown encoding: no-such-codec")
}

@Test func decimalLiteralsFollowTheIntMaxStrDigitsLimit() {
  // CPython 3.11.7: 4300 digits parse; 4301 raise "Exceeds the limit (4300 digits) ...".
  #expect(!dumpAST("x = " + String(repeating: "1", count: 4300)).hasPrefix("error: "))
  #expect(dumpAST("x = " + String(repeating: "1", count: 4301)).hasPrefix(
    "error: Exceeds the limit (4300 digits) for integer string conversion: value has 4301 digits"))
  #expect(!dumpAST("x = 0x" + String(repeating: "f", count: 4000)).hasPrefix("error: "))
}

@Test func recoversAtTheNextTopLevelStatement() {
  let diagnostics = DiagnosticEngine()
  let source = "x = 1\ndef f(:\n    pass\n    if x:\n        y = (\n\nz = 2\nw = )\n"
  let module = Parser.parse(file: SourceFile(path: "t.py", text: source), diagnostics: diagnostics)
  // Only the first error is reported, as CPython does ('def f(:' at line 2, column 7)...
  #expect(diagnostics.diagnostics.count == 1)
  #expect(diagnostics.diagnostics.first?.range.start == SourceLocation(line: 2, column: 6))
  // ...and the statements before it are kept.
  #expect(module.body.count >= 1)
  if case .assign = module.body.first?.kind {} else { Issue.record("first statement lost") }
}

@Test func keepsStatementsAroundAnError() {
  let diagnostics = DiagnosticEngine()
  let source = "a = 1\nb = = 2\nc = 3\n"
  let module = Parser.parse(file: SourceFile(path: "t.py", text: source), diagnostics: diagnostics)
  #expect(diagnostics.diagnostics.count == 1)
  #expect(module.body.count == 2)
}
