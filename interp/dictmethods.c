// dictmethods.c - the Python face of dict: construction, repr, comparison, item access, the
// methods, the views (dict_keys, dict_values, dict_items) and the dict iterators. The hash
// table itself is in dict.c.
//
// Entry point: gt_dict_methods_init (called by gt_dict_init_type). Iterators follow CPython's
// rules: a change of the dict's size during iteration raises "dictionary changed size during
// iteration", and a same-size change that brings new keys "dictionary keys changed during
// iteration".
#include <stdio.h>
#include <string.h>

#include "core.h"

#define VIEW_VAL(v) ((DictView *)AS_OBJ(v))
#define IS_VIEW(v) (IS_OBJ(v) && AS_OBJ(v)->kind == K_DICTVIEW)

// View and iterator kinds.
enum { DV_KEYS = 0, DV_VALUES, DV_ITEMS };

// ---- Helpers ----

// Arguments of methods whose messages name them two ways, as CPython's do: "dict.get() takes
// no keyword arguments" but "get expected at most 2 arguments, got 3".
static bool method_args(TS *ts, const char *qualname, const char *name, int nargs, Tuple *kw,
                        int min, int max) {
    return gt_no_kwargs(ts, qualname, kw) && gt_check_args(ts, name, nargs - 1, NULL, min, max);
}

// Equality of two values as containers see it: identical values are equal without calling
// __eq__ (a float is identical to one with the same bits, since floats are not objects here),
// so that d == d holds even with a NaN inside, as in CPython.
static int same_or_eq(TS *ts, Value a, Value b) {
    if (v_is(a, b))
        return 1;
    return gt_eq(ts, a, b);
}

static Value key_error(TS *ts, Value key) {
    return gt_raise_arg(ts, EXC(ts, KeyError), key);
}

// Is the value's type iterable (it has an iterator or is an old-style sequence)?
static bool is_iterable(TS *ts, Value v) {
    Type *t = gt_type_of(ts, v);
    return t->iter || (t->getitem && !IS_TYPE(v));
}

// d[key] = value for each pair of an iterable of pairs (dict(list_of_pairs)).
static int update_from_pairs(TS *ts, Dict *d, Value seq) {
    Value it = gt_iter(ts, seq);
    if (IS_ERR(it) || !gt_push(ts, it))
        return -1;
    int rc = 0;
    for (int64_t n = 0;; n++) {
        Value item = gt_next(ts, it);
        if (IS_NULL(item))
            break;
        if (IS_ERR(item)) {
            rc = -1;
            break;
        }
        if (!is_iterable(ts, item)) {
            gt_raise(ts, EXC(ts, TypeError),
                     "cannot convert dictionary update sequence element #%lld to a sequence",
                     (long long)n);
            rc = -1;
            break;
        }
        Value pair = IS_TUPLE(item) ? item : gt_list_from_iterable(ts, item);
        if (IS_ERR(pair) || !gt_push(ts, pair)) {
            rc = -1;
            break;
        }
        const Value *kv = IS_TUPLE(pair) ? TUPLE_VAL(pair)->items : LIST_VAL(pair)->items;
        uint32_t len = IS_TUPLE(pair) ? TUPLE_VAL(pair)->len : LIST_VAL(pair)->len;
        if (len != 2) {
            gt_raise(ts, EXC(ts, ValueError),
                     "dictionary update sequence element #%lld has length %u; 2 is required",
                     (long long)n, len);
            rc = -1;
        } else if (gt_dict_set(ts, d, kv[0], kv[1]) < 0) {
            rc = -1;
        }
        gt_popn(ts, 1);
        if (rc < 0)
            break;
    }
    gt_popn(ts, 1);
    return rc;
}

// d[k] = m[k] for each k in m.keys(), for mappings that are not dicts.
static int update_from_mapping(TS *ts, Dict *d, Value m, Value keysfn) {
    Value keys = gt_call0(ts, keysfn);
    if (IS_ERR(keys) || !gt_push(ts, keys))
        return -1;
    Value it = gt_iter(ts, keys);
    if (IS_ERR(it) || !gt_push(ts, it)) {
        gt_popn(ts, 1);
        return -1;
    }
    int rc = 0;
    for (;;) {
        Value k = gt_next(ts, it);
        if (IS_NULL(k))
            break;
        if (IS_ERR(k) || !gt_push(ts, k)) {
            rc = -1;
            break;
        }
        Value v = gt_getitem(ts, m, k);
        if (IS_ERR(v) || gt_dict_set(ts, d, k, v) < 0)
            rc = -1;
        gt_popn(ts, 1);
        if (rc < 0)
            break;
    }
    gt_popn(ts, 2);
    return rc;
}

// d.update(arg): a dict, a mapping (anything with keys()), or an iterable of pairs.
static int update_from_arg(TS *ts, Dict *d, Value arg) {
    if (IS_DICT(arg) && gt_type_of(ts, arg) == TYPE(ts, dict))
        return gt_dict_merge(ts, d, DICT_VAL(arg));
    Value keysfn = gt_getattr_opt(ts, arg, NM(ts, keys));
    if (IS_ERR(keysfn))
        return -1;
    if (!IS_NULL(keysfn)) {
        if (!gt_push(ts, keysfn))
            return -1;
        int rc = update_from_mapping(ts, d, arg, keysfn);
        gt_popn(ts, 1);
        return rc;
    }
    return update_from_pairs(ts, d, arg);
}

