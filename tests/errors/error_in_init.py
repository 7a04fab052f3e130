# checks: exception raised inside __init__ while constructing an object; the constructor call is in the traceback
class Temperature:
    def __init__(self, kelvin):
        if kelvin < 0:
            raise ValueError(f"negative kelvin: {kelvin}")
        self.kelvin = kelvin

readings = [Temperature(300), Temperature(273)]
print(len(readings))
bad = Temperature(-5)
