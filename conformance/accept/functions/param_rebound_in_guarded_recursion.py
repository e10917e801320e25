# A recursive function with a parameter rebound to a wider type (list[float] -> list[int]) and
# CPython's comparison checks: the recursion guard hands the argument over before the body
# converts it (was an internal compiler error, found by prog-fuzz seed 1007).
def rec(n, xs, k):
    if n > 0:
        rec(n - 1, [0.5, 1.5], [i for i in range(n) if i == 2])
    xs = [len(str(x)) for x in xs]
    print(n, xs, k)
    return len(xs)


print(rec(3, [], 0))
