# From a try/except divergence hunt: a program in the style of users' code.
def parse_csv_line(line, ncols):
    cells = [c.strip() for c in line.split(",")]
    if len(cells) != ncols:
        raise ValueError(f"expected {ncols} columns, got {len(cells)}")
    return cells

def load(lines):
    header = parse_csv_line(lines[0], 3)
    rows = []
    for lineno in range(2, len(lines) + 1):
        line = lines[lineno - 1]
        try:
            name, qty, price = parse_csv_line(line, 3)
            rows = rows + [(name, int(qty), float(price))]
        except ValueError as e:
            print(f"line {lineno}: skipped ({e})")
    return header, rows

h, rows = load(["name,qty,price", "apple, 3, 1.25", "pear,x,2", "plum,2", "kiwi,5,abc", "fig,1,0.5"])
print(h)
for r in rows:
    print(r)
total = sum([q * p for n, q, p in rows])
print(f"total {total:.2f}")
