# Insertion sort and selection sort in immutable style, checked against sorted().
def insertion_sort(xs):
    out = []
    for x in xs:
        i = len(out)
        while i > 0 and out[i - 1] > x:
            i -= 1
        out = out[:i] + [x] + out[i:]
    return out


def selection_sort(xs):
    rest = xs
    out = []
    while len(rest) > 0:
        m = 0
        for i in range(1, len(rest)):
            if rest[i] < rest[m]:
                m = i
        out = out + [rest[m]]
        rest = rest[:m] + rest[m + 1:]
    return out


data = [(i * 7919 + 13) % 101 - 50 for i in range(40)]
print(data)
a = insertion_sort(data)
b = selection_sort(data)
s = sorted(data)
print(a)
print(len([i for i in range(len(s)) if a[i] != s[i] or b[i] != s[i]]), "mismatches")
print(insertion_sort(["kiwi", "Apple", "banana", "apple"]), selection_sort([2.5, -0.5, 1.25]))
print(insertion_sort([]), selection_sort([1]))
