// list.c - the list type: a growable array of Values, its operators, slicing (read, assign,
// delete, with any step), methods, iterators, and a stable merge sort (list.sort, sorted()).
//
// Entry points: the gt_list_* functions of containers.h and gt_list_init_type. Read list_sort
// last: it explains how the items stay alive and consistent while comparisons run Python code.
//
// A list's items may change under any call that runs Python code (__eq__, __lt__, __repr__,
// a key function...), so loops here re-read l->items and l->len after every such call and
// keep the item being worked on pushed on the value stack.
#include <string.h>

#include "core.h"

// ---- Storage ----

static void list_mark(GcState *gc, Obj *o) {
    List *l = (List *)o;
    for (uint32_t i = 0; i < l->len; i++)
        gt_gc_mark(gc, l->items[i]);
}

static void list_free(Interp *in, Obj *o) {
    List *l = (List *)o;
    gt_mem_free(in, l->items, sizeof(Value) * l->cap);
    l->items = NULL;
    l->cap = l->len = 0;
}

// Make room for at least `need` items. Growth is geometric (about 1.5x) so that a loop of
// appends costs amortised O(1); a request for exactly `need` (exact = true) is used when the
// final size is known (list * n, slicing).
static bool list_reserve(TS *ts, List *l, uint64_t need, bool exact) {
    if (need <= l->cap)
        return true;
    if (need > UINT32_MAX) {
        gt_raise_nomem(ts);
        return false;
    }
    uint64_t ncap = need;
    if (!exact) {
        ncap = (uint64_t)l->cap + (l->cap >> 1) + 4;
        if (ncap < need)
            ncap = need;
        if (ncap > UINT32_MAX)
            ncap = UINT32_MAX;
    }
    Value *p = gt_mem_realloc(ts, l->items, sizeof(Value) * l->cap, sizeof(Value) * ncap);
    if (!p)
        return false;
    l->items = p;
    l->cap = (uint32_t)ncap;
    return true;
}

// Give back memory when a list shrank to well under its capacity.
static void list_maybe_shrink(TS *ts, List *l) {
    if (l->cap > 16 && l->len < l->cap / 4) {
        uint32_t ncap = l->len + (l->len >> 1) + 4;
        Value *p = gt_mem_realloc(ts, l->items, sizeof(Value) * l->cap, sizeof(Value) * ncap);
        if (p) {
            l->items = p;
            l->cap = ncap;
        } else {
            gt_err_clear(ts); // keeping the bigger buffer is fine
        }
    }
}

List *gt_list_new(TS *ts, uint32_t cap) {
    List *l = gt_obj_new(ts, TYPE(ts, list), K_LIST, sizeof(List));
    if (!l)
        return NULL;
    if (cap && !list_reserve(ts, l, cap, true))
        return NULL;
    return l;
}

List *gt_list_from(TS *ts, const Value *items, uint32_t n) {
    List *l = gt_list_new(ts, n);
    if (l && n) {
        memcpy(l->items, items, sizeof(Value) * n);
        l->len = n;
    }
    return l;
}

bool gt_list_append(TS *ts, List *l, Value v) {
    if (GT_UNLIKELY(l->len == l->cap) && !list_reserve(ts, l, (uint64_t)l->len + 1, false))
        return false;
    l->items[l->len++] = v;
    return true;
}

bool gt_list_insert(TS *ts, List *l, int64_t i, Value v) {
    if (i < 0) {
        i += l->len;
        if (i < 0)
            i = 0;
    } else if (i > l->len) {
        i = l->len;
    }
    if (l->len == l->cap && !list_reserve(ts, l, (uint64_t)l->len + 1, false))
        return false;
    memmove(l->items + i + 1, l->items + i, sizeof(Value) * (l->len - (uint64_t)i));
    l->items[i] = v;
    l->len++;
    return true;
}

// Append n values (which must not point into l's own buffer unless l is not resized).
static bool list_append_many(TS *ts, List *l, const Value *src, uint32_t n) {
    if (!list_reserve(ts, l, (uint64_t)l->len + n, false))
        return false;
    if (n)
        memmove(l->items + l->len, src, sizeof(Value) * n);
    l->len += n;
    return true;
}

bool gt_list_extend(TS *ts, List *l, Value iterable) {
    if (IS_LIST(iterable)) {
        List *o = LIST_VAL(iterable);
        uint32_t n = o->len; // l.extend(l) appends the items it had before
        if (!list_reserve(ts, l, (uint64_t)l->len + n, false))
            return false;
        if (n) // an empty list may have no buffer at all
            memmove(l->items + l->len, o->items, sizeof(Value) * n);
        l->len += n;
        return true;
    }
    if (IS_TUPLE(iterable))
        return list_append_many(ts, l, TUPLE_VAL(iterable)->items, TUPLE_VAL(iterable)->len);
    if (IS_OBJ(iterable)) {
        // Containers whose length is known up front: make room at once, so that
        // list(range(2**62)) fails with MemoryError now rather than after filling all memory.
        int k = AS_OBJ(iterable)->kind;
        if (k == K_RANGE || k == K_DICT || k == K_SET || k == K_STR) {
            int64_t n = gt_len(ts, iterable);
            if (n < 0 || !list_reserve(ts, l, (uint64_t)l->len + (uint64_t)n, false))
                return false;
        }
    }
    Value it = gt_iter(ts, iterable);
    if (IS_ERR(it) || !gt_push(ts, it))
        return false;
    bool ok = true;
    for (;;) {
        Value x = gt_next(ts, it);
        if (IS_NULL(x))
            break;
        if (IS_ERR(x) || !gt_list_append(ts, l, x)) {
            ok = false;
            break;
        }
    }
    gt_popn(ts, 1);
    return ok;
}

