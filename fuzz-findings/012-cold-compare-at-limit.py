# Found by the session 5 divergence hunt (wrong answer, status 0, at the recursion limit):
# CPython 3.11 specialises a comparison that feeds a jump (COMPARE_OP_INT_JUMP, _FLOAT_JUMP,
# _STR_JUMP: no recursion check) only once its code has warmed up (8 entries and loop
# iterations); in cold code the generic comparison checks "in comparison" one level down.
# pyforac models the warm case only. An emulation with the warm-up counters (a check made
# only while cold) was written and removed: it put a warm-up count at the entry of nearly
# every function and stopped the recursion passes from copying base cases (the
# InlineSelfCalls unit tests failed for fib); it needs those passes to accept warm-up
# operations first.
def is_small(x):
    if x < 3:
        return 1
    return 0


def down(n, k):
    return is_small(k) if n == 0 else down(n - 1, k)


print(down(997, 5))
