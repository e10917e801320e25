# Same family as 03: list/tuple/str repetition by a None or float member of a union.
# CPython 3.11: TypeError: can't multiply sequence by non-int of type 'NoneType'
# pyforac:      TypeError: unsupported operand type(s) for *: 'list' and 'NoneType'
# Also: n(1) * [0]   CPython "can't multiply sequence by non-int of type 'float'",
#       pyforac "unsupported operand type(s) for *: 'float' and 'list'";
#       n(0) * "x", (1,) * n(1) likewise.
# --box-unions: same wrong messages: OLD bug.
def n(i):
    if i == 0:
        return None
    if i == 1:
        return 1.5
    return i
print([0] * n(0))
