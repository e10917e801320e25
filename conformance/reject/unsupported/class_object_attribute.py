# The attributes every object has (__eq__, __dict__, __doc__, ...) are not compiled yet.
class V:
    def __init__(self, x):
        self.x = x
    def __str__(self):
        return "s"

a = V(1)
print(a.__ne__(a))  # expect-error: unsupported
print(a.__eq__(a))  # expect-error: unsupported
print(a.__dict__)  # expect-error: unsupported
print(a.__doc__)  # expect-error: unsupported
print(a.__format__(""))  # expect-error: unsupported
