/// The abstract syntax tree, mirroring CPython 3.11's `ast` module node for node and field for
/// field (Parser/Python.asdl), so that `ASTDumper` can print exactly what `ast.dump` prints.
///
/// Statements and expressions are reference types (`Stmt`, `Expr`) so later phases can key side
/// tables by node identity (`ObjectIdentifier`); their shape lives in the `kind` enums. Every
/// node that CPython gives `lineno/col_offset/end_lineno/end_col_offset` carries a `range`.

/// `mod`: only `Module` is produced by the file parser.
public final class Module {
  public var body: [Stmt]
  public var typeIgnores: [TypeIgnore]
  /// The file this module was parsed from.
  public let file: SourceFile
  /// Str constants whose value holds lone surrogates (`'\ud800'`), which a Swift `String`
  /// cannot represent: their exact code points, keyed by the Constant node's identity. The
  /// node's own `.str` value has U+FFFD in their place. Filled by the parser.
  public var loneSurrogates: [ObjectIdentifier: [UInt32]] = [:]
  /// The SyntaxWarnings CPython prints when it compiles this module (tokenizer's first, then
  /// the compiler's, see `SyntaxWarnings`), as (line, message). Filled by the parser and
  /// `Frontend.check`; a compiled program prints them when it starts.
  public var syntaxWarnings: [(line: Int, message: String)] = []
  /// The `from __future__ import` features this module enables (`FutureImports`).
  public var futureFeatures: Set<String> = []

  public init(body: [Stmt], typeIgnores: [TypeIgnore] = [], file: SourceFile) {
    self.body = body
    self.typeIgnores = typeIgnores
    self.file = file
  }
}

public struct TypeIgnore: Equatable {
  public var lineno: Int
  public var tag: String
  public init(lineno: Int, tag: String) {
    self.lineno = lineno
    self.tag = tag
  }
}

// MARK: - Statements

public final class Stmt {
  public var kind: StmtKind
  public var range: SourceRange

  public init(_ kind: StmtKind, _ range: SourceRange) {
    self.kind = kind
    self.range = range
  }
}

/// A `def` or `async def` (CPython's FunctionDef / AsyncFunctionDef share these fields).
public struct FunctionDef {
  public var name: String
  public var args: Arguments
  public var body: [Stmt]
  public var decoratorList: [Expr]
  public var returns: Expr?
  public var typeComment: String?

  public init(
    name: String, args: Arguments, body: [Stmt], decoratorList: [Expr], returns: Expr?,
    typeComment: String? = nil
  ) {
    self.name = name
    self.args = args
    self.body = body
    self.decoratorList = decoratorList
    self.returns = returns
    self.typeComment = typeComment
  }
}

public indirect enum StmtKind {
  case functionDef(FunctionDef)
  case asyncFunctionDef(FunctionDef)
  case classDef(name: String, bases: [Expr], keywords: [Keyword], body: [Stmt], decoratorList: [Expr])
  case `return`(value: Expr?)
  case delete(targets: [Expr])
  case assign(targets: [Expr], value: Expr, typeComment: String?)
  case augAssign(target: Expr, op: BinaryOperator, value: Expr)
  /// `simple` is 1 when the target is a plain name not in parentheses.
  case annAssign(target: Expr, annotation: Expr, value: Expr?, simple: Int)
  case `for`(target: Expr, iter: Expr, body: [Stmt], orelse: [Stmt], typeComment: String?)
  case asyncFor(target: Expr, iter: Expr, body: [Stmt], orelse: [Stmt], typeComment: String?)
  case `while`(test: Expr, body: [Stmt], orelse: [Stmt])
  case `if`(test: Expr, body: [Stmt], orelse: [Stmt])
  case with(items: [WithItem], body: [Stmt], typeComment: String?)
  case asyncWith(items: [WithItem], body: [Stmt], typeComment: String?)
  case match(subject: Expr, cases: [MatchCase])
  case raise(exc: Expr?, cause: Expr?)
  case `try`(body: [Stmt], handlers: [ExceptHandler], orelse: [Stmt], finalbody: [Stmt])
  case tryStar(body: [Stmt], handlers: [ExceptHandler], orelse: [Stmt], finalbody: [Stmt])
  case assert(test: Expr, msg: Expr?)
  case `import`(names: [Alias])
  /// `module` is nil for `from . import x`; `level` counts the leading dots.
  case importFrom(module: String?, names: [Alias], level: Int)
  case global(names: [String])
  case nonlocal(names: [String])
  case expr(value: Expr)
  case pass
  case `break`
  case `continue`
}

