# print() output crossing CPython's stdout buffer sizes (8192-byte text chunks over a
# st_blksize buffer): small lines after a large one, a large text after small ones, lines
# without a newline, multi-byte characters across a boundary. Only the bytes are compared;
# the boundaries matter when a write fails (Tests/RuntimeTests, "output errors").
print("a" * 100)
print("b" * 9000)
for i in range(3000):
    print("c", i)
print("d" * 5000, end="")
for i in range(3000):
    print("e", i, end=" ")
print("é" * 7000)
print("f" * 4095, "g" * 4097, sep="|", end="")
print("h" * 8192)
print("", end="")
print("日" * 3000, 8191, "i" * 8191)
