# Names imported from typing are accepted in annotations; as values (here a typing object
# printed, which CPython shows as "typing.List") they are rejected.
from typing import List


def total(xs: List[int]) -> int:
    return sum(xs)


print(total([1, 2]), List)  # expect-error: unsupported
