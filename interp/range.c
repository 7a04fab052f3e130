// range.c - range objects and their iterators, among them range_iterator, the iterator of the
// hottest loop in Python: `for i in range(n)`.
//
// Entry points: gt_range_new, gt_range_init_type. A range whose start, stop and step fit in
// int64 keeps them in the Range layout and every operation is plain C arithmetic; its length
// may still exceed int64 (range(-2**63, 2**63-1)), so it is computed as a uint64 where needed.
// Bounds beyond int64 (range(10**20)) make a "long range" (BigRange below) whose bounds are
// Python ints, handled with the int arithmetic of num.h, as CPython's longrange does.
//
// range_iterator's layout is relied on by the VM, which may run FOR_ITER over a range without
// calling `next` (read it before changing anything):
//   Iter.pos  = the next value to produce
//   Iter.end  = the bound: values are produced while (step > 0 ? pos < end : pos > end)
//   Iter.step = the step (never 0)
// After producing a value v, pos = v + step; when that addition overflows int64, pos = end
// (the range is then over, since no later value fits in int64 either). Iterations that this
// layout cannot express (long ranges, and reversed ranges whose bound does not fit in int64)
// use longrange_iterator instead.
#include <string.h>

#include "core.h"

#define RANGE_VAL(v) ((Range *)AS_OBJ(v))

// A long range: the Range header (len = -1) followed by the bounds as Python ints.
typedef struct BigRange {
    Range r;
    Value start, stop, step, len;
} BigRange;

#define RF_BIG 0x8000 // Obj.oflags of a K_RANGE object: it is a BigRange
#define IS_BIG(r) (((r)->hdr.oflags & RF_BIG) != 0)
#define BIG(r) ((BigRange *)(r))

// ---- Int arithmetic on Values (ints never run Python code; errors are MemoryError) ----

static Value iop(TS *ts, Value a, Value b, int op) {
    if (IS_ERR(a) || IS_ERR(b))
        return V_ERR;
    return gt_num_binop(ts, a, b, op);
}

static Value ineg(TS *ts, Value a) {
    if (IS_ERR(a))
        return V_ERR;
    return gt_num_unary(ts, a, UN_NEG);
}

// Compare two ints: -1, 0, 1.
static int icmp(TS *ts, Value a, Value b) {
    if (IS_INT(a) && IS_INT(b))
        return AS_INT(a) < AS_INT(b) ? -1 : AS_INT(a) > AS_INT(b);
    if (AS_BOOL(gt_num_richcmp(ts, a, b, CMP_LT)))
        return -1;
    return AS_BOOL(gt_num_richcmp(ts, a, b, CMP_EQ)) ? 0 : 1;
}

// ---- Small ranges ----

// Number of items, exact even when it does not fit in int64.
static uint64_t range_ulen(int64_t start, int64_t stop, int64_t step) {
    if (step > 0 && start < stop)
        return ((uint64_t)stop - (uint64_t)start - 1) / (uint64_t)step + 1;
    if (step < 0 && start > stop)
        return ((uint64_t)start - (uint64_t)stop - 1) / (0 - (uint64_t)step) + 1;
    return 0;
}

static uint64_t rlen(Range *r) {
    return range_ulen(r->start, r->stop, r->step);
}

// Item i (i < length): computed modulo 2**64, which is exact since the result fits in int64.
static int64_t range_item(Range *r, uint64_t i) {
    return (int64_t)((uint64_t)r->start + i * (uint64_t)r->step);
}

static Type *range_type(TS *ts) {
    return TYPE(ts, range);
}

Value gt_range_new(TS *ts, int64_t start, int64_t stop, int64_t step) {
    Range *r = gt_obj_new(ts, range_type(ts), K_RANGE, sizeof(Range));
    if (!r)
        return V_ERR;
    r->start = start;
    r->stop = stop;
    r->step = step;
    uint64_t n = range_ulen(start, stop, step);
    r->len = n > (uint64_t)INT64_MAX ? -1 : (int64_t)n;
    return v_obj(r);
}

// ---- Long ranges ----

