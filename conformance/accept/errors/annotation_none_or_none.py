# A def's annotations run when the def runs: `None | None` is a TypeError there.
def pick(x: int | None = None) -> int:
    return 0 if x is None else x


print(pick(), pick(4))


def broken(x: None | None) -> int:
    return 1


print("not reached")
