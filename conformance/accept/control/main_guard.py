# The idiomatic script entry point: __name__ is "__main__" when the file runs as a program.
from __future__ import annotations

from typing import List


def squares(n: int) -> List[int]:
    return [i * i for i in range(n)]


def main() -> None:
    xs = squares(6)
    print(xs, sum(xs))
    print(__name__)


if __name__ == "__main__":
    main()
else:
    print("imported")
