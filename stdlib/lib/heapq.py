"""Heap queue algorithm (a priority queue kept in a plain list): gilt's heapq module.

A heap is a list in which every item is <= its two children, the items at 2*k+1 and 2*k+2.
So heap[0] is always the smallest item, and pushing or popping one item costs O(log n)
comparisons: the item only moves up or down one path of the tree. (queue.PriorityQueue is a
list kept as a heap with these functions.)

Items are compared with < only. The functions move items exactly as CPython's do, so a heap
built here prints the same list as under CPython.

Read _bubble_up first (an item moves up towards the root), then _sink (a hole moves down
to a leaf, which is filled and then moved back up).
"""

__all__ = ["heappush", "heappop", "heapify", "heapreplace", "merge", "nlargest", "nsmallest",
           "heappushpop"]


def _check_list(heap, function, which="argument"):
    # The same TypeError as CPython's C functions raise for a heap that is not a list.
    if not isinstance(heap, list):
        kind = "None" if heap is None else type(heap).__name__
        raise TypeError("%s() %s must be list, not %s" % (function, which, kind))


def heappush(heap, item, /):
    """Push item onto heap, keeping the heap invariant."""
    _check_list(heap, "heappush", "argument 1")
    heap.append(item)
    _bubble_up(heap, 0, len(heap) - 1)


def heappop(heap, /):
    """Pop and return the smallest item of heap, keeping the heap invariant."""
    _check_list(heap, "heappop")
    if not heap:
        raise IndexError("index out of range")
    last = heap.pop()
    if not heap:
        return last
    smallest = heap[0]
    heap[0] = last  # the last leaf fills the root's place, then sinks to where it belongs
    _sink(heap, 0)
    return smallest


def heapreplace(heap, item, /):
    """Pop and return the smallest item, and push item: faster than heappop + heappush.

    The returned item may be larger than item. Raises IndexError if heap is empty.
    """
    _check_list(heap, "heapreplace", "argument 1")
    if not heap:
        raise IndexError("index out of range")
    smallest = heap[0]
    heap[0] = item
    _sink(heap, 0)
    return smallest


def heappushpop(heap, item, /):
    """Push item and then pop and return the smallest item: faster than heappush + heappop."""
    _check_list(heap, "heappushpop", "argument 1")
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _sink(heap, 0)
    return item


