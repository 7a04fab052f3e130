# checks: ZeroDivisionError for floats raised three calls deep; traceback lists every frame with markers
def mean(values):
    return sum(values) / len(values) * 1.0 / float(len(values) - len(values))

def summarize(rows):
    return [mean(r) for r in rows if r]

def main():
    print("summarizing")
    result = summarize([[1.0, 2.0], [3.5]])
    print(result)

main()
