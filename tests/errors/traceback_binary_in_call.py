# checks: markers for a failing binary operation nested inside call arguments
def show(label, value):
    print(label, value)

width = 4
height = "5"
show("area", width * 2 + height)
