# str() of ints, floats, bools, None, lists and tuples.
print(str(42) + "|" + str(-7) + "|" + str(0))
print(str(3.5) + "|" + str(1e20) + "|" + str(1 / 4) + "|" + str(-0.0))
print(str(True) + str(False) + str(None))
print(str([1, 2, 3]) + str((4, 5)) + str([]) + str(()))
print(str(["a", "b"]) + str((1, "x")) + str((7,)))
print(len(str(123456789)), len(str(0.1)), len(str([1, 2])))
label = "n=" + str(10) + ", mean=" + str(2.5) + ", ok=" + str(True)
print(label)
