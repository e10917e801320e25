# Strings compare and sort by code point, including characters outside the BMP.
words = ["zebra", "Zebra", "é", "e", "🐍", "日本", "", "a\u0301", "á", "Ω"]
print(sorted(words))
print(min(words), max(words), "a" < "🐍", "\uffff" < "🐍", "é" > "e\u0301")
print([len(w) for w in words], len("a\u0301"), len("á"))
