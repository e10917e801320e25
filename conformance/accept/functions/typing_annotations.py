# Annotations written with the typing module's generics, evaluated when each def runs as
# CPython does (they cannot fail here), and TYPE_CHECKING, which is False at run time.
import typing
from typing import Dict, List, Optional, Tuple, Union, Callable, Sequence, TYPE_CHECKING

if TYPE_CHECKING:
    print("never")


def mean(xs: List[float]) -> Optional[float]:
    if len(xs) == 0:
        return None
    return sum(xs) / len(xs)


def pairs(n: int) -> List[Tuple[int, str]]:
    return [(i, str(i)) for i in range(n)]


def pick(xs: Sequence[int], k: Union[int, None] = None) -> int:
    return xs[k if k is not None else 0]


def apply(f: Callable[[int], int], x: int) -> typing.Optional[int]:
    return x + 1


def double(x: int) -> int:
    return 2 * x


counts: List[Dict[str, int]] = []
print(mean([1.0, 2.0, 4.5]), mean([]))
print(pairs(3))
print(pick([5, 6, 7]), pick((8, 9), 1))
print(apply(double(1), 3), counts, TYPE_CHECKING, typing.TYPE_CHECKING)
