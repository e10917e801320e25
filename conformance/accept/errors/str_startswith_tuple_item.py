# startswith with a tuple holding a non-str.
print("abc".startswith(("a", "b")))
print("abc".startswith(("a", 1)))
