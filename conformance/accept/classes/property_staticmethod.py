import math


class Circle:
    count_label = "circles"

    def __init__(self, r):
        self.r = r

    @property
    def area(self):
        return math.pi * self.r ** 2

    @property
    def diameter(self):
        return 2 * self.r

    @staticmethod
    def unit():
        return Circle(1.0)

    @staticmethod
    def parse(text):
        return Circle(float(text.strip()))

    def scaled(self, k):
        return Circle(self.r * k)


class Square:
    def __init__(self, side):
        self.side = side

    @property
    def area(self):
        return self.side * self.side


c = Circle(2.0)
print(c.area, c.diameter, Circle.unit().r, Circle.parse(" 3.5 ").area, c.unit().diameter)
print(c.scaled(3).area > c.area, round(c.scaled(0.5).area, 4))
shapes = [Circle(1.5), Square(3), Circle.unit()]
print([s.area for s in shapes], [s.area > 5 for s in shapes])
print(max(s.area for s in shapes))
