# Same family as 01/02, for str and tuple subscripts with a None/float member of a union.
# CPython 3.11 (last stderr line, exit 1):
#   line 9:  TypeError: string indices must be integers, not 'NoneType'
#   (for "abc"[n(1)]:  TypeError: string indices must be integers, not 'float')
#   (for (1, 2)[n(0)]: TypeError: tuple indices must be integers or slices, not NoneType)
#   (for (1, 2)[n(1)]: TypeError: tuple indices must be integers or slices, not float)
# pyforac (exit 1, same File/line frames):
#   TypeError: 'NoneType' object cannot be interpreted as an integer   (resp. 'float' object ...)
# --box-unions: same wrong messages: OLD bug.
def n(i):
    if i == 0:
        return None
    if i == 1:
        return 1.5
    return i
print("abc"[n(0)])
