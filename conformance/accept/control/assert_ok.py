# Assertions that hold do nothing.
def checked_sqrt_floor(n):
    assert n >= 0, "n must be non-negative"
    r = 0
    while (r + 1) * (r + 1) <= n:
        r += 1
    assert r * r <= n < (r + 1) * (r + 1)
    return r


for n in [0, 1, 15, 16, 17, 1000000]:
    print(n, checked_sqrt_floor(n))
assert len("abc") == 3
assert [1, 2][-1] == 2, "indexing"
print("all assertions passed")
