# checks: sys.exit("message") prints the message to stderr and exits with status 1
import sys
print("something went wrong, bailing out")
sys.exit("fatal: configuration missing")
