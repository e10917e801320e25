# str.split/rsplit/splitlines/partition and the strip family, with CPython's edge cases.
samples = ["", " ", "a", "  a  b\tc\n", "a,b,,c,", ",a", "x\u2003y\u00a0z", "\u3000lead"]
for s in samples:
    print(repr(s), s.split(), s.split(","), s.rsplit(None, 1), s.split(",", 1))
    print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr(s.strip(", a")))
print("a b c d".split(maxsplit=2), "a b c d".rsplit(maxsplit=2), "a b".split(sep=None))
print("a--b--c".split("--"), "a--b--c".rsplit("--", 1), "aaa".split("a"), "abc".split("abc"))
print("1,2,3".split(",", 0), "1,2,3".split(",", -1), "1,2,3".rsplit(",", True))
lines = "one\ntwo\r\nthree\rfour\x0bfive\x1cx\u2028y\n\n"
print(lines.splitlines())
print(lines.splitlines(True))
print(lines.splitlines(keepends=False), "".splitlines(), "\n".splitlines())
for s in ["key=value=x", "novalue", "=", ""]:
    print(s.partition("="), s.rpartition("="))
print("xxhixx".strip("x"), "<<a>>".lstrip("<"), "<<a>>".rstrip(">"), "abc".strip(""))
print("  \t\n x \r\x0c".strip(), "\u00e9t\u00e9".strip("\u00e9"))
print("Γειά σου".split(" "), "ä ö ü".split())
