# find/rfind/index/rindex/count/startswith/endswith with start and end bounds (CPython's
# slice adjustment: negative from the end, clamped; None is the default).
s = "héllo wörld, hello world"
print(s.find("o", 5), s.find("o", -5), s.find("o", 0, 5), s.rfind("o", 0, 20), s.count("o", 3), s.count("l", 2, -2))
print(s.find("", 30), s.find("", 24), s.count("", 3, 5), s.count("", 30), s.rfind("", 3, 5), s.rfind("", 100))
print(s.startswith("wör", 6), s.startswith(("x", "llo"), 2), s.endswith("hé", 0, 2), s.endswith("", 30), s.startswith("", 24))
print(s.index("w", 8), s.rindex("h", 0, 10), "abc".find("c", None, None), "abcabc".count("abc", 1))
def tokens(src):
    out = []
    i = 0
    while True:
        j = src.find(",", i)
        if j < 0:
            return out + [src[i:]]
        out = out + [src[i:j]]
        i = j + 1
print(tokens("a,bb,,ccc"))
