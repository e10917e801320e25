import math


class Node:
    def __init__(self, val, next=None):
        self.val = val
        self.next = next


def build(xs):
    head = None
    for x in reversed_list(xs):
        head = Node(x, head)
    return head


def reversed_list(xs):
    return xs[::-1]


def to_list(node):
    out = []
    while node is not None:
        out = out + [node.val]
        node = node.next
    return out


h = build([1, 2, 3, 4])
print(to_list(h), h.val, h.next.val, h.next.next.next.next)


class Shape:
    def __init__(self, name):
        self.name = name

    def describe(self):
        return f"{self.name} with area {self.area():.2f}"


class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r

    def area(self):
        return math.pi * self.r ** 2


class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h


shapes = [Circle(1.0), Rect(2, 3), Circle(0.5)]
for s in shapes:
    print(s.describe(), s.area(), isinstance(s, Circle), isinstance(s, Shape), s.name)
print(sum(s.area() for s in shapes))
print(sorted(s.area() for s in shapes))
try:
    print(shapes[1].r)
except AttributeError as e:
    print(e)
