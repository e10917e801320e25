def patch(samples, start, replacement):
    fixed = list(samples)
    fixed[start:start + len(replacement)] = replacement  # expect-error: slice-assignment
    return fixed


print(patch([1, 2, 3, 4, 5], 1, [0, 0]))
