# Unicode strings: length, indexing and slicing count code points, not bytes.
s = "héllo"
print(s, len(s), s[1], s[::-1])
j = "日本語テキスト"
print(j, len(j), j[0], j[-1], j[2:4])
e = "snake 🐍 and 🦀"
print(e, len(e), e[6], e[-1], e[::-1])
mixed = "aé日🐍"
for i in range(len(mixed)):
    print(i, mixed[i])
print(len("ß"), len("Ω≈ç√∫"), "Ω≈ç√∫"[2:])
print([s, j[:2]], ("é",))
