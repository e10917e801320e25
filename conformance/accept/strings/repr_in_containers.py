# Strings inside printed lists and tuples use repr(): quotes and escapes.
print(["a", "b c", ""])
print(["it's", 'say "hi"', "both ' and \""])
print(["tab\tx", "new\nline", "back\\slash", "bell\x07", "nul\x00"])
print(("héllo", "日本", "🐍"), ("single",))
print([("x", 1), ("y", 2)])
print([["nested", "lists"], []])
