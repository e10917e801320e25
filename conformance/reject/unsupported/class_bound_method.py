# A method taken as a value (a bound method) is not compiled yet.
class Counter:
    def __init__(self, start):
        self.start = start

    def next(self):
        return Counter(self.start + 1)


c = Counter(1)
step = c.next  # expect-error: unsupported
print(step().start)  # expect-error: unsupported
