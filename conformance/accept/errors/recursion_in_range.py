# CPython's range() compares its step with 0 to size itself: in a frame at the recursion limit
# that comparison raises RecursionError "in comparison" before the next call does.
def walk(n, acc):
    total = 0
    for i in range(2):
        total += i
    return walk(n + 1, acc + total)


print(walk(0, 0))
