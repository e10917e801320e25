def drop_header(lines, count):
    body = list(lines)
    del body[:count]  # expect-error: del-item
    return body


print(drop_header(["# a", "# b", "1", "2"], 2))
