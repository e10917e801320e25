# CPython prints its compiler's SyntaxWarnings on stderr each time it compiles the script,
# before the program runs; a compiled program prints them when it starts.
x = 1
assert (x, "msg")
y = 1if x else 2
while x < 0:
    assert (x,)
kept = [n for n in range(3) if (n, 2)]
print(y, kept)
