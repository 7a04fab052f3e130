# checks: everything printed (with and without newline, to stdout and stderr) before an uncaught exception still appears
import sys
for i in range(3):
    print("line", i)
print("partial line without newline", end="")
sys.stderr.write("a note on stderr\n")
print("to stderr via print", file=sys.stderr)
data = {"a": 1}
print(data["b"])
