# printf-style formatting with a literal format: conversions, flags, width, precision.
name, n, x = "Ann", 42, 3.14159
print("%s is %d years" % (name, n), "%5.2f|%-8s|%08.3f" % (x, name, -x), "%x %X %#o %#x" % (255, 255, 8, 255))
print("%d%%" % 50, "%s" % [1, "a"], "%r" % "q", "%s" % (1, 2) if False else "%s" % ((1, 2),), "%i %u" % (True, 3.9))
print("%e %E %g %G" % (12345.678, 0.000123, 1e20, 1e-5), "%+d % d" % (5, 5), "%.3s|" % "abcdef", "%10r|" % "hi")
print("%s %s" % ("a", None), "%5s|%-5d|" % (True, -3), "%.0f %.1f" % (2.5, 0.05), "%3d|%-3d|%03d" % (7, 7, 7))
t = ("x", 1)
print("%s=%d" % t, "%f" % 1, "%s" % 3.0, "%.2f" % True)
rows = [("alpha", 1, 0.5), ("beta", 22, 12.25)]
for label, count, ratio in rows:
    print("%-8s|%4d|%7.2f%%" % (label, count, ratio * 100))
print("%s" % "only", "%c" if False else "", "%5.1e" % 123456.0, "%-+6d|" % 42)
