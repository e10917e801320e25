# dataclasses.field() (factories, per-field options) is not compiled yet.
from dataclasses import dataclass, field  # expect-error: unsupported


@dataclass(frozen=True)
class Bag:
    items: tuple = ()


print(Bag())
