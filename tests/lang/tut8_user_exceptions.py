# checks: tutorial ch.8 user-defined exceptions: module-level base class, subclasses carrying data, handling by base
class InventoryError(Exception):
    """Base class for errors in this module."""

class OutOfStock(InventoryError):
    def __init__(self, item, wanted, available):
        super().__init__(f"{item}: wanted {wanted}, only {available} left")
        self.item = item
        self.shortfall = wanted - available

class UnknownItem(InventoryError):
    pass

stock = {"apples": 5, "pears": 0}
def take(item, n):
    if item not in stock:
        raise UnknownItem(item)
    if stock[item] < n:
        raise OutOfStock(item, n, stock[item])
    stock[item] -= n
    return stock[item]

for item, n in [("apples", 2), ("pears", 1), ("plums", 3), ("apples", 9)]:
    try:
        print("left:", take(item, n))
    except OutOfStock as e:
        print("OutOfStock:", e, "| short by", e.shortfall)
    except InventoryError as e:
        print(type(e).__name__ + ":", e, "| doc:", type(e).__mro__[1].__doc__)
