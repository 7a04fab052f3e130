"""Container datatypes: gilt's collections module.

  deque        a list-like sequence with fast appends and pops at both ends (a ring buffer)
  defaultdict  a dict that makes missing values by calling a factory
  Counter      a dict that counts things
  OrderedDict  a dict that can also move keys to either end
  namedtuple   tuples whose items also have names

All of them are written in Python here. One consequence matters in a course on threads: in
CPython, deque.append() and deque.popleft() are single C calls and so happen atomically; in
gilt they are several bytecode instructions, and another thread may run between them. Share
a deque between threads only under a Lock, or use queue.Queue, which takes the lock for you.
"""

import _thread
import heapq as _heapq

__all__ = ["deque", "defaultdict", "Counter", "OrderedDict", "namedtuple"]


# Objects whose repr() is being computed, as (id, thread) pairs: a container that contains
# itself prints as "..." the second time round, instead of recursing forever.
_repr_running = set()


def _repr_enter(obj):
    key = (id(obj), _thread.get_ident())
    if key in _repr_running:
        return None
    _repr_running.add(key)
    return key


# ---------------------------------------------------------------------------------------------
# deque


class deque:
    """deque([iterable[, maxlen]]): a double-ended queue.

    append/appendleft/pop/popleft take O(1) time, whatever the length. With a maxlen, the
    deque never grows beyond it: adding at one end drops items from the other end.

    How it works: the items live in a list used as a ring. _head is the position of the
    leftmost item and _size the number of items; the item with index i is at position
    (_head + i) % len(_ring). Adding on the left moves _head one place back, adding on the
    right writes just after the last item; nothing else moves. When the ring is full, it is
    copied into a list twice as big.
    """

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError("an integer is required")
            if maxlen < 0:
                raise ValueError("maxlen must be non-negative")
        items = list(iterable)  # first, in case iterable is this deque itself
        self._maxlen = maxlen
        self._ring = [None] * 8
        self._head = 0
        self._size = 0
        # Counts the changes of length or order, so that an iterator notices them.
        self._state = 0
        self.extend(items)

    # --- the ring -------------------------------------------------------------------------

    def _items(self):
        # The items, left to right, as a new list (two slices of the ring at most).
        ring = self._ring
        start = self._head
        end = start + self._size
        if end <= len(ring):
            return ring[start:end]
        return ring[start:] + ring[:end - len(ring)]

    def _set_items(self, items):
        # Replace the contents by the list items (keeping the rightmost maxlen of them).
        if self._maxlen is not None and len(items) > self._maxlen:
            items = items[len(items) - self._maxlen:]
        capacity = 8
        while capacity < len(items):
            capacity *= 2
        self._ring = items + [None] * (capacity - len(items))
        self._head = 0
        self._size = len(items)
        self._state += 1

    def _grow(self):
        self._ring = self._items() + [None] * len(self._ring)
        self._head = 0

    # --- both ends ------------------------------------------------------------------------

    def append(self, x):
        """Add x to the right end."""
        if self._size == self._maxlen:
            if self._maxlen == 0:
                return
            self.popleft()  # full: the leftmost item falls off
        if self._size == len(self._ring):
            self._grow()
        self._ring[(self._head + self._size) % len(self._ring)] = x
        self._size += 1
        self._state += 1

    def appendleft(self, x):
        """Add x to the left end."""
        if self._size == self._maxlen:
            if self._maxlen == 0:
                return
            self.pop()  # full: the rightmost item falls off
        if self._size == len(self._ring):
            self._grow()
        self._head = (self._head - 1) % len(self._ring)
        self._ring[self._head] = x
        self._size += 1
        self._state += 1

    def pop(self):
        """Remove and return the rightmost item."""
        if self._size == 0:
            raise IndexError("pop from an empty deque")
        pos = (self._head + self._size - 1) % len(self._ring)
        x = self._ring[pos]
        self._ring[pos] = None  # do not keep the item alive
        self._size -= 1
        self._state += 1
        return x

    def popleft(self):
        """Remove and return the leftmost item."""
        if self._size == 0:
            raise IndexError("pop from an empty deque")
        x = self._ring[self._head]
        self._ring[self._head] = None
        self._head = (self._head + 1) % len(self._ring)
        self._size -= 1
        self._state += 1
        return x

    def extend(self, iterable):
        """Append the items of iterable to the right end, one by one."""
        if iterable is self:
            iterable = self._items()
        for x in iterable:
            self.append(x)

    def extendleft(self, iterable):
        """Append the items of iterable to the left end, one by one (so they end up
        reversed)."""
        if iterable is self:
            iterable = self._items()
        for x in iterable:
            self.appendleft(x)

    def clear(self):
        """Remove all items."""
        self._ring = [None] * 8
        self._head = 0
        self._size = 0
        self._state += 1

    # --- the rest of the sequence methods (these take O(n) time) ---------------------------

    def rotate(self, n=1):
        """Rotate n steps to the right (n < 0: to the left).

        d.rotate(1) is d.appendleft(d.pop()).
        """
        if not isinstance(n, int):
            raise TypeError("'%s' object cannot be interpreted as an integer"
                            % type(n).__name__)
        if self._size < 2:
            return
        k = n % self._size
        if k:
            items = self._items()
            self._set_items(items[-k:] + items[:-k])

    def reverse(self):
        """Reverse the items in place."""
        items = self._items()
        items.reverse()
        state = self._state
        self._set_items(items)
        self._state = state  # like CPython, reversing does not disturb iterators

    def insert(self, i, x):
        """Insert x before position i."""
        if self._maxlen is not None and self._size >= self._maxlen:
            raise IndexError("deque already at its maximum size")
        items = self._items()
        items.insert(i, x)
        self._set_items(items)

    def remove(self, value):
        """Remove the first item equal to value; ValueError if there is none."""
        items = self._items()
        try:
            items.remove(value)
        except ValueError:
            raise ValueError("%r is not in deque" % (value,)) from None
        self._set_items(items)

    def index(self, x, start=0, stop=None):
        """Return the position of the first item equal to x (between start and stop)."""
        items = self._items()
        if stop is None:
            stop = len(items)
        try:
            return items.index(x, start, stop)
        except ValueError:
            raise ValueError("%r is not in deque" % (x,)) from None

    def count(self, x):
        """Return the number of items equal to x."""
        return self._items().count(x)

    def copy(self):
        """Return a shallow copy."""
        if self._maxlen is None:
            return type(self)(self)
        return type(self)(self, self._maxlen)

    __copy__ = copy

    @property
    def maxlen(self):
        """The maximum length, or None if the deque is unbounded."""
        return self._maxlen

    @maxlen.setter
    def maxlen(self, value):
        raise AttributeError("attribute 'maxlen' of 'collections.deque' objects is not "
                             "writable")

    def _position(self, i):
        # The ring position of index i (negative counts from the right).
        if not isinstance(i, int):
            raise TypeError("sequence index must be integer, not '%s'" % type(i).__name__)
        if i < 0:
            i += self._size
        if i < 0 or i >= self._size:
            raise IndexError("deque index out of range")
        return (self._head + i) % len(self._ring)

    def __getitem__(self, i):
        return self._ring[self._position(i)]

    def __setitem__(self, i, x):
        self._ring[self._position(i)] = x

    def __delitem__(self, i):
        self._position(i)  # checks i
        items = self._items()
        del items[i]
        self._set_items(items)

    def __len__(self):
        return self._size

    def __contains__(self, x):
        return x in self._items()

    def __iter__(self):
        return _DequeIterator(self, False)

    def __reversed__(self):
        return _DequeIterator(self, True)

    def __repr__(self):
        key = _repr_enter(self)
        if key is None:
            return "[...]"
        try:
            body = repr(self._items())
        finally:
            _repr_running.discard(key)
        if self._maxlen is None:
            return "%s(%s)" % (type(self).__name__, body)
        return "%s(%s, maxlen=%d)" % (type(self).__name__, body, self._maxlen)

    __hash__ = None

    # Comparisons are the lists' comparisons, between deques only.

    def __eq__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() == other._items()

    def __ne__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() != other._items()

    def __lt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() < other._items()

    def __le__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() <= other._items()

    def __gt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() > other._items()

    def __ge__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() >= other._items()

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError('can only concatenate deque (not "%s") to deque'
                            % type(other).__name__)
        result = self.copy()
        result.extend(other)
        return result

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        result = self.copy()
        result *= n
        return result

    __rmul__ = __mul__

    def __imul__(self, n):
        if n <= 0:
            self.clear()
        elif n > 1:
            self._set_items(self._items() * n)
        return self


