# A dataclass defining its own __init__ is not compiled yet.
from dataclasses import dataclass


@dataclass(frozen=True)
class Money:  # expect-error: unsupported
    cents: int

    def __init__(self, dollars):
        self.cents = dollars * 100


print(Money(3))
