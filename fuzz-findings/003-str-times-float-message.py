# CPython 3.11: exit 1, last stderr line:
#   TypeError: can't multiply sequence by non-int of type 'float'
# pyforac:      exit 1, last stderr line:
#   TypeError: unsupported operand type(s) for *: 'str' and 'float'
# --box-unions shows the same wrong message: OLD bug.
def n(i):
    if i == 0:
        return 2.0
    return i
print("ab" * n(0))
