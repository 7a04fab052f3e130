# checks: open() for text files: write, append, read, readline, readlines, iteration, with, errors
import sys
path = "_tmp_file_io_text.txt"
with open(path, "w") as f:
    print(f.mode, f.name, f.closed)
    f.write("alpha\n")
    f.writelines(["beta\n", "gamma"])
print(f.closed)
with open(path, "a") as f:
    print("\ndelta", file=f)
with open(path) as f:
    print(repr(f.readline()))
    print(f.readlines())
f = open(path, encoding="utf-8")
print([line.rstrip() for line in f])
f.close()
with open(path) as f:
    print(repr(f.read(3)), repr(f.read()))
try:
    f.read()
except ValueError as e:
    print("ValueError", e)
for bad in ["z", "rw", "r++"]:
    try:
        open(path, bad)
    except ValueError as e:
        print("ValueError", e)
try:
    open("_does_not_exist_dir/x.txt")
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename)
try:
    open(path, "x")
except FileExistsError as e:
    print(type(e).__name__, e)
with open(path, "w") as f:
    f.write("é ₹ 😀\n")
with open(path) as f:
    print(f.read())