// The keyword arguments of a call, added to d.
static int update_from_kwargs(TS *ts, Dict *d, Value *kwvals, Tuple *kwnames) {
    if (!kwnames)
        return 0;
    for (uint32_t i = 0; i < kwnames->len; i++)
        if (gt_dict_set(ts, d, kwnames->items[i], kwvals[i]) < 0)
            return -1;
    return 0;
}

// ---- Type slots ----

static Value dict_make(TS *ts, Type *cls, Value *args, int nargs, Tuple *kwnames) {
    if (!gt_check_args(ts, "dict", nargs, NULL, 0, 1))
        return V_ERR;
    size_t size = cls->inst_size > sizeof(Dict) ? cls->inst_size : sizeof(Dict);
    Dict *d = gt_obj_new(ts, cls, K_DICT, size);
    if (!d || !gt_push(ts, v_obj(d)))
        return V_ERR;
    int rc = 0;
    if (nargs == 1)
        rc = update_from_arg(ts, d, args[0]);
    if (rc == 0)
        rc = update_from_kwargs(ts, d, args + nargs, kwnames);
    gt_popn(ts, 1);
    return rc < 0 ? V_ERR : v_obj(d);
}

static Value dict_repr(TS *ts, Value self) {
    Dict *d = DICT_VAL(self);
    if (d->count == 0)
        return v_obj(gt_str_new(ts, "{}", 2));
    int r = gt_repr_enter(ts, AS_OBJ(self));
    if (r != 0)
        return r < 0 ? V_ERR : v_obj(gt_str_new(ts, "{...}", 5));
    StrBuf sb;
    gt_sb_init(&sb);
    bool ok = gt_sb_addc(ts, &sb, '{');
    bool first = true;
    // Entries are re-read at each step: the reprs may change the dict.
    for (uint32_t i = 0; ok && i < d->nentries; i++) {
        DictEntry e = d->entries[i];
        if (IS_NULL(e.key))
            continue;
        if (!first)
            ok = gt_sb_add(ts, &sb, ", ", 2);
        first = false;
        ok = ok && gt_push(ts, e.key) && gt_push(ts, e.value);
        if (!ok)
            break;
        ok = gt_sb_addrepr(ts, &sb, e.key) && gt_sb_add(ts, &sb, ": ", 2) &&
             gt_sb_addrepr(ts, &sb, e.value);
        gt_popn(ts, 2);
    }
    ok = ok && gt_sb_addc(ts, &sb, '}');
    gt_repr_leave(ts, AS_OBJ(self));
    if (!ok) {
        gt_sb_free(&sb);
        return V_ERR;
    }
    Str *s = gt_sb_finish(ts, &sb);
    return s ? v_obj(s) : V_ERR;
}

static int64_t dict_hash(TS *ts, Value self) {
    gt_raise(ts, EXC(ts, TypeError), "unhashable type: '%s'", gt_type_name(ts, self));
    return -1;
}

// Same keys, and equal values for each: 1, 0, or -1 on error.
static int dict_equal(TS *ts, Dict *a, Dict *b) {
    if (a->count != b->count)
        return 0;
    for (uint32_t i = 0; i < a->nentries; i++) {
        DictEntry e = a->entries[i];
        if (IS_NULL(e.key))
            continue;
        if (!gt_push(ts, e.key) || !gt_push(ts, e.value))
            return -1;
        Value bv = gt_dict_get(ts, b, e.key);
        int r;
        if (IS_ERR(bv)) {
            r = -1;
        } else if (IS_NULL(bv)) {
            r = 0;
        } else if (!gt_push(ts, bv)) {
            r = -1;
        } else {
            r = same_or_eq(ts, e.value, bv);
            gt_popn(ts, 1);
        }
        gt_popn(ts, 2);
        if (r <= 0)
            return r;
    }
    return 1;
}

static Value dict_richcmp(TS *ts, Value self, Value other, int op) {
    if (!IS_DICT(other) || (op != CMP_EQ && op != CMP_NE))
        return V_NOTIMPL(ts);
    int r = dict_equal(ts, DICT_VAL(self), DICT_VAL(other));
    if (r < 0)
        return V_ERR;
    return v_bool(op == CMP_EQ ? r : !r);
}

static int64_t dict_len(TS *ts, Value self) {
    GT_UNUSED(ts);
    return DICT_VAL(self)->count;
}

static Value dict_getitem(TS *ts, Value self, Value key) {
    Value v = gt_dict_get(ts, DICT_VAL(self), key);
    if (GT_LIKELY(!IS_NULL(v)))
        return v;
    // Subclasses may define __missing__ (collections.defaultdict's hook).
    Type *t = gt_type_of(ts, self);
    if (t != TYPE(ts, dict) && !IS_NULL(gt_type_lookup(t, NM(ts, __missing__))))
        return gt_call_method(ts, self, NM(ts, __missing__), &key, 1);
    return key_error(ts, key);
}

