# checks: non-ASCII source lines and messages in a traceback (markers count characters, not bytes)
def café(prix):
    return "Prix: " + prix + " €"

print(café("5"))
print(café(5))
