# Backward searches over long runs of one character stay linear (CPython's are).
s = "a" * 2_000_000
needle = "a" * 400_000 + "b"
print(s.rfind(needle), s.rpartition(needle)[0] == "", len(s.rsplit(needle)), s.count("aaaa"))
print(s.rfind("a" * 5), (s + "b").rfind(needle), ("b" + s).rfind("b" + "a" * 1000))
text = "xyzabcxyzabc" * 3
for sub in ["abc", "xyz", "c", "x", "", "abcx", "zz", text, text + "a", "cxy"]:
    print(repr(sub), text.rfind(sub), text.rsplit(sub) if sub else None)
print("ababab".rfind("aba"), "ééaé".rfind("é"), "日本日本".rfind("日本"), "aaa".rsplit("aa"))
