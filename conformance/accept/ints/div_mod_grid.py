# Floor division and modulo over a grid of signs and magnitudes; checks the identities too.
bad = 0
for a in range(-20, 21):
    row = []
    for b in [-7, -3, -2, -1, 1, 2, 3, 7]:
        q = a // b
        r = a % b
        if q * b + r != a or (r != 0 and (r < 0) != (b < 0)):
            bad += 1
        row = row + [str(q) + "," + str(r)]
    print(a, " ".join(row))
print("identity violations:", bad)
big = 9223372036854775807
print(big // 2, big % 2, big // -2, big % -2, -big // 10, -big % 10, big // big, -big // big)
