# sorted(key=...) with lambdas, user functions, len, abs and str methods; reverse; stability.
words = ["pear", "Fig", "apple", "kiwi", "Banana", "date", "fig"]
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
print(sorted(words, key=str.lower))
print(sorted(words, key=str.casefold, reverse=True))
print(sorted(words, key=lambda w: (len(w), w.lower())))
print(sorted(words, key=lambda w: w[::-1]))
records = [("ann", 31, 5.5), ("bob", 25, 7.25), ("cy", 31, 6.0), ("di", 25, 7.25)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: (-r[1], r[0])))
print(sorted(records, key=lambda r: r[2], reverse=True))


def by_digit_sum(n):
    return sum(int(c) for c in str(abs(n)))


nums = [19, -28, 5, 100, 46, -3, 0]
print(sorted(nums, key=by_digit_sum), sorted(nums, key=abs), sorted(nums, key=None))
print(sorted((3.5, -1.25, 2.0), key=lambda x: x * x), sorted("hello", key=ord))
offset = 7
print(sorted(range(10), key=lambda i: (i * offset) % 10))
print(sorted([], key=len), sorted([[3, 1], [2], []], key=len))
print([w for w in sorted(words, key=lambda w: w.count("a")) if "a" in w])
