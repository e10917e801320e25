# @dataclass(order=True) (the generated ordering methods) is not compiled yet.
from dataclasses import dataclass


@dataclass(order=True)  # expect-error: unsupported
class Version:
    major: int
    minor: int


print(sorted([Version(1, 2), Version(1, 0)]))
