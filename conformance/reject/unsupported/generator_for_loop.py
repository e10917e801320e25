# A for loop over a generator expression interleaves the generator's elements with the loop's
# body: here "make 0", "use 0", "make 1", ... in CPython.
def make(i):
    print("make", i)
    return i


for v in (make(i) for i in range(3)):  # expect-error: unsupported
    print("use", v)
