# Searching and replacing: find/rfind/index/rindex/count, startswith/endswith, replace.
text = "the cat sat on the mat with the hat"
for w in ["the", "at", "dog", "", "t"]:
    print(w, text.find(w), text.rfind(w), text.count(w), w in text)
print(text.index("sat"), text.rindex("the"), "aaaa".count("aa"), "".count(""), "abc".count(""))
print("héllo wörld".find("wö"), "héllo wörld".rfind("l"), "日本語のテキスト".index("テ"))
prefixes = ("http://", "https://", "ftp://")
for url in ["https://x.org", "ftp://y", "mailto:z", ""]:
    print(url.startswith(prefixes), url.endswith((".org", "y")), url.startswith("http"))
print("abc".startswith(""), "abc".endswith(""), "".startswith(""), "abc".startswith(()))
print("a-b-c".replace("-", "+"), "a-b-c".replace("-", "", 1), "aaa".replace("a", "aa", 0))
print("abc".replace("", "-"), "abc".replace("", "-", 2), "".replace("", "x"))
print("mississippi".replace("ss", "SS", -1), "ééé".replace("é", "e", 2))


def censor(s, words):
    out = s
    for w in words:
        out = out.replace(w, "*" * len(w))
    return out


print(censor(text, ["cat", "hat"]))
