# `in` on a list compares by identity first: the very same NaN object is found, while an
# equal-looking NaN computed separately is not.
nan = float("inf") - float("inf")
values = [1.0, nan, 2.0]
print(nan in values, nan in [nan], float("nan") in values, 1.0 in values)
