# checks: tutorial ch.6 modules: import a module, call through it, bind a local name, from-import, import as
import _series

_series.show(100)
print(_series.as_list(60))
print(_series.__name__)
show = _series.show
show(30)
from _series import show, as_list
show(12)
print(as_list(20))
import _series as tri
tri.show(8)
from _series import show as print_triangles
print_triangles(5)
print(_series.show.__doc__, tri is _series)
