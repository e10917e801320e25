# typing.List takes one argument: CPython raises TypeError ("Too many arguments for
# typing.List; actual 2, expected 1") when the def runs. pyforac rejects the annotation.
from typing import List


def first(xs: List[int, str]) -> int:  # expect-error: unsupported
    return xs[0]


print(first([1]))