static int dict_setitem(TS *ts, Value self, Value key, Value val) {
    if (!IS_NULL(val))
        return gt_dict_set(ts, DICT_VAL(self), key, val);
    int r = gt_dict_del(ts, DICT_VAL(self), key);
    if (r == 0) {
        key_error(ts, key);
        return -1;
    }
    return r < 0 ? -1 : 0;
}

static int dict_contains(TS *ts, Value self, Value key) {
    Value v = gt_dict_get(ts, DICT_VAL(self), key);
    if (IS_ERR(v))
        return -1;
    return !IS_NULL(v);
}

// ---- Iterators ----
// Every dict iterator: src = the dict (V_NULL once exhausted), pos = next entry index,
// end = items left to produce, mutations = the dict's size when the iterator was made
// (UINT32_MAX once a size change was reported, so the error sticks). Reverse iterators walk
// pos downwards.

static Type *dict_iter_type(TS *ts, int kind, bool reverse) {
    switch (kind) {
        case DV_KEYS:
            return reverse ? TYPE(ts, dict_revkeyiter) : TYPE(ts, dict_keyiter);
        case DV_VALUES:
            return reverse ? TYPE(ts, dict_revvalueiter) : TYPE(ts, dict_valueiter);
        default:
            return reverse ? TYPE(ts, dict_revitemiter) : TYPE(ts, dict_itemiter);
    }
}

static Value dict_iter_new(TS *ts, Dict *d, int kind, bool reverse) {
    Iter *it = gt_obj_new(ts, dict_iter_type(ts, kind, reverse), K_ITER, sizeof(Iter));
    if (!it)
        return V_ERR;
    it->src = v_obj(d);
    it->pos = reverse ? (int64_t)d->nentries - 1 : 0;
    it->end = d->count;
    it->step = reverse ? -1 : 1;
    it->mutations = d->count;
    return v_obj(it);
}

static Value dict_iter(TS *ts, Value self) {
    return dict_iter_new(ts, DICT_VAL(self), DV_KEYS, false);
}

// The next live entry, or NULL (with an exception pending when *err).
static DictEntry *dict_iter_step(TS *ts, Iter *it, bool *err) {
    *err = false;
    if (IS_NULL(it->src))
        return NULL;
    Dict *d = DICT_VAL(it->src);
    if (it->mutations != d->count) {
        it->mutations = UINT32_MAX;
        gt_raise(ts, EXC(ts, RuntimeError), "dictionary changed size during iteration");
        *err = true;
        return NULL;
    }
    DictEntry *e = NULL;
    if (it->step > 0) {
        int64_t i = it->pos;
        while (i < d->nentries && IS_NULL(d->entries[i].key))
            i++;
        if (i < d->nentries) {
            e = &d->entries[i];
            it->pos = i + 1;
        }
    } else {
        int64_t i = it->pos < d->nentries ? it->pos : (int64_t)d->nentries - 1;
        while (i >= 0 && IS_NULL(d->entries[i].key))
            i--;
        if (i >= 0) {
            e = &d->entries[i];
            it->pos = i - 1;
        }
    }
    if (!e) {
        it->src = V_NULL;
        return NULL;
    }
    if (it->end == 0) {
        // More entries than the dict had: same size, but other keys.
        it->src = V_NULL;
        gt_raise(ts, EXC(ts, RuntimeError), "dictionary keys changed during iteration");
        *err = true;
        return NULL;
    }
    it->end--;
    return e;
}

static Value dict_keyiter_next(TS *ts, Value self) {
    bool err;
    DictEntry *e = dict_iter_step(ts, (Iter *)AS_OBJ(self), &err);
    return e ? e->key : (err ? V_ERR : V_NULL);
}

static Value dict_valueiter_next(TS *ts, Value self) {
    bool err;
    DictEntry *e = dict_iter_step(ts, (Iter *)AS_OBJ(self), &err);
    return e ? e->value : (err ? V_ERR : V_NULL);
}

static Value dict_itemiter_next(TS *ts, Value self) {
    bool err;
    DictEntry *e = dict_iter_step(ts, (Iter *)AS_OBJ(self), &err);
    if (!e)
        return err ? V_ERR : V_NULL;
    Tuple *t = gt_tuple_pack2(ts, e->key, e->value);
    return t ? v_obj(t) : V_ERR;
}

static Value dict_iter_length_hint(TS *ts, Value *args, int nargs, Tuple *kw) {
    GT_UNUSED(nargs);
    GT_UNUSED(kw);
    GT_UNUSED(ts);
    Iter *it = (Iter *)AS_OBJ(args[0]);
    if (IS_NULL(it->src) || it->mutations != DICT_VAL(it->src)->count)
        return v_int(0);
    return v_int(it->end);
}

// ---- Views ----

static int view_kind(TS *ts, Value v) {
    Type *t = gt_type_of(ts, v);
    if (t == TYPE(ts, dict_keys))
        return DV_KEYS;
    if (t == TYPE(ts, dict_values))
        return DV_VALUES;
    return DV_ITEMS;
}

static bool is_setlike_view(TS *ts, Value v) {
    return IS_VIEW(v) && view_kind(ts, v) != DV_VALUES;
}

