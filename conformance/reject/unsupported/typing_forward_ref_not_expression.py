# In a typing generic a str is a forward reference, compiled when the def runs: "my item" is
# not an expression (CPython: SyntaxError: Forward reference must be an expression).
from typing import List


def first(xs: List["my item"]) -> int:  # expect-error: unsupported
    return 0


print(first([]))