// MARK: - Expressions

public final class Expr {
  public var kind: ExprKind
  public var range: SourceRange

  public init(_ kind: ExprKind, _ range: SourceRange) {
    self.kind = kind
    self.range = range
  }
}

public indirect enum ExprKind {
  case boolOp(op: BoolOperator, values: [Expr])
  case namedExpr(target: Expr, value: Expr)
  case binOp(left: Expr, op: BinaryOperator, right: Expr)
  case unaryOp(op: UnaryOperator, operand: Expr)
  case lambda(args: Arguments, body: Expr)
  case ifExp(test: Expr, body: Expr, orelse: Expr)
  /// A nil key stands for `**mapping` in a dict display.
  case dict(keys: [Expr?], values: [Expr])
  case set(elts: [Expr])
  case listComp(elt: Expr, generators: [Comprehension])
  case setComp(elt: Expr, generators: [Comprehension])
  case dictComp(key: Expr, value: Expr, generators: [Comprehension])
  case generatorExp(elt: Expr, generators: [Comprehension])
  case await(value: Expr)
  case yield(value: Expr?)
  case yieldFrom(value: Expr)
  case compare(left: Expr, ops: [CompareOperator], comparators: [Expr])
  case call(func: Expr, args: [Expr], keywords: [Keyword])
  /// `conversion` is -1 (none), 115 ('s'), 114 ('r') or 97 ('a'), as in CPython.
  case formattedValue(value: Expr, conversion: Int, formatSpec: Expr?)
  case joinedStr(values: [Expr])
  /// `kind` is "u" for a `u"..."` literal, otherwise nil.
  case constant(value: Constant, kind: String?)
  case attribute(value: Expr, attr: String, ctx: ExprContext)
  case `subscript`(value: Expr, slice: Expr, ctx: ExprContext)
  case starred(value: Expr, ctx: ExprContext)
  case name(id: String, ctx: ExprContext)
  case list(elts: [Expr], ctx: ExprContext)
  case tuple(elts: [Expr], ctx: ExprContext)
  case slice(lower: Expr?, upper: Expr?, step: Expr?)
}

/// The value of a `Constant` node.
public enum Constant: Equatable {
  case none
  case bool(Bool)
  case ellipsis
  /// An integer literal of any size, kept as its decimal digits (no sign; literals are
  /// non-negative). `Int64(digits)` gives the value when it fits.
  case int(String)
  case float(Double)
  /// An imaginary literal such as `2j`: the imaginary part.
  case complex(Double)
  case str(String)
  case bytes([UInt8])
}

public enum ExprContext: String, Equatable {
  case load = "Load", store = "Store", del = "Del"
}

public enum BoolOperator: String, Equatable {
  case and = "And", or = "Or"
}

public enum BinaryOperator: String, Equatable {
  case add = "Add", sub = "Sub", mult = "Mult", matMult = "MatMult", div = "Div", mod = "Mod"
  case pow = "Pow", lShift = "LShift", rShift = "RShift", bitOr = "BitOr", bitXor = "BitXor"
  case bitAnd = "BitAnd", floorDiv = "FloorDiv"
}

public enum UnaryOperator: String, Equatable {
  case invert = "Invert", not = "Not", uAdd = "UAdd", uSub = "USub"
}

