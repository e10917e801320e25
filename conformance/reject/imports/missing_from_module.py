from geometry.shapes import Circle  # expect-error: import-not-found


def areas(radii):
    return [Circle(r).area() for r in radii]


print(areas([1.0, 2.0]))
