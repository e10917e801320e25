# str.format with a literal format string: automatic, numbered and keyword fields, conversions, specs.
name, n, x = "Ann", 42, 3.14159
print("{} is {} years".format(name, n), "{0}{1}{0}".format("ab", "-"), "{:>8.2f}|".format(x))
print("{name}: {n:05d} {x:.3e}".format(name=name, n=n, x=x), "{{literal}} {}".format(1))
print("{!r} {!s} {}".format("q", "q", [1, "a"]), "{:^9}".format("mid"), "{:,}".format(1234567))
print("{0:b} {0:o} {0:x} {0:#X}".format(255), "{:+.1%}".format(0.256), "{}".format(None), "{}".format(True))
rows = [("apple", 3, 1.5), ("kiwi", 12, 0.25)]
for r in rows:
    print("{:<10}{:>4}{:>8.2f}".format(r[0], r[1], r[2]))
table = [("Total", 1234.5), ("Tax", 98.765)]
for label, amount in table:
    print("{label:.<12}{amount:>10,.2f}".format(label=label, amount=amount))
print("{0}/{1} = {2:.3}".format(22, 7, 22 / 7), "[{:^7}]".format("ok"), "{:08.3f}".format(-3.5))
