# CPython 3.11: exit 1, last stderr line:
#   TypeError: unsupported operand type(s) for +=: 'NoneType' and 'int'
# pyforac:      exit 1, last stderr line (frames match):
#   TypeError: unsupported operand type(s) for +: 'NoneType' and 'int'
# Same for every augmented operator: -= *= //= %= &= ("for -:" etc. instead of "for -=:"),
# **= (pyforac prints "for ** or pow():", CPython "for **=:"), and `s = 0; s += m(0)`
# ("+: 'int' and 'NoneType'" vs "+=: 'int' and 'NoneType'").
# --box-unions: same wrong message; also with a plain None variable (`y = None; y += 1`),
# no union involved: OLD bug.
def m(i):
    if i == 0:
        return None
    return i
y = m(0)
y += 1
