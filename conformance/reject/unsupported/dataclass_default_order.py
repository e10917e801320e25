# A field without a default after one with a default: CPython's TypeError when the class is
# made; rejected.
from dataclasses import dataclass


@dataclass
class Pair:  # expect-error: unsupported
    a: int = 0
    b: int


print(Pair(b=1))
