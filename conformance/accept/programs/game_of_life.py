# Conway's Game of Life on a small torus; each generation is a new list of lists.
def neighbours(grid, r, c):
    rows = len(grid)
    cols = len(grid[0])
    total = 0
    for dr in [-1, 0, 1]:
        for dc in [-1, 0, 1]:
            if dr != 0 or dc != 0:
                total += grid[(r + dr) % rows][(c + dc) % cols]
    return total


def step(grid):
    return [[1 if (grid[r][c] == 1 and neighbours(grid, r, c) in [2, 3])
             or (grid[r][c] == 0 and neighbours(grid, r, c) == 3) else 0
             for c in range(len(grid[0]))] for r in range(len(grid))]


def show(grid):
    return "\n".join(["".join(["#" if v == 1 else "." for v in row]) for row in grid])


def parse(pattern):
    return [[1 if row[c] == "#" else 0 for c in range(len(row))] for row in pattern]


g = parse([".#......", "..#.....", "###....."] + ["........"] * 5)
for gen in range(5):
    print("generation", gen, "alive", sum([sum(row) for row in g]))
    print(show(g))
    g = step(g)
for _ in range(27):
    g = step(g)
print("after 32 generations:", sum([sum(row) for row in g]))
print(show(g))
