// slice.c - slice objects (a[start:stop:step]) and resolving them against a length.
#include "core.h"

static void slice_mark(GcState *gc, Obj *o) {
    Slice *s = (Slice *)o;
    gt_gc_mark(gc, s->start);
    gt_gc_mark(gc, s->stop);
    gt_gc_mark(gc, s->step);
}

Value gt_slice_new(TS *ts, Value start, Value stop, Value step) {
    Slice *s = gt_obj_new(ts, TYPE(ts, slice), K_SLICE, sizeof(Slice));
    if (!s)
        return V_ERR;
    s->start = start;
    s->stop = stop;
    s->step = step;
    return v_obj(s);
}

// A slice bound as an int64, clamping huge ints (as CPython clamps to Py_ssize_t).
static bool slice_bound(TS *ts, Value v, int64_t *out) {
    if (IS_SMALLINT_OR_BOOL(v)) {
        *out = AS_INT(v);
        return true;
    }
    Value n = gt_number_index(ts, v);
    if (IS_ERR(n)) {
        gt_err_clear(ts);
        gt_raise(ts, EXC(ts, TypeError),
                 "slice indices must be integers or None or have an __index__ method");
        return false;
    }
    if (IS_INT(n)) {
        *out = AS_INT(n);
        return true;
    }
    *out = gt_int_sign(n) < 0 ? INT64_MIN / 2 : INT64_MAX / 2;
    return true;
}

int gt_slice_indices(TS *ts, Slice *s, int64_t length, int64_t *pstart, int64_t *pstop,
                     int64_t *pstep, int64_t *pcount) {
    int64_t step = 1, start, stop;
    if (!IS_NONE(s->step)) {
        if (!slice_bound(ts, s->step, &step))
            return -1;
        if (step == 0) {
            gt_raise(ts, EXC(ts, ValueError), "slice step cannot be zero");
            return -1;
        }
    }
    int64_t lower = step < 0 ? -1 : 0;
    int64_t upper = step < 0 ? length - 1 : length;
    if (IS_NONE(s->start)) {
        start = step < 0 ? upper : lower;
    } else {
        if (!slice_bound(ts, s->start, &start))
            return -1;
        if (start < 0) {
            start += length;
            if (start < lower)
                start = lower;
        } else if (start > upper) {
            start = upper;
        }
    }
    if (IS_NONE(s->stop)) {
        stop = step < 0 ? lower : upper;
    } else {
        if (!slice_bound(ts, s->stop, &stop))
            return -1;
        if (stop < 0) {
            stop += length;
            if (stop < lower)
                stop = lower;
        } else if (stop > upper) {
            stop = upper;
        }
    }
    int64_t count = 0;
    if (step > 0 && start < stop)
        count = (stop - start - 1) / step + 1;
    else if (step < 0 && stop < start)
        count = (start - stop - 1) / (-step) + 1;
    *pstart = start;
    *pstop = stop;
    *pstep = step;
    *pcount = count;
    return 0;
}

static Value slice_repr(TS *ts, Value self) {
    Slice *s = (Slice *)AS_OBJ(self);
    return v_obj(gt_format_msg(ts, "slice(%R, %R, %R)", s->start, s->stop, s->step));
}

static Value slice_richcmp(TS *ts, Value self, Value other, int op) {
    if (!IS_SLICE(other) || (op != CMP_EQ && op != CMP_NE))
        return V_NOTIMPL(ts);
    Slice *a = (Slice *)AS_OBJ(self), *b = (Slice *)AS_OBJ(other);
    Value ta[3] = {a->start, a->stop, a->step}, tb[3] = {b->start, b->stop, b->step};
    for (int i = 0; i < 3; i++) {
        int eq = gt_eq(ts, ta[i], tb[i]);
        if (eq < 0)
            return V_ERR;
        if (!eq)
            return v_bool(op == CMP_NE);
    }
    return v_bool(op == CMP_EQ);
}

static Value slice_make(TS *ts, Type *cls, Value *args, int nargs, Tuple *kwnames) {
    GT_UNUSED(cls);
    if (!gt_check_args(ts, "slice", nargs, kwnames, 1, 3))
        return V_ERR;
    if (nargs == 1)
        return gt_slice_new(ts, V_NONE, args[0], V_NONE);
    return gt_slice_new(ts, args[0], args[1], nargs == 3 ? args[2] : V_NONE);
}

static Value slice_start_get(TS *ts, Value self) {
    GT_UNUSED(ts);
    return ((Slice *)AS_OBJ(self))->start;
}
static Value slice_stop_get(TS *ts, Value self) {
    GT_UNUSED(ts);
    return ((Slice *)AS_OBJ(self))->stop;
}
static Value slice_step_get(TS *ts, Value self) {
    GT_UNUSED(ts);
    return ((Slice *)AS_OBJ(self))->step;
}

static Value slice_indices_m(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!gt_check_args(ts, "indices", nargs - 1, kw, 1, 1))
        return V_ERR;
    int64_t len;
    if (!gt_index(ts, args[1], &len, NULL))
        return V_ERR;
    if (len < 0)
        return gt_raise(ts, EXC(ts, ValueError), "length should not be negative");
    int64_t start, stop, step, count;
    if (gt_slice_indices(ts, (Slice *)AS_OBJ(args[0]), len, &start, &stop, &step, &count) < 0)
        return V_ERR;
    Value items[3] = {v_int(start), v_int(stop), v_int(step)};
    Tuple *t = gt_tuple_from(ts, items, 3);
    return t ? v_obj(t) : V_ERR;
}

static const GetSetDef slice_getsets[] = {
    {"start", slice_start_get, NULL},
    {"stop", slice_stop_get, NULL},
    {"step", slice_step_get, NULL},
    {NULL, NULL, NULL},
};

static const MethodDef slice_methods[] = {
    {"indices", slice_indices_m, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static int64_t slice_hash(TS *ts, Value self) {
    gt_raise(ts, EXC(ts, TypeError), "unhashable type: 'slice'");
    GT_UNUSED(self);
    return -1;
}

void gt_slice_init_type(TS *ts) {
    Type *t = TYPE(ts, slice);
    gt_type_setup(ts, t, "slice", NULL, K_SLICE, sizeof(Slice), 0);
    t->mark = slice_mark;
    t->make = slice_make;
    t->repr = slice_repr;
    t->richcmp = slice_richcmp;
    t->hash = slice_hash;
    gt_type_add_getsets(ts, t, slice_getsets);
    gt_type_add_methods(ts, t, slice_methods);
}
