# Building strings in loops with += and joins.
line = ""
for i in range(1, 6):
    line += str(i)
    print(line)
rows = []
for n in range(1, 5):
    rows = rows + [" ".join(["*" for _ in range(n)])]
print("\n".join(rows))
reversed_text = ""
text = "stressed"
for i in range(len(text)):
    reversed_text = text[i] + reversed_text
print(reversed_text)
padded = "7"
while len(padded) < 5:
    padded = "0" + padded
print(padded)
csv = ""
for i in range(5):
    csv += str(i * i) if i == 0 else "," + str(i * i)
print(csv)
