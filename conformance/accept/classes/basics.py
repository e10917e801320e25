class Point:
    """A point."""
    dims = 2

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm2(self):
        return self.x * self.x + self.y * self.y

    def moved(self, dx, dy=0):
        return Point(self.x + dx, self.y + dy)

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


class Point3(Point):
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

    def norm2(self):
        return super().norm2() + self.z * self.z

    def __str__(self):
        return "<" + str(self.x) + "," + str(self.y) + "," + str(self.z) + ">"


p = Point(3, 4)
print(p.x, p.y, p.norm2(), p.dims, Point.dims)
q = p.moved(1)
print(q, repr(q), [p, q], (p,))
r = Point3(1, 2, 3)
print(r.norm2(), r, [r], f"{r}", f"{r!r}")
print(isinstance(r, Point), isinstance(p, Point3), type(r).__name__)
pts = [Point(i, i * 2) for i in range(4)]
print(sum(pt.norm2() for pt in pts))
print(Point(1.5, 2).norm2())
try:
    print(p.z)
except AttributeError as e:
    print("AttributeError:", e)
