# A TypeError from an augmented assignment names its own operator ("+=", "**="), on a plain
# value, a union held in registers or a boxed one (found by a divergence hunt).
def m(i):
    if i == 0:
        return None
    return i


def run(k):
    y = m(k)
    if k == 1:
        y **= 2
    elif k == 2:
        y -= 1
    else:
        y += 1.5
    return y


print(run(1), run(2), run(3))
print(run(0))
