class Settings:
    def __init__(self, **values):
        for name, value in values.items():
            setattr(self, name, value)  # expect-error: attribute-assignment


s = Settings(rate=0.5, depth=3)
print(s.rate, s.depth)
