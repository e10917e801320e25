def leaderboard(scores):
    ranked = list(scores.items())
    ranked.sort(key=lambda item: item[1], reverse=True)  # expect-error: mutation-call
    return [name for name, _ in ranked]


print(leaderboard({"ada": 3, "bob": 5, "cy": 4}))
