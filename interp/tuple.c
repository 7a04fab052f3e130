// tuple.c - the tuple type: immutable sequences, their hash (CPython's xxHash-based scheme,
// so that sets of tuples iterate in CPython's order), comparison, slicing and methods.
#include <string.h>

#include "core.h"

static void tuple_mark(GcState *gc, Obj *o) {
    Tuple *t = (Tuple *)o;
    for (uint32_t i = 0; i < t->len; i++)
        gt_gc_mark(gc, t->items[i]);
}

Tuple *gt_tuple_new(TS *ts, uint32_t n) {
    if (n == 0 && ts->interp->empty_tuple)
        return ts->interp->empty_tuple;
    size_t size;
    if (!gt_size_mul(ts, n, sizeof(Value), &size))
        return NULL;
    Tuple *t = gt_obj_new(ts, TYPE(ts, tuple), K_TUPLE, sizeof(Tuple) + size);
    if (!t)
        return NULL;
    t->hash = -1;
    t->len = n;
    for (uint32_t i = 0; i < n; i++)
        t->items[i] = V_NONE;
    return t;
}

Tuple *gt_tuple_from(TS *ts, const Value *items, uint32_t n) {
    Tuple *t = gt_tuple_new(ts, n);
    if (t && n)
        memcpy(t->items, items, sizeof(Value) * n);
    return t;
}

Tuple *gt_tuple_pack2(TS *ts, Value a, Value b) {
    Value items[2] = {a, b};
    return gt_tuple_from(ts, items, 2);
}

static Value tuple_repr(TS *ts, Value self) {
    Tuple *t = TUPLE_VAL(self);
    if (t->len == 0)
        return v_obj(gt_str_new(ts, "()", 2));
    int r = gt_repr_enter(ts, AS_OBJ(self));
    if (r != 0)
        return r < 0 ? V_ERR : v_obj(gt_str_new(ts, "(...)", 5));
    StrBuf sb;
    gt_sb_init(&sb);
    bool ok = gt_sb_addc(ts, &sb, '(');
    for (uint32_t i = 0; ok && i < t->len; i++) {
        if (i > 0)
            ok = gt_sb_add(ts, &sb, ", ", 2);
        ok = ok && gt_sb_addrepr(ts, &sb, t->items[i]);
    }
    if (ok && t->len == 1)
        ok = gt_sb_addc(ts, &sb, ',');
    ok = ok && gt_sb_addc(ts, &sb, ')');
    gt_repr_leave(ts, AS_OBJ(self));
    if (!ok) {
        gt_sb_free(&sb);
        return V_ERR;
    }
    Str *s = gt_sb_finish(ts, &sb);
    return s ? v_obj(s) : V_ERR;
}

#define XXPRIME_1 11400714785074694791ULL
#define XXPRIME_2 14029467366897019727ULL
#define XXPRIME_5 2870177450012600261ULL
#define XXROTATE(x) (((x) << 31) | ((x) >> 33))

static int64_t tuple_hash(TS *ts, Value self) {
    Tuple *t = TUPLE_VAL(self);
    if (t->hash != -1)
        return t->hash;
    uint64_t acc = XXPRIME_5;
    for (uint32_t i = 0; i < t->len; i++) {
        int64_t lane = gt_hash(ts, t->items[i]);
        if (lane == -1)
            return -1;
        acc += (uint64_t)lane * XXPRIME_2;
        acc = XXROTATE(acc);
        acc *= XXPRIME_1;
    }
    acc += (uint64_t)t->len ^ (XXPRIME_5 ^ 3527539ULL);
    int64_t h = acc == (uint64_t)-1 ? 1546275796 : (int64_t)acc;
    t->hash = h;
    return h;
}