// ---- Creation, repr, comparison ----

static Value list_make(TS *ts, Type *cls, Value *args, int nargs, Tuple *kwnames) {
    if (!gt_check_args(ts, "list", nargs, kwnames, 0, 1))
        return V_ERR;
    size_t size = cls->inst_size > sizeof(List) ? cls->inst_size : sizeof(List);
    List *l = gt_obj_new(ts, cls, K_LIST, size);
    if (!l)
        return V_ERR;
    if (nargs == 0)
        return v_obj(l);
    if (!gt_push(ts, v_obj(l)))
        return V_ERR;
    bool ok = gt_list_extend(ts, l, args[0]);
    gt_popn(ts, 1);
    return ok ? v_obj(l) : V_ERR;
}

static Value list_repr(TS *ts, Value self) {
    List *l = LIST_VAL(self);
    if (l->len == 0)
        return v_obj(gt_str_new(ts, "[]", 2));
    int r = gt_repr_enter(ts, AS_OBJ(self));
    if (r != 0)
        return r < 0 ? V_ERR : v_obj(gt_str_new(ts, "[...]", 5));
    StrBuf sb;
    gt_sb_init(&sb);
    bool ok = gt_sb_addc(ts, &sb, '[');
    // The list may change while its items' reprs run: re-check the length every time.
    for (uint32_t i = 0; ok && i < l->len; i++) {
        if (i > 0)
            ok = gt_sb_add(ts, &sb, ", ", 2);
        Value item = l->items[i];
        ok = ok && gt_push(ts, item);
        if (ok) {
            ok = gt_sb_addrepr(ts, &sb, item);
            gt_popn(ts, 1);
        }
    }
    ok = ok && gt_sb_addc(ts, &sb, ']');
    gt_repr_leave(ts, AS_OBJ(self));
    if (!ok) {
        gt_sb_free(&sb);
        return V_ERR;
    }
    Str *s = gt_sb_finish(ts, &sb);
    return s ? v_obj(s) : V_ERR;
}

static int64_t list_hash(TS *ts, Value self) {
    gt_raise(ts, EXC(ts, TypeError), "unhashable type: '%s'", gt_type_name(ts, self));
    return -1;
}

// Compare two items for equality with both kept alive (the lists may drop them).
// Identical values are equal without asking __eq__, as CPython's containers do; a float is
// "identical" to one with the same bits (floats are not objects here), so x in [x] holds for
// x = nan as in CPython.
static int item_eq(TS *ts, Value x, Value y) {
    if (v_is(x, y))
        return 1;
    if (!gt_push(ts, x) || !gt_push(ts, y))
        return -1;
    int r = gt_eq(ts, x, y);
    gt_popn(ts, 2);
    return r;
}

static Value list_richcmp(TS *ts, Value self, Value other, int op) {
    if (!IS_LIST(other))
        return V_NOTIMPL(ts);
    List *a = LIST_VAL(self), *b = LIST_VAL(other);
    if ((op == CMP_EQ || op == CMP_NE) && a->len != b->len)
        return v_bool(op == CMP_NE);
    // Find the first index where the items differ (the lists may shrink meanwhile).
    uint32_t i;
    for (i = 0; i < a->len && i < b->len; i++) {
        int eq = item_eq(ts, a->items[i], b->items[i]);
        if (eq < 0)
            return V_ERR;
        if (!eq)
            break;
    }
    if (i >= a->len || i >= b->len) {
        uint32_t na = a->len, nb = b->len;
        return gt_cmp_outcome((na > nb) - (na < nb), op);
    }
    if (op == CMP_EQ)
        return V_FALSE;
    if (op == CMP_NE)
        return V_TRUE;
    Value x = a->items[i], y = b->items[i];
    if (!gt_push(ts, x) || !gt_push(ts, y))
        return V_ERR;
    Value r = gt_richcmp(ts, x, y, op);
    gt_popn(ts, 2);
    return r;
}

// ---- Operators ----

// The repeat count of `seq * n`: false with NotImplemented semantics (*notimpl) when n is not
// an int-like value. Big ints do not fit, whatever their sign (as in CPython).
static bool repeat_count(TS *ts, Value n, int64_t *out, bool *notimpl) {
    *notimpl = false;
    if (IS_SMALLINT_OR_BOOL(n)) {
        *out = AS_INT(n);
        return true;
    }
    bool intlike = IS_BIGINT(n);
    if (!intlike) {
        Type *t = gt_type_of(ts, n);
        intlike = (t->tflags & TF_HEAPTYPE) && !IS_NULL(gt_type_lookup(t, NM(ts, __index__)));
    }
    if (!intlike) {
        *notimpl = true;
        return false;
    }
    Value iv = gt_number_index(ts, n);
    if (IS_ERR(iv))
        return false;
    if (IS_INT(iv)) {
        *out = AS_INT(iv);
        return true;
    }
    gt_raise(ts, EXC(ts, OverflowError), "cannot fit 'int' into an index-sized integer");
    return false;
}

// Fill l (already holding one copy of `n` items) up to `times` copies by doubling memcpys.
static void repeat_fill(List *l, uint32_t n, uint64_t times) {
    uint64_t total = n * times, done = n;
    while (done < total) {
        uint64_t chunk = done <= total - done ? done : total - done;
        memcpy(l->items + done, l->items, sizeof(Value) * chunk);
        done += chunk;
    }
    l->len = (uint32_t)total;
}

static Value list_repeat(TS *ts, List *src, int64_t n) {
    uint32_t len = src->len;
    if (n <= 0 || len == 0)
        return v_obj(gt_list_new(ts, 0));
    size_t total;
    if (!gt_size_mul(ts, len, (size_t)n, &total))
        return V_ERR;
    if (total > UINT32_MAX)
        return gt_raise_nomem(ts);
    List *r = gt_list_new(ts, (uint32_t)total);
    if (!r)
        return V_ERR;
    memcpy(r->items, src->items, sizeof(Value) * len);
    repeat_fill(r, len, (uint64_t)n);
    return v_obj(r);
}