// The length of range(start, stop, step) for any ints (step != 0).
static Value long_len(TS *ts, Value start, Value stop, Value step) {
    Value lo = start, hi = stop, st = step;
    if (gt_int_sign(step) < 0) {
        lo = stop;
        hi = start;
        st = ineg(ts, step);
        if (IS_ERR(st))
            return V_ERR;
    }
    if (icmp(ts, lo, hi) >= 0)
        return v_int(0);
    Value d = iop(ts, iop(ts, hi, lo, NB_SUBTRACT), v_int(1), NB_SUBTRACT);
    return iop(ts, iop(ts, d, st, NB_FLOOR_DIVIDE), v_int(1), NB_ADD);
}

// A range from any ints: a small one when they all fit in int64, else a long one.
static Value range_from_values(TS *ts, Value start, Value stop, Value step) {
    if (IS_ERR(start) || IS_ERR(stop) || IS_ERR(step))
        return V_ERR;
    if (IS_INT(start) && IS_INT(stop) && IS_INT(step))
        return gt_range_new(ts, AS_INT(start), AS_INT(stop), AS_INT(step));
    Value len = long_len(ts, start, stop, step);
    if (IS_ERR(len))
        return V_ERR;
    BigRange *b = gt_obj_new(ts, range_type(ts), K_RANGE, sizeof(BigRange));
    if (!b)
        return V_ERR;
    b->r.hdr.oflags |= RF_BIG;
    b->r.len = -1;
    b->start = start;
    b->stop = stop;
    b->step = step;
    b->len = len;
    return v_obj(b);
}

// Start, stop, step and length of any range as Python ints. False on MemoryError.
static bool range_values(TS *ts, Range *r, Value *start, Value *stop, Value *step, Value *len) {
    if (IS_BIG(r)) {
        *start = BIG(r)->start;
        *stop = BIG(r)->stop;
        *step = BIG(r)->step;
        *len = BIG(r)->len;
        return true;
    }
    *start = v_int(r->start);
    *stop = v_int(r->stop);
    *step = v_int(r->step);
    uint64_t n = rlen(r);
    *len = n > (uint64_t)INT64_MAX ? gt_int_from_u64(ts, n) : v_int((int64_t)n);
    return !IS_ERR(*len);
}

// A range holds no references unless it is long; this replaces the instance marking it
// would inherit from object.
static void range_mark(GcState *gc, Obj *o) {
    Range *r = (Range *)o;
    if (IS_BIG(r)) {
        gt_gc_mark(gc, BIG(r)->start);
        gt_gc_mark(gc, BIG(r)->stop);
        gt_gc_mark(gc, BIG(r)->step);
        gt_gc_mark(gc, BIG(r)->len);
    }
}

static Value overflow_ssize(TS *ts) {
    return gt_raise(ts, EXC(ts, OverflowError), "Python int too large to convert to C ssize_t");
}

// ---- Type slots ----

static Value range_make(TS *ts, Type *cls, Value *args, int nargs, Tuple *kwnames) {
    GT_UNUSED(cls);
    if (!gt_no_kwargs(ts, "range", kwnames))
        return V_ERR;
    if (!gt_check_args(ts, "range", nargs, NULL, 1, 3))
        return V_ERR;
    // __index__ may run Python code: the converted values stay on the stack meanwhile.
    Value *base = ts->sp;
    for (int i = 0; i < nargs; i++) {
        Value v = IS_SMALLINT_OR_BOOL(args[i]) ? v_int(AS_INT(args[i]))
                                               : gt_number_index(ts, args[i]);
        if (IS_ERR(v) || !gt_push(ts, v)) {
            ts->sp = base;
            return V_ERR;
        }
    }
    Value start = v_int(0), stop, step = v_int(1);
    if (nargs == 1) {
        stop = base[0];
    } else {
        start = base[0];
        stop = base[1];
        if (nargs == 3) {
            step = base[2];
            if (gt_int_sign(step) == 0) {
                ts->sp = base;
                return gt_raise(ts, EXC(ts, ValueError), "range() arg 3 must not be zero");
            }
        }
    }
    Value r = range_from_values(ts, start, stop, step);
    ts->sp = base;
    return r;
}

