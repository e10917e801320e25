# Run-length encoding of strings into (count, char) tuples and back.
def encode(s):
    runs = []
    i = 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        runs = runs + [(j - i, s[i])]
        i = j
    return runs


def decode(runs):
    return "".join(["".join([ch for _ in range(count)]) for count, ch in runs])


def compact(runs):
    return "".join([(str(n) if n > 1 else "") + ch for n, ch in runs])


for s in ["aaabccddddde", "", "x", "abc", "zzzzzzzzzzzz", "ééé日日🐍"]:
    runs = encode(s)
    print(s, runs, compact(runs), decode(runs) == s)