static void view_mark(GcState *gc, Obj *o) {
    gt_gc_mark_obj(gc, (Obj *)((DictView *)o)->dict);
}

static Value view_new(TS *ts, Value dict, int kind) {
    Type *t = kind == DV_KEYS     ? TYPE(ts, dict_keys)
              : kind == DV_VALUES ? TYPE(ts, dict_values)
                                  : TYPE(ts, dict_items);
    DictView *v = gt_obj_new(ts, t, K_DICTVIEW, sizeof(DictView));
    if (!v)
        return V_ERR;
    v->dict = DICT_VAL(dict);
    return v_obj(v);
}

static int64_t view_len(TS *ts, Value self) {
    GT_UNUSED(ts);
    return VIEW_VAL(self)->dict->count;
}

static Value view_iter(TS *ts, Value self) {
    return dict_iter_new(ts, VIEW_VAL(self)->dict, view_kind(ts, self), false);
}

static int view_contains(TS *ts, Value self, Value item) {
    Dict *d = VIEW_VAL(self)->dict;
    switch (view_kind(ts, self)) {
        case DV_KEYS: {
            Value v = gt_dict_get(ts, d, item);
            return IS_ERR(v) ? -1 : !IS_NULL(v);
        }
        case DV_ITEMS: {
            if (!IS_TUPLE(item) || TUPLE_VAL(item)->len != 2)
                return 0;
            Value v = gt_dict_get(ts, d, TUPLE_VAL(item)->items[0]);
            if (IS_ERR(v))
                return -1;
            if (IS_NULL(v))
                return 0;
            if (!gt_push(ts, v))
                return -1;
            int r = same_or_eq(ts, v, TUPLE_VAL(item)->items[1]);
            gt_popn(ts, 1);
            return r;
        }
        default:
            for (uint32_t i = 0; i < d->nentries; i++) {
                DictEntry e = d->entries[i];
                if (IS_NULL(e.key))
                    continue;
                if (!gt_push(ts, e.value))
                    return -1;
                int r = same_or_eq(ts, e.value, item);
                gt_popn(ts, 1);
                if (r)
                    return r;
            }
            return 0;
    }
}

static Value view_repr(TS *ts, Value self) {
    int r = gt_repr_enter(ts, AS_OBJ(self));
    if (r != 0)
        return r < 0 ? V_ERR : v_obj(gt_str_new(ts, "...", 3));
    Value l = gt_list_from_iterable(ts, self);
    Str *s = NULL;
    if (!IS_ERR(l) && gt_push(ts, l)) {
        s = gt_format_msg(ts, "%s(%R)", gt_type_name(ts, self), l);
        gt_popn(ts, 1);
    }
    gt_repr_leave(ts, AS_OBJ(self));
    return s ? v_obj(s) : V_ERR;
}

// Every item of iterable a is in container b: 1, 0, -1 on error.
static int all_contained_in(TS *ts, Value a, Value b) {
    Value it = gt_iter(ts, a);
    if (IS_ERR(it) || !gt_push(ts, it))
        return -1;
    int ok = 1;
    for (;;) {
        Value x = gt_next(ts, it);
        if (IS_NULL(x))
            break;
        if (IS_ERR(x) || !gt_push(ts, x)) {
            ok = -1;
            break;
        }
        int r = gt_contains(ts, b, x);
        gt_popn(ts, 1);
        if (r <= 0) {
            ok = r;
            break;
        }
    }
    gt_popn(ts, 1);
    return ok;
}

static Value view_richcmp(TS *ts, Value self, Value other, int op) {
    if (view_kind(ts, self) == DV_VALUES || (!IS_ANYSET(other) && !is_setlike_view(ts, other)))
        return V_NOTIMPL(ts);
    int64_t la = view_len(ts, self), lb = gt_len(ts, other);
    if (lb < 0)
        return V_ERR;
    int ok = 0;
    switch (op) {
        case CMP_EQ:
        case CMP_NE:
            if (la == lb)
                ok = all_contained_in(ts, self, other);
            if (op == CMP_NE && ok >= 0)
                ok = !ok;
            break;
        case CMP_LT:
            if (la < lb)
                ok = all_contained_in(ts, self, other);
            break;
        case CMP_LE:
            if (la <= lb)
                ok = all_contained_in(ts, self, other);
            break;
        case CMP_GT:
            if (la > lb)
                ok = all_contained_in(ts, other, self);
            break;
        default:
            if (la >= lb)
                ok = all_contained_in(ts, other, self);
            break;
    }
    return ok < 0 ? V_ERR : v_bool(ok);
}

// A new set holding the items of v (a keys view goes through its dict, which is faster and
// sizes the set the way CPython does).
static Value view_to_set(TS *ts, Value v) {
    Set *s = gt_set_new(ts, false);
    if (!s || !gt_push(ts, v_obj(s)))
        return V_ERR;
    Value src = v;
    if (IS_VIEW(v) && view_kind(ts, v) == DV_KEYS)
        src = v_obj(VIEW_VAL(v)->dict);
    int rc = gt_set_update(ts, s, src);
    gt_popn(ts, 1);
    return rc < 0 ? V_ERR : v_obj(s);
}

