# A subclass's class attribute hides the base's method: calling it is not compiled.
class Base:
    def size(self):
        return 10

class Sub(Base):
    size = 5

print(Sub().size())  # expect-error: unsupported
