# From a try/except divergence hunt: a program in the style of users' code.
def items(n):
    if n > 2:
        raise ValueError("too many")
    return list(range(n))

for k in [1, 2, 3]:
    try:
        for x in items(k):
            print(k, x)
        else:
            print("loop else", k)
    except ValueError as e:
        print("iter error", e)
for x in items(5):
    print(x)
