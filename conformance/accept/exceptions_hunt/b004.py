# From a try/except divergence hunt: a program in the style of users' code.
def check(x):
    if x < 0:
        raise ValueError("negative", x)
    return x

def outer(xs):
    total = 0
    for x in xs:
        try:
            total = total + check(x)
        except ValueError:
            print("re-raising")
            raise
    return total

print(outer([1, 2]))
print(outer([1, -2, 3]))