// result.method(arg) for a set result (difference_update...).
static Value set_method(TS *ts, Value set, const char *method, Value arg) {
    if (!gt_push(ts, set))
        return V_ERR;
    Str *name = gt_str_intern_cstr(ts, method);
    Value r = name ? gt_call_method(ts, set, name, &arg, 1) : V_ERR;
    gt_popn(ts, 1);
    return IS_ERR(r) ? V_ERR : set;
}

// d1.items() ^ d2.items(): pairs in one and not the other, by key and value.
static Value items_xor(TS *ts, Dict *d1, Dict *d2) {
    Dict *tmp = gt_dict_copy(ts, d1);
    if (!tmp || !gt_push(ts, v_obj(tmp)))
        return V_ERR;
    Set *result = gt_set_new(ts, false);
    if (!result || !gt_push(ts, v_obj(result))) {
        gt_popn(ts, 1);
        return V_ERR;
    }
    Value rv = v_obj(result);
    for (uint32_t i = 0; i < d2->nentries; i++) {
        DictEntry e = d2->entries[i];
        if (IS_NULL(e.key))
            continue;
        if (!gt_push(ts, e.key) || !gt_push(ts, e.value)) {
            rv = V_ERR;
            break;
        }
        Value v1 = gt_dict_get(ts, tmp, e.key);
        int del = 0;
        if (IS_ERR(v1)) {
            del = -1;
        } else if (!IS_NULL(v1)) {
            if (!gt_push(ts, v1)) {
                del = -1;
            } else {
                del = same_or_eq(ts, v1, e.value);
                gt_popn(ts, 1);
            }
        }
        if (del > 0) {
            if (gt_dict_del(ts, tmp, e.key) < 0)
                del = -1;
        } else if (del == 0) {
            Tuple *pair = gt_tuple_pack2(ts, e.key, e.value);
            if (!pair || gt_set_add(ts, result, v_obj(pair)) < 0)
                del = -1;
        }
        gt_popn(ts, 2);
        if (del < 0) {
            rv = V_ERR;
            break;
        }
    }
    if (!IS_ERR(rv)) {
        Value rest = view_new(ts, v_obj(tmp), DV_ITEMS);
        if (IS_ERR(rest) || gt_set_update(ts, result, rest) < 0)
            rv = V_ERR;
    }
    gt_popn(ts, 2);
    return rv;
}

// keys/items view & other: iterate the smaller side, keep what the view contains.
static Value view_and(TS *ts, Value a, Value b) {
    Value self = a, other = b;
    if (!is_setlike_view(ts, self)) {
        self = b;
        other = a;
    }
    int64_t len_self = view_len(ts, self);
    if (IS_ANYSET(other) && gt_type_of(ts, other) == TYPE(ts, set)) {
        int64_t lo = gt_len(ts, other);
        if (len_self <= lo) {
            Str *name = gt_str_intern_cstr(ts, "intersection");
            return name ? gt_call_method(ts, other, name, &self, 1) : V_ERR;
        }
    }
    if (is_setlike_view(ts, other) && view_len(ts, other) > len_self) {
        Value t = self;
        self = other;
        other = t;
    }
    Set *result = gt_set_new(ts, false);
    if (!result || !gt_push(ts, v_obj(result)))
        return V_ERR;
    Value it = gt_iter(ts, other);
    if (IS_ERR(it) || !gt_push(ts, it)) {
        gt_popn(ts, 1);
        return V_ERR;
    }
    Value rv = v_obj(result);
    for (;;) {
        Value x = gt_next(ts, it);
        if (IS_NULL(x))
            break;
        if (IS_ERR(x) || !gt_push(ts, x)) {
            rv = V_ERR;
            break;
        }
        int r = view_contains(ts, self, x);
        if (r < 0 || (r && gt_set_add(ts, result, x) < 0))
            rv = V_ERR;
        gt_popn(ts, 1);
        if (IS_ERR(rv))
            break;
    }
    gt_popn(ts, 2);
    return rv;
}

static Value view_binop(TS *ts, Value a, Value b, int op) {
    if (op >= NB_INPLACE)
        return V_NOTIMPL(ts);
    if (!is_setlike_view(ts, a) && !is_setlike_view(ts, b))
        return V_NOTIMPL(ts);
    Value r;
    switch (op) {
        case NB_AND:
            return view_and(ts, a, b);
        case NB_OR:
            r = view_to_set(ts, a);
            if (IS_ERR(r) || !gt_push(ts, r))
                return V_ERR;
            if (gt_set_update(ts, SET_VAL(r), b) < 0)
                r = V_ERR;
            gt_popn(ts, 1);
            return r;
        case NB_SUBTRACT:
            r = view_to_set(ts, a);
            return IS_ERR(r) ? r : set_method(ts, r, "difference_update", b);
        case NB_XOR:
            if (is_setlike_view(ts, a) && is_setlike_view(ts, b) &&
                view_kind(ts, a) == DV_ITEMS && view_kind(ts, b) == DV_ITEMS)
                return items_xor(ts, VIEW_VAL(a)->dict, VIEW_VAL(b)->dict);
            r = view_to_set(ts, a);
            return IS_ERR(r) ? r : set_method(ts, r, "symmetric_difference_update", b);
        default:
            return V_NOTIMPL(ts);
    }
}

