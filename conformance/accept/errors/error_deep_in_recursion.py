# A runtime error raised deep in recursion: repeated traceback lines are collapsed.
def walk(xs, n):
    if n == 0:
        return xs[n + 10]
    return walk(xs, n - 1) + 1


print(walk([1, 2, 3], 3))
print(walk(list(range(5)), 40))
