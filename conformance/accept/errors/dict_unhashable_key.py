key = [1, 2]
print({"ok": 1})
print({key: 1})
