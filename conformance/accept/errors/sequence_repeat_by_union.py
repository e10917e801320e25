# A sequence repeated by a union that holds a float: CPython's "can't multiply sequence by
# non-int" (was "unsupported operand type(s) for *"; found by a divergence hunt).
def n(i):
    if i == 0:
        return 2.0
    return i


print("ab" * n(3), n(1) * [0], (1,) * n(2))
print("ab" * n(0))