static Value range_repr(TS *ts, Value self) {
    Range *r = RANGE_VAL(self);
    Str *s;
    if (IS_BIG(r)) {
        BigRange *b = BIG(r);
        if (IS_INT(b->step) && AS_INT(b->step) == 1)
            s = gt_format_msg(ts, "range(%R, %R)", b->start, b->stop);
        else
            s = gt_format_msg(ts, "range(%R, %R, %R)", b->start, b->stop, b->step);
    } else if (r->step == 1) {
        s = gt_str_printf(ts, "range(%lld, %lld)", (long long)r->start, (long long)r->stop);
    } else {
        s = gt_str_printf(ts, "range(%lld, %lld, %lld)", (long long)r->start, (long long)r->stop,
                          (long long)r->step);
    }
    return s ? v_obj(s) : V_ERR;
}

static int64_t range_len(TS *ts, Value self) {
    Range *r = RANGE_VAL(self);
    if (IS_BIG(r)) {
        if (IS_INT(BIG(r)->len))
            return AS_INT(BIG(r)->len);
    } else if (r->len >= 0) {
        return r->len;
    }
    overflow_ssize(ts);
    return -1;
}

static int range_truth(TS *ts, Value self) {
    GT_UNUSED(ts);
    Range *r = RANGE_VAL(self);
    if (IS_BIG(r))
        return gt_int_sign(BIG(r)->len) != 0;
    return rlen(r) != 0;
}

// Is the int x one of the range's values? -1 on error.
static int range_has(TS *ts, Range *r, Value x) {
    if (!IS_BIG(r) && IS_SMALLINT_OR_BOOL(x)) {
        int64_t v = AS_INT(x);
        if (rlen(r) == 0)
            return 0;
        if (r->step > 0 ? (v < r->start || v >= r->stop) : (v > r->start || v <= r->stop))
            return 0;
        uint64_t dist = r->step > 0 ? (uint64_t)v - (uint64_t)r->start
                                    : (uint64_t)r->start - (uint64_t)v;
        uint64_t astep = r->step > 0 ? (uint64_t)r->step : 0 - (uint64_t)r->step;
        return dist % astep == 0;
    }
    if (IS_BOOL(x))
        x = v_int(AS_INT(x));
    Value start, stop, step, len;
    if (!range_values(ts, r, &start, &stop, &step, &len))
        return -1;
    if (gt_int_sign(step) > 0) {
        if (icmp(ts, x, start) < 0 || icmp(ts, x, stop) >= 0)
            return 0;
    } else if (icmp(ts, x, start) > 0 || icmp(ts, x, stop) <= 0) {
        return 0;
    }
    Value rem = iop(ts, iop(ts, x, start, NB_SUBTRACT), step, NB_REMAINDER);
    if (IS_ERR(rem))
        return -1;
    return gt_int_sign(rem) == 0;
}

// The index of the int x in the range (x must be in it).
static Value range_index_of(TS *ts, Range *r, Value x) {
    if (IS_BOOL(x))
        x = v_int(AS_INT(x));
    if (!IS_BIG(r) && IS_INT(x)) {
        uint64_t dist = r->step > 0 ? (uint64_t)AS_INT(x) - (uint64_t)r->start
                                    : (uint64_t)r->start - (uint64_t)AS_INT(x);
        uint64_t astep = r->step > 0 ? (uint64_t)r->step : 0 - (uint64_t)r->step;
        uint64_t i = dist / astep;
        return i > (uint64_t)INT64_MAX ? gt_int_from_u64(ts, i) : v_int((int64_t)i);
    }
    Value start, stop, step, len;
    if (!range_values(ts, r, &start, &stop, &step, &len))
        return V_ERR;
    return iop(ts, iop(ts, x, start, NB_SUBTRACT), step, NB_FLOOR_DIVIDE);
}

// A slice bound as a Python int (None stays None).
static Value slice_int(TS *ts, Value v) {
    if (IS_NONE(v) || IS_INT(v))
        return v;
    Value n = gt_number_index(ts, v);
    if (IS_ERR(n) && gt_err_matches(ts, EXC(ts, TypeError))) {
        gt_err_clear(ts);
        return gt_raise(ts, EXC(ts, TypeError),
                        "slice indices must be integers or None or have an __index__ method");
    }
    return n;
}

// One slice bound resolved against the length, with Python int arithmetic.
static Value long_bound(TS *ts, Value v, Value dflt, Value length, Value lower, Value upper) {
    if (IS_NONE(v))
        return dflt;
    if (gt_int_sign(v) < 0) {
        v = iop(ts, v, length, NB_ADD);
        if (IS_ERR(v))
            return v;
        return icmp(ts, v, lower) < 0 ? lower : v;
    }
    return icmp(ts, v, upper) > 0 ? upper : v;
}

