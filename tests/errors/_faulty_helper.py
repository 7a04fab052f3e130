# Helper module for errors/error_in_helper_module.py: raises from inside an imported module.
def parse_ratio(text):
    left, right = text.split(":")
    return int(left) / int(right)
