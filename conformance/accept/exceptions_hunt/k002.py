# From a try/except divergence hunt: a program in the style of users' code.
def tokenize(expr):
    toks = []
    num = ""
    for ch in expr:
        if ch.isdigit():
            num = num + ch
        else:
            if num:
                toks = toks + [num]
                num = ""
            if ch in "+-*/()":
                toks = toks + [ch]
            elif ch != " ":
                raise ValueError(f"unexpected character {ch!r}")
    if num:
        toks = toks + [num]
    return toks

def parse_expr(toks, pos):
    val, pos = parse_term(toks, pos)
    while pos < len(toks) and toks[pos] in "+-":
        op = toks[pos]
        rhs, pos = parse_term(toks, pos + 1)
        val = val + rhs if op == "+" else val - rhs
    return val, pos

def parse_term(toks, pos):
    val, pos = parse_atom(toks, pos)
    while pos < len(toks) and toks[pos] in "*/":
        op = toks[pos]
        rhs, pos = parse_atom(toks, pos + 1)
        if op == "*":
            val = val * rhs
        else:
            val = val // rhs
    return val, pos

def parse_atom(toks, pos):
    if pos >= len(toks):
        raise IndexError("unexpected end of input")
    t = toks[pos]
    if t == "(":
        val, pos = parse_expr(toks, pos + 1)
        if pos >= len(toks) or toks[pos] != ")":
            raise ValueError("missing )")
        return val, pos + 1
    return int(t), pos + 1

def evaluate(s):
    try:
        v, pos = parse_expr(tokenize(s), 0)
        return str(v)
    except ZeroDivisionError as e:
        return "math error: " + str(e)
    except (ValueError, IndexError) as e:
        return f"{type(e).__name__}: {e}"

for s in ["1+2*3", "(4+5)*2", "8/(3-3)", "2*(3+4", "7 $ 2", "", "10/3", "((2))"]:
    print(repr(s), "=>", evaluate(s))
