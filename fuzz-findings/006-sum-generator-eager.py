# Found by the parallel divergence hunt (session 4), also without any parallelism
# (PYFORAC_THREADS=1, --no-parallel): sum() of a generator expression builds the whole list
# before folding, so the elements after the one whose addition raises are still evaluated.
# CPython prints 0, then TypeError: unsupported operand type(s) for +: 'int' and 'str'.
# pyforac prints 0, 1, 2, then the same TypeError (status 1 both).
def f(i):
    print(i)
    return "x" if i == 0 else i

print(sum(f(i) for i in range(3)))
