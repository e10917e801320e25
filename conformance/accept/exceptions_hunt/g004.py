# From a try/except divergence hunt: a program in the style of users' code.
def search(grid, target):
    r = 0
    while r < len(grid):
        c = 0
        try:
            while c < len(grid[r]):
                if grid[r][c] == target:
                    raise LookupError((r, c))
                c = c + 1
        except LookupError as hit:
            return hit.args[0]
        finally:
            r = r + 1
    return None

g = [[1, 2], [3, 4, 5], [6]]
print(search(g, 5), search(g, 6), search(g, 9))
