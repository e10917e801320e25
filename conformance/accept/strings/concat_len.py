# String concatenation and len().
a = "immutable"
b = "Python"
c = a + " " + b
print(c, len(c), len(""), len(" "), len(a + b))
empty = ""
print("[" + empty + "]", len(empty + empty))
s = ""
for word in ["alpha", "beta", "gamma"]:
    s = s + word + ";"
print(s, len(s))
t = "ab"
t += "cd"
t += t
print(t, len(t))
print("tab\there", len("tab\there"), "line1\nline2", len("a\nb"))
print('single "double" inside', "double 'single' inside", len('it\'s'))