static Value list_binop(TS *ts, Value a, Value b, int op) {
    switch (op) {
        case NB_ADD: {
            if (!IS_LIST(a) || !IS_LIST(b))
                return V_NOTIMPL(ts);
            List *x = LIST_VAL(a), *y = LIST_VAL(b);
            List *r = gt_list_new(ts, x->len + y->len);
            if (!r)
                return V_ERR;
            if (x->len)
                memcpy(r->items, x->items, sizeof(Value) * x->len);
            if (y->len)
                memcpy(r->items + x->len, y->items, sizeof(Value) * y->len);
            r->len = x->len + y->len;
            return v_obj(r);
        }
        case NB_MULTIPLY: {
            Value seq = IS_LIST(a) ? a : b, nv = IS_LIST(a) ? b : a;
            int64_t n;
            bool notimpl;
            if (!repeat_count(ts, nv, &n, &notimpl))
                return notimpl ? V_NOTIMPL(ts) : V_ERR;
            return list_repeat(ts, LIST_VAL(seq), n);
        }
        case NB_INPLACE + NB_ADD:
            if (!IS_LIST(a))
                return V_NOTIMPL(ts);
            return gt_list_extend(ts, LIST_VAL(a), b) ? a : V_ERR;
        case NB_INPLACE + NB_MULTIPLY: {
            if (!IS_LIST(a))
                return V_NOTIMPL(ts);
            int64_t n;
            bool notimpl;
            if (!repeat_count(ts, b, &n, &notimpl))
                return notimpl ? V_NOTIMPL(ts) : V_ERR;
            List *l = LIST_VAL(a);
            if (n <= 0 || l->len == 0) {
                l->len = 0;
                list_maybe_shrink(ts, l);
                return a;
            }
            size_t total;
            if (!gt_size_mul(ts, l->len, (size_t)n, &total))
                return V_ERR;
            if (!list_reserve(ts, l, total, true))
                return V_ERR;
            repeat_fill(l, l->len, (uint64_t)n);
            return a;
        }
        default:
            return V_NOTIMPL(ts);
    }
}

// ---- Items ----

static int64_t list_len(TS *ts, Value self) {
    GT_UNUSED(ts);
    return LIST_VAL(self)->len;
}

static Value list_slice(TS *ts, List *l, Slice *s) {
    int64_t start, stop, step, count;
    if (gt_slice_indices(ts, s, l->len, &start, &stop, &step, &count) < 0)
        return V_ERR;
    List *r = gt_list_new(ts, (uint32_t)count);
    if (!r)
        return V_ERR;
    if (count == 0) {
        // Nothing to copy (and maybe no buffer to copy from).
    } else if (step == 1) {
        memcpy(r->items, l->items + start, sizeof(Value) * (size_t)count);
    } else {
        for (int64_t i = 0, j = start; i < count; i++, j += step)
            r->items[i] = l->items[j];
    }
    r->len = (uint32_t)count;
    return v_obj(r);
}

static Value list_getitem(TS *ts, Value self, Value key) {
    List *l = LIST_VAL(self);
    if (GT_LIKELY(IS_INT(key))) {
        int64_t i = AS_INT(key);
        if (GT_LIKELY(gt_seq_index(&i, l->len)))
            return l->items[i];
        return gt_raise(ts, EXC(ts, IndexError), "list index out of range");
    }
    if (IS_SLICE(key))
        return list_slice(ts, l, (Slice *)AS_OBJ(key));
    int64_t i;
    if (!gt_index(ts, key, &i, "list indices"))
        return V_ERR;
    if (!gt_seq_index(&i, l->len))
        return gt_raise(ts, EXC(ts, IndexError), "list index out of range");
    return l->items[i];
}

// Remove `count` items starting at `start` going by `step` (count > 0).
static void list_delete_slice(TS *ts, List *l, int64_t start, int64_t step, int64_t count) {
    if (step < 0) {
        // Delete the same items walking forwards.
        start = start + step * (count - 1);
        step = -step;
    }
    if (step == 1) {
        memmove(l->items + start, l->items + start + count,
                sizeof(Value) * (size_t)(l->len - start - count));
    } else {
        // Compact: move each kept run between deleted items down.
        int64_t dst = start;
        for (int64_t k = 0; k < count; k++) {
            int64_t from = start + k * step + 1;
            int64_t to = k + 1 < count ? start + (k + 1) * step : l->len;
            memmove(l->items + dst, l->items + from, sizeof(Value) * (size_t)(to - from));
            dst += to - from;
        }
    }
    l->len -= (uint32_t)count;
    list_maybe_shrink(ts, l);
}

// Replace l[start:start+n_old] (step 1) with the n_new values of src (a private copy).
static bool list_replace_run(TS *ts, List *l, int64_t start, int64_t n_old, const Value *src,
                             int64_t n_new) {
    int64_t tail = l->len - start - n_old;
    if (n_new > n_old && !list_reserve(ts, l, (uint64_t)l->len + (uint64_t)(n_new - n_old), false))
        return false;
    if (tail)
        memmove(l->items + start + n_new, l->items + start + n_old, sizeof(Value) * (size_t)tail);
    if (n_new)
        memcpy(l->items + start, src, sizeof(Value) * (size_t)n_new);
    l->len = (uint32_t)(l->len - n_old + n_new);
    if (n_new < n_old)
        list_maybe_shrink(ts, l);
    return true;
}

