# in / not in on lists of ints, floats and strings.
primes = [2, 3, 5, 7, 11, 13]
for n in range(1, 15):
    print(n, n in primes, n not in primes)
colors = ["red", "green", "blue"]
print("green" in colors, "Green" in colors, "" in colors, "blue" not in colors)
print(1.0 in [1, 2], 2 in [1.0, 2.0], 0.3 in [0.1 + 0.2])
print(3 in [], 5 in [5], "" in ["", "x"])
