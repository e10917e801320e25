# The look-and-say sequence by string scanning.
def next_term(s):
    out = ""
    i = 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out += str(j - i) + s[i]
        i = j
    return out


term = "1"
lengths = []
for n in range(1, 31):
    if n <= 10:
        print(n, term)
    lengths = lengths + [len(term)]
    term = next_term(term)
print(lengths)
print([lengths[i + 1] / lengths[i] for i in range(24, 29)])