static int list_ass_slice(TS *ts, Value self, Slice *s, Value val) {
    List *l = LIST_VAL(self);
    int64_t start, stop, step, count;
    if (gt_slice_indices(ts, s, l->len, &start, &stop, &step, &count) < 0)
        return -1;
    if (IS_NULL(val)) {
        if (count > 0)
            list_delete_slice(ts, l, start, step, count);
        return 0;
    }
    // Take a private copy of the new items first (it also protects a[::-1] = a). Making it
    // may run Python code that changes the list, so the indices are resolved again after.
    Value seq;
    if (IS_LIST(val) || IS_TUPLE(val)) {
        seq = gt_list_from_iterable(ts, val);
    } else {
        Type *vt = gt_type_of(ts, val);
        if (!vt->iter && !vt->getitem) {
            gt_raise(ts, EXC(ts, TypeError),
                     step == 1 ? "can only assign an iterable"
                               : "must assign iterable to extended slice");
            return -1;
        }
        seq = gt_list_from_iterable(ts, val);
    }
    if (IS_ERR(seq) || !gt_push(ts, seq))
        return -1;
    List *src = LIST_VAL(seq);
    int rc = 0;
    if (gt_slice_indices(ts, s, l->len, &start, &stop, &step, &count) < 0) {
        rc = -1;
    } else if (step == 1) {
        if (!list_replace_run(ts, l, start, count, src->items, src->len))
            rc = -1;
    } else if (src->len != count) {
        gt_raise(ts, EXC(ts, ValueError),
                 "attempt to assign sequence of size %u to extended slice of size %lld",
                 src->len, (long long)count);
        rc = -1;
    } else {
        for (int64_t i = 0, j = start; i < count; i++, j += step)
            l->items[j] = src->items[i];
    }
    gt_popn(ts, 1);
    return rc;
}

static int list_setitem(TS *ts, Value self, Value key, Value val) {
    List *l = LIST_VAL(self);
    int64_t i;
    if (GT_LIKELY(IS_INT(key))) {
        i = AS_INT(key);
    } else if (IS_SLICE(key)) {
        return list_ass_slice(ts, self, (Slice *)AS_OBJ(key), val);
    } else if (!gt_index(ts, key, &i, "list indices")) {
        return -1;
    }
    if (!gt_seq_index(&i, l->len)) {
        gt_raise(ts, EXC(ts, IndexError), "list assignment index out of range");
        return -1;
    }
    if (IS_NULL(val)) {
        memmove(l->items + i, l->items + i + 1, sizeof(Value) * (size_t)(l->len - i - 1));
        l->len--;
        list_maybe_shrink(ts, l);
    } else {
        l->items[i] = val;
    }
    return 0;
}

static int list_contains(TS *ts, Value self, Value item) {
    List *l = LIST_VAL(self);
    for (uint32_t i = 0; i < l->len; i++) {
        int eq = item_eq(ts, l->items[i], item);
        if (eq)
            return eq;
    }
    return 0;
}

// ---- Iterators ----
// list_iterator: src = the list (V_NULL once exhausted), pos = next index.
// list_reverseiterator: src = the list, pos = next index going down (-1 when done).

static Value list_iter(TS *ts, Value self) {
    Iter *it = gt_obj_new(ts, TYPE(ts, list_iter), K_ITER, sizeof(Iter));
    if (!it)
        return V_ERR;
    it->src = self;
    return v_obj(it);
}

static Value list_iter_next(TS *ts, Value self) {
    GT_UNUSED(ts);
    Iter *it = (Iter *)AS_OBJ(self);
    if (IS_NULL(it->src))
        return V_NULL;
    List *l = LIST_VAL(it->src);
    if ((uint64_t)it->pos < l->len)
        return l->items[it->pos++];
    it->src = V_NULL; // exhausted for good, even if the list grows later
    return V_NULL;
}

static Value list_reviter_new(TS *ts, Value list) {
    Iter *it = gt_obj_new(ts, TYPE(ts, list_reviter), K_ITER, sizeof(Iter));
    if (!it)
        return V_ERR;
    it->src = list;
    it->pos = (int64_t)LIST_VAL(list)->len - 1;
    return v_obj(it);
}

static Value list_reviter_next(TS *ts, Value self) {
    GT_UNUSED(ts);
    Iter *it = (Iter *)AS_OBJ(self);
    if (IS_NULL(it->src))
        return V_NULL;
    List *l = LIST_VAL(it->src);
    if (it->pos >= 0 && it->pos < (int64_t)l->len)
        return l->items[it->pos--];
    it->pos = -1;
    it->src = V_NULL;
    return V_NULL;
}

static Value list_iter_length_hint(TS *ts, Value *args, int nargs, Tuple *kw) {
    GT_UNUSED(ts);
    GT_UNUSED(nargs);
    GT_UNUSED(kw);
    Iter *it = (Iter *)AS_OBJ(args[0]);
    if (IS_NULL(it->src))
        return v_int(0);
    int64_t len = LIST_VAL(it->src)->len;
    if (it->hdr.type == TYPE(ts, list_reviter))
        return v_int(it->pos + 1 <= len ? it->pos + 1 : 0);
    return v_int(len > it->pos ? len - it->pos : 0);
}

// ---- Sorting ----
//
// A natural merge sort in the style of timsort: the array is cut into ascending runs (a
// strictly descending run is reversed in place, which keeps equal items in order), short runs
// are extended to `minrun` items by binary insertion sort, and runs are merged pairwise under
// a stack discipline that keeps merges balanced, so the sort is stable, O(n log n), and O(n)
// on data that is already (or reverse) sorted.
//
// Comparisons may run Python code, which may collect garbage or touch the list. So:
// - the list is emptied while it is sorted (its buffer moves into a private List object
//   that is pushed on the value stack), as CPython does: Python code sees an empty list, and a
//   list that is not empty (or has a buffer) at the end was modified: "list modified during
//   sort";
// - keys computed by a key function live in another private List, and the merge buffer is a
//   third one, so that every value is reachable at every moment, even halfway through a merge;
// - when a comparison fails, the merge in progress puts back the items it holds, so the list
//   always ends up a permutation of its items.

