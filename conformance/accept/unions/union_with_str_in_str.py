# `x in s` where x is a union with a str among its types (a boxed value): the runtime checks
# the kind it holds (was a TypeError at compile time, a wrong answer when it held a str;
# found by a divergence hunt).
def s(i):
    if i == 0:
        return None
    return str(i)


for i in [1, 2, 5]:
    print(s(i) in "a12", s(i) not in "a12")
