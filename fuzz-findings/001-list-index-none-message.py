# CPython 3.11: exit 1, last stderr line:
#   TypeError: list indices must be integers or slices, not NoneType
# pyforac:      exit 1, last stderr line:
#   TypeError: 'NoneType' object cannot be interpreted as an integer
# (traceback File/line frames match; 1 and 2 ranks identical)
# --box-unions shows the same wrong message: OLD bug (not introduced by register unions).
def n(i):
    if i == 0:
        return None
    return i
print([10, 20][n(0)])