static Value view_isdisjoint_m(TS *ts, Value *args, int nargs, Tuple *kw) {
    char fname[48];
    snprintf(fname, sizeof fname, "%s.isdisjoint", gt_type_name(ts, args[0]));
    if (!gt_check_args(ts, fname, nargs - 1, kw, 1, 1))
        return V_ERR;
    Value self = args[0], other = args[1];
    if (IS_VIEW(other) && VIEW_VAL(other)->dict == VIEW_VAL(self)->dict &&
        view_kind(ts, other) == view_kind(ts, self))
        return v_bool(view_len(ts, self) == 0);
    // Iterate the smaller one when both sizes are known.
    Value small = other, big = self;
    if (IS_ANYSET(other) || is_setlike_view(ts, other)) {
        int64_t lo = gt_len(ts, other);
        if (lo < 0)
            return V_ERR;
        if (lo > view_len(ts, self)) {
            small = self;
            big = other;
        }
    }
    Value it = gt_iter(ts, small);
    if (IS_ERR(it) || !gt_push(ts, it))
        return V_ERR;
    Value rv = V_TRUE;
    for (;;) {
        Value x = gt_next(ts, it);
        if (IS_NULL(x))
            break;
        if (IS_ERR(x) || !gt_push(ts, x)) {
            rv = V_ERR;
            break;
        }
        int r = gt_contains(ts, big, x);
        gt_popn(ts, 1);
        if (r != 0) {
            rv = r < 0 ? V_ERR : V_FALSE;
            break;
        }
    }
    gt_popn(ts, 1);
    return rv;
}

static Value view_reversed_m(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!gt_check_args(ts, "__reversed__", nargs - 1, kw, 0, 0))
        return V_ERR;
    return dict_iter_new(ts, VIEW_VAL(args[0])->dict, view_kind(ts, args[0]), true);
}

static Value view_len_m(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!gt_check_args(ts, "__len__", nargs - 1, kw, 0, 0))
        return V_ERR;
    return v_int(view_len(ts, args[0]));
}

static Value view_contains_m(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!gt_check_args(ts, "__contains__", nargs - 1, kw, 1, 1))
        return V_ERR;
    int r = view_contains(ts, args[0], args[1]);
    return r < 0 ? V_ERR : v_bool(r);
}

static Value view_iter_m(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!gt_check_args(ts, "__iter__", nargs - 1, kw, 0, 0))
        return V_ERR;
    return view_iter(ts, args[0]);
}

// ---- dict methods ----

static Value dict_keys_m(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!gt_check_args(ts, "dict.keys", nargs - 1, kw, 0, 0))
        return V_ERR;
    return view_new(ts, args[0], DV_KEYS);
}

static Value dict_values_m(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!gt_check_args(ts, "dict.values", nargs - 1, kw, 0, 0))
        return V_ERR;
    return view_new(ts, args[0], DV_VALUES);
}

static Value dict_items_m(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!gt_check_args(ts, "dict.items", nargs - 1, kw, 0, 0))
        return V_ERR;
    return view_new(ts, args[0], DV_ITEMS);
}

static Value dict_get_m(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!method_args(ts, "dict.get", "get", nargs, kw, 1, 2))
        return V_ERR;
    Value v = gt_dict_get(ts, DICT_VAL(args[0]), args[1]);
    if (IS_NULL(v))
        return nargs > 2 ? args[2] : V_NONE;
    return v;
}

static Value dict_setdefault_m(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!method_args(ts, "dict.setdefault", "setdefault", nargs, kw, 1, 2))
        return V_ERR;
    Dict *d = DICT_VAL(args[0]);
    Value v = gt_dict_get(ts, d, args[1]);
    if (!IS_NULL(v))
        return v;
    Value dflt = nargs > 2 ? args[2] : V_NONE;
    return gt_dict_set(ts, d, args[1], dflt) < 0 ? V_ERR : dflt;
}

static Value dict_pop_m(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!method_args(ts, "dict.pop", "pop", nargs, kw, 1, 2))
        return V_ERR;
    Dict *d = DICT_VAL(args[0]);
    Value v = gt_dict_get(ts, d, args[1]);
    if (IS_ERR(v))
        return v;
    if (IS_NULL(v))
        return nargs > 2 ? args[2] : key_error(ts, args[1]);
    if (!gt_push(ts, v))
        return V_ERR;
    int r = gt_dict_del(ts, d, args[1]);
    gt_popn(ts, 1);
    return r < 0 ? V_ERR : v;
}

