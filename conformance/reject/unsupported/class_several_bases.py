# Multiple inheritance (the C3 MRO) is not compiled yet.
class A:
    def who(self):
        return "A"


class B:
    def who(self):
        return "B"


class C(A, B):  # expect-error: unsupported
    pass


print(C().who())
