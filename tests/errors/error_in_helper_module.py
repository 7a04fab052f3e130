# checks: traceback through a helper module imported from the script's directory (its path appears in the frames)
import _faulty_helper

print(_faulty_helper.parse_ratio("3:4"))
print(_faulty_helper.parse_ratio("3:0"))
