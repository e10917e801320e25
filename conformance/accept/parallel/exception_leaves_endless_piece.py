# fuzz-findings 005 (a hang before the fix): element 0 raises, and the elements from 101 on
# would loop forever (steps(0)), which sequential execution never reaches. CPython:
# ZeroDivisionError at once (status 1). On several threads or ranks the right half of the
# split comprehension is stolen and never ends: the owner leaves it to its thief (a ticket)
# instead of waiting, and the exit protocol ends the ranks still running such a piece.
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
