// iter.c - the built-in iterator types that wrap other iterables: enumerate, zip, map, filter,
// reversed, the old-style sequence iterator (`iterator`, for classes with only __getitem__)
// and callable_iterator (iter(callable, sentinel)).
//
// Entry points: gt_iter_init_types and gt_callable_iter_new. All of them use the Iter layout
// (object.h); the comment above each `next` function says what its fields hold. Any `next`
// may run Python code, so the values it makes are kept on the value stack until returned.
#include <string.h>

#include "core.h"

#define ITER_VAL(v) ((Iter *)AS_OBJ(v))

static Iter *iter_alloc(TS *ts, Type *t) {
    return gt_obj_new(ts, t, K_ITER, sizeof(Iter));
}

// Is the pending exception StopIteration (or IndexError, for the sequence protocol)? Then
// clear it and report exhaustion.
static bool clear_if(TS *ts, Type *a, Type *b) {
    if (gt_err_matches(ts, a) || (b && gt_err_matches(ts, b))) {
        gt_err_clear(ts);
        return true;
    }
    return false;
}

// ---- enumerate ----
// src = the iterator, pos = the next count while it fits in int64, aux[0] = the next count
// as a big int once it does not (V_NULL before).

static Value enumerate_make(TS *ts, Type *cls, Value *args, int nargs, Tuple *kwnames) {
    GT_UNUSED(cls);
    Value iterable, start = V_NULL;
    if (kwnames && kwnames->len) {
        static const char *const names[] = {"iterable", "start"};
        Value out[2];
        if (nargs == 0) {
            bool has_iterable = false;
            for (uint32_t i = 0; i < kwnames->len; i++)
                if (gt_str_eq_cstr(STR_VAL(kwnames->items[i]), "iterable"))
                    has_iterable = true;
            if (!has_iterable)
                return gt_raise(ts, EXC(ts, TypeError),
                                "'%S' is an invalid keyword argument for enumerate()",
                                STR_VAL(kwnames->items[0]));
        }
        if (!gt_parse_args(ts, "enumerate", args, nargs, kwnames, names, 2, 0, 2, 1, out))
            return V_ERR;
        iterable = out[0];
        start = out[1];
    } else {
        if (nargs == 0)
            return gt_raise(ts, EXC(ts, TypeError),
                            "enumerate() missing required argument 'iterable'");
        if (nargs > 2)
            return gt_raise(ts, EXC(ts, TypeError),
                            "enumerate() takes at most 2 arguments (%d given)", nargs);
        iterable = args[0];
        if (nargs == 2)
            start = args[1];
    }
    Value count = v_int(0);
    if (!IS_NULL(start)) {
        count = gt_number_index(ts, start);
        if (IS_ERR(count))
            return V_ERR;
    }
    if (!gt_push(ts, count))
        return V_ERR;
    Value it = gt_iter(ts, iterable);
    if (IS_ERR(it) || !gt_push(ts, it)) {
        gt_popn(ts, 1);
        return V_ERR;
    }
    Iter *e = iter_alloc(ts, TYPE(ts, enumerate));
    gt_popn(ts, 2);
    if (!e)
        return V_ERR;
    e->src = it;
    if (IS_INT(count))
        e->pos = AS_INT(count);
    else
        e->aux[0] = count;
    return v_obj(e);
}

static Value enumerate_next(TS *ts, Value self) {
    Iter *e = ITER_VAL(self);
    Value x = gt_next(ts, e->src);
    if (IS_NULL(x) || IS_ERR(x))
        return x;
    if (!gt_push(ts, x))
        return V_ERR;
    Value idx;
    if (IS_NULL(e->aux[0])) {
        idx = v_int(e->pos);
        if (GT_UNLIKELY(e->pos == INT64_MAX)) {
            Value next = gt_num_binop(ts, idx, v_int(1), NB_ADD);
            if (IS_ERR(next)) {
                gt_popn(ts, 1);
                return V_ERR;
            }
            e->aux[0] = next;
        } else {
            e->pos++;
        }
    } else {
        idx = e->aux[0];
        Value next = gt_num_binop(ts, idx, v_int(1), NB_ADD);
        if (IS_ERR(next)) {
            gt_popn(ts, 1);
            return V_ERR;
        }
        // Back to the small form when counting up from a negative big int reaches int64.
        if (IS_INT(next)) {
            e->pos = AS_INT(next);
            e->aux[0] = V_NULL;
        } else {
            e->aux[0] = next;
        }
    }
    Tuple *t = gt_tuple_pack2(ts, idx, x);
    gt_popn(ts, 1);
    return t ? v_obj(t) : V_ERR;
}

