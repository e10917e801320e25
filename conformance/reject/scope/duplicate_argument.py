def area(width, height, width):  # expect-error: syntax
    return width * height


print(area(2, 3, 4))
