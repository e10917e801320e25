# A class decorator may return anything: not compiled yet.
def register(cls):
    return cls


@register  # expect-error: unsupported
class Shape:
    pass


print(Shape)
