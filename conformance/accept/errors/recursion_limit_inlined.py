# RecursionError through a function the compiler inlines into itself one level deep.
def spin(n, step):
    if n == 0:
        return 0
    return spin(n - step, step) + 1


print(spin(10, 1))
print(spin(990, 1))
print(spin(2000, 1))