// r[slice] for any range, with unbounded ints: the result's bounds are the items at the
// slice's bounds, so range(10)[1:8:3] is range(1, 8, 3), as in CPython.
static Value long_slice(TS *ts, Range *r, Slice *sl) {
    Value *base = ts->sp;
    Value sstart = slice_int(ts, sl->start);
    if (IS_ERR(sstart) || !gt_push(ts, sstart))
        goto fail;
    Value sstop = slice_int(ts, sl->stop);
    if (IS_ERR(sstop) || !gt_push(ts, sstop))
        goto fail;
    Value sstep = IS_NONE(sl->step) ? v_int(1) : slice_int(ts, sl->step);
    if (IS_ERR(sstep) || !gt_push(ts, sstep))
        goto fail;
    if (gt_int_sign(sstep) == 0) {
        gt_raise(ts, EXC(ts, ValueError), "slice step cannot be zero");
        goto fail;
    }
    Value start, stop, step, len;
    if (!range_values(ts, r, &start, &stop, &step, &len))
        goto fail;
    bool neg = gt_int_sign(sstep) < 0;
    Value lower = neg ? v_int(-1) : v_int(0);
    Value upper = neg ? iop(ts, len, v_int(1), NB_SUBTRACT) : len;
    if (IS_ERR(upper))
        goto fail;
    Value i = long_bound(ts, sstart, neg ? upper : lower, len, lower, upper);
    Value j = long_bound(ts, sstop, neg ? lower : upper, len, lower, upper);
    Value nstart = iop(ts, start, iop(ts, i, step, NB_MULTIPLY), NB_ADD);
    Value nstop = iop(ts, start, iop(ts, j, step, NB_MULTIPLY), NB_ADD);
    Value nstep = iop(ts, step, sstep, NB_MULTIPLY);
    Value res = range_from_values(ts, nstart, nstop, nstep);
    ts->sp = base;
    return res;
fail:
    ts->sp = base;
    return V_ERR;
}

static Value range_getitem(TS *ts, Value self, Value key) {
    Range *r = RANGE_VAL(self);
    if (IS_SLICE(key)) {
        uint64_t n = rlen(r);
        // (A big step is kept exact, as CPython does: only the long path can.)
        if (!IS_BIG(r) && n <= (uint64_t)INT64_MAX && !IS_BIGINT(((Slice *)AS_OBJ(key))->step)) {
            int64_t start, stop, step, count;
            if (gt_slice_indices(ts, (Slice *)AS_OBJ(key), (int64_t)n, &start, &stop, &step,
                                 &count) < 0)
                return V_ERR;
            int64_t nstart, nstop, nstep, t1, t2;
            if (!__builtin_mul_overflow(start, r->step, &t1) &&
                !__builtin_add_overflow(r->start, t1, &nstart) &&
                !__builtin_mul_overflow(stop, r->step, &t2) &&
                !__builtin_add_overflow(r->start, t2, &nstop) &&
                !__builtin_mul_overflow(r->step, step, &nstep))
                return gt_range_new(ts, nstart, nstop, nstep);
        }
        return long_slice(ts, r, (Slice *)AS_OBJ(key));
    }
    Value iv;
    if (IS_SMALLINT_OR_BOOL(key)) {
        iv = v_int(AS_INT(key));
    } else {
        if (!IS_BIGINT(key) && !(gt_type_of(ts, key)->tflags & TF_HEAPTYPE))
            return gt_raise(ts, EXC(ts, TypeError),
                            "range indices must be integers or slices, not %s",
                            gt_type_name(ts, key));
        iv = gt_number_index(ts, key);
        if (IS_ERR(iv))
            return iv;
    }
    if (!IS_BIG(r) && IS_INT(iv)) {
        uint64_t n = rlen(r), ui;
        int64_t i = AS_INT(iv);
        if (i < 0) {
            uint64_t back = 0 - (uint64_t)i;
            if (back > n)
                return gt_raise(ts, EXC(ts, IndexError), "range object index out of range");
            ui = n - back;
        } else {
            ui = (uint64_t)i;
            if (ui >= n)
                return gt_raise(ts, EXC(ts, IndexError), "range object index out of range");
        }
        return v_int(range_item(r, ui));
    }
    if (!gt_push(ts, iv))
        return V_ERR;
    Value start, stop, step, len, res = V_ERR;
    if (range_values(ts, r, &start, &stop, &step, &len)) {
        Value i = iv;
        if (gt_int_sign(i) < 0)
            i = iop(ts, i, len, NB_ADD);
        if (!IS_ERR(i)) {
            if (gt_int_sign(i) < 0 || icmp(ts, i, len) >= 0)
                gt_raise(ts, EXC(ts, IndexError), "range object index out of range");
            else
                res = iop(ts, start, iop(ts, i, step, NB_MULTIPLY), NB_ADD);
        }
    }
    gt_popn(ts, 1);
    return res;
}

