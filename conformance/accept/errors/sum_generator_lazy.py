# fuzz-findings 006: sum() folds each element of a generator as it is yielded, so the
# elements after the one whose addition raises are never computed: CPython prints 0, then
# TypeError: unsupported operand type(s) for +: 'int' and 'str' (pyforac printed 0, 1, 2).
def f(i):
    print(i)
    return "x" if i == 0 else i

print(sum(f(i) for i in range(3)))
