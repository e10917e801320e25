def clamp(x, lo, hi)  # expect-error: syntax
    return max(lo, min(x, hi))


print(clamp(5, 0, 3))