// Compare x with each item in turn (for values that are not ints: 1.0, objects with __eq__).
// Returns the index of the first equal item, -1 when none, -2 on error.
static int64_t range_search(TS *ts, Value self, Value x) {
    Value it = gt_iter(ts, self);
    if (IS_ERR(it) || !gt_push(ts, it))
        return -2;
    if (!gt_push(ts, x)) {
        gt_popn(ts, 1);
        return -2;
    }
    int64_t found = -1;
    for (int64_t i = 0;; i++) {
        Value v = gt_next(ts, it);
        if (IS_NULL(v))
            break;
        int eq = IS_ERR(v) ? -1 : gt_eq(ts, v, x);
        if (eq < 0) {
            found = -2;
            break;
        }
        if (eq) {
            found = i;
            break;
        }
    }
    gt_popn(ts, 2);
    return found;
}

static int range_contains(TS *ts, Value self, Value item) {
    if (IS_ANYINT(item))
        return range_has(ts, RANGE_VAL(self), item);
    int64_t i = range_search(ts, self, item);
    return i == -2 ? -1 : i >= 0;
}

static Value range_richcmp(TS *ts, Value self, Value other, int op) {
    if (!IS_RANGE(other) || (op != CMP_EQ && op != CMP_NE))
        return V_NOTIMPL(ts);
    // Equal when they are the same sequence: range(0, 3, 2) == range(0, 4, 2).
    Range *a = RANGE_VAL(self), *b = RANGE_VAL(other);
    bool eq;
    if (!IS_BIG(a) && !IS_BIG(b)) {
        uint64_t n = rlen(a);
        if (n != rlen(b))
            eq = false;
        else if (n == 0)
            eq = true;
        else if (a->start != b->start)
            eq = false;
        else
            eq = n == 1 || a->step == b->step;
    } else {
        Value sa, ea, pa, la, sb, eb, pb, lb;
        if (!range_values(ts, a, &sa, &ea, &pa, &la) || !range_values(ts, b, &sb, &eb, &pb, &lb))
            return V_ERR;
        if (icmp(ts, la, lb) != 0)
            eq = false;
        else if (gt_int_sign(la) == 0)
            eq = true;
        else if (icmp(ts, sa, sb) != 0)
            eq = false;
        else
            eq = icmp(ts, la, v_int(1)) == 0 || icmp(ts, pa, pb) == 0;
    }
    return v_bool(op == CMP_EQ ? eq : !eq);
}

// hash((len, start, step)), with None for what does not matter (as == ignores it).
static int64_t range_hash(TS *ts, Value self) {
    Value start, stop, step, len;
    if (!range_values(ts, RANGE_VAL(self), &start, &stop, &step, &len))
        return -1;
    Value items[3] = {len, V_NONE, V_NONE};
    if (gt_int_sign(len) > 0)
        items[1] = start;
    if (icmp(ts, len, v_int(1)) > 0)
        items[2] = step;
    Tuple *t = gt_tuple_from(ts, items, 3);
    if (!t)
        return -1;
    return gt_hash(ts, v_obj(t));
}

// ---- Iterators ----

static Value range_iter_new(TS *ts, int64_t pos, int64_t end, int64_t step) {
    Iter *it = gt_obj_new(ts, TYPE(ts, range_iter), K_ITER, sizeof(Iter));
    if (!it)
        return V_ERR;
    it->pos = pos;
    it->end = end;
    it->step = step;
    return v_obj(it);
}

