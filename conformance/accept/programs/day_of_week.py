# Day of the week (Zeller's congruence), leap years and a month calendar.
DAY_NAMES = ["Saturday", "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def zeller(year, month, day):
    if month < 3:
        month += 12
        year -= 1
    k = year % 100
    j = year // 100
    return (day + (13 * (month + 1)) // 5 + k + k // 4 + j // 4 + 5 * j) % 7


def is_leap(year):
    return (year % 4 == 0 and year % 100 != 0) or year % 400 == 0


def days_in_month(year, month):
    if month == 2:
        return 29 if is_leap(year) else 28
    return 30 if month in [4, 6, 9, 11] else 31


def calendar(year, month):
    first = (zeller(year, month, 1) + 5) % 7
    cells = ["  "] * first + [("" if d >= 10 else " ") + str(d)
                              for d in range(1, days_in_month(year, month) + 1)]
    lines = ["Mo Tu We Th Fr Sa Su"]
    for start in range(0, len(cells), 7):
        lines = lines + [" ".join(cells[start:start + 7])]
    return "\n".join(lines)


for y, m, d in [(2000, 1, 1), (1969, 7, 20), (2024, 2, 29), (1900, 3, 1), (2038, 1, 19)]:
    print(y, m, d, DAY_NAMES[zeller(y, m, d)])
print([y for y in range(1896, 1920) if is_leap(y)], is_leap(2000), is_leap(2100))
print(calendar(2024, 2))
print(sum([days_in_month(2023, m) for m in range(1, 13)]),
      sum([days_in_month(2024, m) for m in range(1, 13)]))
