# f-string fields of unions held in registers: each member formatted as its own type, with
# and without format specs and conversions.
def pick(k):
    if k > 1:
        return 2.5
    if k > 0:
        return 7
    return None


for k in range(3):
    v = pick(k)
    print(f"[{v}] [{v!r}] [{v!s}] {str(v)} {repr(v)}")
for k in range(1, 3):
    w = pick(k)
    print(f"{w:>8.2f}|{w:<6}|{w:e}|{w:,}|{w:08.3f}|{w:^7}|{w:+}")
flag = None
for i in range(3):
    if i == 1:
        flag = i > 0
    print(f"{flag} {flag!r}")
total = 0
for x in [1, 2, 3]:
    total = total + x / 2
    print(f"{total:.3f} {total:>6} {total}")
