# A subclass whose __init__ does not call its base's leaves the base's field unset: reading it
# is an AttributeError.
class Base:
    def __init__(self):
        self.a = 1

class Child(Base):
    def __init__(self):
        self.b = 2

c = Child()
print(c.a)
print("after")
