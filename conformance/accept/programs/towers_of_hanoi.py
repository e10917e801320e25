# Towers of Hanoi: the move list is returned, not printed from inside the recursion.
def hanoi(n, source, target, spare):
    if n == 0:
        return []
    return (hanoi(n - 1, source, spare, target) + [(n, source, target)]
            + hanoi(n - 1, spare, target, source))


def count_moves(n):
    return 0 if n == 0 else 2 * count_moves(n - 1) + 1


moves = hanoi(3, "A", "C", "B")
for disk, a, b in moves:
    print("move disk", disk, "from", a, "to", b)
print(len(moves), [len(hanoi(n, "A", "C", "B")) for n in range(1, 11)])
print(count_moves(62), hanoi(12, "L", "R", "M")[2047])
