# Found in session 5 while adding CPython 3.11's warm-up emulation (a code object's calls
# count one more C level toward the recursion limit until it has had 8 entries and loop
# iterations): with work stealing the warm-up events of parallel pieces happen in another
# order than sequentially. Here the module's second call of tree runs beside the first; when
# a thief takes it (PYFORAC_THREADS=3 PYFORAC_STEAL_ALL=1), tree has not yet been entered 7
# times, so its sum() of a generator counts a C level that CPython (where the 7 entries come
# first) does not: RecursionError instead of 996 (status 1 instead of 0). Sequential runs
# (1 thread, --no-parallel) are exact. Matters only at the recursion limit, in code entered
# fewer than 8 times while parallel pieces run. Fix needs warm-up state that follows the
# sequential order (or no spawn while a code object that a spawned piece uses is cold).
def down(n):
    if n == 0:
        return 0
    return 1 + down(n - 1)


def tree(k, d):
    if k == 0:
        return sum(down(i) for i in [d])
    return tree(k - 1, d) + tree(k - 1, d)


print(tree(2, 5))
print(tree(0, 996))
