class Particle:
    def __init__(self, i):
        self.x = i * 0.5
        self.v = (i % 7) - 3
        self.tag = "p" + str(i % 5)

    def step(self, dt):
        return Particle2(self.x + self.v * dt, self.v, self.tag)

    def energy(self):
        return 0.5 * self.v * self.v


class Particle2:
    def __init__(self, x, v, tag):
        self.x = x
        self.v = v
        self.tag = tag

    def __repr__(self):
        return f"P({self.x:.1f}, {self.v}, {self.tag!r})"


def energy_of(n):
    ps = [Particle(i) for i in range(n)]
    return sum(p.energy() for p in ps)


ps = [Particle(i) for i in range(20000)]
moved = [p.step(0.1) for p in ps]
print(len(moved), moved[:3], moved[-1])
print(sum(p.energy() for p in ps))
print(max(m.x for m in moved))
print([energy_of(k) for k in range(1, 50)][-5:])
