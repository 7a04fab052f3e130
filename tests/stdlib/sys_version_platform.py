# checks: sys.version_info major/minor as a tuple-like, sys.platform startswith linux, sys.maxsize, byteorder
import sys
print(sys.version_info[0], sys.version_info.major, sys.version_info >= (3, 0), sys.version_info[:1])
print(sys.platform.startswith("linux"), type(sys.platform).__name__)
print(sys.maxsize == 2 ** 63 - 1, sys.maxsize + 1 > sys.maxsize, sys.byteorder in ("little", "big"))
print(type(sys.version).__name__, sys.version.startswith(str(sys.version_info.major)))