// longrange_iterator: aux[0] = the next value, aux[1] = the step, src = items left (all ints).
static Value longrange_iter_new(TS *ts, Value next, Value step, Value len) {
    if (IS_ERR(next) || IS_ERR(step) || IS_ERR(len))
        return V_ERR;
    Iter *it = gt_obj_new(ts, TYPE(ts, longrange_iter), K_ITER, sizeof(Iter));
    if (!it)
        return V_ERR;
    it->aux[0] = next;
    it->aux[1] = step;
    it->src = len;
    return v_obj(it);
}

static Value range_iter(TS *ts, Value self) {
    Range *r = RANGE_VAL(self);
    if (IS_BIG(r)) {
        BigRange *b = BIG(r);
        return longrange_iter_new(ts, b->start, b->step, b->len);
    }
    return range_iter_new(ts, r->start, r->stop, r->step);
}

static Value range_iter_next(TS *ts, Value self) {
    GT_UNUSED(ts);
    Iter *it = (Iter *)AS_OBJ(self);
    int64_t v = it->pos;
    if (it->step > 0 ? v < it->end : v > it->end) {
        if (GT_UNLIKELY(__builtin_add_overflow(v, it->step, &it->pos)))
            it->pos = it->end;
        return v_int(v);
    }
    return V_NULL;
}

static Value longrange_iter_next(TS *ts, Value self) {
    Iter *it = (Iter *)AS_OBJ(self);
    if (gt_int_sign(it->src) <= 0)
        return V_NULL;
    Value v = it->aux[0];
    Value next = iop(ts, v, it->aux[1], NB_ADD);
    Value left = iop(ts, it->src, v_int(1), NB_SUBTRACT);
    if (IS_ERR(next) || IS_ERR(left))
        return V_ERR;
    it->aux[0] = next;
    it->src = left;
    return v;
}

static Value range_iter_length_hint(TS *ts, Value *args, int nargs, Tuple *kw) {
    GT_UNUSED(nargs);
    GT_UNUSED(kw);
    Iter *it = (Iter *)AS_OBJ(args[0]);
    if (it->hdr.type == TYPE(ts, longrange_iter))
        return it->src;
    uint64_t n = range_ulen(it->pos, it->end, it->step);
    if (n > (uint64_t)INT64_MAX)
        return gt_int_from_u64(ts, n);
    return v_int((int64_t)n);
}

// reversed(range): from the last item down to the first.
static Value range_reversed(TS *ts, Range *r) {
    if (!IS_BIG(r)) {
        uint64_t n = rlen(r);
        if (n == 0)
            return range_iter_new(ts, 0, 0, 1);
        int64_t last = range_item(r, n - 1), end;
        // Stop just past the first item, when that bound and -step fit in int64.
        if (r->step != INT64_MIN && !__builtin_sub_overflow(r->start, r->step, &end))
            return range_iter_new(ts, last, end, -r->step);
    }
    Value start, stop, step, len;
    if (!range_values(ts, r, &start, &stop, &step, &len))
        return V_ERR;
    Value last = iop(ts, start, iop(ts, iop(ts, len, v_int(1), NB_SUBTRACT), step, NB_MULTIPLY),
                     NB_ADD);
    if (gt_int_sign(len) == 0)
        last = start;
    return longrange_iter_new(ts, last, ineg(ts, step), len);
}

// ---- Methods and attributes ----

static Value range_count_m(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!gt_check_args(ts, "range.count", nargs - 1, kw, 1, 1))
        return V_ERR;
    Value x = args[1];
    if (IS_ANYINT(x)) {
        int r = range_has(ts, RANGE_VAL(args[0]), x);
        return r < 0 ? V_ERR : v_int(r);
    }
    // Count equal items one by one.
    Value it = gt_iter(ts, args[0]);
    if (IS_ERR(it) || !gt_push(ts, it))
        return V_ERR;
    int64_t count = 0;
    Value res = V_NULL;
    for (;;) {
        Value v = gt_next(ts, it);
        if (IS_NULL(v))
            break;
        int eq = IS_ERR(v) ? -1 : gt_eq(ts, v, x);
        if (eq < 0) {
            res = V_ERR;
            break;
        }
        count += eq;
    }
    gt_popn(ts, 1);
    return IS_ERR(res) ? res : v_int(count);
}

