def deep(n):
    if n == 0:
        return 0
    return sorted([n], key=lambda x: deep(x - 1))[0]
print(deep(10))
print(deep(400))