#define MAX_RUNS 96

typedef struct SortState {
    TS *ts;
    Value *keys;    // what is compared
    Value *vals;    // moved in tandem with keys; NULL when the keys are the items themselves
    List *buf;      // the merge buffer (a private List, so the GC sees it)
    uint32_t half;  // capacity of each half of buf (keys, then vals)
    int nruns;
    struct {
        uint32_t base, len;
    } runs[MAX_RUNS];
} SortState;

static inline int sort_lt(TS *ts, Value a, Value b) {
    if (IS_INT(a) && IS_INT(b))
        return AS_INT(a) < AS_INT(b);
    if (IS_FLOAT(a) && IS_FLOAT(b))
        return AS_FLOAT(a) < AS_FLOAT(b);
    if (IS_STR(a) && IS_STR(b))
        return gt_str_cmp(STR_VAL(a), STR_VAL(b)) < 0;
    return gt_lt(ts, a, b);
}

static void sort_reverse(Value *a, uint32_t lo, uint32_t hi) {
    if (!a || hi <= lo)
        return;
    for (uint32_t i = lo, j = hi - 1; i < j; i++, j--) {
        Value t = a[i];
        a[i] = a[j];
        a[j] = t;
    }
}

// Make the merge buffer hold at least n keys (and n values when sorting with keys).
static bool sort_buffer(SortState *s, uint32_t n) {
    if (n <= s->half)
        return true;
    List *b = s->buf;
    uint32_t per = s->vals ? 2 : 1;
    uint64_t ncap = (uint64_t)n * per;
    if (!list_reserve(s->ts, b, ncap, true))
        return false;
    for (uint32_t i = b->len; i < ncap; i++)
        b->items[i] = V_NONE;
    b->len = (uint32_t)ncap;
    s->half = n;
    return true;
}

// Sort keys[lo..hi) by binary insertion, knowing keys[lo..start) is already sorted.
static int binary_insertion(SortState *s, uint32_t lo, uint32_t hi, uint32_t start) {
    Value *K = s->keys, *V = s->vals;
    for (uint32_t i = start; i < hi; i++) {
        Value pk = K[i];
        uint32_t l = lo, r = i;
        while (l < r) {
            uint32_t mid = l + (r - l) / 2;
            int lt = sort_lt(s->ts, pk, K[mid]);
            if (lt < 0)
                return -1;
            if (lt)
                r = mid;
            else
                l = mid + 1;
        }
        if (l == i)
            continue;
        memmove(K + l + 1, K + l, sizeof(Value) * (i - l));
        K[l] = pk;
        if (V) {
            Value pv = V[i];
            memmove(V + l + 1, V + l, sizeof(Value) * (i - l));
            V[l] = pv;
        }
    }
    return 0;
}

// Length of the run starting at lo (hi > lo); a strictly descending run is reversed.
static int64_t count_run(SortState *s, uint32_t lo, uint32_t hi) {
    Value *K = s->keys;
    if (hi - lo == 1)
        return 1;
    int lt = sort_lt(s->ts, K[lo + 1], K[lo]);
    if (lt < 0)
        return -1;
    uint32_t n = 2;
    if (lt) {
        while (lo + n < hi) {
            lt = sort_lt(s->ts, K[lo + n], K[lo + n - 1]);
            if (lt < 0)
                return -1;
            if (!lt)
                break;
            n++;
        }
        sort_reverse(s->keys, lo, lo + n);
        sort_reverse(s->vals, lo, lo + n);
    } else {
        while (lo + n < hi) {
            lt = sort_lt(s->ts, K[lo + n], K[lo + n - 1]);
            if (lt < 0)
                return -1;
            if (lt)
                break;
            n++;
        }
    }
    return n;
}

// Merge the adjacent sorted runs [a, a+na) and [a+na, a+na+nb), na <= nb: the left run goes
// into the buffer and is merged from the front.
static int merge_lo(SortState *s, uint32_t a, uint32_t na, uint32_t nb) {
    if (!sort_buffer(s, na))
        return -1;
    Value *K = s->keys, *V = s->vals;
    Value *bk = s->buf->items, *bv = s->buf->items + s->half;
    memcpy(bk, K + a, sizeof(Value) * na);
    if (V)
        memcpy(bv, V + a, sizeof(Value) * na);
    uint32_t i = 0, j = a + na, d = a, end = a + na + nb;
    int rc = 0;
    while (i < na && j < end) {
        int lt = sort_lt(s->ts, K[j], bk[i]);
        if (lt < 0) {
            rc = -1;
            break;
        }
        // Take from the right run only when strictly smaller: that is what keeps it stable.
        if (lt) {
            K[d] = K[j];
            if (V)
                V[d] = V[j];
            j++;
        } else {
            K[d] = bk[i];
            if (V)
                V[d] = bv[i];
            i++;
        }
        d++;
    }
    // What is left of the buffer fills the gap before the unmerged part of the right run.
    memcpy(K + d, bk + i, sizeof(Value) * (na - i));
    if (V)
        memcpy(V + d, bv + i, sizeof(Value) * (na - i));
    return rc;
}