// ---- zip ----
// src = a tuple of the iterators, aux[0] = V_TRUE for strict=True (else V_NULL).

static Value zip_make(TS *ts, Type *cls, Value *args, int nargs, Tuple *kwnames) {
    GT_UNUSED(cls);
    bool strict = false;
    if (kwnames && kwnames->len) {
        if (kwnames->len > 1)
            return gt_raise(ts, EXC(ts, TypeError),
                            "zip() takes at most 1 keyword argument (%u given)", kwnames->len);
        if (!gt_str_eq_cstr(STR_VAL(kwnames->items[0]), "strict"))
            return gt_raise(ts, EXC(ts, TypeError), "'%S' is an invalid keyword argument for zip()",
                            STR_VAL(kwnames->items[0]));
        int t = gt_truthy(ts, args[nargs]);
        if (t < 0)
            return V_ERR;
        strict = t;
    }
    Tuple *its = gt_tuple_new(ts, (uint32_t)nargs);
    if (!its || !gt_push(ts, v_obj(its)))
        return V_ERR;
    for (int i = 0; i < nargs; i++) {
        Value it = gt_iter(ts, args[i]);
        if (IS_ERR(it)) {
            gt_popn(ts, 1);
            return V_ERR;
        }
        its->items[i] = it;
    }
    Iter *z = iter_alloc(ts, TYPE(ts, zip));
    gt_popn(ts, 1);
    if (!z)
        return V_ERR;
    z->src = v_obj(its);
    z->aux[0] = strict ? V_TRUE : V_NULL;
    return v_obj(z);
}

// strict=True and iterator i (0-based) ran out: find out whether the others agree.
static Value zip_strict_check(TS *ts, Tuple *its, uint32_t i) {
    if (i > 0)
        return gt_raise(ts, EXC(ts, ValueError), "zip() argument %u is shorter than argument%s%u",
                        i + 1, i == 1 ? " " : "s 1-", i);
    for (i = 1; i < its->len; i++) {
        Value x = gt_next(ts, its->items[i]);
        if (IS_ERR(x))
            return x;
        if (!IS_NULL(x))
            return gt_raise(ts, EXC(ts, ValueError),
                            "zip() argument %u is longer than argument%s%u", i + 1,
                            i == 1 ? " " : "s 1-", i);
    }
    return V_NULL;
}

static Value zip_next(TS *ts, Value self) {
    Iter *z = ITER_VAL(self);
    if (IS_NULL(z->src))
        return V_NULL;
    Tuple *its = TUPLE_VAL(z->src);
    uint32_t n = its->len;
    if (n == 0)
        return V_NULL;
    Tuple *r = gt_tuple_new(ts, n);
    if (!r || !gt_push(ts, v_obj(r)))
        return V_ERR;
    for (uint32_t i = 0; i < n; i++) {
        Value x = gt_next(ts, its->items[i]);
        if (IS_NULL(x) || IS_ERR(x)) {
            gt_popn(ts, 1);
            if (IS_NULL(x) && !IS_NULL(z->aux[0]))
                return zip_strict_check(ts, its, i);
            return x;
        }
        r->items[i] = x;
    }
    gt_popn(ts, 1);
    return v_obj(r);
}

// ---- map ----
// src = a tuple of the iterators, aux[0] = the function.

static Value map_make(TS *ts, Type *cls, Value *args, int nargs, Tuple *kwnames) {
    GT_UNUSED(cls);
    if (!gt_no_kwargs(ts, "map", kwnames))
        return V_ERR;
    if (nargs < 2)
        return gt_raise(ts, EXC(ts, TypeError), "map() must have at least two arguments.");
    Tuple *its = gt_tuple_new(ts, (uint32_t)nargs - 1);
    if (!its || !gt_push(ts, v_obj(its)))
        return V_ERR;
    for (int i = 1; i < nargs; i++) {
        Value it = gt_iter(ts, args[i]);
        if (IS_ERR(it)) {
            gt_popn(ts, 1);
            return V_ERR;
        }
        its->items[i - 1] = it;
    }
    Iter *m = iter_alloc(ts, TYPE(ts, map));
    gt_popn(ts, 1);
    if (!m)
        return V_ERR;
    m->src = v_obj(its);
    m->aux[0] = args[0];
    return v_obj(m);
}

