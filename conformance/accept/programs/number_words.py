# Spelling numbers in English words, recursively.
def words_below_100(n, ones, tens):
    if n < 20:
        return ones[n]
    return tens[n // 10] + ("" if n % 10 == 0 else "-" + ones[n % 10])


def spell(n, ones, tens):
    if n == 0:
        return "zero"
    if n < 0:
        return "minus " + spell(-n, ones, tens)
    parts = []
    for value, name in [(1000000000, "billion"), (1000000, "million"), (1000, "thousand")]:
        if n >= value:
            parts = parts + [spell(n // value, ones, tens) + " " + name]
            n = n % value
    if n >= 100:
        parts = parts + [ones[n // 100] + " hundred"]
        n = n % 100
    if n > 0:
        parts = parts + [("and " if len(parts) > 0 else "") + words_below_100(n, ones, tens)]
    return " ".join(parts)


ONES = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
        "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
for n in [0, 7, 13, 20, 42, 99, 100, 101, 115, 999, 1000, 1001, 2024, 90210, 1000000,
          123456789, -45, 2147483647]:
    print(n, spell(n, ONES, TENS))
total_letters = 0
for n in range(1, 1001):
    text = spell(n, ONES, TENS)
    total_letters += len([i for i in range(len(text)) if text[i] != " " and text[i] != "-"])
print("letters used for 1..1000:", total_letters)