static Value range_index_m(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!gt_check_args(ts, "range.index", nargs - 1, kw, 1, 1))
        return V_ERR;
    Range *r = RANGE_VAL(args[0]);
    Value x = args[1];
    if (IS_ANYINT(x)) {
        int has = range_has(ts, r, x);
        if (has < 0)
            return V_ERR;
        if (!has)
            return gt_raise(ts, EXC(ts, ValueError), "%R is not in range", x);
        return range_index_of(ts, r, x);
    }
    int64_t i = range_search(ts, args[0], x);
    if (i == -2)
        return V_ERR;
    if (i < 0)
        return gt_raise(ts, EXC(ts, ValueError), "sequence.index(x): x not in sequence");
    return v_int(i);
}

static Value range_reversed_m(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!gt_check_args(ts, "range.__reversed__", nargs - 1, kw, 0, 0))
        return V_ERR;
    return range_reversed(ts, RANGE_VAL(args[0]));
}

static Value range_contains_m(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!gt_check_args(ts, "range.__contains__", nargs - 1, kw, 1, 1))
        return V_ERR;
    int r = range_contains(ts, args[0], args[1]);
    return r < 0 ? V_ERR : v_bool(r);
}

static Value range_getitem_m(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!gt_check_args(ts, "range.__getitem__", nargs - 1, kw, 1, 1))
        return V_ERR;
    return range_getitem(ts, args[0], args[1]);
}

static Value range_len_m(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!gt_check_args(ts, "range.__len__", nargs - 1, kw, 0, 0))
        return V_ERR;
    int64_t n = range_len(ts, args[0]);
    return n < 0 ? V_ERR : v_int(n);
}

static Value range_iter_m(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!gt_check_args(ts, "range.__iter__", nargs - 1, kw, 0, 0))
        return V_ERR;
    return range_iter(ts, args[0]);
}

static Value range_start_get(TS *ts, Value self) {
    GT_UNUSED(ts);
    Range *r = RANGE_VAL(self);
    return IS_BIG(r) ? BIG(r)->start : v_int(r->start);
}

static Value range_stop_get(TS *ts, Value self) {
    GT_UNUSED(ts);
    Range *r = RANGE_VAL(self);
    return IS_BIG(r) ? BIG(r)->stop : v_int(r->stop);
}

static Value range_step_get(TS *ts, Value self) {
    GT_UNUSED(ts);
    Range *r = RANGE_VAL(self);
    return IS_BIG(r) ? BIG(r)->step : v_int(r->step);
}

static const GetSetDef range_getsets[] = {
    {"start", range_start_get, NULL},
    {"stop", range_stop_get, NULL},
    {"step", range_step_get, NULL},
    {NULL, NULL, NULL},
};

static const MethodDef range_methods[] = {
    {"count", range_count_m, 0, NULL},
    {"index", range_index_m, 0, NULL},
    {"__reversed__", range_reversed_m, 0, NULL},
    {"__contains__", range_contains_m, 0, NULL},
    {"__getitem__", range_getitem_m, 0, NULL},
    {"__len__", range_len_m, 0, NULL},
    {"__iter__", range_iter_m, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const MethodDef range_iter_methods[] = {
    {"__length_hint__", range_iter_length_hint, 0, NULL},
    {NULL, NULL, 0, NULL},
};

void gt_range_init_type(TS *ts) {
    Type *t = TYPE(ts, range);
    gt_type_setup(ts, t, "range", NULL, K_RANGE, sizeof(Range), 0);
    t->mark = range_mark;
    t->make = range_make;
    t->repr = range_repr;
    t->hash = range_hash;
    t->richcmp = range_richcmp;
    t->truth = range_truth;
    t->len = range_len;
    t->getitem = range_getitem;
    t->contains = range_contains;
    t->iter = range_iter;
    gt_type_add_getsets(ts, t, range_getsets);
    gt_type_add_methods(ts, t, range_methods);

    Type *it = TYPE(ts, range_iter);
    gt_type_setup(ts, it, "range_iterator", NULL, K_ITER, sizeof(Iter), TF_ABSTRACT_ITER);
    it->next = range_iter_next;
    gt_type_add_methods(ts, it, range_iter_methods);

    Type *lit = TYPE(ts, longrange_iter);
    gt_type_setup(ts, lit, "longrange_iterator", NULL, K_ITER, sizeof(Iter), TF_ABSTRACT_ITER);
    lit->next = longrange_iter_next;
    gt_type_add_methods(ts, lit, range_iter_methods);
}