// The same with nb < na: the right run goes into the buffer and is merged from the back.
static int merge_hi(SortState *s, uint32_t a, uint32_t na, uint32_t nb) {
    if (!sort_buffer(s, nb))
        return -1;
    Value *K = s->keys, *V = s->vals;
    Value *bk = s->buf->items, *bv = s->buf->items + s->half;
    uint32_t b = a + na;
    memcpy(bk, K + b, sizeof(Value) * nb);
    if (V)
        memcpy(bv, V + b, sizeof(Value) * nb);
    int64_t i = (int64_t)b - 1, j = (int64_t)nb - 1, d = (int64_t)b + nb - 1;
    int rc = 0;
    while (i >= a && j >= 0) {
        int lt = sort_lt(s->ts, bk[j], K[i]);
        if (lt < 0) {
            rc = -1;
            break;
        }
        if (lt) {
            K[d] = K[i];
            if (V)
                V[d] = V[i];
            i--;
        } else {
            K[d] = bk[j];
            if (V)
                V[d] = bv[j];
            j--;
        }
        d--;
    }
    memcpy(K + d - j, bk, sizeof(Value) * (size_t)(j + 1));
    if (V)
        memcpy(V + d - j, bv, sizeof(Value) * (size_t)(j + 1));
    return rc;
}

// Merge runs idx and idx+1 of the run stack.
static int merge_at(SortState *s, int idx) {
    uint32_t a = s->runs[idx].base, na = s->runs[idx].len;
    uint32_t b = s->runs[idx + 1].base, nb = s->runs[idx + 1].len;
    s->runs[idx].len = na + nb;
    if (idx + 2 < s->nruns)
        s->runs[idx + 1] = s->runs[idx + 2];
    s->nruns--;
    Value *K = s->keys;
    // Items of the left run not greater than the right run's first are already in place.
    uint32_t lo = 0, hi = na;
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        int lt = sort_lt(s->ts, K[b], K[a + mid]);
        if (lt < 0)
            return -1;
        if (lt)
            hi = mid;
        else
            lo = mid + 1;
    }
    a += lo;
    na -= lo;
    if (na == 0)
        return 0;
    // Items of the right run not less than the left run's last are in place too.
    Value last = K[a + na - 1];
    lo = 0;
    hi = nb;
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        int lt = sort_lt(s->ts, K[b + mid], last);
        if (lt < 0)
            return -1;
        if (lt)
            lo = mid + 1;
        else
            hi = mid;
    }
    nb = lo;
    if (nb == 0)
        return 0;
    return na <= nb ? merge_lo(s, a, na, nb) : merge_hi(s, a, na, nb);
}

// Restore the balance rules of the run stack: each run longer than the next two together,
// and each longer than the next.
static int merge_collapse(SortState *s) {
    while (s->nruns > 1) {
        int n = s->nruns - 2;
        if ((n > 0 && s->runs[n - 1].len <= s->runs[n].len + s->runs[n + 1].len) ||
            (n > 1 && s->runs[n - 2].len <= s->runs[n - 1].len + s->runs[n].len)) {
            if (s->runs[n - 1].len < s->runs[n + 1].len)
                n--;
        } else if (s->runs[n].len > s->runs[n + 1].len) {
            break;
        }
        if (merge_at(s, n) < 0)
            return -1;
    }
    return 0;
}

static int merge_force_collapse(SortState *s) {
    while (s->nruns > 1) {
        int n = s->nruns - 2;
        if (n > 0 && s->runs[n - 1].len < s->runs[n + 1].len)
            n--;
        if (merge_at(s, n) < 0)
            return -1;
    }
    return 0;
}

static uint32_t compute_minrun(uint32_t n) {
    uint32_t r = 0;
    while (n >= 64) {
        r |= n & 1;
        n >>= 1;
    }
    return n + r;
}

static int sort_run_all(SortState *s, uint32_t n) {
    if (n < 2)
        return 0;
    uint32_t minrun = compute_minrun(n), lo = 0, remaining = n;
    while (remaining > 0) {
        int64_t run = count_run(s, lo, lo + remaining);
        if (run < 0)
            return -1;
        if (run < minrun) {
            uint32_t force = remaining < minrun ? remaining : minrun;
            if (binary_insertion(s, lo, lo + force, lo + (uint32_t)run) < 0)
                return -1;
            run = force;
        }
        if (s->nruns == MAX_RUNS) {
            gt_raise(s->ts, EXC(s->ts, SystemError), "sort: run stack overflow");
            return -1;
        }
        s->runs[s->nruns].base = lo;
        s->runs[s->nruns].len = (uint32_t)run;
        s->nruns++;
        if (merge_collapse(s) < 0)
            return -1;
        lo += (uint32_t)run;
        remaining -= (uint32_t)run;
    }
    return merge_force_collapse(s);
}

bool gt_list_sort(TS *ts, List *l, Value key, bool reverse) {
    if (IS_NONE(key))
        key = V_NULL;
    // Move the items into a private list; l stays empty while Python code may look at it.
    List *items = gt_list_new(ts, 0);
    if (!items || !gt_push(ts, v_obj(items)))
        return false;
    Value *base = ts->sp - 1;
    items->items = l->items;
    items->len = l->len;
    items->cap = l->cap;
    l->items = NULL;
    l->len = l->cap = 0;
    uint32_t n = items->len;
    SortState s;
    s.ts = ts;
    s.nruns = 0;
    s.half = 0;
    s.buf = NULL;
    s.keys = items->items;
    s.vals = NULL;
    bool ok = true;
    List *keys = NULL;
    if (!IS_NULL(key)) {
        keys = gt_list_new(ts, n);
        ok = keys && gt_push(ts, v_obj(keys));
        for (uint32_t i = 0; ok && i < n; i++) {
            Value k = gt_call1(ts, key, items->items[i]);
            if (IS_ERR(k))
                ok = false;
            else
                keys->items[keys->len++] = k;
        }
        if (ok) {
            s.keys = keys->items;
            s.vals = items->items;
        }
    }
    if (ok) {
        // Reversing before and after a stable sort makes the reverse sort stable too.
        if (reverse) {
            sort_reverse(s.keys, 0, n);
            sort_reverse(s.vals, 0, n);
        }
        if (n >= 64) {
            s.buf = gt_list_new(ts, 0);
            ok = s.buf && gt_push(ts, v_obj(s.buf));
        }
        if (ok && sort_run_all(&s, n) < 0)
            ok = false;
        if (reverse) {
            sort_reverse(s.keys, 0, n);
            sort_reverse(s.vals, 0, n);
        }
    }
    // Put the items back; whatever Python code stored in l meanwhile is dropped.
    bool modified = l->items != NULL || l->len != 0;
    gt_mem_free(ts->interp, l->items, sizeof(Value) * l->cap);
    l->items = items->items;
    l->len = items->len;
    l->cap = items->cap;
    items->items = NULL;
    items->len = items->cap = 0;
    ts->sp = base;
    if (ok && modified) {
        gt_raise(ts, EXC(ts, ValueError), "list modified during sort");
        ok = false;
    }
    return ok;
}