static Value map_next(TS *ts, Value self) {
    Iter *m = ITER_VAL(self);
    Tuple *its = TUPLE_VAL(m->src);
    uint32_t n = its->len;
    // The arguments are gathered on the value stack, which keeps them alive for the call.
    Value *base = ts->sp;
    for (uint32_t i = 0; i < n; i++) {
        Value x = gt_next(ts, its->items[i]);
        if (IS_NULL(x) || IS_ERR(x) || !gt_push(ts, x)) {
            ts->sp = base;
            return IS_NULL(x) || IS_ERR(x) ? x : V_ERR;
        }
    }
    Value r = gt_call(ts, m->aux[0], base, (int)n, NULL);
    ts->sp = base;
    return r;
}

// ---- filter ----
// src = the iterator, aux[0] = the function (None: keep the true items).

static Value filter_make(TS *ts, Type *cls, Value *args, int nargs, Tuple *kwnames) {
    GT_UNUSED(cls);
    if (!gt_no_kwargs(ts, "filter", kwnames) ||
        !gt_check_args(ts, "filter", nargs, NULL, 2, 2))
        return V_ERR;
    Value it = gt_iter(ts, args[1]);
    if (IS_ERR(it) || !gt_push(ts, it))
        return V_ERR;
    Iter *f = iter_alloc(ts, TYPE(ts, filter));
    gt_popn(ts, 1);
    if (!f)
        return V_ERR;
    f->src = it;
    f->aux[0] = args[0];
    return v_obj(f);
}

static Value filter_next(TS *ts, Value self) {
    Iter *f = ITER_VAL(self);
    Value func = f->aux[0];
    bool plain = IS_NONE(func) || (IS_TYPE(func) && TYPE_VAL(func) == TYPE(ts, bool_));
    for (;;) {
        Value x = gt_next(ts, f->src);
        if (IS_NULL(x) || IS_ERR(x))
            return x;
        int keep;
        if (plain) {
            if (!gt_push(ts, x))
                return V_ERR;
            keep = gt_truthy(ts, x);
        } else {
            if (!gt_push(ts, x))
                return V_ERR;
            Value r = gt_call1(ts, func, x);
            keep = IS_ERR(r) ? -1 : gt_truthy(ts, r);
        }
        gt_popn(ts, 1);
        if (keep < 0)
            return V_ERR;
        if (keep)
            return x;
    }
}

// ---- reversed ----
// src = the sequence (V_NULL when done), pos = the next index, going down.

static Value reversed_make(TS *ts, Type *cls, Value *args, int nargs, Tuple *kwnames) {
    GT_UNUSED(cls);
    if (!gt_no_kwargs(ts, "reversed", kwnames))
        return V_ERR;
    if (nargs != 1)
        return gt_raise(ts, EXC(ts, TypeError), "reversed expected 1 argument, got %d", nargs);
    Value seq = args[0];
    Type *t = gt_type_of(ts, seq);
    Value rev = gt_type_lookup(t, NM(ts, __reversed__));
    if (!IS_NULL(rev) && !IS_NONE(rev))
        return gt_call_method(ts, seq, NM(ts, __reversed__), NULL, 0);
    if (IS_NONE(rev) || !t->getitem || IS_DICT(seq) || IS_TYPE(seq))
        return gt_raise(ts, EXC(ts, TypeError), "'%s' object is not reversible",
                        gt_type_name(ts, seq));
    int64_t n = gt_len(ts, seq);
    if (n < 0)
        return V_ERR;
    Iter *r = iter_alloc(ts, TYPE(ts, reversed));
    if (!r)
        return V_ERR;
    r->src = seq;
    r->pos = n - 1;
    return v_obj(r);
}

