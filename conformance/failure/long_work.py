# A long parallel computation (tens of seconds alone): the failure checks kill a rank while
# it runs and expect the whole job to end promptly.
def spin(n):
    s = 0
    for i in range(n):
        s = (s + i * i) % 1000003
    return s


def work(lo, hi):
    if hi - lo <= 1:
        return spin(3000000)
    mid = (lo + hi) // 2
    return work(lo, mid) + work(mid, hi)


print(work(0, 256))
