# A small recursive function is inlined into itself (its base case copied into its calls):
# near the recursion limit it must still raise in the frame and at the line CPython does,
# for small ints (the call raises) and for big ones (the comparison raises).
def down(n):
    if n < 0:
        return 0
    return down(n + 1) + 1


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(20), fib(2 ** 31 - 2 ** 31 + 15))
print(down(2 ** 31))
