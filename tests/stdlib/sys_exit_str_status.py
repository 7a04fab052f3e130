# checks: sys.exit with a string writes it to stderr and exits with status 1; stdout written before survives
import sys
print("partial results: 1 2 3")
sys.stdout.write("no newline at end")
sys.exit("error: giving up")
