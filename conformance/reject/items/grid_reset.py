def empty_grid(rows, cols):
    return [[1] * cols for _ in range(rows)]


def clear_diagonal(grid):
    for i in range(len(grid)):
        grid[i][i] = 0  # expect-error: item-assignment
    return grid


print(clear_diagonal(empty_grid(3, 3)))
