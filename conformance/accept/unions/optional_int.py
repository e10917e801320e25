# int | None values (held in registers): returned, passed, tested with `is None`, compared,
# used in arithmetic once known not to be None, printed and put in lists.
def find(xs, target):
    for i, x in enumerate(xs):
        if x == target:
            return i
    return None


def first_above(xs, limit):
    found = None
    for x in xs:
        if found is None and x > limit:
            found = x
    return found


def describe(v):
    if v is None:
        return "missing"
    return "at " + str(v)


def total_of(values):
    s = 0
    for v in values:
        if v is not None:
            s = s + v
    return s


data = [4, 8, 15, 16, 23, 42]
i = find(data, 15)
j = find(data, 99)
print(i, j, describe(i), describe(j), i is None, j is None, i is not None)
print(i == 2, j == None, j != 0, i != None, i == 2.0, j == j)
print(first_above(data, 10), first_above(data, 100), first_above([], 0))
hits = [find(data, t) for t in [4, 5, 42, -1]]
print(hits, total_of(hits), len(hits))
best = None
for x in data:
    if best is None or x % 7 > best % 7:
        best = x
print(best, best * 2, best // 5, best % 5, -best, best ** 2, best / 4)
k = i if i else 0
print(k + 1, f"{i}-{j}", repr(j), str(i), [i, j], (i, j))
if j:
    print("j is true")
elif i:
    print("i is true")
flag = None
for n in range(3):
    if n == 1:
        flag = True
print(flag, flag == True, flag == 1, flag and 3)
