# Records of a small class sorted and grouped several ways: key functions reading fields,
# __lt__ used by sorted/min/max, __eq__ and __hash__ by sets and dicts, repr in containers.
class Employee:
    company = "ACME"

    def __init__(self, name, dept, salary, age):
        self.name = name
        self.dept = dept
        self.salary = salary
        self.age = age

    def __repr__(self):
        return f"Employee({self.name!r}, {self.dept!r})"

    def __lt__(self, other):
        return (self.dept, -self.salary) < (other.dept, -other.salary)

    def __eq__(self, other):
        return self.name == other.name

    def __hash__(self):
        return hash(self.name)

    def raise_pct(self, pct):
        return Employee(self.name, self.dept, round(self.salary * (1 + pct / 100), 2), self.age)


staff = [
    Employee("ann", "eng", 120.0, 31),
    Employee("bob", "ops", 90.5, 45),
    Employee("cy", "eng", 135.25, 28),
    Employee("dee", "hr", 70.0, 52),
    Employee("eve", "ops", 99.0, 38),
]
print(sorted(staff))
print(sorted(staff, key=lambda e: e.age))
print(sorted(staff, key=lambda e: (e.dept, e.name), reverse=True))
print(min(staff), max(staff))
print(min(staff, key=lambda e: e.salary).name, max(staff, key=lambda e: e.age).name)
depts = sorted({e.dept for e in staff})
for d in depts:
    members = [e for e in staff if e.dept == d]
    total = sum(e.salary for e in members)
    print(f"{d:>4}: {len(members)} people, total {total:9.2f}, avg age {sum(e.age for e in members) / len(members):.1f}")
raised = [e.raise_pct(10) for e in staff]
print([(e.name, e.salary) for e in raised])
print(Employee("ann", "x", 0.0, 0) in staff, len({staff[0], staff[1], raised[0], raised[1]}))
by_name = {e.name: e for e in staff}
print(by_name["cy"], by_name["cy"].salary, Employee.company, staff[0].company)
print({staff[4]: staff[4].age, staff[0]: 0}[Employee("eve", "", 0.0, 0)])