// ---- Methods ----

// Arguments of methods whose messages name them two ways, as CPython's do: "list.insert()
// takes no keyword arguments" but "insert expected 2 arguments, got 1".
static bool method_args(TS *ts, const char *qualname, const char *name, int nargs, Tuple *kw,
                        int min, int max) {
    return gt_no_kwargs(ts, qualname, kw) && gt_check_args(ts, name, nargs - 1, NULL, min, max);
}

static Value list_append_m(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (GT_UNLIKELY(nargs != 2 || kw) && !gt_check_args(ts, "list.append", nargs - 1, kw, 1, 1))
        return V_ERR;
    return gt_list_append(ts, LIST_VAL(args[0]), args[1]) ? V_NONE : V_ERR;
}

static Value list_extend_m(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!gt_check_args(ts, "list.extend", nargs - 1, kw, 1, 1))
        return V_ERR;
    return gt_list_extend(ts, LIST_VAL(args[0]), args[1]) ? V_NONE : V_ERR;
}

static Value list_insert_m(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!method_args(ts, "list.insert", "insert", nargs, kw, 2, 2))
        return V_ERR;
    int64_t i;
    if (!gt_index(ts, args[1], &i, NULL))
        return V_ERR;
    return gt_list_insert(ts, LIST_VAL(args[0]), i, args[2]) ? V_NONE : V_ERR;
}

static Value list_remove_m(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!gt_check_args(ts, "list.remove", nargs - 1, kw, 1, 1))
        return V_ERR;
    List *l = LIST_VAL(args[0]);
    for (uint32_t i = 0; i < l->len; i++) {
        int eq = item_eq(ts, l->items[i], args[1]);
        if (eq < 0)
            return V_ERR;
        if (eq && i < l->len) {
            memmove(l->items + i, l->items + i + 1, sizeof(Value) * (l->len - i - 1));
            l->len--;
            list_maybe_shrink(ts, l);
            return V_NONE;
        }
    }
    return gt_raise(ts, EXC(ts, ValueError), "list.remove(x): x not in list");
}

static Value list_pop_m(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!method_args(ts, "list.pop", "pop", nargs, kw, 0, 1))
        return V_ERR;
    List *l = LIST_VAL(args[0]);
    int64_t i = -1;
    if (nargs > 1 && !gt_index(ts, args[1], &i, NULL))
        return V_ERR;
    if (l->len == 0)
        return gt_raise(ts, EXC(ts, IndexError), "pop from empty list");
    if (!gt_seq_index(&i, l->len))
        return gt_raise(ts, EXC(ts, IndexError), "pop index out of range");
    Value v = l->items[i];
    memmove(l->items + i, l->items + i + 1, sizeof(Value) * (size_t)(l->len - i - 1));
    l->len--;
    list_maybe_shrink(ts, l);
    return v;
}

static Value list_clear_m(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!gt_check_args(ts, "list.clear", nargs - 1, kw, 0, 0))
        return V_ERR;
    List *l = LIST_VAL(args[0]);
    gt_mem_free(ts->interp, l->items, sizeof(Value) * l->cap);
    l->items = NULL;
    l->len = l->cap = 0;
    return V_NONE;
}

// Clamp start/end arguments of index() as slice bounds.
static bool slice_arg(TS *ts, Value v, int64_t len, int64_t *out) {
    if (IS_SMALLINT_OR_BOOL(v)) {
        *out = AS_INT(v);
    } else {
        Value n = IS_BIGINT(v) ? v : V_NULL;
        if (IS_NULL(n)) {
            Type *t = gt_type_of(ts, v);
            if ((t->tflags & TF_HEAPTYPE) && !IS_NULL(gt_type_lookup(t, NM(ts, __index__))))
                n = gt_number_index(ts, v);
            if (IS_NULL(n)) {
                gt_raise(ts, EXC(ts, TypeError),
                         "slice indices must be integers or have an __index__ method");
                return false;
            }
            if (IS_ERR(n))
                return false;
        }
        *out = IS_INT(n) ? AS_INT(n) : (gt_int_sign(n) < 0 ? INT64_MIN / 2 : INT64_MAX / 2);
    }
    if (*out < 0) {
        *out += len;
        if (*out < 0)
            *out = 0;
    }
    return true;
}

