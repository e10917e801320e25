# What the operations make of special methods' results: a negative __len__ is a ValueError,
# hash() turns a __hash__ of -1 into -2, a subclass's reflected comparison goes first, str()
# of an exception holding an instance uses its __str__, a subclass defining __eq__ alone is
# unhashable, and a __str__ that always raises.
class Bag:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


class H:
    def __hash__(self):
        return -1


class Base:
    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        return self.v == o.v

    def __lt__(self, o):
        return self.v < o.v

    def __hash__(self):
        return hash(self.v)


class Derived(Base):
    def __eq__(self, o):
        return False

    def __gt__(self, o):
        return True


class Order:
    def __init__(self, oid):
        self.oid = oid

    def __str__(self):
        return f"order #{self.oid}"

    def __repr__(self):
        return f"Order({self.oid})"


class Bad:
    def __str__(self):
        raise RuntimeError("boom")


print(len(Bag(3)), bool(Bag(0)), hash(H()), hash(Base(7)) == hash(7))
b, d = Base(1), Derived(1)
print(b == d, b < d, d == b, b == Base(1))
print(str(ValueError(Order(2))), repr(ValueError(Order(2))), [Order(3)])
try:
    hash(d)
except TypeError as e:
    print("TypeError:", e)
try:
    len(Bag(-1))
except ValueError as e:
    print("ValueError:", e)
try:
    print("before", Bad())
except RuntimeError as e:
    print("\nRuntimeError:", e)
raise ValueError(Order(4))
