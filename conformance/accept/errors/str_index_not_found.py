# str.index raises ValueError when the substring is absent.
s = "hello world"
print(s.index("o"))
print(s.index("z"))