static Value list_index_m(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!method_args(ts, "list.index", "index", nargs, kw, 1, 3))
        return V_ERR;
    List *l = LIST_VAL(args[0]);
    int64_t start = 0, stop = INT64_MAX;
    if (nargs > 2 && !slice_arg(ts, args[2], l->len, &start))
        return V_ERR;
    if (nargs > 3 && !slice_arg(ts, args[3], l->len, &stop))
        return V_ERR;
    for (int64_t i = start; i < stop && i < l->len; i++) {
        int eq = item_eq(ts, l->items[i], args[1]);
        if (eq < 0)
            return V_ERR;
        if (eq)
            return v_int(i);
    }
    return gt_raise(ts, EXC(ts, ValueError), "%R is not in list", args[1]);
}

static Value list_count_m(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!gt_check_args(ts, "list.count", nargs - 1, kw, 1, 1))
        return V_ERR;
    List *l = LIST_VAL(args[0]);
    int64_t n = 0;
    for (uint32_t i = 0; i < l->len; i++) {
        int eq = item_eq(ts, l->items[i], args[1]);
        if (eq < 0)
            return V_ERR;
        n += eq;
    }
    return v_int(n);
}

static Value list_sort_m(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (nargs > 1)
        return gt_raise(ts, EXC(ts, TypeError), "sort() takes no positional arguments");
    static const char *const names[] = {"key", "reverse"};
    Value out[2];
    if (!gt_parse_args(ts, "sort", args + 1, 0, kw, names, 2, 0, 0, 0, out))
        return V_ERR;
    int64_t rev = 0;
    if (!IS_NULL(out[1]) && !gt_index(ts, out[1], &rev, NULL))
        return V_ERR;
    return gt_list_sort(ts, LIST_VAL(args[0]), out[0], rev != 0) ? V_NONE : V_ERR;
}

static Value list_reverse_m(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!gt_check_args(ts, "list.reverse", nargs - 1, kw, 0, 0))
        return V_ERR;
    List *l = LIST_VAL(args[0]);
    sort_reverse(l->items, 0, l->len);
    return V_NONE;
}

static Value list_copy_m(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!gt_check_args(ts, "list.copy", nargs - 1, kw, 0, 0))
        return V_ERR;
    List *l = LIST_VAL(args[0]);
    List *r = gt_list_from(ts, l->items, l->len);
    return r ? v_obj(r) : V_ERR;
}

static Value list_reversed_m(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!gt_check_args(ts, "list.__reversed__", nargs - 1, kw, 0, 0))
        return V_ERR;
    return list_reviter_new(ts, args[0]);
}

static Value list_getitem_m(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!gt_check_args(ts, "list.__getitem__", nargs - 1, kw, 1, 1))
        return V_ERR;
    return list_getitem(ts, args[0], args[1]);
}

static Value list_len_m(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!gt_check_args(ts, "list.__len__", nargs - 1, kw, 0, 0))
        return V_ERR;
    return v_int(LIST_VAL(args[0])->len);
}

static Value list_contains_m(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!gt_check_args(ts, "list.__contains__", nargs - 1, kw, 1, 1))
        return V_ERR;
    int r = list_contains(ts, args[0], args[1]);
    return r < 0 ? V_ERR : v_bool(r);
}

static Value list_iter_m(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!gt_check_args(ts, "list.__iter__", nargs - 1, kw, 0, 0))
        return V_ERR;
    return list_iter(ts, args[0]);
}

// list[int] in annotations: accepted, gives the class back.
static Value class_getitem_m(TS *ts, Value *args, int nargs, Tuple *kw) {
    GT_UNUSED(ts);
    GT_UNUSED(nargs);
    GT_UNUSED(kw);
    return args[0];
}

static const MethodDef list_methods[] = {
    {"append", list_append_m, 0, NULL},
    {"extend", list_extend_m, 0, NULL},
    {"insert", list_insert_m, 0, NULL},
    {"remove", list_remove_m, 0, NULL},
    {"pop", list_pop_m, 0, NULL},
    {"clear", list_clear_m, 0, NULL},
    {"index", list_index_m, 0, NULL},
    {"count", list_count_m, 0, NULL},
    {"sort", list_sort_m, 0, NULL},
    {"reverse", list_reverse_m, 0, NULL},
    {"copy", list_copy_m, 0, NULL},
    {"__reversed__", list_reversed_m, 0, NULL},
    {"__getitem__", list_getitem_m, 0, NULL},
    {"__len__", list_len_m, 0, NULL},
    {"__contains__", list_contains_m, 0, NULL},
    {"__iter__", list_iter_m, 0, NULL},
    {"__class_getitem__", class_getitem_m, CF_CLASS, NULL},
    {NULL, NULL, 0, NULL},
};

static const MethodDef list_iter_methods[] = {
    {"__length_hint__", list_iter_length_hint, 0, NULL},
    {NULL, NULL, 0, NULL},
};

void gt_list_init_type(TS *ts) {
    Type *t = TYPE(ts, list);
    gt_type_setup(ts, t, "list", NULL, K_LIST, sizeof(List), 0);
    t->mark = list_mark;
    t->free = list_free;
    t->make = list_make;
    t->repr = list_repr;
    t->hash = list_hash;
    t->richcmp = list_richcmp;
    t->binop = list_binop;
    t->len = list_len;
    t->getitem = list_getitem;
    t->setitem = list_setitem;
    t->contains = list_contains;
    t->iter = list_iter;
    gt_type_add_methods(ts, t, list_methods);

    Type *it = TYPE(ts, list_iter);
    gt_type_setup(ts, it, "list_iterator", NULL, K_ITER, sizeof(Iter), TF_ABSTRACT_ITER);
    it->next = list_iter_next;
    gt_type_add_methods(ts, it, list_iter_methods);

    Type *rit = TYPE(ts, list_reviter);
    gt_type_setup(ts, rit, "list_reverseiterator", NULL, K_ITER, sizeof(Iter), TF_ABSTRACT_ITER);
    rit->next = list_reviter_next;
    gt_type_add_methods(ts, rit, list_iter_methods);
}