// Lexicographic comparison shared by tuples (and used by list.c through the same logic).
static Value seq_richcmp(TS *ts, const Value *a, uint32_t na, const Value *b, uint32_t nb,
                         int op) {
    uint32_t i;
    for (i = 0; i < na && i < nb; i++) {
        int eq = gt_eq(ts, a[i], b[i]);
        if (eq < 0)
            return V_ERR;
        if (!eq)
            break;
    }
    if (i >= na || i >= nb) {
        return gt_cmp_outcome((na > nb) - (na < nb), op);
    }
    if (op == CMP_EQ)
        return V_FALSE;
    if (op == CMP_NE)
        return V_TRUE;
    return gt_richcmp(ts, a[i], b[i], op);
}

static Value tuple_richcmp(TS *ts, Value self, Value other, int op) {
    if (!IS_TUPLE(other))
        return V_NOTIMPL(ts);
    Tuple *a = TUPLE_VAL(self), *b = TUPLE_VAL(other);
    if (!gt_push(ts, self) || !gt_push(ts, other))
        return V_ERR;
    Value r = seq_richcmp(ts, a->items, a->len, b->items, b->len, op);
    gt_popn(ts, 2);
    return r;
}

static int64_t tuple_len(TS *ts, Value self) {
    GT_UNUSED(ts);
    return TUPLE_VAL(self)->len;
}

static Value tuple_getitem(TS *ts, Value self, Value key) {
    Tuple *t = TUPLE_VAL(self);
    if (IS_SLICE(key)) {
        int64_t start, stop, step, count;
        if (gt_slice_indices(ts, (Slice *)AS_OBJ(key), t->len, &start, &stop, &step, &count) < 0)
            return V_ERR;
        if (step == 1 && start == 0 && count == t->len)
            return self;
        Tuple *r = gt_tuple_new(ts, (uint32_t)count);
        if (!r)
            return V_ERR;
        for (int64_t i = 0, j = start; i < count; i++, j += step)
            r->items[i] = t->items[j];
        return v_obj(r);
    }
    int64_t i;
    if (!gt_index(ts, key, &i, "tuple indices"))
        return V_ERR;
    if (!gt_seq_index(&i, t->len))
        return gt_raise(ts, EXC(ts, IndexError), "tuple index out of range");
    return t->items[i];
}

static int tuple_contains(TS *ts, Value self, Value item) {
    Tuple *t = TUPLE_VAL(self);
    for (uint32_t i = 0; i < t->len; i++) {
        int eq = gt_eq(ts, t->items[i], item);
        if (eq)
            return eq;
    }
    return 0;
}

static Value tuple_binop(TS *ts, Value a, Value b, int op) {
    if (op == NB_ADD && IS_TUPLE(a) && IS_TUPLE(b)) {
        Tuple *x = TUPLE_VAL(a), *y = TUPLE_VAL(b);
        if (y->len == 0)
            return a;
        if (x->len == 0)
            return b;
        Tuple *r = gt_tuple_new(ts, x->len + y->len);
        if (!r)
            return V_ERR;
        memcpy(r->items, x->items, sizeof(Value) * x->len);
        memcpy(r->items + x->len, y->items, sizeof(Value) * y->len);
        return v_obj(r);
    }
    if (op == NB_MULTIPLY && (IS_TUPLE(a) || IS_TUPLE(b))) {
        Value seq = IS_TUPLE(a) ? a : b, nv = IS_TUPLE(a) ? b : a;
        if (!IS_SMALLINT_OR_BOOL(nv) && !(IS_OBJ(nv) && AS_OBJ(nv)->kind == K_BIGINT))
            return V_NOTIMPL(ts);
        int64_t n;
        if (IS_SMALLINT_OR_BOOL(nv)) {
            n = AS_INT(nv);
        } else {
            if (gt_int_sign(nv) < 0)
                n = 0;
            else
                return gt_raise_nomem(ts);
        }
        Tuple *t = TUPLE_VAL(seq);
        if (n <= 0 || t->len == 0)
            return v_obj(ts->interp->empty_tuple);
        if (n == 1)
            return seq;
        size_t total;
        if (!gt_size_mul(ts, t->len, (size_t)n, &total))
            return V_ERR;
        if (total > UINT32_MAX)
            return gt_raise_nomem(ts);
        Tuple *r = gt_tuple_new(ts, (uint32_t)total);
        if (!r)
            return V_ERR;
        for (int64_t k = 0; k < n; k++)
            memcpy(r->items + k * t->len, t->items, sizeof(Value) * t->len);
        return v_obj(r);
    }
    return V_NOTIMPL(ts);
}

