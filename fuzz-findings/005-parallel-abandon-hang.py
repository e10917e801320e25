# Found by the parallel divergence hunt (session 4): element 0 raises, and elements >= 101
# would loop forever (steps(0)), which sequential execution never reaches.
# CPython: ZeroDivisionError at once (status 1).
# pyforac with >= 2 threads or ranks (PYFORAC_THREADS=3 PYFORAC_STEAL_ALL=1, mpirun -n 2): the
# right half of the split comprehension is stolen; the owner's abandon waits for the thief,
# which never ends: a hang. Needs abandoning without waiting (a heap ticket the thief writes
# instead of the owner's frame) or cancellation polled in loops.
def steps(n):
    s = 0
    while n != 1:
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        s = s + 1
    return s

print([steps(100 // i) for i in range(200)])
