# A list repeated by None from a union: CPython's message names NoneType.
def n(i):
    if i == 0:
        return None
    return i


print([0] * n(2))
print(n(0) * [0])