static Value dict_popitem_m(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!gt_check_args(ts, "dict.popitem", nargs - 1, kw, 0, 0))
        return V_ERR;
    Dict *d = DICT_VAL(args[0]);
    if (d->count == 0)
        return gt_raise(ts, EXC(ts, KeyError), "popitem(): dictionary is empty");
    // The last live entry (LIFO order).
    uint32_t i = d->nentries;
    while (i > 0 && IS_NULL(d->entries[i - 1].key))
        i--;
    DictEntry e = d->entries[i - 1];
    Tuple *t = gt_tuple_pack2(ts, e.key, e.value);
    if (!t || !gt_push(ts, v_obj(t)))
        return V_ERR;
    int r = gt_dict_del(ts, d, e.key);
    gt_popn(ts, 1);
    // Drop the trailing holes (no index slot refers to them any more), so that emptying a
    // dict with popitem() stays linear.
    while (d->nentries > 0 && IS_NULL(d->entries[d->nentries - 1].key))
        d->nentries--;
    return r < 0 ? V_ERR : v_obj(t);
}

static Value dict_update_m(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!gt_check_args(ts, "update", nargs - 1, NULL, 0, 1))
        return V_ERR;
    Dict *d = DICT_VAL(args[0]);
    if (nargs > 1 && update_from_arg(ts, d, args[1]) < 0)
        return V_ERR;
    if (update_from_kwargs(ts, d, args + nargs, kw) < 0)
        return V_ERR;
    return V_NONE;
}

static Value dict_copy_m(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!gt_check_args(ts, "dict.copy", nargs - 1, kw, 0, 0))
        return V_ERR;
    Dict *c = gt_dict_copy(ts, DICT_VAL(args[0]));
    return c ? v_obj(c) : V_ERR;
}

static Value dict_clear_m(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!gt_check_args(ts, "dict.clear", nargs - 1, kw, 0, 0))
        return V_ERR;
    gt_dict_clear(ts, DICT_VAL(args[0]));
    return V_NONE;
}

// dict.fromkeys(iterable, value=None), a classmethod: args[0] is the class.
static Value dict_fromkeys_m(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!method_args(ts, "dict.fromkeys", "fromkeys", nargs, kw, 1, 2))
        return V_ERR;
    Value cls = args[0], value = nargs > 2 ? args[2] : V_NONE;
    Value dv = gt_call0(ts, cls);
    if (IS_ERR(dv) || !gt_push(ts, dv))
        return V_ERR;
    bool plain = IS_DICT(dv) && gt_type_of(ts, dv) == TYPE(ts, dict);
    Value it = gt_iter(ts, args[1]);
    if (IS_ERR(it) || !gt_push(ts, it)) {
        gt_popn(ts, 1);
        return V_ERR;
    }
    Value rv = dv;
    for (;;) {
        Value k = gt_next(ts, it);
        if (IS_NULL(k))
            break;
        int r = IS_ERR(k) ? -1
                : plain   ? gt_dict_set(ts, DICT_VAL(dv), k, value)
                          : gt_setitem(ts, dv, k, value);
        if (r < 0) {
            rv = V_ERR;
            break;
        }
    }
    gt_popn(ts, 2);
    return rv;
}

static Value dict_contains_m(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!gt_check_args(ts, "dict.__contains__", nargs - 1, kw, 1, 1))
        return V_ERR;
    int r = dict_contains(ts, args[0], args[1]);
    return r < 0 ? V_ERR : v_bool(r);
}

static Value dict_getitem_m(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!gt_check_args(ts, "dict.__getitem__", nargs - 1, kw, 1, 1))
        return V_ERR;
    return dict_getitem(ts, args[0], args[1]);
}

static Value dict_setitem_m(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!gt_check_args(ts, "__setitem__", nargs - 1, kw, 2, 2))
        return V_ERR;
    return dict_setitem(ts, args[0], args[1], args[2]) < 0 ? V_ERR : V_NONE;
}

static Value dict_delitem_m(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!gt_check_args(ts, "dict.__delitem__", nargs - 1, kw, 1, 1))
        return V_ERR;
    return dict_setitem(ts, args[0], args[1], V_NULL) < 0 ? V_ERR : V_NONE;
}

static Value dict_len_m(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!gt_check_args(ts, "dict.__len__", nargs - 1, kw, 0, 0))
        return V_ERR;
    return v_int(DICT_VAL(args[0])->count);
}

static Value dict_iter_m(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!gt_check_args(ts, "dict.__iter__", nargs - 1, kw, 0, 0))
        return V_ERR;
    return dict_iter(ts, args[0]);
}

static Value dict_reversed_m(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!gt_check_args(ts, "dict.__reversed__", nargs - 1, kw, 0, 0))
        return V_ERR;
    return dict_iter_new(ts, DICT_VAL(args[0]), DV_KEYS, true);
}

// d | other (3.9): a copy of d updated with other; d |= other updates d in place and accepts
// anything update() does.
static Value dict_binop(TS *ts, Value a, Value b, int op) {
    if (op == NB_INPLACE + NB_OR && IS_DICT(a))
        return update_from_arg(ts, DICT_VAL(a), b) < 0 ? V_ERR : a;
    if (op != NB_OR || !IS_DICT(a) || !IS_DICT(b))
        return V_NOTIMPL(ts);
    Dict *c = gt_dict_copy(ts, DICT_VAL(a));
    if (!c || !gt_push(ts, v_obj(c)))
        return V_ERR;
    int r = gt_dict_merge(ts, c, DICT_VAL(b));
    gt_popn(ts, 1);
    return r < 0 ? V_ERR : v_obj(c);
}

