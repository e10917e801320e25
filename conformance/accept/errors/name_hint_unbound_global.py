# CPython's hint offers only the globals bound when the NameError happens: 'counter' is not
# bound yet, so there is no hint.
print("start")
print(countr)
counter = 1
