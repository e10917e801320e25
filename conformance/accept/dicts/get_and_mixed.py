# d.get with and without defaults; dicts whose values have several types.
prices = {"tea": 2.5, "cake": 4.0}
print(prices.get("tea"), prices.get("coffee"), prices.get("coffee", 0.0), prices.get("cake", 1))
mixed = {"n": 1, "s": "one", "f": 1.5, "l": [1], "none": None}
print(mixed, mixed["s"], mixed["l"], mixed.get("none"), mixed.get("zz", "dflt"))
for k in mixed:
    print(k, mixed[k])
ints = {"a": 1}
floats = {"b": 2.5}
both = ints | floats
print(both, both["a"] + both["b"], sorted(both.values()))
opt = {"x": 1, "y": None}
print([opt.get(k) for k in ["x", "y", "z"]], [opt.get(k, -1) for k in "xyz"])
