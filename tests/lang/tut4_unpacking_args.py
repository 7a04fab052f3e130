# checks: tutorial ch.4 unpacking argument lists: f(*list) and f(**dict)
print(list(range(2, 7)))
bounds = [2, 7]
print(list(range(*bounds)))
def kettle(temperature, state="idle", noise="hum"):
    print("-- The kettle would", noise, end=" ")
    print("at", temperature, "degrees;", end=" ")
    print("it is", state, "!")
settings = {"temperature": "ninety", "state": "boiling", "noise": "WHISTLE"}
kettle(**settings)
kettle(*["twenty", "cold"])
kettle(*("fifty",), **{"noise": "tick"})
