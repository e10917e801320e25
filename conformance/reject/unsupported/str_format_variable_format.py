# The format string of str.format must be a literal for pyforac to compile it.
template = "{} items"
print(template.format(3))  # expect-error: unsupported
