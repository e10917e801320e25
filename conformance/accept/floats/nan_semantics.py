# Infinities and NaN through %, //, min/max, sorted and sum: results follow CPython's exact
# algorithms (NaN compares false, so the order of operands and of the sort matters).
inf = float("inf")
nan = inf - inf
print(5.0 % inf, -5.0 % inf, 5.0 % -inf, 5.0 // inf, -5.0 // inf)
print(inf * 0.0, -inf + inf, 0.0 * -1.0, inf / inf, 1.0 / inf, -1.0 / inf)
print(sorted([3.0, nan, 1.0, 2.0]), sorted([nan, 3.0, 1.0]), min([2.0, nan, 1.0]),
      max([nan, 1.0, 2.0]))
print(max(nan, 1.0), max(1.0, nan), min(nan, 1.0), min(1.0, nan))
print(round(0.5 + 2 ** -54), int(-0.5), str(int(-0.9)), round(-0.4), round(-0.0, 1), round(0.0),
      round(-0.5, 0))
print(abs(-inf), abs(nan), -nan, nan == nan, nan != nan)
print(sum([inf, -inf]), sum([1e308, 1e308]), sum([0.0, -0.0]), sum([-0.0, -0.0]), sum([-0.0]))
xs = [5.0, -0.0, 0.0, -0.0, 2.0, 0.0, -0.0]
print(sorted(xs), sorted(xs[::-1]))
