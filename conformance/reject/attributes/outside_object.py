class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


def shifted(p, dx):
    p.x = p.x + dx  # expect-error: attribute-assignment
    return p


print(shifted(Point(1, 2), 3))
