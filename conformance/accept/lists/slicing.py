# List slicing returns new lists; bounds are clamped, steps may be negative.
xs = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
print(xs[2:5], xs[:3], xs[7:], xs[-3:], xs[:-3], xs[-5:-2])
print(xs[::2], xs[1::3], xs[::-1], xs[::-3], xs[8:2:-2], xs[-1:-4:-1])
print(xs[5:2], xs[20:30], xs[-100:2], xs[8:100], xs[3:3])
head = xs[:1]
tail = xs[1:]
print(head + tail, len(tail))
names = ["ada", "bob", "cy", "dee"]
print(names[1:3], names[::-1], names[-2:])
copy = xs[:]
print(copy, copy[4:5])