def heapify(x, /):
    """Turn the list x into a heap, in place, in O(len(x)) time."""
    _check_list(x, "heapify")
    # Leaves are heaps of one item already. Fix the parents, from the last one to the root:
    # when a parent is fixed, both of its subtrees are heaps.
    for i in range(len(x) // 2 - 1, -1, -1):
        _sink(x, i)


def _bubble_up(heap, start, pos):
    # The item at pos may be smaller than its parent: move it up towards the root (to
    # smaller indices) until its parent is not greater, but not above index start. Parents
    # move down into the hole it leaves; the item is written once, at its final place.
    # (CPython calls this function _siftdown.)
    item = heap[pos]
    while pos > start:
        parent_pos = (pos - 1) // 2
        parent = heap[parent_pos]
        if not item < parent:
            break
        heap[pos] = parent
        pos = parent_pos
    heap[pos] = item


def _sink(heap, pos):
    # The item at pos may be greater than its children. Instead of comparing it with them at
    # every level, first move the smaller child up into the hole, level by level, all the
    # way down to a leaf; then put the item in the hole and let _bubble_up move it back up
    # to its place. The item usually belongs near the bottom, so this needs fewer
    # comparisons. (CPython calls this function _siftup.)
    end = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _bubble_up(heap, start, pos)


# Max-heap helpers (parents >= children), for nlargest.

def _bubble_up_max(heap, start, pos):
    item = heap[pos]
    while pos > start:
        parent_pos = (pos - 1) // 2
        parent = heap[parent_pos]
        if not parent < item:
            break
        heap[pos] = parent
        pos = parent_pos
    heap[pos] = item


def _sink_max(heap, pos):
    end = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[right] < heap[child]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _bubble_up_max(heap, start, pos)


def _heapify_max(x):
    for i in range(len(x) // 2 - 1, -1, -1):
        _sink_max(x, i)


def _heapreplace_max(heap, item):
    largest = heap[0]
    heap[0] = item
    _sink_max(heap, 0)
    return largest


def nsmallest(n, iterable, key=None):
    """Return a list of the n smallest items of iterable, smallest first.

    Same as sorted(iterable, key=key)[:n], also for ties (equal items keep their order).
    """
    if n <= 0:
        return []
    items = list(iterable)
    if n == 1:
        if not items:
            return []
        return [min(items, key=key)]
    if n >= len(items):
        return sorted(items, key=key)[:n]
    # Keep the n smallest seen so far in a max-heap, so that its top is the one to drop
    # when a smaller item comes. Each entry is (key, position, item): the position keeps
    # equal keys in input order and means items themselves are never compared.
    heap = []
    for i in range(n):
        k = items[i] if key is None else key(items[i])
        heap.append((k, i, items[i]))
    _heapify_max(heap)
    top = heap[0][0]
    for i in range(n, len(items)):
        k = items[i] if key is None else key(items[i])
        if k < top:
            _heapreplace_max(heap, (k, i, items[i]))
            top = heap[0][0]
    heap.sort()
    return [entry[2] for entry in heap]


def nlargest(n, iterable, key=None):
    """Return a list of the n largest items of iterable, largest first.

    Same as sorted(iterable, key=key, reverse=True)[:n], also for ties.
    """
    if n <= 0:
        return []
    items = list(iterable)
    if n == 1:
        if not items:
            return []
        return [max(items, key=key)]
    if n >= len(items):
        return sorted(items, key=key, reverse=True)[:n]
    # Keep the n largest seen so far in a min-heap, whose top is the one to drop when a
    # larger item comes. Entries are (key, -position, item): negated positions make earlier
    # items win ties once the list is sorted in reverse.
    heap = []
    for i in range(n):
        k = items[i] if key is None else key(items[i])
        heap.append((k, -i, items[i]))
    heapify(heap)
    top = heap[0][0]
    for i in range(n, len(items)):
        k = items[i] if key is None else key(items[i])
        if top < k:
            heapreplace(heap, (k, -i, items[i]))
            top = heap[0][0]
    heap.sort(reverse=True)
    return [entry[2] for entry in heap]


class merge:
    """merge(*iterables, key=None, reverse=False): iterate over the items of several sorted
    inputs in sorted order (an iterator, like CPython's generator).

    The inputs must already be sorted (by key, and from largest to smallest if reverse).
    Only one item of each input is held at a time, in a small heap.
    """

    def __init__(self, *iterables, key=None, reverse=False):
        self._key = key
        self._reverse = reverse
        self._heap = []  # entries [key, order, item, iterator], one per unfinished input
        for order, iterable in enumerate(iterables):
            it = iter(iterable)
            try:
                item = next(it)
            except StopIteration:
                continue
            # In reverse mode the order is negated, so that earlier inputs still win ties.
            self._heap.append([self._key_of(item), -order if reverse else order, item, it])
        if reverse:
            _heapify_max(self._heap)
        else:
            heapify(self._heap)

    def _key_of(self, item):
        return item if self._key is None else self._key(item)

    def __iter__(self):
        return self

    def __next__(self):
        heap = self._heap
        if not heap:
            raise StopIteration
        entry = heap[0]
        result = entry[2]
        try:
            item = next(entry[3])
        except StopIteration:
            # This input is finished: drop its entry.
            last = heap.pop()
            if heap:
                heap[0] = last
                self._fix_top()
            return result
        # The input's next item takes this entry's place at the top, then sinks to where it
        # belongs. Entries compare by key, then by order (all different), never by item.
        heap[0] = [self._key_of(item), entry[1], item, entry[3]]
        self._fix_top()
        return result

    def _fix_top(self):
        if self._reverse:
            _sink_max(self._heap, 0)
        else:
            _sink(self._heap, 0)

