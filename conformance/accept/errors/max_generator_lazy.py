# max() compares each element of a generator as it is yielded: the comparison of the str with
# the int before it raises, and the elements after it are never computed.
def value(i):
    print("value", i)
    return "s" if i == 2 else i


print(max(value(i) for i in range(1, 5)))
