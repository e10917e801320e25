GRAPH = {"a": ["b", "c"], "b": ["d"], "c": ["d"], "d": []}


def reachable(start):
    visited = set()
    queue = [start]
    while queue:
        node = queue.pop(0)  # expect-error: mutation-call
        if node in visited:
            continue
        visited.add(node)  # expect-error: mutation-call
        queue = queue + GRAPH[node]
    return sorted(visited)


print(reachable("a"))
