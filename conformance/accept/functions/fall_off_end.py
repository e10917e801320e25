# A function that returns a value on some paths and falls off the end (or returns bare) on
# others returns None there (was an internal compiler error).


def first_positive(xs):
    for x in xs:
        if x > 0:
            return x


def sign_word(x):
    if x > 0:
        return "positive"
    elif x < 0:
        return "negative"


def countdown(n):
    while n > 0:
        if n == 3:
            return n * 10
        n -= 1


def maybe(x):
    if x:
        return 1
    return


def half(n):
    if n % 2 == 0:
        return n // 2


print(first_positive([-1, -2, 5, 7]), first_positive([-1]), first_positive([]))
print(sign_word(3), sign_word(-2), sign_word(0))
print(countdown(5), countdown(2))
print(maybe(1), maybe(0), maybe(""))
print([half(n) for n in range(6)])
print(half(4) is None, half(3) is None)
