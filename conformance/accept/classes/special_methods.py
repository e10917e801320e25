class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    def __neg__(self):
        return Vec(-self.x, -self.y)

    def __eq__(self, other):
        return self.x == other.x and self.y == other.y

    def __hash__(self):
        return hash((self.x, self.y))

    def __lt__(self, other):
        return (self.x, self.y) < (other.x, other.y)

    def __len__(self):
        return 2

    def __getitem__(self, i):
        return (self.x, self.y)[i]

    def __contains__(self, v):
        return v == self.x or v == self.y

    def __repr__(self):
        return "Vec(%r, %r)" % (self.x, self.y)


a = Vec(1, 2)
b = Vec(3, 5)
print(a + b, a - b, a * 3, -a, a == Vec(1, 2), a != b, a < b, b < a, a > b, b > a)
print(len(a), a[0], a[1], 2 in a, 7 in a, bool(a))
vs = [Vec(3, 1), Vec(1, 2), Vec(2, 0), Vec(1, 1)]
print(sorted(vs))
print(min(vs), max(vs))
print(sorted(vs, key=lambda v: v.y))
s = {Vec(1, 2), Vec(1, 2), Vec(0, 0)}
print(len(s), Vec(0, 0) in s, Vec(5, 5) in s)
d = {Vec(1, 2): "a", Vec(3, 4): "b"}
print(d[Vec(3, 4)], Vec(1, 2) in d)
print(vs.index(Vec(2, 0)), Vec(1, 1) in vs, vs.count(Vec(1, 2)))
total = Vec(0, 0)
for v in vs:
    total = total + v
print(total)


class Plain:
    def __init__(self, n):
        self.n = n


p = Plain(1)
q = Plain(1)
print(p == q, p == p, p != q, [p] == [p], len({p, q, p}))
if p:
    print("truthy")
print(hash(p) == hash(p))
