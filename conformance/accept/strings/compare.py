# String equality and ordering (by code point).
print("abc" == "abc", "abc" != "abd", "abc" < "abd", "abc" < "ab", "" < "a")
print("Zebra" < "apple", "apple" < "apples", "é" > "z", "10" < "9")
words = ["pear", "Apple", "banana", "apple", "cherry", "Banana", ""]
print(sorted(words))
print(min(words), max(words), min(["b", "a", "c"]), max("x", "y"))
target = "banana"
count = 0
for w in words:
    if w == target:
        count += 1
print(count)