class _DequeIterator:
    # Walks over a deque by index; stops with an error if the deque changes meanwhile.

    def __init__(self, d, backwards):
        self._deque = d
        self._state = d._state
        self._backwards = backwards
        self._next = 0  # how many items were returned

    def __iter__(self):
        return self

    def __next__(self):
        d = self._deque
        if d._state != self._state:
            self._next = d._size  # a broken iterator stays exhausted
            raise RuntimeError("deque mutated during iteration")
        if self._next >= d._size:
            raise StopIteration
        i = self._next
        self._next += 1
        if self._backwards:
            i = d._size - 1 - i
        return d._ring[(d._head + i) % len(d._ring)]


# ---------------------------------------------------------------------------------------------
# defaultdict


class defaultdict(dict):
    """defaultdict(default_factory=None, /, ...): a dict that calls default_factory() to make
    the value of a missing key, on d[key].

        words = defaultdict(list)
        words["a"].append("apple")     # no KeyError: words["a"] starts as []

    The other arguments are those of dict(). Only d[key] creates values; d.get(key) and
    `key in d` do not.
    """

    def __init__(self, default_factory=None, /, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError("first argument must be callable or None")
        dict.__init__(self, *args, **kwargs)
        self.default_factory = default_factory

    def __missing__(self, key):
        # dict calls this when d[key] finds no key.
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        self[key] = value
        return value

    def __repr__(self):
        return "%s(%r, %s)" % (type(self).__name__, self.default_factory, dict.__repr__(self))

    def copy(self):
        """Return a shallow copy (with the same default_factory)."""
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = self.copy()
        result.update(other)
        return result

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = type(self)(self.default_factory, other)
        result.update(self)
        return result


# ---------------------------------------------------------------------------------------------
# Counter


def _count_of(item):
    return item[1]


class Counter(dict):
    """A dict that counts: its keys are things, its values how many times each was seen.

        >>> Counter("abracadabra").most_common(2)
        [('a', 5), ('b', 2)]

    A missing key counts 0 (without being added). Counts may be zero or negative.
    """

    def __init__(self, iterable=None, /, **kwds):
        dict.__init__(self)
        self.update(iterable, **kwds)

    def __missing__(self, key):
        return 0

    def total(self):
        """Return the sum of the counts."""
        return sum(self.values())

    def most_common(self, n=None):
        """Return a list of the n most common (item, count) pairs, most common first
        (all of them if n is None). Equal counts keep the order in which items were first
        seen."""
        if n is None:
            return sorted(self.items(), key=_count_of, reverse=True)
        return _heapq.nlargest(n, self.items(), key=_count_of)

    def elements(self):
        """Return an iterator over the items, each repeated as many times as its count
        (items with a count below one are left out)."""
        result = []
        for item, count in self.items():
            if count > 0:
                result.extend([item] * count)
        return iter(result)

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            "Counter.fromkeys() is undefined.  Use Counter(iterable) instead.")

    def update(self, iterable=None, /, **kwds):
        """Add counts: from a mapping of counts, or one for each item of an iterable."""
        if iterable is not None:
            if hasattr(iterable, "items"):
                if not self:
                    dict.update(self, iterable)  # nothing to add to: copy the counts
                else:
                    for item, count in iterable.items():
                        self[item] = self.get(item, 0) + count
            else:
                for item in iterable:
                    self[item] = self.get(item, 0) + 1
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        """Subtract counts (which may go to zero or below)."""
        if iterable is not None:
            if hasattr(iterable, "items"):
                for item, count in iterable.items():
                    self[item] = self.get(item, 0) - count
            else:
                for item in iterable:
                    self[item] = self.get(item, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        """Return a shallow copy."""
        return type(self)(self)

    __copy__ = copy

    def __delitem__(self, item):
        # Deleting a missing item is not an error (it counted zero anyway).
        if item in self:
            dict.__delitem__(self, item)

    def __repr__(self):
        if not self:
            return "%s()" % type(self).__name__
        try:
            d = dict(self.most_common())
        except TypeError:
            d = dict(self)  # counts that cannot be ordered
        return "%s(%r)" % (type(self).__name__, d)

    # Comparisons: a missing item counts zero, so Counter(a=1) == Counter(a=1, b=0).

    def _all_counts(self, other, test):
        for c in (self, other):
            for item in c:
                if not test(self[item], other[item]):
                    return False
        return True

    def __eq__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._all_counts(other, _equal)

    def __ne__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    def __le__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._all_counts(other, _less_equal)

    def __lt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._all_counts(other, _greater_equal)

    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    # Arithmetic: the results keep only positive counts.

    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for item, count in self.items():
            total = count + other[item]
            if total > 0:
                result[item] = total
        for item, count in other.items():
            if item not in self and count > 0:
                result[item] = count
        return result

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for item, count in self.items():
            difference = count - other[item]
            if difference > 0:
                result[item] = difference
        for item, count in other.items():
            if item not in self and count < 0:
                result[item] = 0 - count
        return result

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for item, count in self.items():
            other_count = other[item]
            largest = other_count if count < other_count else count
            if largest > 0:
                result[item] = largest
        for item, count in other.items():
            if item not in self and count > 0:
                result[item] = count
        return result

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for item, count in self.items():
            other_count = other[item]
            smallest = count if count < other_count else other_count
            if smallest > 0:
                result[item] = smallest
        return result

    def __pos__(self):
        result = Counter()
        for item, count in self.items():
            if count > 0:
                result[item] = count
        return result

    def __neg__(self):
        result = Counter()
        for item, count in self.items():
            if count < 0:
                result[item] = 0 - count
        return result

    def _keep_positive(self):
        for item in [item for item, count in self.items() if not count > 0]:
            del self[item]
        return self

    def __iadd__(self, other):
        for item, count in other.items():
            self[item] += count
        return self._keep_positive()

    def __isub__(self, other):
        for item, count in other.items():
            self[item] -= count
        return self._keep_positive()

    def __ior__(self, other):
        for item, other_count in other.items():
            if other_count > self[item]:
                self[item] = other_count
        return self._keep_positive()

    def __iand__(self, other):
        for item, count in self.items():
            other_count = other[item]
            if other_count < count:
                self[item] = other_count
        return self._keep_positive()


def _equal(a, b):
    return a == b


def _less_equal(a, b):
    return a <= b


def _greater_equal(a, b):
    return a >= b


# ---------------------------------------------------------------------------------------------
# OrderedDict


class OrderedDict(dict):
    """A dict that remembers insertion order (as every dict does since Python 3.7) and can
    also move a key to either end: move_to_end(key, last=True), popitem(last=True).

    Two OrderedDicts are equal only if their items are in the same order.
    """

    def move_to_end(self, key, last=True):
        """Move key to the right end (or to the left end if last is false)."""
        value = dict.pop(self, key)  # KeyError if key is missing
        if last:
            dict.__setitem__(self, key, value)
        else:
            # A dict can only add at the end: rebuild it with key first. (O(n) here;
            # CPython keeps a linked list beside the dict to make this O(1).)
            rest = list(self.items())
            dict.clear(self)
            dict.__setitem__(self, key, value)
            dict.update(self, rest)

    def popitem(self, last=True):
        """Remove and return the (key, value) pair at the right end (left end if last is
        false)."""
        if not self:
            raise KeyError("dictionary is empty")
        if last:
            return dict.popitem(self)
        key = next(iter(self))
        return key, dict.pop(self, key)

    def copy(self):
        """Return a shallow copy."""
        return type(self)(self)

    __copy__ = copy

    def __repr__(self):
        if not self:
            return "%s()" % type(self).__name__
        key = _repr_enter(self)
        if key is None:
            return "..."
        try:
            return "%s(%r)" % (type(self).__name__, list(self.items()))
        finally:
            _repr_running.discard(key)

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return dict.__eq__(self, other) and list(self) == list(other)
        return dict.__eq__(self, other)

    def __ne__(self, other):
        result = self.__eq__(other)
        if result is NotImplemented:
            return result
        return not result

    __hash__ = None

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = self.copy()
        result.update(other)
        return result

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = type(self)(other)
        result.update(self)
        return result


# ---------------------------------------------------------------------------------------------
# namedtuple

# Python's keywords (keyword.kwlist): not allowed as names.
_KEYWORDS = frozenset([
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
    "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
    "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return",
    "try", "while", "with", "yield",
])


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """Return a new subclass of tuple whose items can also be read by name.

        >>> Point = namedtuple("Point", ["x", "y"])
        >>> p = Point(11, y=22)
        >>> p.x + p.y
        33
        >>> p
        Point(x=11, y=22)

    field_names is a list of names, or one string of names separated by spaces or commas.
    defaults gives default values to the rightmost fields.

    (CPython writes the class's source code and exec()s it; gilt has no exec, so the class
    is put together from ordinary functions below. One difference: the new class's
    __module__ is "__main__" unless module= is given, since gilt cannot look at the
    caller's frame.)
    """
    if isinstance(field_names, str):
        field_names = field_names.replace(",", " ").split()
    field_names = [str(name) for name in field_names]
    typename = str(typename)

    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if (not name.isidentifier() or name in _KEYWORDS or name.startswith("_")
                    or name in seen):
                field_names[index] = "_%d" % index
            seen.add(name)

    for name in [typename] + field_names:
        if not name.isidentifier():
            raise ValueError("Type names and field names must be valid identifiers: %r"
                             % name)
        if name in _KEYWORDS:
            raise ValueError("Type names and field names cannot be a keyword: %r" % name)
    seen = set()
    for name in field_names:
        if name.startswith("_") and not rename:
            raise ValueError("Field names cannot start with an underscore: %r" % name)
        if name in seen:
            raise ValueError("Encountered duplicate field name: %r" % name)
        seen.add(name)

    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(field_names):
            raise TypeError("Got more default values than field names")
        first = len(field_names) - len(defaults)
        for index in range(len(defaults)):
            field_defaults[field_names[first + index]] = defaults[index]

    fields = tuple(field_names)
    arg_list = ", ".join(fields)

    def __new__(cls, *args, **kwargs):
        values = _bind_arguments(typename + ".__new__", fields, field_defaults, args, kwargs)
        return tuple.__new__(cls, values)

    __new__.__doc__ = "Create new instance of %s(%s)" % (typename, arg_list)

    def _make(cls, iterable):
        result = tuple.__new__(cls, iterable)
        if len(result) != len(fields):
            raise TypeError("Expected %d arguments, got %d" % (len(fields), len(result)))
        return result

    def _replace(self, /, **kwds):
        values = []
        for name, value in zip(fields, self):
            values.append(kwds.pop(name, value))
        if kwds:
            raise ValueError("Got unexpected field names: %r" % list(kwds))
        return self._make(values)

    def __repr__(self):
        parts = []
        for name, value in zip(fields, self):
            parts.append("%s=%r" % (name, value))
        return "%s(%s)" % (type(self).__name__, ", ".join(parts))

    def _asdict(self):
        return dict(zip(fields, self))

    def __getnewargs__(self):
        return tuple(self)

    namespace = {
        "__doc__": "%s(%s)" % (typename, arg_list),
        "__new__": __new__,
        "_make": classmethod(_make),
        "_replace": _replace,
        "__repr__": __repr__,
        "_asdict": _asdict,
        "__getnewargs__": __getnewargs__,
        "_fields": fields,
        "_field_defaults": field_defaults,
        "__match_args__": fields,
        "__module__": "__main__" if module is None else module,
    }
    for index, name in enumerate(fields):
        namespace[name] = _field_property(index)
    return type(typename, (tuple,), namespace)


def _field_property(index):
    # The read-only attribute that gives item number index.
    def get(self):
        return self[index]
    return property(get, doc="Alias for field number %d" % index)


def _bind_arguments(function, names, defaults, args, kwargs):
    # Match args and kwargs to the parameters `names`, as a call to a function defined
    # with those parameters would, with the same error messages.
    values = list(args[:len(names)])
    values.extend([_MISSING] * (len(names) - len(values)))
    for key in kwargs:
        if key not in names:
            raise TypeError("%s() got an unexpected keyword argument '%s'" % (function, key))
        index = names.index(key)
        if index < len(args):
            raise TypeError("%s() got multiple values for argument '%s'" % (function, key))
        values[index] = kwargs[key]
    if len(args) > len(names):
        most = len(names) + 1  # the counts include cls, as Python's own message does
        least = most - len(defaults)
        if least == most:
            takes = "%d positional argument%s" % (most, "" if most == 1 else "s")
        else:
            takes = "from %d to %d positional arguments" % (least, most)
        raise TypeError("%s() takes %s but %d were given" % (function, takes, len(args) + 1))
    missing = []
    for index in range(len(names)):
        if values[index] is _MISSING:
            if names[index] in defaults:
                values[index] = defaults[names[index]]
            else:
                missing.append(repr(names[index]))
    if missing:
        if len(missing) == 1:
            listed = missing[0]
        elif len(missing) == 2:
            listed = "%s and %s" % (missing[0], missing[1])
        else:
            listed = ", ".join(missing[:-1]) + ", and " + missing[-1]
        raise TypeError("%s() missing %d required positional argument%s: %s"
                        % (function, len(missing), "" if len(missing) == 1 else "s", listed))
    return values


_MISSING = object()
