# Validating records: each check raises, the caller collects the messages; a summary at the end.
class ValidationError(ValueError):
    pass


class MissingField(ValidationError, ):
    pass


REQUIRED = ("name", "age", "email")


def check_record(record):
    for field in REQUIRED:
        if field not in record:
            raise MissingField(field)
    age = record["age"]
    try:
        years = int(age)
    except ValueError as e:
        raise ValidationError(f"age {age!r} is not a number") from e
    if years < 0 or years > 150:
        raise ValidationError("age out of range", years)
    if "@" not in record["email"]:
        raise ValidationError("bad email: " + record["email"])
    return years


def validate_all(records):
    ok = 0
    problems = []
    for i, record in enumerate(records):
        try:
            check_record(record)
            ok += 1
        except MissingField as e:
            problems = problems + [f"record {i}: missing {e}"]
        except ValidationError as e:
            problems = problems + [f"record {i}: {e} {e.args}"]
        finally:
            print("checked", i)
    return ok, problems


records = [
    {"name": "ada", "age": "36", "email": "ada@example.org"},
    {"name": "bob", "age": "x", "email": "bob@example.org"},
    {"name": "cy", "email": "cy@example.org"},
    {"name": "di", "age": "200", "email": "di@example.org"},
    {"name": "ed", "age": "41", "email": "ed.example.org"},
]
ok, problems = validate_all(records)
print(ok, "valid")
for p in problems:
    print(p)
check_record(records[1])
