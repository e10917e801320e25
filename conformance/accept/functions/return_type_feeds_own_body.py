# A function's later `return` widens its result type, which an earlier `return` of an empty
# display reads: the body is analysed again (was an internal compiler error, found by
# prog-fuzz seed 1011).
def v(x):
    pass


def build(n, x):
    if n > 0:
        return [0 for _ in range(n) if x]
    return [v(0)]


print(build(2, 1), build(0, 1), build(3, 0))
