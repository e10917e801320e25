# List comprehensions: plain, filtered, nested, with conditional expressions.
squares = [x * x for x in range(10)]
print(squares)
evens = [x for x in range(20) if x % 2 == 0]
print(evens)
pairs = [(i, j) for i in range(3) for j in range(3) if i != j]
print(pairs)
table = [[i * j for j in range(1, 5)] for i in range(1, 4)]
print(table)
signs = ["neg" if x < 0 else "zero" if x == 0 else "pos" for x in [-2, 0, 3]]
print(signs)
flat = [v for row in table for v in row if v % 2 == 1]
print(flat)
lengths = [len(w) for w in ["a", "bb", "", "dddd"]]
print(lengths, sum(lengths))
halves = [n / 2 for n in squares if n > 10]
print(halves)
print([x + y for x, y in zip([1, 2, 3], [10, 20, 30])])
print([i * c for i, c in enumerate([5, 6, 7])])
print([[c for c in range(r)] for r in range(4)])
