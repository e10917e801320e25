# An error raised while a comprehension is being built: nothing of it is printed.
def inverse(x):
    return 1 / x


print([inverse(x) for x in [4, 2, 1]])
print([inverse(x) for x in [3, 2, 1, 0, -1]])