public enum CompareOperator: String, Equatable {
  case eq = "Eq", notEq = "NotEq", lt = "Lt", ltE = "LtE", gt = "Gt", gtE = "GtE"
  case `is` = "Is", isNot = "IsNot", `in` = "In", notIn = "NotIn"
}

// MARK: - Auxiliary nodes

public struct Comprehension {
  public var target: Expr
  public var iter: Expr
  public var ifs: [Expr]
  public var isAsync: Int

  public init(target: Expr, iter: Expr, ifs: [Expr], isAsync: Int) {
    self.target = target
    self.iter = iter
    self.ifs = ifs
    self.isAsync = isAsync
  }
}

public struct ExceptHandler {
  public var type: Expr?
  public var name: String?
  public var body: [Stmt]
  public var range: SourceRange

  public init(type: Expr?, name: String?, body: [Stmt], range: SourceRange) {
    self.type = type
    self.name = name
    self.body = body
    self.range = range
  }
}

public struct Arguments {
  public var posonlyargs: [Arg]
  public var args: [Arg]
  public var vararg: Arg?
  public var kwonlyargs: [Arg]
  /// One entry per keyword-only argument; nil where it has no default.
  public var kwDefaults: [Expr?]
  public var kwarg: Arg?
  /// Defaults of the last `defaults.count` positional parameters.
  public var defaults: [Expr]

  public init(
    posonlyargs: [Arg] = [], args: [Arg] = [], vararg: Arg? = nil, kwonlyargs: [Arg] = [],
    kwDefaults: [Expr?] = [], kwarg: Arg? = nil, defaults: [Expr] = []
  ) {
    self.posonlyargs = posonlyargs
    self.args = args
    self.vararg = vararg
    self.kwonlyargs = kwonlyargs
    self.kwDefaults = kwDefaults
    self.kwarg = kwarg
    self.defaults = defaults
  }
}

public struct Arg {
  public var arg: String
  public var annotation: Expr?
  public var typeComment: String?
  public var range: SourceRange

  public init(arg: String, annotation: Expr?, typeComment: String? = nil, range: SourceRange) {
    self.arg = arg
    self.annotation = annotation
    self.typeComment = typeComment
    self.range = range
  }
}

/// A keyword argument `arg=value`; `arg` is nil for `**value`.
public struct Keyword {
  public var arg: String?
  public var value: Expr
  public var range: SourceRange

  public init(arg: String?, value: Expr, range: SourceRange) {
    self.arg = arg
    self.value = value
    self.range = range
  }
}

public struct Alias {
  public var name: String
  public var asname: String?
  public var range: SourceRange

  public init(name: String, asname: String?, range: SourceRange) {
    self.name = name
    self.asname = asname
    self.range = range
  }
}

public struct WithItem {
  public var contextExpr: Expr
  public var optionalVars: Expr?

  public init(contextExpr: Expr, optionalVars: Expr?) {
    self.contextExpr = contextExpr
    self.optionalVars = optionalVars
  }
}

public struct MatchCase {
  public var pattern: Pattern
  public var guard_: Expr?
  public var body: [Stmt]

  public init(pattern: Pattern, guard_: Expr?, body: [Stmt]) {
    self.pattern = pattern
    self.guard_ = guard_
    self.body = body
  }
}

public final class Pattern {
  public var kind: PatternKind
  public var range: SourceRange

  public init(_ kind: PatternKind, _ range: SourceRange) {
    self.kind = kind
    self.range = range
  }
}

public indirect enum PatternKind {
  case matchValue(value: Expr)
  case matchSingleton(value: Constant)
  case matchSequence(patterns: [Pattern])
  case matchMapping(keys: [Expr], patterns: [Pattern], rest: String?)
  case matchClass(cls: Expr, patterns: [Pattern], kwdAttrs: [String], kwdPatterns: [Pattern])
  case matchStar(name: String?)
  case matchAs(pattern: Pattern?, name: String?)
  case matchOr(patterns: [Pattern])
}
