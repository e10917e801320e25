# From a try/except divergence hunt: a program in the style of users' code.
def f():
    x = [1]
    try:
        return x
    finally:
        x = x + [2]
        print("finally x", x)

def g(n):
    s = "start"
    try:
        if n:
            return s + "-early"
        s = s + "-mid"
    except ValueError:
        return "never"
    finally:
        s = s + "-fin"
        print("g finally", s)
    return s

def h():
    count = 0
    for i in range(5):
        try:
            count = count + 1
            if i == 2:
                return count
        finally:
            print("h finally", i, count)
    return -1

print(f())
print(g(1))
print(g(0))
print(h())
