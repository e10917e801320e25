# Two elements of a split comprehension raise: the one of the lower index wins, with the
# <listcomp> frame in its traceback; the elements after it never print.
def check(i):
    print("checking", i)
    if i % 37 == 36:
        raise ValueError(f"bad element {i}")
    return i


def run(n):
    return [check(i) for i in range(n)]


print(len(run(30)))
print(len(run(100)))
