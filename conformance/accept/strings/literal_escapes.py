# String literal forms: escapes, raw strings, adjacent concatenation, triple quotes.
print("\x41\x62\101\t|", len("\x00\x7f"), "\u00e9\U0001F600", "\N{GREEK SMALL LETTER ALPHA}")
print(r"raw\n\t\x41", len(r"\n"), r"C:\path\to" + "\\file")
print("adjacent " "literals " 'mixed ' """quotes""")
text = """line one
    indented "quotes" and 'single'
last\
 continued"""
print(text)
print(len(text), text[-9:], ["\a\b\f\v"], ["\'\"\\"])
print('it\'s', "say \"hi\"", '''triple 'single' "double"''')
