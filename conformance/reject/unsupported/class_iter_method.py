# A special method pyforac does not call where CPython does (iteration) rejects the class.
class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):  # expect-error: unsupported
        return iter(range(self.n, 0, -1))


print(list(Countdown(3)))
