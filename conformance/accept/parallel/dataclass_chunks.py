# Frozen dataclass instances made in a comprehension split across workers and ranks.
from dataclasses import dataclass


@dataclass(frozen=True)
class P:
    i: int
    v: float


def work(n):
    t = 0.0
    for k in range(n):
        t += (k % 7) * 0.5
    return t


ps = [P(i, work(2000)) for i in range(2000)]
print(len(ps), ps[3], sum(p.v for p in ps))
