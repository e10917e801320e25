# A parameter annotation naming an undefined class: NameError when the def runs.
def area(width: float, height: float) -> float:
    return width * height


print(area(2.0, 3.5))


def perimeter(shape: Rectangle) -> float:
    return 0.0


print("not reached")
