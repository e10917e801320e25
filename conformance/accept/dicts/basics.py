# Dict displays, lookups, membership, len, equality, printing.
ages = {"ann": 31, "bob": 25, "cy": 40}
print(ages, len(ages), ages["bob"], "ann" in ages, "zed" in ages, "zed" not in ages)
print({}, {1: "one", 2.5: "two and a half", None: "nothing", (1, 2): "pair"})
print({1: "a", 1.0: "b", True: "c"}, {0: 1, False: 2, 0.0: 3})
print({"x": [1, 2], "y": []}, {"k": {"inner": 1}}, {"q": (1, "a")})
print(ages == {"cy": 40, "bob": 25, "ann": 31}, ages != {"ann": 31}, {} == {}, {1: 1} == {1.0: 1.0})
print(str(ages), repr({"a": "b'c"}), f"{ages}", len({}))
empty = {}
print(bool(empty), bool(ages), "yes" if ages else "no", not empty)
grid = {(r, c): r * 3 + c for r in range(2) for c in range(3)}
print(grid[(1, 2)], grid[0, 1], len(grid))
print({-1: "m", 2 ** 40: "big", -0.0: "zero"})
