def best(xs):
    return max(xs, key=len)
print(best(["a"]))
print(best([]))
