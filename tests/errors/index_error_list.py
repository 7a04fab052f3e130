# checks: uncaught IndexError from an off-by-one loop
scores = [90, 85, 77]
for i in range(len(scores) + 1):
    print(i, scores[i])
