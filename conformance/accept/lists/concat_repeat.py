# + and * build new lists.
a = [1, 2, 3]
b = [4, 5]
c = a + b
print(c, a, b, len(c))
print([0] * 5, [1, 2] * 3, [] * 10, [7] * 0, 3 * ["x"])
zeros = [[0] * 3] * 2
print(zeros)
words = ["hi"] + ["there"] + []
print(words, words + words)
xs = []
for i in range(5):
    xs = xs + [i * i]
print(xs)
ys = [1.5] * 4 + [2.5]
print(ys, sum(ys))
