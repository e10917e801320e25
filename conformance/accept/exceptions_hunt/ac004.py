# From a try/except divergence hunt: a program in the style of users' code.
def f(i):
    if i == 777:
        raise KeyError("seven")
    return i

def g(i):
    if i == 1500:
        raise IndexError("fifteen")
    return i

try:
    a = [f(i) + g(3000 - i) for i in range(3000)]
except LookupError as e:
    print(type(e).__name__, e)
b = {i: g(i) for i in range(2000)}
