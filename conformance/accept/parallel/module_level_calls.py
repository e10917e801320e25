# Calls at module level: independent ones may overlap; one that reads a global assigned in
# between never does.
def work(n):
    s = 0
    for i in range(n):
        s += i * i
    return s


SCALE = 3


def scaled(n):
    return work(n) * SCALE


print(work(1000) + work(2000))
a = work(300)
b = scaled(400)
SCALE = 5
c = scaled(400)
print(a, b, c)
names = [str(work(k)) for k in range(5)]
print(", ".join(names), scaled(10) + scaled(20))
