# Calling __init__ again on an existing instance would change it: rejected.
class V:
    def __init__(self, x):
        self.x = x

def setx(v, n):
    t = 0
    for i in range(300000):
        t += i % 7
    v.__init__(n)  # expect-error: unsupported
    return t

def getx(v):
    t = 0
    for i in range(300000):
        t += i % 5
    return v.x + t

def main():
    v = V(1)
    a = setx(v, 1000)
    b = getx(v)
    print(a, b)

main()
