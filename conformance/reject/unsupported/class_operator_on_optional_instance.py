# Operators on a value that may be an instance or None, whose class defines them: not compiled.
import sys

class L:
    def __add__(self, o):
        return 1
    def __len__(self):
        return 2
    def __getitem__(self, i):
        return 3
    def __neg__(self):
        return 4
    def __abs__(self):
        return "abs"

x = L() if sys.argv else None
print(x + L())  # expect-error: unsupported
print(len(x))  # expect-error: unsupported
print(x[0])  # expect-error: unsupported
print(-x)  # expect-error: unsupported
print(abs(x))  # expect-error: unsupported
