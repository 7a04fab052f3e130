# checks: tutorial ch.4 keyword arguments: valid and invalid calls, *arguments and **keywords together
def robot(power, mood="a cheerful", action="beep", model="Mark II"):
    print("-- This robot would not", action, end=" ")
    print("on only", power, "volts.")
    print("-- Nice model, the", model)
    print("-- It is", mood, "!")

robot(12)
robot(power=12)
robot(power=240, action="BZZZT")
robot(action="BZZZT", power=240)
robot("a lot of", "rusty", "spin")
robot("nine", mood="sleepy")
try:
    robot()
except TypeError as e:
    print("TypeError:", e)
try:
    robot(110, power=220)
except TypeError as e:
    print("TypeError:", e)
try:
    robot(driver="Someone")
except TypeError as e:
    print("TypeError:", e)

def bakery(item, *remarks, **details):
    print("-- Any", item, "left?")
    print("-- Sold out of", item, "today")
    for r in remarks:
        print(r)
    print("=" * 30)
    for key in details:
        print(key, ":", details[key])

bakery("rye bread", "Fresh ones come at six.", "Try the spelt loaf instead.",
       baker="Ines", buyer="Tom", town="Harbourside")
