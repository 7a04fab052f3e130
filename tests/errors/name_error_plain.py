# checks: NameError with no close match shows no suggestion
x = 1
print(x + completely_unknown_identifier_xyz)
