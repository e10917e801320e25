# A str method given an argument of the wrong type raises CPython's TypeError.
def clean(s, chars):
    return s.strip(chars)


print(clean(" a ", " "))
print("a,b".split(","))
print("a,b".find(1))
