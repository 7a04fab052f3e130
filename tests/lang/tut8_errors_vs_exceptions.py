# checks: tutorial ch.8 exceptions raised by ordinary expressions, caught and described by type and message
attempts = [
    lambda: 7 * (3 / 0),
    lambda: 4 + unknown_thing * 2,
    lambda: "4" + 2,
    lambda: [1, 2, 3][3],
    lambda: {"a": 1}["z"],
]
for attempt in attempts:
    try:
        attempt()
    except Exception as err:
        print(type(err).__name__, "->", err)
