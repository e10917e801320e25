class Reading:
    def __init__(self, sensor, value, note=None):
        self.sensor = sensor
        self.value = value
        self.note = note

    def __repr__(self):
        return f"Reading({self.sensor!r}, {self.value!r}, {self.note!r})"

    def scaled(self, k):
        return self.value * k


rs = [Reading("a", 1), Reading("b", 2.5, "warm"), Reading("c", True), Reading("d", None)]
print(rs)
print([r.value for r in rs], [r.note for r in rs])
print(rs[0].scaled(3), rs[1].scaled(2), rs[2].scaled(10))
print([r.value is None for r in rs], [r.note is None for r in rs])
total = 0
for r in rs:
    if r.value is not None:
        total = total + r.value
print(total)
