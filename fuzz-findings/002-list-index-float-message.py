# CPython 3.11: exit 1, last stderr line:
#   TypeError: list indices must be integers or slices, not float
# pyforac:      exit 1, last stderr line:
#   TypeError: 'float' object cannot be interpreted as an integer
# --box-unions shows the same wrong message: OLD bug.
def n(i):
    if i == 0:
        return 1.5
    return i
print([10, 20][n(0)])
