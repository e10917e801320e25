# Indexing strings with positive and negative indices (by code point).
s = "conformance"
print(s[0], s[1], s[len(s) - 1], s[-1], s[-2], s[-len(s)])
for i in range(len(s)):
    print(i, s[i], s[-1 - i])
u = "naïve café"
print(u[2], u[-1], u[-4], len(u))
word = "racecar"
is_pal = True
for i in range(len(word) // 2):
    if word[i] != word[-1 - i]:
        is_pal = False
print(word, is_pal)
