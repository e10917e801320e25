# Chained comparisons whose operands are str, list or tuple values (variables, literals and
# call results): each operand is evaluated once and released once. Found by random programs:
# the middle operand was released twice, and later lists printed another list's contents.
xs = list(range(3))
print([] < xs < [5])
ys = list(range(3, 6))
print(xs, ys)


def make(n):
    return list(range(n))


def words(s):
    return s + "!"


a = "apple"
b = "banana"
print(a < b < "cherry", a < words(b) <= words(b) < "z", "b" < a < "c")
print(make(2) < make(3) < make(4) <= make(4), (1, 2) < (1, 3) < (2,) > (1, 9))
t = (1, "x")
u = (1, "y")
print(t < u < (2, "a"), t == t < u, u > t > (0, "z") > (0, "a"))
for i in range(4):
    print(i, [] < make(i) < [0, 1], "a" <= words(a[:i]) < "b")
nested = [[1], [2], [3]]
print(nested[0] < nested[1] < nested[2], nested)
print(xs, ys, a, b, t, u)
