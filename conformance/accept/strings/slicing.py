# Slicing with steps, negative steps and out-of-range bounds never raises.
s = "0123456789"
print(s[2:5], s[:3], s[7:], s[:], s[-3:], s[:-3], s[-5:-2])
print(s[::2], s[1::2], s[::3], s[::-1], s[::-2], s[8:2:-2], s[-1:-4:-1])
print("[" + s[5:2] + "]", "[" + s[20:30] + "]", s[-100:3], s[7:100], s[-100:100])
print(s[3:3] == "", s[9:-100:-3], s[100:0:-4], s[2:-2:3])
w = "héllo wörld"
print(w[1:4], w[::-1], w[-5:], len(w[::2]))
for step in [1, 2, 3, -1, -3]:
    print(step, s[::step])
print(len(s[0:0]), s[len(s):], s[:-len(s)] + "|")
