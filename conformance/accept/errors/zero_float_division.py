# Float division by zero.
def average_speed(distance, hours):
    return distance / hours


trips = [(120.0, 2.0), (45.5, 0.5), (10.0, 0.0)]
for d, h in trips:
    print(average_speed(d, h))
