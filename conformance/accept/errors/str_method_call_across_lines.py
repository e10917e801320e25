# CPython 3.11 reports a method call spanning lines at the line of the method's name.
words = ["alpha", "beta"]
first = (words[0]
         .upper())
print(first)
where = (words[1]
         .strip()
         .index("z"))
