# Found by the parallel divergence hunt (session 4), also sequential (--no-parallel): a WRONG
# ANSWER WITH STATUS 0. CPython 3.11 counts the C call of a builtin (sum here) as a recursion
# level (cfunction vectorcall's _Py_EnterRecursiveCall), and the <genexpr> frame it resumes
# above it: at i = 997 the recursion reaches the limit. CPython: RecursionError: maximum
# recursion depth exceeded (status 1). pyforac builds the generator's list in a <genexpr>
# frame before calling sum, one level lower: it prints 39100 and exits 0.
# Fix: a generator expression consumed by a builtin (sum, min, max, any, all, sorted, list,
# tuple, ...) must push its frame one level deeper (inside the builtin's C call).
def down(n):
    if n == 0:
        return 0
    return 1 + down(n - 1)


print(sum(down(i) for i in range(998 - 40, 998)))
