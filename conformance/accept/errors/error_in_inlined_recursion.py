# Errors raised inside a recursive function's body that the compiler inlines into itself.
def down(n, k):
    if n < 3:
        return 100 // (n - k)
    return down(n - 1, k) + 1


print(down(10, 0), down(5, 1))
print(down(8, 2))
