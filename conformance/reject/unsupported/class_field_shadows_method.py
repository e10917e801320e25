# An instance field named like a method hides it only once assigned: not compiled.
class Box:  # expect-error: unsupported
    def __init__(self):
        self.size = 3
    def size(self):
        return 42

b = Box()
print(b.size)
print(b.size())
