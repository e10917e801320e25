# List literals, indexing (incl. negative) and len().
xs = [10, 20, 30, 40, 50]
print(xs, len(xs), xs[0], xs[4], xs[-1], xs[-5])
empty = []
print(empty, len(empty))
words = ["alpha", "beta", "gamma"]
print(words[1], words[-1][0], len(words[2]))
grid = [[1, 2, 3], [4, 5, 6]]
print(grid, grid[1], grid[1][2], grid[-1][-3], len(grid), len(grid[0]))
floats = [0.5, 1.5, -2.25]
print(floats, floats[2] * 2)
i = 0
while i < len(xs):
    print(i, xs[i], xs[-1 - i])
    i += 2