static Value reversed_next(TS *ts, Value self) {
    Iter *r = ITER_VAL(self);
    if (IS_NULL(r->src))
        return V_NULL;
    if (r->pos >= 0) {
        Value x = gt_getitem(ts, r->src, v_int(r->pos));
        if (!IS_ERR(x)) {
            r->pos--;
            return x;
        }
        if (!clear_if(ts, EXC(ts, IndexError), EXC(ts, StopIteration)))
            return V_ERR;
    }
    r->pos = -1;
    r->src = V_NULL;
    return V_NULL;
}

static Value reversed_length_hint(TS *ts, Value *args, int nargs, Tuple *kw) {
    GT_UNUSED(nargs);
    GT_UNUSED(kw);
    Iter *r = ITER_VAL(args[0]);
    if (IS_NULL(r->src))
        return v_int(0);
    int64_t n = gt_len(ts, r->src);
    if (n < 0)
        return V_ERR;
    return v_int(r->pos + 1 <= n ? r->pos + 1 : 0);
}

// ---- iterator: the sequence protocol ----
// src = the object (V_NULL when done), pos = the next index to ask __getitem__ for.

static Value seq_iter_next(TS *ts, Value self) {
    Iter *it = ITER_VAL(self);
    if (IS_NULL(it->src))
        return V_NULL;
    Value x = gt_getitem(ts, it->src, v_int(it->pos));
    if (!IS_ERR(x)) {
        it->pos++;
        return x;
    }
    if (!clear_if(ts, EXC(ts, IndexError), EXC(ts, StopIteration)))
        return V_ERR;
    it->src = V_NULL;
    return V_NULL;
}

// ---- callable_iterator: iter(callable, sentinel) ----
// src = the callable (V_NULL when done), aux[0] = the sentinel.

Value gt_callable_iter_new(TS *ts, Value callable, Value sentinel) {
    if (!gt_callable(ts, callable))
        return gt_raise(ts, EXC(ts, TypeError), "iter(v, w): v must be callable");
    Iter *it = iter_alloc(ts, TYPE(ts, callable_iter));
    if (!it)
        return V_ERR;
    it->src = callable;
    it->aux[0] = sentinel;
    return v_obj(it);
}

static Value callable_iter_next(TS *ts, Value self) {
    Iter *it = ITER_VAL(self);
    if (IS_NULL(it->src))
        return V_NULL;
    Value r = gt_call0(ts, it->src);
    if (IS_ERR(r)) {
        if (!clear_if(ts, EXC(ts, StopIteration), NULL))
            return V_ERR;
        it->src = V_NULL;
        it->aux[0] = V_NULL;
        return V_NULL;
    }
    if (!gt_push(ts, r))
        return V_ERR;
    int eq = gt_eq(ts, it->aux[0], r);
    gt_popn(ts, 1);
    if (eq < 0)
        return V_ERR;
    if (eq) {
        it->src = V_NULL;
        it->aux[0] = V_NULL;
        return V_NULL;
    }
    return r;
}

// ---- Set-up ----

static const MethodDef reversed_methods[] = {
    {"__length_hint__", reversed_length_hint, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static Type *setup(TS *ts, Type *t, const char *name, Value (*next)(TS *, Value),
                   Value (*make)(TS *, Type *, Value *, int, Tuple *)) {
    gt_type_setup(ts, t, name, NULL, K_ITER, sizeof(Iter), TF_ABSTRACT_ITER);
    t->next = next;
    t->make = make; // after gt_type_setup, which clears `make` for iterator types
    return t;
}

void gt_iter_init_types(TS *ts) {
    setup(ts, TYPE(ts, enumerate), "enumerate", enumerate_next, enumerate_make);
    setup(ts, TYPE(ts, zip), "zip", zip_next, zip_make);
    setup(ts, TYPE(ts, map), "map", map_next, map_make);
    setup(ts, TYPE(ts, filter), "filter", filter_next, filter_make);
    Type *rev = setup(ts, TYPE(ts, reversed), "reversed", reversed_next, reversed_make);
    gt_type_add_methods(ts, rev, reversed_methods);
    setup(ts, TYPE(ts, seq_iter), "iterator", seq_iter_next, NULL);
    setup(ts, TYPE(ts, callable_iter), "callable_iterator", callable_iter_next, NULL);
}
