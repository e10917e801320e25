# Float modulo by zero has its own message.
def wrap(angle, period):
    return angle % period


print(wrap(370.0, 360.0), wrap(-30.0, 360.0))
print(wrap(1.5, 0.0))
