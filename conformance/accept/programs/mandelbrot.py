# ASCII Mandelbrot set: float iteration and string building.
def escape_time(cr, ci, limit):
    zr, zi = 0.0, 0.0
    n = 0
    while n < limit and zr * zr + zi * zi <= 4.0:
        zr, zi = zr * zr - zi * zi + cr, 2.0 * zr * zi + ci
        n += 1
    return n


SHADES = " .:-=+*#%@"
rows = 21
cols = 60
total = 0
for r in range(rows):
    ci = -1.2 + 2.4 * r / (rows - 1)
    line = ""
    for c in range(cols):
        cr = -2.1 + 2.8 * c / (cols - 1)
        n = escape_time(cr, ci, 50)
        total += n
        line += SHADES[n * (len(SHADES) - 1) // 50]
    print(line)
print("total iterations:", total)
print(escape_time(0.0, 0.0, 1000), escape_time(-0.75, 0.1, 1000), escape_time(0.3, 0.5, 1000))
