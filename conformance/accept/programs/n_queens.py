# N-queens by recursion on immutable lists of column positions.
def safe(queens, col):
    row = len(queens)
    for r in range(row):
        c = queens[r]
        if c == col or abs(c - col) == row - r:
            return False
    return True


def solve(n, queens):
    if len(queens) == n:
        return [queens]
    solutions = []
    for col in range(n):
        if safe(queens, col):
            solutions = solutions + solve(n, queens + [col])
    return solutions


def board(queens):
    n = len(queens)
    return "\n".join(["".join(["Q" if queens[r] == c else "." for c in range(n)])
                      for r in range(n)])


for n in range(1, 9):
    print(n, len(solve(n, [])))
first = solve(6, [])[0]
print(first)
print(board(first))