static Value tuple_iter(TS *ts, Value self) {
    Iter *it = gt_obj_new(ts, TYPE(ts, tuple_iter), K_ITER, sizeof(Iter));
    if (!it)
        return V_ERR;
    it->src = self;
    return v_obj(it);
}

static Value tuple_iter_next(TS *ts, Value self) {
    GT_UNUSED(ts);
    Iter *it = (Iter *)AS_OBJ(self);
    if (IS_NULL(it->src))
        return V_NULL;
    Tuple *t = TUPLE_VAL(it->src);
    if ((uint64_t)it->pos < t->len)
        return t->items[it->pos++];
    it->src = V_NULL;
    return V_NULL;
}

static Value tuple_make(TS *ts, Type *cls, Value *args, int nargs, Tuple *kwnames) {
    GT_UNUSED(cls);
    if (!gt_check_args(ts, "tuple", nargs, kwnames, 0, 1))
        return V_ERR;
    if (nargs == 0)
        return v_obj(ts->interp->empty_tuple);
    return gt_tuple_from_iterable(ts, args[0]);
}

static Value tuple_count(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!gt_check_args(ts, "count", nargs - 1, kw, 1, 1))
        return V_ERR;
    Tuple *t = TUPLE_VAL(args[0]);
    int64_t n = 0;
    for (uint32_t i = 0; i < t->len; i++) {
        int eq = gt_eq(ts, t->items[i], args[1]);
        if (eq < 0)
            return V_ERR;
        n += eq;
    }
    return v_int(n);
}

static Value tuple_index(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!gt_check_args(ts, "index", nargs - 1, kw, 1, 3))
        return V_ERR;
    Tuple *t = TUPLE_VAL(args[0]);
    int64_t start = 0, stop = t->len;
    if (nargs > 2 && !gt_index(ts, args[2], &start, NULL))
        return V_ERR;
    if (nargs > 3 && !gt_index(ts, args[3], &stop, NULL))
        return V_ERR;
    if (start < 0)
        start = start + t->len < 0 ? 0 : start + t->len;
    if (stop < 0)
        stop += t->len;
    if (stop > t->len)
        stop = t->len;
    for (int64_t i = start; i < stop; i++) {
        int eq = gt_eq(ts, t->items[i], args[1]);
        if (eq < 0)
            return V_ERR;
        if (eq)
            return v_int(i);
    }
    return gt_raise(ts, EXC(ts, ValueError), "tuple.index(x): x not in tuple");
}

static const MethodDef tuple_methods[] = {
    {"count", tuple_count, 0, NULL},
    {"index", tuple_index, 0, NULL},
    {NULL, NULL, 0, NULL},
};

void gt_tuple_init_type(TS *ts) {
    Type *t = TYPE(ts, tuple);
    gt_type_setup(ts, t, "tuple", NULL, K_TUPLE, sizeof(Tuple), 0);
    t->mark = tuple_mark;
    t->make = tuple_make;
    t->repr = tuple_repr;
    t->hash = tuple_hash;
    t->richcmp = tuple_richcmp;
    t->len = tuple_len;
    t->getitem = tuple_getitem;
    t->contains = tuple_contains;
    t->binop = tuple_binop;
    t->iter = tuple_iter;
    gt_type_add_methods(ts, t, tuple_methods);

    Type *it = TYPE(ts, tuple_iter);
    gt_type_setup(ts, it, "tuple_iterator", NULL, K_ITER, sizeof(Iter), TF_ABSTRACT_ITER);
    it->next = tuple_iter_next;
}
