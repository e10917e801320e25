def without_secrets(record):
    cleaned = dict(record)
    for key in ("password", "token"):
        if key in cleaned:
            del cleaned[key]  # expect-error: del-item
    return cleaned


print(without_secrets({"user": "ada", "password": "x"}))
