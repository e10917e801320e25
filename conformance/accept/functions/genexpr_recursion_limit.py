# fuzz-findings 007 (a wrong answer with status 0 before the fix): CPython 3.11 counts the C
# call of sum as a recursion level while the module's code is not yet specialised (it runs
# once), and the <genexpr> frame it resumes above it: at i = 997 the recursion reaches the
# limit. RecursionError, status 1.
def down(n):
    if n == 0:
        return 0
    return 1 + down(n - 1)


print(sum(down(i) for i in range(998 - 40, 998)))
