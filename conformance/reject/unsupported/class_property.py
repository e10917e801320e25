# Method decorators (@property, @staticmethod, @classmethod) are not compiled yet.
class Circle:
    def __init__(self, r):
        self.r = r

    @property  # expect-error: unsupported
    def area(self):
        return 3.14159 * self.r * self.r


print(Circle(2).area)
