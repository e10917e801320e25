# From a try/except divergence hunt: a program in the style of users' code.
def check(a, b):
    if a > b:
        raise ValueError(
            "a must not exceed b",
            a,
            b,
        )
    return b - a

print(check(1, 2))
check(
    5,
    3,
)
