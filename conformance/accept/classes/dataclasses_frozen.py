from dataclasses import dataclass


@dataclass(frozen=True)
class Point:
    x: float
    y: float = 0.0

    def norm2(self):
        return self.x * self.x + self.y * self.y

    def shifted(self, dx):
        return Point(self.x + dx, self.y)


@dataclass(frozen=True)
class Segment:
    a: Point
    b: Point
    label: str = "seg"


@dataclass
class Item:
    name: str
    qty: int = 1


p = Point(3.0, 4.0)
q = Point(3.0, y=4.0)
print(p, q, p == q, p != q, hash(p) == hash(q), p.norm2(), Point(1.5))
print(repr(p), str(p), [p, Point(0.0)], {p: "home"}[q])
s = Segment(p, p.shifted(1.0))
print(s, s.b.x, s == Segment(Point(3.0, 4.0), Point(4.0, 4.0)))
print(len({p, q, Point(0.0, 0.0)}))
it = Item("apple")
print(it, Item("pear", qty=3), it == Item("apple", 1), it == Item("apple", 2))
try:
    hash(it)
except TypeError as e:
    print("TypeError:", e)
print(sorted([Point(2.0), Point(1.0, 5.0)], key=lambda t: t.x))
print(Point.y, p.y)
