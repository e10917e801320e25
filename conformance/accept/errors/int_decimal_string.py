# int() does not accept a decimal point.
values = ["7", "08", "12.5"]
total = 0
for v in values:
    total += int(v)
    print(total)
