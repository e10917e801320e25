# int() with the default base 10 rejects a hex prefix and blank strings.
for s in ["10", " 0010 ", "0x10"]:
    print(int(s))
