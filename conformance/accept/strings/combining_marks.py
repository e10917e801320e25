# A combining mark is a code point of its own: len, indexing and == work on code points,
# never on user-perceived characters or canonical equivalence.
decomposed = "a\u0301"
precomposed = "\u00e1"
print(len(decomposed), len(precomposed), decomposed == precomposed, decomposed != precomposed)
print([decomposed[0], decomposed[-1]], decomposed[:1], len(decomposed + precomposed))
word = "cafe\u0301"
print(word, len(word), word[::-1] == "\u0301efac", word[4] == "\u0301")
flag = "\U0001f1eb\U0001f1f7"
print(len(flag), flag[0] == "\U0001f1eb", len("\U0001f44d\U0001f3fd"))
