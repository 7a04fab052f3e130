# checks: AttributeError on a module attribute typo suggests the right name
import math
print(math.sqrt(16))
print(math.sqroot(16))
