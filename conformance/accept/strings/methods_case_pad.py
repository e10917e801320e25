# Case mapping, padding and the is* predicates, ASCII and Unicode.
words = ["hello", "WORLD", "mIxEd CaSe", "straße", "ǆemal", "ΣΊΣΥΦΟΣ", "o'neil's", "1st place",
         "", "İstanbul", "ﬁne"]
for w in words:
    print(w.upper(), w.lower(), w.title(), w.capitalize(), w.swapcase(), w.casefold())
for s in ["42", "-42", "+7", "", "abc", "x"]:
    print(repr(s.ljust(5)), repr(s.rjust(5, "0")), repr(s.center(6, "*")), repr(s.zfill(5)))
print(repr("ab".center(5)), repr("abc".center(6)), repr("é".ljust(3, "ü")), "x".zfill(-1))
checks = ["", "abc", "ABC", "Abc", "123", "½", "²", "١٢٣", " \t", "a1", "ß", "Ǆ", "ǅ", "日本"]
for s in checks:
    print(repr(s), s.isalpha(), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalnum(),
          s.isspace(), s.isupper(), s.islower())
table = [("apple", 3, 1.25), ("kiwi", 12, 0.5), ("watermelon", 1, 3.0)]
for name, count, price in table:
    print(name.ljust(12, ".") + str(count).rjust(4) + str(price).rjust(8))