static Value dict_or_m(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!gt_check_args(ts, "dict.__or__", nargs - 1, kw, 1, 1))
        return V_ERR;
    return dict_binop(ts, args[0], args[1], NB_OR);
}

static Value dict_class_getitem_m(TS *ts, Value *args, int nargs, Tuple *kw) {
    GT_UNUSED(ts);
    GT_UNUSED(nargs);
    GT_UNUSED(kw);
    return args[0];
}

static const MethodDef dict_methods[] = {
    {"keys", dict_keys_m, 0, NULL},
    {"values", dict_values_m, 0, NULL},
    {"items", dict_items_m, 0, NULL},
    {"get", dict_get_m, 0, NULL},
    {"setdefault", dict_setdefault_m, 0, NULL},
    {"pop", dict_pop_m, 0, NULL},
    {"popitem", dict_popitem_m, 0, NULL},
    {"update", dict_update_m, 0, NULL},
    {"copy", dict_copy_m, 0, NULL},
    {"clear", dict_clear_m, 0, NULL},
    {"fromkeys", dict_fromkeys_m, CF_CLASS, NULL},
    {"__contains__", dict_contains_m, 0, NULL},
    {"__getitem__", dict_getitem_m, 0, NULL},
    {"__setitem__", dict_setitem_m, 0, NULL},
    {"__delitem__", dict_delitem_m, 0, NULL},
    {"__len__", dict_len_m, 0, NULL},
    {"__iter__", dict_iter_m, 0, NULL},
    {"__reversed__", dict_reversed_m, 0, NULL},
    {"__or__", dict_or_m, 0, NULL},
    {"__class_getitem__", dict_class_getitem_m, CF_CLASS, NULL},
    {NULL, NULL, 0, NULL},
};

static const MethodDef setlike_view_methods[] = {
    {"isdisjoint", view_isdisjoint_m, 0, NULL},
    {"__reversed__", view_reversed_m, 0, NULL},
    {"__len__", view_len_m, 0, NULL},
    {"__contains__", view_contains_m, 0, NULL},
    {"__iter__", view_iter_m, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const MethodDef values_view_methods[] = {
    {"__reversed__", view_reversed_m, 0, NULL},
    {"__len__", view_len_m, 0, NULL},
    {"__iter__", view_iter_m, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const MethodDef dict_iter_methods[] = {
    {"__length_hint__", dict_iter_length_hint, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static void setup_view(TS *ts, Type *t, const char *name, bool setlike) {
    gt_type_setup(ts, t, name, NULL, K_DICTVIEW, sizeof(DictView), 0);
    t->mark = view_mark;
    t->make = NULL;
    t->repr = view_repr;
    t->len = view_len;
    t->iter = view_iter;
    t->contains = view_contains;
    if (setlike) {
        t->richcmp = view_richcmp;
        t->binop = view_binop;
        // Set-like views are unhashable, as sets are.
        t->hash = dict_hash;
    }
    gt_type_add_methods(ts, t, setlike ? setlike_view_methods : values_view_methods);
}

static void setup_iter(TS *ts, Type **slot, const char *name, Value (*next)(TS *, Value)) {
    // The reverse iterator types were added to the type table after the first bootstrap was
    // written: make them here if the bootstrap did not.
    if (!*slot) {
        *slot = gt_type_new_builtin(ts, name, NULL, NULL, K_ITER, sizeof(Iter), TF_ABSTRACT_ITER);
        if (!*slot)
            return;
    } else {
        gt_type_setup(ts, *slot, name, NULL, K_ITER, sizeof(Iter), TF_ABSTRACT_ITER);
    }
    (*slot)->next = next;
    gt_type_add_methods(ts, *slot, dict_iter_methods);
}

void gt_dict_methods_init(TS *ts, Type *t) {
    t->make = dict_make;
    t->repr = dict_repr;
    t->hash = dict_hash;
    t->richcmp = dict_richcmp;
    t->binop = dict_binop;
    t->len = dict_len;
    t->getitem = dict_getitem;
    t->setitem = dict_setitem;
    t->contains = dict_contains;
    t->iter = dict_iter;
    gt_type_add_methods(ts, t, dict_methods);

    setup_view(ts, TYPE(ts, dict_keys), "dict_keys", true);
    setup_view(ts, TYPE(ts, dict_values), "dict_values", false);
    setup_view(ts, TYPE(ts, dict_items), "dict_items", true);

    Types *ty = &ts->interp->types;
    setup_iter(ts, &ty->dict_keyiter, "dict_keyiterator", dict_keyiter_next);
    setup_iter(ts, &ty->dict_valueiter, "dict_valueiterator", dict_valueiter_next);
    setup_iter(ts, &ty->dict_itemiter, "dict_itemiterator", dict_itemiter_next);
    setup_iter(ts, &ty->dict_revkeyiter, "dict_reversekeyiterator", dict_keyiter_next);
    setup_iter(ts, &ty->dict_revvalueiter, "dict_reversevalueiterator", dict_valueiter_next);
    setup_iter(ts, &ty->dict_revitemiter, "dict_reverseitemiterator", dict_itemiter_next);
}
