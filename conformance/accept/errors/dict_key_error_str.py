colors = {"red": "#f00"}
print(colors["red"])
print(colors["blue"])
