// type.c - type objects and classes: setting up built-in types, the class statement, slot
// inheritance and the dunder trampolines of classes, attribute lookup with descriptors, and
// the types `object`, `type`, `property`, `staticmethod`, `classmethod`, `super` and
// getset descriptors.
//
// Read first: gt_type_setup (how a built-in type is made), compute_slots (how a class written
// in Python gets C slots that call its dunder methods), gt_generic_getattr (the lookup order:
// data descriptors on the class, then the instance dict, then other class attributes).
#include <stdio.h>
#include <string.h>

#include "core.h"

static uint32_t next_version = 1;

// ---- Type objects: memory ----

static void type_mark(GcState *gc, Obj *o) {
    Type *t = (Type *)o;
    gt_gc_mark_obj(gc, (Obj *)t->name);
    gt_gc_mark_obj(gc, (Obj *)t->qualname);
    gt_gc_mark_obj(gc, (Obj *)t->module);
    gt_gc_mark_obj(gc, (Obj *)t->base);
    gt_gc_mark_obj(gc, (Obj *)t->dict);
}

// Fill every slot t does not set from its base.
static void inherit_slots(Type *t) {
    Type *b = t->base;
    if (!b)
        return;
#define INHERIT(slot)                                                                            \
    if (!t->slot)                                                                                \
        t->slot = b->slot;
    INHERIT(mark)
    INHERIT(free)
    INHERIT(make)
    INHERIT(repr)
    INHERIT(str)
    INHERIT(hash)
    INHERIT(richcmp)
    INHERIT(binop)
    INHERIT(unary)
    INHERIT(truth)
    INHERIT(len)
    INHERIT(getitem)
    INHERIT(setitem)
    INHERIT(contains)
    INHERIT(iter)
    INHERIT(next)
    INHERIT(call)
    INHERIT(getattr)
    INHERIT(setattr)
    INHERIT(descr_get)
    INHERIT(descr_set)
#undef INHERIT
    if (!t->inst_size)
        t->inst_size = b->inst_size;
}

static Value iterator_iter_m(TS *ts, Value *args, int nargs, Tuple *kw) {
    GT_UNUSED(ts);
    GT_UNUSED(nargs);
    GT_UNUSED(kw);
    return args[0];
}

static Value iterator_next_m(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!gt_check_args(ts, "__next__", nargs - 1, kw, 0, 0))
        return V_ERR;
    Value v = gt_next(ts, args[0]);
    if (IS_NULL(v))
        return gt_raise_value(ts, v_obj(EXC(ts, StopIteration)));
    return v;
}

static const MethodDef iterator_methods[] = {
    {"__iter__", iterator_iter_m, 0, NULL},
    {"__next__", iterator_next_m, 0, NULL},
    {NULL, NULL, 0, NULL},
};

void gt_type_setup(TS *ts, Type *t, const char *name, Type *base, ObjKind inst_kind,
                   size_t inst_size, uint32_t tflags) {
    Type *object = TYPE(ts, object);
    t->name = gt_str_intern_cstr(ts, name);
    t->qualname = t->name;
    t->base = base ? base : (t == object ? NULL : object);
    if (!t->dict)
        t->dict = gt_dict_new(ts);
    t->tflags |= tflags | TF_IMMUTABLE;
    t->inst_kind = (uint8_t)inst_kind;
    t->inst_size = (uint32_t)inst_size;
    t->version = next_version++;
    if (t->base && (t->base->tflags & TF_EXCEPTION))
        t->tflags |= TF_EXCEPTION;
    inherit_slots(t);
    if (t->base && t->base->inst_kind != t->inst_kind) {
        // A different C layout: the base's memory functions do not apply to these instances.
        t->mark = NULL;
        t->free = NULL;
    }
    if (tflags & TF_ABSTRACT_ITER) {
        // Iterators: iter(it) is it; they cannot be made by calling their type.
        t->iter = gt_iter_self;
        t->mark = gt_iter_mark;
        t->make = NULL;
        gt_type_add_methods(ts, t, iterator_methods);
    }
}

Type *gt_type_new_builtin(TS *ts, const char *name, const char *module, Type *base,
                          ObjKind inst_kind, size_t inst_size, uint32_t tflags) {
    Type *t = gt_obj_new(ts, TYPE(ts, type), K_TYPE, sizeof(Type));
    if (!t)
        return NULL;
    if (!gt_push(ts, v_obj(t)))
        return NULL;
    t->dict = gt_dict_new(ts);
    if (t->dict) {
        gt_type_setup(ts, t, name, base, inst_kind, inst_size, tflags);
        if (module)
            t->module = gt_str_intern_cstr(ts, module);
    }
    gt_popn(ts, 1);
    return t->dict ? t : NULL;
}

void gt_type_add_methods(TS *ts, Type *t, const MethodDef *defs) {
    for (const MethodDef *d = defs; d->name; d++) {
        uint32_t flags = d->flags;
        if (!(flags & (CF_STATIC | CF_CLASS)))
            flags |= CF_METHOD;
        CFunction *f = gt_cfunc_new(ts, d->name, d->fn, V_NULL, flags);
        if (!f)
            return;
        f->owner = t;
        f->doc = d->doc;
        f->hdr.type = TYPE(ts, method_descr);
        gt_dict_set_cstr(ts, t->dict, d->name, v_obj(f));
    }
    ts->interp->type_epoch++;
}

void gt_type_add_getsets(TS *ts, Type *t, const GetSetDef *defs) {
    for (const GetSetDef *d = defs; d->name; d++) {
        GetSet *g = gt_obj_new(ts, TYPE(ts, getset), K_GETSET, sizeof(GetSet));
        if (!g)
            return;
        g->name = d->name;
        g->get = d->get;
        g->set = d->set;
        g->owner = t;
        gt_dict_set_cstr(ts, t->dict, d->name, v_obj(g));
    }
    ts->interp->type_epoch++;
}

void gt_type_add_value(TS *ts, Type *t, const char *name, Value v) {
    gt_dict_set_cstr(ts, t->dict, name, v);
    ts->interp->type_epoch++;
}

Value gt_type_lookup(Type *t, Str *name) {
    for (; t; t = t->base) {
        Value v = gt_dict_get_str(t->dict, name);
        if (!IS_NULL(v))
            return v;
    }
    return V_NULL;
}

void gt_type_modified(TS *ts, Type *t) {
    GT_UNUSED(t);
    // Subclasses are not tracked: bump the interpreter's epoch that every attribute cache also
    // checks, so a change to any class invalidates caches that depend on class contents.
    ts->interp->type_epoch++;
}

// ---- Errors ----

Value gt_raise_no_attr(TS *ts, Value obj, Str *name) {
    Value r;
    if (IS_TYPE(obj))
        r = gt_raise(ts, EXC(ts, AttributeError), "type object '%S' has no attribute '%S'",
                     TYPE_VAL(obj)->name, name);
    else if (IS_OBJ(obj) && AS_OBJ(obj)->kind == K_MODULE)
        r = gt_raise(ts, EXC(ts, AttributeError), "module '%S' has no attribute '%S'",
                     ((Module *)AS_OBJ(obj))->name, name);
    else
        r = gt_raise(ts, EXC(ts, AttributeError), "'%s' object has no attribute '%S'",
                     gt_type_name(ts, obj), name);
    // Keep name and obj on the exception: the traceback printer uses them for suggestions.
    Value e = ts->exc;
    if (IS_EXC(e)) {
        Dict *d = gt_instance_dict(ts, e, true);
        if (d) {
            gt_dict_set_str(ts, d, NM(ts, name), v_obj(name));
            gt_dict_set_str(ts, d, NM(ts, obj), obj);
        }
        ts->exc = e;
    }
    return r;
}

// ---- Instances ----

static Dict **dict_slot(Obj *o) {
    switch (o->kind) {
        case K_INSTANCE:
            // Plain object() instances have no attribute dict; instances of classes do.
            if (!(o->type->tflags & TF_HEAPTYPE))
                return NULL;
            return &((Instance *)o)->dict;
        case K_EXCEPTION:
            return &((Instance *)o)->dict;
        case K_FUNCTION:
            return &((Function *)o)->dict;
        case K_MODULE:
            return &((Module *)o)->dict;
        default:
            if (o->type->dictoffset)
                return (Dict **)((char *)o + o->type->dictoffset);
            return NULL;
    }
}

Dict *gt_instance_dict(TS *ts, Value obj, bool create) {
    if (!IS_OBJ(obj))
        return NULL;
    Dict **slot = dict_slot(AS_OBJ(obj));
    if (!slot)
        return NULL;
    if (!*slot && create)
        *slot = gt_dict_new(ts);
    return *slot;
}

static void instance_mark(GcState *gc, Obj *o) {
    gt_gc_mark_obj(gc, (Obj *)((Instance *)o)->dict);
}

Value gt_instance_new(TS *ts, Type *cls) {
    size_t size = cls->inst_size ? cls->inst_size : sizeof(Instance);
    Obj *o = gt_obj_new(ts, cls, (ObjKind)cls->inst_kind, size);
    if (!o)
        return V_ERR;
    if (o->kind == K_EXCEPTION) {
        ExcObj *e = (ExcObj *)o;
        e->args = ts->interp->empty_tuple;
        e->cause = V_NULL;
        e->context = V_NULL;
        e->notes = V_NULL;
    }
    return v_obj(o);
}

// ---- Generic attribute access ----

static inline bool is_data_descr(Type *t) {
    return t->descr_set != NULL;
}

Value gt_generic_getattr(TS *ts, Value obj, Str *name) {
    Type *tp = gt_type_of(ts, obj);
    Value attr = gt_type_lookup(tp, name);
    Type *at = NULL;
    if (!IS_NULL(attr)) {
        at = gt_type_of(ts, attr);
        if (at->descr_get && is_data_descr(at))
            return at->descr_get(ts, attr, obj, tp);
    }
    if (IS_OBJ(obj)) {
        Dict **slot = dict_slot(AS_OBJ(obj));
        if (slot) {
            if (*slot) {
                Value v = gt_dict_get_str(*slot, name);
                if (!IS_NULL(v))
                    return v;
            }
            if (name == NM(ts, __dict__) && AS_OBJ(obj)->kind != K_MODULE) {
                Dict *d = gt_instance_dict(ts, obj, true);
                return d ? v_obj(d) : V_ERR;
            }
        }
    }
    if (!IS_NULL(attr)) {
        if (at->descr_get)
            return at->descr_get(ts, attr, obj, tp);
        return attr;
    }
    return V_NULL;
}

int gt_generic_setattr(TS *ts, Value obj, Str *name, Value val) {
    Type *tp = gt_type_of(ts, obj);
    Value attr = gt_type_lookup(tp, name);
    if (!IS_NULL(attr)) {
        Type *at = gt_type_of(ts, attr);
        if (at->descr_set)
            return at->descr_set(ts, attr, obj, val);
    }
    Dict **slot = IS_OBJ(obj) ? dict_slot(AS_OBJ(obj)) : NULL;
    if (!slot) {
        gt_raise_no_attr(ts, obj, name);
        return -1;
    }
    if (IS_NULL(val)) {
        int r = *slot ? gt_dict_del_str(ts, *slot, name) : 0;
        if (r == 0) {
            gt_raise_no_attr(ts, obj, name);
            return -1;
        }
        return r < 0 ? -1 : 0;
    }
    if (!*slot) {
        *slot = gt_dict_new(ts);
        if (!*slot)
            return -1;
    }
    return gt_dict_set_str(ts, *slot, name, val);
}

// ---- Calling dunder methods of classes ----

// Look up `name` on type(self) and call it with self and args. V_NULL if not defined.
static Value call_dunder(TS *ts, Value self, Str *name, Value *args, int nargs) {
    Type *tp = gt_type_of(ts, self);
    Value f = gt_type_lookup(tp, name);
    if (IS_NULL(f))
        return V_NULL;
    Value buf[4];
    if (nargs > 3)
        return gt_raise(ts, EXC(ts, SystemError), "too many dunder arguments");
    Type *ft = gt_type_of(ts, f);
    if (IS_FUNCTION(f) || (IS_CFUNCTION(f) && (((CFunction *)AS_OBJ(f))->cflags & CF_METHOD))) {
        buf[0] = self;
        for (int i = 0; i < nargs; i++)
            buf[i + 1] = args[i];
        // buf lives in C memory: self and args are reachable from the caller's roots.
        return gt_call(ts, f, buf, nargs + 1, NULL);
    }
    if (ft->descr_get) {
        f = ft->descr_get(ts, f, self, tp);
        if (IS_ERR(f))
            return V_ERR;
    }
    if (!gt_push(ts, f))
        return V_ERR;
    Value r = gt_call(ts, f, args, nargs, NULL);
    gt_popn(ts, 1);
    return r;
}

// Names of the binary operator dunders, indexed by NB_* (forward, reflected, in-place).
static const char *const binop_names[NB_INPLACE][3] = {
    [NB_ADD] = {"__add__", "__radd__", "__iadd__"},
    [NB_AND] = {"__and__", "__rand__", "__iand__"},
    [NB_FLOOR_DIVIDE] = {"__floordiv__", "__rfloordiv__", "__ifloordiv__"},
    [NB_LSHIFT] = {"__lshift__", "__rlshift__", "__ilshift__"},
    [NB_MATRIX_MULTIPLY] = {"__matmul__", "__rmatmul__", "__imatmul__"},
    [NB_MULTIPLY] = {"__mul__", "__rmul__", "__imul__"},
    [NB_REMAINDER] = {"__mod__", "__rmod__", "__imod__"},
    [NB_OR] = {"__or__", "__ror__", "__ior__"},
    [NB_POWER] = {"__pow__", "__rpow__", "__ipow__"},
    [NB_RSHIFT] = {"__rshift__", "__rrshift__", "__irshift__"},
    [NB_SUBTRACT] = {"__sub__", "__rsub__", "__isub__"},
    [NB_TRUE_DIVIDE] = {"__truediv__", "__rtruediv__", "__itruediv__"},
    [NB_XOR] = {"__xor__", "__rxor__", "__ixor__"},
};

static const char *const cmp_names[6] = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};

static Value slot_repr(TS *ts, Value self) {
    Value r = call_dunder(ts, self, NM(ts, __repr__), NULL, 0);
    if (IS_ERR(r) || IS_NULL(r))
        return IS_NULL(r) ? gt_object_repr(ts, self) : r;
    if (!IS_STR(r))
        return gt_raise(ts, EXC(ts, TypeError), "__repr__ returned non-string (type %s)",
                        gt_type_name(ts, r));
    return r;
}

static Value slot_str(TS *ts, Value self) {
    Value r = call_dunder(ts, self, NM(ts, __str__), NULL, 0);
    if (IS_ERR(r) || IS_NULL(r))
        return IS_NULL(r) ? gt_repr(ts, self) : r;
    if (!IS_STR(r))
        return gt_raise(ts, EXC(ts, TypeError), "__str__ returned non-string (type %s)",
                        gt_type_name(ts, r));
    return r;
}

static int64_t slot_hash(TS *ts, Value self) {
    Type *tp = gt_type_of(ts, self);
    Value f = gt_type_lookup(tp, NM(ts, __hash__));
    if (IS_NONE(f)) {
        gt_raise(ts, EXC(ts, TypeError), "unhashable type: '%s'", gt_type_name(ts, self));
        return -1;
    }
    Value r = call_dunder(ts, self, NM(ts, __hash__), NULL, 0);
    if (IS_ERR(r))
        return -1;
    if (IS_NULL(r))
        return (int64_t)(((uintptr_t)AS_OBJ(self)) >> 4);
    if (IS_INT(r) || IS_BOOL(r))
        return AS_INT(r) == -1 ? -2 : AS_INT(r);
    if (IS_OBJ(r) && AS_OBJ(r)->kind == K_BIGINT)
        return gt_num_hash(r);
    gt_raise(ts, EXC(ts, TypeError), "__hash__ method should return an integer");
    return -1;
}

static int64_t unhashable(TS *ts, Value self) {
    gt_raise(ts, EXC(ts, TypeError), "unhashable type: '%s'", gt_type_name(ts, self));
    return -1;
}

static Value slot_richcmp(TS *ts, Value self, Value other, int op) {
    Str *name = gt_str_intern_cstr(ts, cmp_names[op]);
    if (!name)
        return V_ERR;
    Value f = gt_type_lookup(gt_type_of(ts, self), name);
    if (IS_NULL(f) || IS_NONE(f))
        return V_NOTIMPL(ts);
    Value r = call_dunder(ts, self, name, &other, 1);
    return IS_NULL(r) ? V_NOTIMPL(ts) : r;
}

static Value slot_binop(TS *ts, Value a, Value b, int op) {
    bool inplace = op >= NB_INPLACE;
    int base_op = inplace ? op - NB_INPLACE : op;
    Type *ta = gt_type_of(ts, a), *tb = gt_type_of(ts, b);
    if (inplace) {
        Str *iname = gt_str_intern_cstr(ts, binop_names[base_op][2]);
        if (!iname)
            return V_ERR;
        if (ta->binop == slot_binop && !IS_NULL(gt_type_lookup(ta, iname))) {
            Value r = call_dunder(ts, a, iname, &b, 1);
            if (IS_ERR(r) || !IS_NOTIMPL(ts, r))
                return r;
        }
        return V_NOTIMPL(ts);
    }
    Str *fname = gt_str_intern_cstr(ts, binop_names[base_op][0]);
    Str *rname = gt_str_intern_cstr(ts, binop_names[base_op][1]);
    if (!fname || !rname)
        return V_ERR;
    bool do_other = ta != tb && tb->binop == slot_binop && !IS_NULL(gt_type_lookup(tb, rname));
    if (ta->binop == slot_binop && !IS_NULL(gt_type_lookup(ta, fname))) {
        if (do_other && gt_is_subtype(tb, ta)) {
            Value r = call_dunder(ts, b, rname, &a, 1);
            if (IS_ERR(r) || !IS_NOTIMPL(ts, r))
                return r;
            do_other = false;
        }
        Value r = call_dunder(ts, a, fname, &b, 1);
        if (IS_ERR(r) || !IS_NOTIMPL(ts, r) || ta == tb)
            return r;
    }
    if (do_other)
        return call_dunder(ts, b, rname, &a, 1);
    return V_NOTIMPL(ts);
}

static Value slot_unary(TS *ts, Value a, int op) {
    static const char *const names[] = {"__neg__", "__pos__", "__invert__"};
    Str *name = gt_str_intern_cstr(ts, names[op]);
    if (!name)
        return V_ERR;
    Value r = call_dunder(ts, a, name, NULL, 0);
    return IS_NULL(r) ? V_NOTIMPL(ts) : r;
}

static int slot_truth(TS *ts, Value self) {
    Value r = call_dunder(ts, self, NM(ts, __bool__), NULL, 0);
    if (IS_ERR(r))
        return -1;
    if (!IS_NULL(r)) {
        if (!IS_BOOL(r)) {
            gt_raise(ts, EXC(ts, TypeError), "__bool__ should return bool, returned %s",
                     gt_type_name(ts, r));
            return -1;
        }
        return AS_BOOL(r);
    }
    r = call_dunder(ts, self, NM(ts, __len__), NULL, 0);
    if (IS_ERR(r))
        return -1;
    if (IS_NULL(r))
        return 1;
    int64_t n;
    if (!gt_index(ts, r, &n, NULL))
        return -1;
    return n != 0;
}

static int64_t slot_len(TS *ts, Value self) {
    Value r = call_dunder(ts, self, NM(ts, __len__), NULL, 0);
    if (IS_ERR(r))
        return -1;
    if (IS_NULL(r)) {
        gt_raise(ts, EXC(ts, TypeError), "object of type '%s' has no len()",
                 gt_type_name(ts, self));
        return -1;
    }
    if (!IS_SMALLINT_OR_BOOL(r) && !(IS_OBJ(r) && AS_OBJ(r)->kind == K_BIGINT)) {
        gt_raise(ts, EXC(ts, TypeError), "'%s' object cannot be interpreted as an integer",
                 gt_type_name(ts, r));
        return -1;
    }
    int64_t n;
    if (!gt_index(ts, r, &n, NULL))
        return -1;
    if (n < 0) {
        gt_raise(ts, EXC(ts, ValueError), "__len__() should return >= 0");
        return -1;
    }
    return n;
}

static Value slot_getitem(TS *ts, Value self, Value key) {
    Value r = call_dunder(ts, self, NM(ts, __getitem__), &key, 1);
    if (IS_NULL(r))
        return gt_raise(ts, EXC(ts, TypeError), "'%s' object is not subscriptable",
                        gt_type_name(ts, self));
    return r;
}

static int slot_setitem(TS *ts, Value self, Value key, Value val) {
    Value r;
    if (IS_NULL(val)) {
        r = call_dunder(ts, self, NM(ts, __delitem__), &key, 1);
        if (IS_NULL(r)) {
            gt_raise(ts, EXC(ts, TypeError), "'%s' object doesn't support item deletion",
                     gt_type_name(ts, self));
            return -1;
        }
    } else {
        Value args[2] = {key, val};
        r = call_dunder(ts, self, NM(ts, __setitem__), args, 2);
        if (IS_NULL(r)) {
            gt_raise(ts, EXC(ts, TypeError), "'%s' object does not support item assignment",
                     gt_type_name(ts, self));
            return -1;
        }
    }
    return IS_ERR(r) ? -1 : 0;
}

static int slot_contains(TS *ts, Value self, Value item) {
    Value r = call_dunder(ts, self, NM(ts, __contains__), &item, 1);
    if (IS_ERR(r))
        return -1;
    if (IS_NULL(r)) {
        // No __contains__: iterate (abstract.c handles __iter__ and __getitem__).
        Value it = gt_iter(ts, self);
        if (IS_ERR(it))
            return -1;
        if (!gt_push(ts, it))
            return -1;
        int found = 0;
        for (;;) {
            Value x = gt_next(ts, it);
            if (IS_ERR(x)) {
                found = -1;
                break;
            }
            if (IS_NULL(x))
                break;
            int eq = gt_eq(ts, x, item);
            if (eq != 0) {
                found = eq;
                break;
            }
        }
        gt_popn(ts, 1);
        return found;
    }
    return gt_truthy(ts, r);
}

static Value slot_iter(TS *ts, Value self) {
    Value r = call_dunder(ts, self, NM(ts, __iter__), NULL, 0);
    if (IS_NULL(r)) {
        // Old-style sequence protocol: __getitem__ with 0, 1, 2... until IndexError.
        if (!IS_NULL(gt_type_lookup(gt_type_of(ts, self), NM(ts, __getitem__)))) {
            Iter *it = gt_obj_new(ts, TYPE(ts, seq_iter), K_ITER, sizeof(Iter));
            if (!it)
                return V_ERR;
            it->src = self;
            return v_obj(it);
        }
        return gt_raise(ts, EXC(ts, TypeError), "'%s' object is not iterable",
                        gt_type_name(ts, self));
    }
    if (IS_ERR(r))
        return r;
    Type *rt = gt_type_of(ts, r);
    if (!rt->next)
        return gt_raise(ts, EXC(ts, TypeError), "iter() returned non-iterator of type '%s'",
                        gt_type_name(ts, r));
    return r;
}

static Value slot_next(TS *ts, Value self) {
    Value r = call_dunder(ts, self, NM(ts, __next__), NULL, 0);
    if (IS_ERR(r)) {
        if (gt_err_matches(ts, EXC(ts, StopIteration))) {
            gt_err_clear(ts);
            return V_NULL;
        }
        return r;
    }
    if (IS_NULL(r))
        return gt_raise(ts, EXC(ts, TypeError), "'%s' object is not an iterator",
                        gt_type_name(ts, self));
    return r;
}

static Value slot_call(TS *ts, Value self, Value *args, int nargs, Tuple *kwnames) {
    Type *tp = gt_type_of(ts, self);
    Value f = gt_type_lookup(tp, NM(ts, __call__));
    if (IS_NULL(f))
        return gt_raise(ts, EXC(ts, TypeError), "'%s' object is not callable",
                        gt_type_name(ts, self));
    Type *ft = gt_type_of(ts, f);
    if (ft->descr_get) {
        f = ft->descr_get(ts, f, self, tp);
        if (IS_ERR(f))
            return V_ERR;
    }
    if (!gt_push(ts, f))
        return V_ERR;
    Value r = gt_call(ts, f, args, nargs, kwnames);
    gt_popn(ts, 1);
    return r;
}

// A class with its own __getattribute__: every attribute read goes through it.
static Value slot_getattribute(TS *ts, Value self, Str *name) {
    Value a = v_obj(name);
    return call_dunder(ts, self, NM(ts, __getattribute__), &a, 1);
}

static int slot_setattr(TS *ts, Value self, Str *name, Value val) {
    Value r;
    if (IS_NULL(val)) {
        Value a = v_obj(name);
        r = call_dunder(ts, self, NM(ts, __delattr__), &a, 1);
        if (IS_NULL(r))
            return gt_generic_setattr(ts, self, name, val);
    } else {
        Value args[2] = {v_obj(name), val};
        r = call_dunder(ts, self, NM(ts, __setattr__), args, 2);
        if (IS_NULL(r))
            return gt_generic_setattr(ts, self, name, val);
    }
    return IS_ERR(r) ? -1 : 0;
}

static Value slot_descr_get(TS *ts, Value descr, Value obj, Type *owner) {
    Value args[2] = {IS_NULL(obj) ? V_NONE : obj, v_obj(owner)};
    Value r = call_dunder(ts, descr, NM(ts, __get__), args, 2);
    return IS_NULL(r) ? descr : r;
}

static int slot_descr_set(TS *ts, Value descr, Value obj, Value val) {
    Value r;
    if (IS_NULL(val)) {
        r = call_dunder(ts, descr, NM(ts, __delete__), &obj, 1);
    } else {
        Value args[2] = {obj, val};
        r = call_dunder(ts, descr, NM(ts, __set__), args, 2);
    }
    if (IS_NULL(r)) {
        gt_raise(ts, EXC(ts, AttributeError), "__set__");
        return -1;
    }
    return IS_ERR(r) ? -1 : 0;
}

// Is `name` defined by a class written in Python in t's chain (before any built-in type)?
static bool heap_defines(Type *t, const char *name) {
    for (; t && (t->tflags & TF_HEAPTYPE); t = t->base) {
        for (uint32_t i = 0; i < t->dict->nentries; i++) {
            DictEntry *e = &t->dict->entries[i];
            if (IS_OBJ(e->key) && AS_OBJ(e->key)->kind == K_STR &&
                gt_str_eq_cstr(STR_VAL(e->key), name))
                return true;
        }
    }
    return false;
}

static bool heap_defines_any_binop(Type *t) {
    for (int op = 0; op < NB_INPLACE; op++)
        for (int k = 0; k < 3; k++)
            if (binop_names[op][k] && heap_defines(t, binop_names[op][k]))
                return true;
    return false;
}

// Give a class the slots its dunder methods ask for; the rest come from its base.
static void compute_slots(TS *ts, Type *t) {
    Type *b = t->base;
#define SLOT(slot, cond, fn) t->slot = (cond) ? fn : b->slot;
    SLOT(repr, heap_defines(t, "__repr__"), slot_repr)
    SLOT(str, heap_defines(t, "__str__"), slot_str)
    SLOT(hash, heap_defines(t, "__hash__"), slot_hash)
    SLOT(richcmp,
         heap_defines(t, "__eq__") || heap_defines(t, "__ne__") || heap_defines(t, "__lt__") ||
             heap_defines(t, "__le__") || heap_defines(t, "__gt__") || heap_defines(t, "__ge__"),
         slot_richcmp)
    SLOT(binop, heap_defines_any_binop(t), slot_binop)
    SLOT(unary,
         heap_defines(t, "__neg__") || heap_defines(t, "__pos__") ||
             heap_defines(t, "__invert__"),
         slot_unary)
    SLOT(truth, heap_defines(t, "__bool__") || heap_defines(t, "__len__"), slot_truth)
    SLOT(len, heap_defines(t, "__len__"), slot_len)
    SLOT(getitem, heap_defines(t, "__getitem__"), slot_getitem)
    SLOT(setitem, heap_defines(t, "__setitem__") || heap_defines(t, "__delitem__"), slot_setitem)
    SLOT(contains, heap_defines(t, "__contains__"), slot_contains)
    SLOT(iter, heap_defines(t, "__iter__") || heap_defines(t, "__getitem__"), slot_iter)
    SLOT(next, heap_defines(t, "__next__"), slot_next)
    SLOT(call, heap_defines(t, "__call__"), slot_call)
    SLOT(setattr, heap_defines(t, "__setattr__") || heap_defines(t, "__delattr__"), slot_setattr)
    SLOT(descr_get, heap_defines(t, "__get__"), slot_descr_get)
    SLOT(descr_set, heap_defines(t, "__set__") || heap_defines(t, "__delete__"), slot_descr_set)
#undef SLOT
    t->mark = b->mark;
    t->free = b->free;
    t->make = b->make;
    t->getattr = heap_defines(t, "__getattribute__") ? slot_getattribute : b->getattr;
    if (heap_defines(t, "__getattr__"))
        t->tflags |= TF_HAS_GETATTR;
    else if (b->tflags & TF_HAS_GETATTR)
        t->tflags |= TF_HAS_GETATTR;
    gt_subclass_fix_slots(ts, t);
}

void gt_type_update_slots(TS *ts, Type *t) {
    compute_slots(ts, t);
    Value h = gt_type_lookup(t, NM(ts, __hash__));
    if (IS_NONE(h))
        t->hash = unhashable;
    gt_type_modified(ts, t);
}

Value gt_type_new_class(TS *ts, Str *name, Type *base, Dict *ns, Str *module) {
    Type *object = TYPE(ts, object);
    if (!base)
        base = object;
    if (!(base->tflags & TF_BASETYPE))
        return gt_raise(ts, EXC(ts, TypeError), "type '%S' is not an acceptable base type",
                        base->name);
    Type *t = gt_obj_new(ts, TYPE(ts, type), K_TYPE, sizeof(Type));
    if (!t)
        return V_ERR;
    if (!gt_push(ts, v_obj(t)))
        return V_ERR;
    t->name = name;
    Value qn = gt_dict_get_str(ns, NM(ts, __qualname__));
    t->qualname = IS_STR(qn) ? STR_VAL(qn) : name;
    if (!IS_NULL(qn))
        gt_dict_del_str(ts, ns, NM(ts, __qualname__));
    Value mod = gt_dict_get_str(ns, NM(ts, __module__));
    t->module = IS_STR(mod) ? STR_VAL(mod) : module;
    t->base = base;
    t->dict = ns;
    t->tflags = TF_HEAPTYPE | TF_BASETYPE | (base->tflags & TF_EXCEPTION);
    if (!gt_subclass_prepare(ts, t, base)) {
        gt_popn(ts, 1);
        return V_ERR;
    }
    t->version = next_version++;
    if (IS_NULL(gt_dict_get_str(ns, NM(ts, __doc__))))
        gt_dict_set_str(ts, ns, NM(ts, __doc__), V_NONE);
    // __eq__ without __hash__: instances become unhashable, as in CPython.
    if (!IS_NULL(gt_dict_get_str(ns, NM(ts, __eq__))) &&
        IS_NULL(gt_dict_get_str(ns, NM(ts, __hash__))))
        gt_dict_set_str(ts, ns, NM(ts, __hash__), V_NONE);
    compute_slots(ts, t);
    if (IS_NONE(gt_type_lookup(t, NM(ts, __hash__))))
        t->hash = unhashable;
    // Tell properties their names (the __set_name__ step of the class statement).
    for (uint32_t i = 0; i < ns->nentries; i++) {
        DictEntry *e = &ns->entries[i];
        if (IS_OBJ(e->value) && AS_OBJ(e->value)->kind == K_PROPERTY && IS_STR(e->key)) {
            Property *p = (Property *)AS_OBJ(e->value);
            if (!p->name)
                p->name = STR_VAL(e->key);
        }
    }
    gt_popn(ts, 1);
    return v_obj(t);
}

// ---- object ----

Value gt_object_repr(TS *ts, Value self) {
    Type *t = gt_type_of(ts, self);
    const void *addr = IS_OBJ(self) ? (const void *)AS_OBJ(self) : (const void *)0;
    if (t->module && !gt_str_eq_cstr(t->module, "builtins"))
        return v_obj(gt_format_msg(ts, "<%S.%S object at %p>", t->module, t->qualname, addr));
    return v_obj(gt_format_msg(ts, "<%S object at %p>", t->qualname, addr));
}

static Value object_str(TS *ts, Value self) {
    return gt_repr(ts, self);
}

static int64_t object_hash(TS *ts, Value self) {
    GT_UNUSED(ts);
    if (!IS_OBJ(self))
        return (int64_t)self.as.i;
    // Addresses are 16-byte aligned: drop the zero bits, rotate, as CPython's id-based hash.
    uintptr_t p = (uintptr_t)AS_OBJ(self);
    int64_t h = (int64_t)((p >> 4) | (p << (8 * sizeof(p) - 4)));
    return h == -1 ? -2 : h;
}

static Value object_richcmp(TS *ts, Value self, Value other, int op) {
    if (op == CMP_EQ)
        return v_is(self, other) ? V_TRUE : V_NOTIMPL(ts);
    if (op == CMP_NE) {
        // By default != is the inverse of ==.
        Type *t = gt_type_of(ts, self);
        if (t->richcmp == object_richcmp)
            return v_is(self, other) ? V_FALSE : V_NOTIMPL(ts);
        Value r = t->richcmp(ts, self, other, CMP_EQ);
        if (IS_ERR(r) || IS_NOTIMPL(ts, r))
            return r;
        int b = gt_truthy(ts, r);
        return b < 0 ? V_ERR : v_bool(!b);
    }
    return V_NOTIMPL(ts);
}

// Make an instance of a class: __new__ then __init__ (type.__call__).
static Value object_make(TS *ts, Type *cls, Value *args, int nargs, Tuple *kwnames) {
    int nkw = kwnames ? (int)kwnames->len : 0;
    Value newf = gt_type_lookup(cls, NM(ts, __new__));
    Value initf = gt_type_lookup(cls, NM(ts, __init__));
    bool own_new = IS_FUNCTION(newf) || (IS_OBJ(newf) && AS_OBJ(newf)->kind == K_STATICMETHOD);
    bool own_init = IS_FUNCTION(initf);
    Value obj;
    if (own_new) {
        if (AS_OBJ(newf)->kind == K_STATICMETHOD)
            newf = ((Wrapper *)AS_OBJ(newf))->func;
        // Call __new__(cls, *args, **kwargs): build the argument run on the value stack.
        Value *base = ts->sp;
        if (!gt_push(ts, v_obj(cls)))
            return V_ERR;
        for (int i = 0; i < nargs + nkw; i++)
            if (!gt_push(ts, args[i])) {
                ts->sp = base;
                return V_ERR;
            }
        obj = gt_call(ts, newf, base, nargs + 1, kwnames);
        ts->sp = base;
        if (IS_ERR(obj))
            return V_ERR;
        if (!gt_is_instance(ts, obj, cls))
            return obj;
    } else {
        if ((nargs || nkw) && !own_init) {
            return gt_raise(ts, EXC(ts, TypeError), "%S() takes no arguments", cls->name);
        }
        obj = gt_instance_new(ts, cls);
        if (IS_ERR(obj))
            return V_ERR;
    }
    if (own_init) {
        Value *base = ts->sp;
        if (!gt_push(ts, obj))
            return V_ERR;
        for (int i = 0; i < nargs + nkw; i++)
            if (!gt_push(ts, args[i])) {
                ts->sp = base;
                return V_ERR;
            }
        Value r = gt_call(ts, initf, base, nargs + 1, kwnames);
        ts->sp = base;
        if (IS_ERR(r))
            return V_ERR;
        if (!IS_NONE(r))
            return gt_raise(ts, EXC(ts, TypeError), "__init__() should return None, not '%s'",
                            gt_type_name(ts, r));
    }
    return obj;
}

static Value object_init(TS *ts, Value *args, int nargs, Tuple *kwnames) {
    if (nargs > 1 || (kwnames && kwnames->len))
        return gt_raise(ts, EXC(ts, TypeError),
                        "object.__init__() takes exactly one argument (the instance to "
                        "initialize)");
    return V_NONE;
}

static Value object_new(TS *ts, Value *args, int nargs, Tuple *kwnames) {
    if (nargs < 1 || !IS_TYPE(args[0]))
        return gt_raise(ts, EXC(ts, TypeError), nargs < 1 ? "object.__new__(): not enough arguments"
                                                        : "object.__new__(X): X is not a type object (%s)",
                        nargs < 1 ? "" : gt_type_name(ts, args[0]));
    Type *cls = TYPE_VAL(args[0]);
    if ((nargs > 1 || (kwnames && kwnames->len)) &&
        IS_NULL(gt_dict_get_str(cls->dict, NM(ts, __init__))) &&
        !IS_FUNCTION(gt_type_lookup(cls, NM(ts, __init__))))
        return gt_raise(ts, EXC(ts, TypeError), "%S() takes no arguments", cls->name);
    return gt_instance_new(ts, cls);
}

static Value object_repr_m(TS *ts, Value *args, int nargs, Tuple *kw) {
    GT_UNUSED(nargs);
    GT_UNUSED(kw);
    return gt_object_repr(ts, args[0]);
}

static Value object_str_m(TS *ts, Value *args, int nargs, Tuple *kw) {
    GT_UNUSED(nargs);
    GT_UNUSED(kw);
    Type *t = gt_type_of(ts, args[0]);
    return t->repr(ts, args[0]);
}

static Value object_hash_m(TS *ts, Value *args, int nargs, Tuple *kw) {
    GT_UNUSED(nargs);
    GT_UNUSED(kw);
    return v_int(object_hash(ts, args[0]));
}

static Value object_eq_m(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!gt_check_args(ts, "__eq__", nargs - 1, kw, 1, 1))
        return V_ERR;
    return object_richcmp(ts, args[0], args[1], CMP_EQ);
}

static Value object_ne_m(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!gt_check_args(ts, "__ne__", nargs - 1, kw, 1, 1))
        return V_ERR;
    return object_richcmp(ts, args[0], args[1], CMP_NE);
}

static Value object_notimpl_cmp(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!gt_check_args(ts, "comparison", nargs - 1, kw, 1, 1))
        return V_ERR;
    return V_NOTIMPL(ts);
}

static Value object_format_m(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!gt_check_args(ts, "__format__", nargs - 1, kw, 1, 1))
        return V_ERR;
    if (!IS_STR(args[1]))
        return gt_raise(ts, EXC(ts, TypeError), "__format__() argument must be str, not %s",
                        gt_type_name(ts, args[1]));
    if (STR_VAL(args[1])->len != 0)
        return gt_raise(ts, EXC(ts, TypeError), "unsupported format string passed to %s.__format__",
                        gt_type_name(ts, args[0]));
    return gt_str(ts, args[0]);
}

static Value object_setattr_m(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!gt_check_args(ts, "__setattr__", nargs - 1, kw, 2, 2))
        return V_ERR;
    if (!IS_STR(args[1]))
        return gt_raise(ts, EXC(ts, TypeError), "attribute name must be string, not '%s'",
                        gt_type_name(ts, args[1]));
    Str *name = gt_str_intern_str(ts, STR_VAL(args[1]));
    if (!name)
        return V_ERR;
    return gt_generic_setattr(ts, args[0], name, args[2]) < 0 ? V_ERR : V_NONE;
}

static Value object_delattr_m(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!gt_check_args(ts, "__delattr__", nargs - 1, kw, 1, 1))
        return V_ERR;
    if (!IS_STR(args[1]))
        return gt_raise(ts, EXC(ts, TypeError), "attribute name must be string, not '%s'",
                        gt_type_name(ts, args[1]));
    Str *name = gt_str_intern_str(ts, STR_VAL(args[1]));
    if (!name)
        return V_ERR;
    return gt_generic_setattr(ts, args[0], name, V_NULL) < 0 ? V_ERR : V_NONE;
}

static Value object_getattribute_m(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!gt_check_args(ts, "__getattribute__", nargs - 1, kw, 1, 1))
        return V_ERR;
    if (!IS_STR(args[1]))
        return gt_raise(ts, EXC(ts, TypeError), "attribute name must be string, not '%s'",
                        gt_type_name(ts, args[1]));
    Str *name = gt_str_intern_str(ts, STR_VAL(args[1]));
    if (!name)
        return V_ERR;
    Value v = gt_generic_getattr(ts, args[0], name);
    if (IS_NULL(v))
        return gt_raise_no_attr(ts, args[0], name);
    return v;
}

static Value object_init_subclass(TS *ts, Value *args, int nargs, Tuple *kw) {
    GT_UNUSED(ts);
    GT_UNUSED(args);
    GT_UNUSED(nargs);
    GT_UNUSED(kw);
    return V_NONE;
}

static Value object_dir_m(TS *ts, Value *args, int nargs, Tuple *kw);

static Value object_class_get(TS *ts, Value self) {
    return v_obj(gt_type_of(ts, self));
}

static const MethodDef object_methods[] = {
    {"__init__", object_init, 0, NULL},
    {"__new__", object_new, CF_STATIC, NULL},
    {"__repr__", object_repr_m, 0, NULL},
    {"__str__", object_str_m, 0, NULL},
    {"__hash__", object_hash_m, 0, NULL},
    {"__eq__", object_eq_m, 0, NULL},
    {"__ne__", object_ne_m, 0, NULL},
    {"__lt__", object_notimpl_cmp, 0, NULL},
    {"__le__", object_notimpl_cmp, 0, NULL},
    {"__gt__", object_notimpl_cmp, 0, NULL},
    {"__ge__", object_notimpl_cmp, 0, NULL},
    {"__format__", object_format_m, 0, NULL},
    {"__setattr__", object_setattr_m, 0, NULL},
    {"__delattr__", object_delattr_m, 0, NULL},
    {"__getattribute__", object_getattribute_m, 0, NULL},
    {"__init_subclass__", object_init_subclass, CF_CLASS, NULL},
    {"__dir__", object_dir_m, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef object_getsets[] = {
    {"__class__", object_class_get, NULL},
    {NULL, NULL, NULL},
};

// dir(obj): instance attributes, then the class chain's, sorted.
static Value object_dir_m(TS *ts, Value *args, int nargs, Tuple *kw) {
    GT_UNUSED(nargs);
    GT_UNUSED(kw);
    Set *names = gt_set_new(ts, false);
    if (!names || !gt_push(ts, v_obj(names)))
        return V_ERR;
    Value self = args[0];
    Dict *d = gt_instance_dict(ts, self, false);
    Value k;
    uint32_t pos = 0;
    if (d)
        while (gt_dict_next(d, &pos, &k, NULL))
            if (gt_set_add(ts, names, k) < 0)
                goto fail;
    for (Type *t = IS_TYPE(self) ? TYPE_VAL(self) : gt_type_of(ts, self); t; t = t->base) {
        pos = 0;
        while (gt_dict_next(t->dict, &pos, &k, NULL))
            if (gt_set_add(ts, names, k) < 0)
                goto fail;
    }
    Value l = gt_list_from_iterable(ts, v_obj(names));
    if (IS_ERR(l))
        goto fail;
    gt_popn(ts, 1);
    if (!gt_push(ts, l) || !gt_list_sort(ts, LIST_VAL(l), V_NULL, false)) {
        return V_ERR;
    }
    gt_popn(ts, 1);
    return l;
fail:
    gt_popn(ts, 1);
    return V_ERR;
}

// ---- type ----

static Value type_repr(TS *ts, Value self) {
    Type *t = TYPE_VAL(self);
    if (t->module && !gt_str_eq_cstr(t->module, "builtins"))
        return v_obj(gt_format_msg(ts, "<class '%S.%S'>", t->module, t->qualname));
    return v_obj(gt_format_msg(ts, "<class '%S'>", t->qualname));
}

static Value type_call(TS *ts, Value self, Value *args, int nargs, Tuple *kwnames) {
    Type *t = TYPE_VAL(self);
    if (!t->make)
        return gt_raise(ts, EXC(ts, TypeError), "cannot create '%S' instances", t->name);
    if (nargs >= 1 && !(t->tflags & TF_HEAPTYPE) && t != TYPE(ts, type) && IS_OBJ(args[0]) &&
        (AS_OBJ(args[0])->type->tflags & TF_BOXED)) {
        // float(celsius): built-in constructors see the value inside a derived instance.
        int total = nargs + (kwnames ? (int)kwnames->len : 0);
        Value *base = ts->sp;
        for (int i = 0; i < total; i++)
            if (!gt_push(ts, i == 0 ? gt_unbox(args[0]) : args[i])) {
                ts->sp = base;
                return V_ERR;
            }
        Value r = t->make(ts, t, base, nargs, kwnames);
        ts->sp = base;
        return r;
    }
    return t->make(ts, t, args, nargs, kwnames);
}

// type(x) or type(name, bases, dict).
static Value type_make(TS *ts, Type *cls, Value *args, int nargs, Tuple *kwnames) {
    GT_UNUSED(cls);
    if (nargs == 1 && !(kwnames && kwnames->len))
        return v_obj(gt_type_of(ts, args[0]));
    if (nargs != 3)
        return gt_raise(ts, EXC(ts, TypeError), "type() takes 1 or 3 arguments");
    if (!IS_STR(args[0]) || !IS_TUPLE(args[1]) || !IS_DICT(args[2]))
        return gt_raise(ts, EXC(ts, TypeError),
                        "type.__new__() argument 1 must be str, not %s", gt_type_name(ts, args[0]));
    Tuple *bases = TUPLE_VAL(args[1]);
    if (bases->len > 1)
        return gt_raise(ts, EXC(ts, TypeError), "multiple inheritance is not supported by gilt");
    Type *base = NULL;
    if (bases->len == 1) {
        if (!IS_TYPE(bases->items[0]))
            return gt_raise(ts, EXC(ts, TypeError), "bases must be types");
        base = TYPE_VAL(bases->items[0]);
    }
    Dict *ns = gt_dict_copy(ts, DICT_VAL(args[2]));
    if (!ns || !gt_push(ts, v_obj(ns)))
        return V_ERR;
    Str *name = gt_str_intern_str(ts, STR_VAL(args[0]));
    Value mod = V_NULL;
    if (ts->frame)
        mod = gt_dict_get_str(ts->frame->globals, NM(ts, __name__));
    Value r = gt_type_new_class(ts, name, base, ns, IS_STR(mod) ? STR_VAL(mod) : NULL);
    gt_popn(ts, 1);
    return r;
}

// Attribute lookup on a class object: the metatype's data descriptors (__name__...), then the
// class chain (functions come out plain, classmethods bound to the class), then the metatype.
static Value type_getattr(TS *ts, Value self, Str *name) {
    Type *t = TYPE_VAL(self);
    Type *meta = gt_type_of(ts, self);
    Value mattr = gt_type_lookup(meta, name);
    Type *mt = NULL;
    if (!IS_NULL(mattr)) {
        mt = gt_type_of(ts, mattr);
        if (mt->descr_get && mt->descr_set)
            return mt->descr_get(ts, mattr, self, meta);
    }
    Value attr = gt_type_lookup(t, name);
    if (!IS_NULL(attr)) {
        Type *at = gt_type_of(ts, attr);
        if (at->descr_get)
            return at->descr_get(ts, attr, V_NULL, t);
        return attr;
    }
    if (!IS_NULL(mattr)) {
        if (mt->descr_get)
            return mt->descr_get(ts, mattr, self, meta);
        return mattr;
    }
    if (name == NM(ts, __dict__))
        return v_obj(t->dict);
    return V_NULL;
}

static int type_setattr(TS *ts, Value self, Str *name, Value val) {
    Type *t = TYPE_VAL(self);
    if (!(t->tflags & TF_HEAPTYPE)) {
        gt_raise(ts, EXC(ts, TypeError), "cannot set '%S' attribute of immutable type '%S'", name,
                 t->name);
        return -1;
    }
    Value mattr = gt_type_lookup(gt_type_of(ts, self), name);
    if (!IS_NULL(mattr)) {
        Type *mt = gt_type_of(ts, mattr);
        if (mt->descr_set)
            return mt->descr_set(ts, mattr, self, val);
    }
    int r;
    if (IS_NULL(val)) {
        r = gt_dict_del_str(ts, t->dict, name);
        if (r == 0) {
            gt_raise_no_attr(ts, self, name);
            return -1;
        }
    } else {
        r = gt_dict_set_str(ts, t->dict, name, val);
    }
    if (r < 0)
        return -1;
    if (name->len > 4 && name->data[0] == '_' && name->data[1] == '_')
        gt_type_update_slots(ts, t);
    else
        gt_type_modified(ts, t);
    return 0;
}

static Value type_name_get(TS *ts, Value self) {
    GT_UNUSED(ts);
    return v_obj(TYPE_VAL(self)->name);
}

static int type_name_set(TS *ts, Value self, Value val) {
    if (!IS_STR(val)) {
        gt_raise(ts, EXC(ts, TypeError), "can only assign string to %S.__name__, not '%s'",
                 TYPE_VAL(self)->name, gt_type_name(ts, val));
        return -1;
    }
    TYPE_VAL(self)->name = STR_VAL(val);
    return 0;
}

static Value type_qualname_get(TS *ts, Value self) {
    GT_UNUSED(ts);
    return v_obj(TYPE_VAL(self)->qualname);
}

static Value type_module_get(TS *ts, Value self) {
    Type *t = TYPE_VAL(self);
    if (t->module)
        return v_obj(t->module);
    return v_obj(NM(ts, builtins));
}

static Value type_doc_get(TS *ts, Value self) {
    GT_UNUSED(ts);
    Value d = gt_dict_get_str(TYPE_VAL(self)->dict, NM(ts, __doc__));
    return IS_NULL(d) ? V_NONE : d;
}

static Value type_dict_get(TS *ts, Value self) {
    GT_UNUSED(ts);
    return v_obj(TYPE_VAL(self)->dict);
}

static Value type_base_get(TS *ts, Value self) {
    GT_UNUSED(ts);
    Type *b = TYPE_VAL(self)->base;
    return b ? v_obj(b) : V_NONE;
}

static Value type_bases_get(TS *ts, Value self) {
    Type *b = TYPE_VAL(self)->base;
    if (!b)
        return v_obj(ts->interp->empty_tuple);
    Value v = v_obj(b);
    Tuple *t = gt_tuple_from(ts, &v, 1);
    return t ? v_obj(t) : V_ERR;
}

static Value type_mro_get(TS *ts, Value self) {
    uint32_t n = 0;
    for (Type *t = TYPE_VAL(self); t; t = t->base)
        n++;
    Tuple *tup = gt_tuple_new(ts, n);
    if (!tup)
        return V_ERR;
    n = 0;
    for (Type *t = TYPE_VAL(self); t; t = t->base)
        tup->items[n++] = v_obj(t);
    return v_obj(tup);
}

static Value type_mro_m(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!gt_check_args(ts, "mro", nargs - 1, kw, 0, 0))
        return V_ERR;
    Value t = type_mro_get(ts, args[0]);
    if (IS_ERR(t))
        return t;
    return v_obj(gt_list_from(ts, TUPLE_VAL(t)->items, TUPLE_VAL(t)->len));
}

static Value type_subclasscheck(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!gt_check_args(ts, "__subclasscheck__", nargs - 1, kw, 1, 1))
        return V_ERR;
    if (!IS_TYPE(args[1]))
        return gt_raise(ts, EXC(ts, TypeError), "issubclass() arg 1 must be a class");
    return v_bool(gt_is_subtype(TYPE_VAL(args[1]), TYPE_VAL(args[0])));
}

static Value type_instancecheck(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!gt_check_args(ts, "__instancecheck__", nargs - 1, kw, 1, 1))
        return V_ERR;
    return v_bool(gt_is_instance(ts, args[1], TYPE_VAL(args[0])));
}

static const MethodDef type_methods[] = {
    {"mro", type_mro_m, 0, NULL},
    {"__subclasscheck__", type_subclasscheck, 0, NULL},
    {"__instancecheck__", type_instancecheck, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef type_getsets[] = {
    {"__name__", type_name_get, type_name_set},
    {"__qualname__", type_qualname_get, NULL},
    {"__module__", type_module_get, NULL},
    {"__doc__", type_doc_get, NULL},
    {"__dict__", type_dict_get, NULL},
    {"__base__", type_base_get, NULL},
    {"__bases__", type_bases_get, NULL},
    {"__mro__", type_mro_get, NULL},
    {NULL, NULL, NULL},
};

// ---- getset descriptors ----

static void getset_mark(GcState *gc, Obj *o) {
    gt_gc_mark_obj(gc, (Obj *)((GetSet *)o)->owner);
}

static Value getset_get(TS *ts, Value descr, Value obj, Type *owner) {
    GT_UNUSED(owner);
    GetSet *g = (GetSet *)AS_OBJ(descr);
    if (IS_NULL(obj))
        return descr;
    // Attributes of int/float/str/tuple read the value inside a derived class's instance.
    if (g->owner != TYPE(ts, object) && !(g->owner->tflags & TF_HEAPTYPE))
        obj = gt_unbox(obj);
    return g->get(ts, obj);
}

static int getset_set(TS *ts, Value descr, Value obj, Value val) {
    GetSet *g = (GetSet *)AS_OBJ(descr);
    if (!g->set) {
        if (IS_NULL(val))
            gt_raise(ts, EXC(ts, AttributeError), "attribute '%s' of '%S' objects is not writable",
                     g->name, g->owner->name);
        else
            gt_raise(ts, EXC(ts, AttributeError), "attribute '%s' of '%S' objects is not writable",
                     g->name, g->owner->name);
        return -1;
    }
    return g->set(ts, obj, val);
}

static Value getset_repr(TS *ts, Value self) {
    GetSet *g = (GetSet *)AS_OBJ(self);
    return v_obj(gt_format_msg(ts, "<attribute '%s' of '%S' objects>", g->name, g->owner->name));
}

// ---- property ----

static void property_mark(GcState *gc, Obj *o) {
    Property *p = (Property *)o;
    gt_gc_mark(gc, p->fget);
    gt_gc_mark(gc, p->fset);
    gt_gc_mark(gc, p->fdel);
    gt_gc_mark(gc, p->doc);
    gt_gc_mark_obj(gc, (Obj *)p->name);
}

static bool absent(Value v) {
    return IS_NULL(v) || IS_NONE(v);
}

static Value property_get(TS *ts, Value descr, Value obj, Type *owner) {
    GT_UNUSED(owner);
    Property *p = (Property *)AS_OBJ(descr);
    if (IS_NULL(obj))
        return descr;
    if (absent(p->fget)) {
        if (p->name)
            return gt_raise(ts, EXC(ts, AttributeError), "property '%S' of '%s' object has no getter",
                            p->name, gt_type_name(ts, obj));
        return gt_raise(ts, EXC(ts, AttributeError), "unreadable attribute");
    }
    return gt_call1(ts, p->fget, obj);
}

static int property_set(TS *ts, Value descr, Value obj, Value val) {
    Property *p = (Property *)AS_OBJ(descr);
    Value f = IS_NULL(val) ? p->fdel : p->fset;
    if (absent(f)) {
        const char *what = IS_NULL(val) ? "deleter" : "setter";
        if (p->name)
            gt_raise(ts, EXC(ts, AttributeError), "property '%S' of '%s' object has no %s",
                     p->name, gt_type_name(ts, obj), what);
        else
            gt_raise(ts, EXC(ts, AttributeError), "can't %s attribute",
                     IS_NULL(val) ? "delete" : "set");
        return -1;
    }
    Value r = IS_NULL(val) ? gt_call1(ts, f, obj) : gt_call2(ts, f, obj, val);
    return IS_ERR(r) ? -1 : 0;
}

static Property *property_alloc(TS *ts) {
    Property *p = gt_obj_new(ts, TYPE(ts, property), K_PROPERTY, sizeof(Property));
    if (p) {
        p->fget = p->fset = p->fdel = V_NONE;
        p->doc = V_NONE;
    }
    return p;
}

static Value property_make(TS *ts, Type *cls, Value *args, int nargs, Tuple *kwnames) {
    GT_UNUSED(cls);
    static const char *const names[] = {"fget", "fset", "fdel", "doc"};
    Value a[4];
    if (!gt_parse_args(ts, "property", args, nargs, kwnames, names, 4, 0, 4, 0, a))
        return V_ERR;
    Property *p = property_alloc(ts);
    if (!p)
        return V_ERR;
    if (!IS_NULL(a[0]))
        p->fget = a[0];
    if (!IS_NULL(a[1]))
        p->fset = a[1];
    if (!IS_NULL(a[2]))
        p->fdel = a[2];
    if (!IS_NULL(a[3]) && !IS_NONE(a[3])) {
        p->doc = a[3];
    } else if (IS_FUNCTION(p->fget)) {
        p->doc = ((Function *)AS_OBJ(p->fget))->doc;
    }
    return v_obj(p);
}

// property.getter/setter/deleter: a copy with one function replaced.
static Value property_copy_with(TS *ts, Value self, int which, Value f) {
    Property *old = (Property *)AS_OBJ(self);
    Property *p = property_alloc(ts);
    if (!p)
        return V_ERR;
    p->fget = which == 0 ? f : old->fget;
    p->fset = which == 1 ? f : old->fset;
    p->fdel = which == 2 ? f : old->fdel;
    p->doc = old->doc;
    p->name = old->name;
    return v_obj(p);
}

static Value property_getter(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!gt_check_args(ts, "getter", nargs - 1, kw, 1, 1))
        return V_ERR;
    return property_copy_with(ts, args[0], 0, args[1]);
}

static Value property_setter(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!gt_check_args(ts, "setter", nargs - 1, kw, 1, 1))
        return V_ERR;
    return property_copy_with(ts, args[0], 1, args[1]);
}

static Value property_deleter(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!gt_check_args(ts, "deleter", nargs - 1, kw, 1, 1))
        return V_ERR;
    return property_copy_with(ts, args[0], 2, args[1]);
}

static Value property_fget_get(TS *ts, Value self) {
    GT_UNUSED(ts);
    return ((Property *)AS_OBJ(self))->fget;
}
static Value property_fset_get(TS *ts, Value self) {
    GT_UNUSED(ts);
    return ((Property *)AS_OBJ(self))->fset;
}
static Value property_fdel_get(TS *ts, Value self) {
    GT_UNUSED(ts);
    return ((Property *)AS_OBJ(self))->fdel;
}
static Value property_doc_get(TS *ts, Value self) {
    GT_UNUSED(ts);
    return ((Property *)AS_OBJ(self))->doc;
}

static const MethodDef property_methods[] = {
    {"getter", property_getter, 0, NULL},
    {"setter", property_setter, 0, NULL},
    {"deleter", property_deleter, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef property_getsets[] = {
    {"fget", property_fget_get, NULL},
    {"fset", property_fset_get, NULL},
    {"fdel", property_fdel_get, NULL},
    {"__doc__", property_doc_get, NULL},
    {NULL, NULL, NULL},
};

// ---- staticmethod, classmethod ----

static void wrapper_mark(GcState *gc, Obj *o) {
    gt_gc_mark(gc, ((Wrapper *)o)->func);
}

static Value wrapper_make(TS *ts, Type *cls, Value *args, int nargs, Tuple *kwnames) {
    if (!gt_check_args(ts, cls == TYPE(ts, staticmethod) ? "staticmethod" : "classmethod", nargs,
                       kwnames, 1, 1))
        return V_ERR;
    ObjKind k = cls == TYPE(ts, staticmethod) ? K_STATICMETHOD : K_CLASSMETHOD;
    Wrapper *w = gt_obj_new(ts, cls, k, sizeof(Wrapper));
    if (!w)
        return V_ERR;
    w->func = args[0];
    return v_obj(w);
}

static Value staticmethod_get(TS *ts, Value descr, Value obj, Type *owner) {
    GT_UNUSED(ts);
    GT_UNUSED(obj);
    GT_UNUSED(owner);
    return ((Wrapper *)AS_OBJ(descr))->func;
}

static Value classmethod_get(TS *ts, Value descr, Value obj, Type *owner) {
    Value cls = IS_NULL(obj) || IS_TYPE(obj) ? (IS_TYPE(obj) ? obj : v_obj(owner))
                                               : v_obj(gt_type_of(ts, obj));
    return gt_method_new(ts, ((Wrapper *)AS_OBJ(descr))->func, cls);
}

static Value staticmethod_call(TS *ts, Value self, Value *args, int nargs, Tuple *kwnames) {
    return gt_call(ts, ((Wrapper *)AS_OBJ(self))->func, args, nargs, kwnames);
}

static Value wrapper_func_get(TS *ts, Value self) {
    GT_UNUSED(ts);
    return ((Wrapper *)AS_OBJ(self))->func;
}

static const GetSetDef wrapper_getsets[] = {
    {"__func__", wrapper_func_get, NULL},
    {NULL, NULL, NULL},
};

// ---- super ----

static void super_mark(GcState *gc, Obj *o) {
    Super *s = (Super *)o;
    gt_gc_mark_obj(gc, (Obj *)s->type);
    gt_gc_mark(gc, s->obj);
    gt_gc_mark_obj(gc, (Obj *)s->objtype);
}

static Value super_new(TS *ts, Type *type, Value obj) {
    Type *objtype;
    if (IS_TYPE(obj) && gt_is_subtype(TYPE_VAL(obj), type))
        objtype = TYPE_VAL(obj);
    else if (gt_is_subtype(gt_type_of(ts, obj), type))
        objtype = gt_type_of(ts, obj);
    else
        return gt_raise(ts, EXC(ts, TypeError),
                        "super(type, obj): obj must be an instance or subtype of type");
    Super *s = gt_obj_new(ts, TYPE(ts, super_), K_SUPER, sizeof(Super));
    if (!s)
        return V_ERR;
    s->type = type;
    s->obj = obj;
    s->objtype = objtype;
    return v_obj(s);
}

// super() with no arguments: the class comes from the __class__ cell of the calling method,
// the instance from its first argument.
static Value super_make(TS *ts, Type *cls, Value *args, int nargs, Tuple *kwnames) {
    GT_UNUSED(cls);
    if (!gt_no_kwargs(ts, "super", kwnames))
        return V_ERR;
    if (nargs == 2) {
        if (!IS_TYPE(args[0]))
            return gt_raise(ts, EXC(ts, TypeError), "super() argument 1 must be a type, not %s",
                            gt_type_name(ts, args[0]));
        return super_new(ts, TYPE_VAL(args[0]), args[1]);
    }
    if (nargs != 0)
        return gt_raise(ts, EXC(ts, TypeError), "super() takes 0 or 2 arguments");
    Frame *f = ts->frame;
    if (!f || !f->func)
        return gt_raise(ts, EXC(ts, RuntimeError), "super(): no arguments");
    Code *co = f->code;
    if (co->argcount == 0 && !(co->flags & CO_VARARGS))
        return gt_raise(ts, EXC(ts, RuntimeError), "super(): no arguments");
    // The first argument; if an inner function captures it, its slot holds a cell.
    Value first = f->locals[0];
    if (IS_OBJ(first) && AS_OBJ(first)->kind == K_CELL)
        first = ((Cell *)AS_OBJ(first))->value;
    if (IS_NULL(first))
        return gt_raise(ts, EXC(ts, RuntimeError), "super(): arg[0] deleted");
    for (uint32_t i = 0; i < co->nfree; i++) {
        Str *n = STR_VAL(co->localnames->items[co->nlocals + i]);
        if (n == NM(ts, __class__)) {
            Value cell = f->locals[co->nlocals + i];
            Value c = IS_OBJ(cell) ? ((Cell *)AS_OBJ(cell))->value : V_NULL;
            if (!IS_TYPE(c))
                return gt_raise(ts, EXC(ts, RuntimeError), "super(): empty __class__ cell");
            return super_new(ts, TYPE_VAL(c), first);
        }
    }
    return gt_raise(ts, EXC(ts, RuntimeError), "super(): __class__ cell not found");
}

static Value super_getattr(TS *ts, Value self, Str *name) {
    Super *s = (Super *)AS_OBJ(self);
    if (name != NM(ts, __class__)) {
        for (Type *t = s->objtype; t; t = t->base) {
            if (t != s->type)
                continue;
            for (Type *u = t->base; u; u = u->base) {
                Value attr = gt_dict_get_str(u->dict, name);
                if (IS_NULL(attr))
                    continue;
                Type *at = gt_type_of(ts, attr);
                if (at->descr_get) {
                    // super(C, cls) in a classmethod binds like class access.
                    bool is_cls = IS_TYPE(s->obj) && TYPE_VAL(s->obj) == s->objtype;
                    return at->descr_get(ts, attr, is_cls ? V_NULL : s->obj, s->objtype);
                }
                return attr;
            }
            break;
        }
    }
    return gt_generic_getattr(ts, self, name);
}

static Value super_repr(TS *ts, Value self) {
    Super *s = (Super *)AS_OBJ(self);
    return v_obj(gt_format_msg(ts, "<super: <class '%S'>, <%S object>>", s->type->name,
                               s->objtype->name));
}

// ---- Slot wrappers ----
//
// Built-in types implement their operators as C slots. So that Python code can also call
// them by name - dict.__repr__(d), list.__eq__(a, b), int.__add__(1, 2), super().__len__() -
// each built-in type gets a method for every slot it defines itself. The wrapper finds the
// slot through the type that owns it (ts->cfunc->owner), not through type(self), so a
// subclass that overrides __repr__ can still call the built-in one.

static Type *wrapper_owner(TS *ts) {
    return ts->cfunc->owner;
}

#define WRAP0(fname, body)                                                                       \
    static Value fname(TS *ts, Value *args, int nargs, Tuple *kw) {                              \
        if (!gt_check_args(ts, #fname, nargs - 1, kw, 0, 0))                                     \
            return V_ERR;                                                                        \
        Type *o = wrapper_owner(ts);                                                             \
        Value self = args[0];                                                                    \
        body                                                                                     \
    }
#define WRAP1(fname, body)                                                                       \
    static Value fname(TS *ts, Value *args, int nargs, Tuple *kw) {                              \
        if (!gt_check_args(ts, #fname, nargs - 1, kw, 1, 1))                                     \
            return V_ERR;                                                                        \
        Type *o = wrapper_owner(ts);                                                             \
        Value self = args[0], other = args[1];                                                   \
        body                                                                                     \
    }

WRAP0(w_repr, return o->repr(ts, self);)
WRAP0(w_str, return o->str(ts, self);)
WRAP0(w_len, {
    int64_t n = o->len(ts, self);
    return n < 0 ? V_ERR : v_int(n);
})
WRAP0(w_iter, return o->iter(ts, self);)
WRAP0(w_next, {
    Value v = o->next(ts, self);
    if (IS_NULL(v))
        return gt_raise_value(ts, v_obj(EXC(ts, StopIteration)));
    return v;
})
WRAP1(w_getitem, return o->getitem(ts, self, other);)
WRAP1(w_delitem, return o->setitem(ts, self, other, V_NULL) < 0 ? V_ERR : V_NONE;)
WRAP1(w_contains, {
    int r = o->contains(ts, self, other);
    return r < 0 ? V_ERR : v_bool(r);
})
#define CMP_WRAPPER(fname, op) WRAP1(fname, return o->richcmp(ts, self, other, op);)
CMP_WRAPPER(w_lt, CMP_LT)
CMP_WRAPPER(w_le, CMP_LE)
CMP_WRAPPER(w_eq, CMP_EQ)
CMP_WRAPPER(w_ne, CMP_NE)
CMP_WRAPPER(w_gt, CMP_GT)
CMP_WRAPPER(w_ge, CMP_GE)
#define BIN_WRAPPER(fname, rname, op)                                                            \
    WRAP1(fname, return o->binop(ts, self, other, op);)                                          \
    WRAP1(rname, return o->binop(ts, other, self, op);)
BIN_WRAPPER(w_add, w_radd, NB_ADD)
BIN_WRAPPER(w_sub, w_rsub, NB_SUBTRACT)
BIN_WRAPPER(w_mul, w_rmul, NB_MULTIPLY)
BIN_WRAPPER(w_mod, w_rmod, NB_REMAINDER)
BIN_WRAPPER(w_and, w_rand, NB_AND)
BIN_WRAPPER(w_or, w_ror, NB_OR)
BIN_WRAPPER(w_xor, w_rxor, NB_XOR)
WRAP1(w_iadd, return o->binop(ts, self, other, NB_INPLACE + NB_ADD);)
WRAP1(w_imul, return o->binop(ts, self, other, NB_INPLACE + NB_MULTIPLY);)
WRAP1(w_ior, return o->binop(ts, self, other, NB_INPLACE + NB_OR);)

static Value w_setitem(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!gt_check_args(ts, "__setitem__", nargs - 1, kw, 2, 2))
        return V_ERR;
    return wrapper_owner(ts)->setitem(ts, args[0], args[1], args[2]) < 0 ? V_ERR : V_NONE;
}

static Value w_call(TS *ts, Value *args, int nargs, Tuple *kw) {
    return wrapper_owner(ts)->call(ts, args[0], args + 1, nargs - 1, kw);
}

// Give a built-in type a method for each slot it defines (differently from its base), unless
// it already has one of that name.
static void add_slot_wrappers(TS *ts, Type *t) {
    Type *b = t->base;
    struct {
        const char *name;
        bool defined;
        CFn fn;
    } wraps[] = {
        {"__repr__", t->repr && (!b || t->repr != b->repr), w_repr},
        {"__str__", t->str && (!b || t->str != b->str), w_str},
        {"__len__", t->len && (!b || t->len != b->len), w_len},
        {"__iter__", t->iter && (!b || t->iter != b->iter), w_iter},
        {"__next__", t->next && (!b || t->next != b->next), w_next},
        {"__getitem__", t->getitem && (!b || t->getitem != b->getitem), w_getitem},
        {"__setitem__", t->setitem && (!b || t->setitem != b->setitem), w_setitem},
        {"__delitem__", t->setitem && (!b || t->setitem != b->setitem), w_delitem},
        {"__contains__", t->contains && (!b || t->contains != b->contains), w_contains},
        {"__call__", t->call && (!b || t->call != b->call), w_call},
    };
    for (size_t i = 0; i < sizeof wraps / sizeof wraps[0]; i++) {
        if (!wraps[i].defined || !IS_NULL(gt_dict_get_cstr(ts, t->dict, wraps[i].name)))
            continue;
        MethodDef d[2] = {{wraps[i].name, wraps[i].fn, 0, NULL}, {NULL, NULL, 0, NULL}};
        gt_type_add_methods(ts, t, d);
    }
    if (t->richcmp && b && t->richcmp != b->richcmp) {
        static const MethodDef cmps[] = {
            {"__lt__", w_lt, 0, NULL}, {"__le__", w_le, 0, NULL}, {"__eq__", w_eq, 0, NULL},
            {"__ne__", w_ne, 0, NULL}, {"__gt__", w_gt, 0, NULL}, {"__ge__", w_ge, 0, NULL},
        };
        for (size_t i = 0; i < 6; i++) {
            if (IS_NULL(gt_dict_get_cstr(ts, t->dict, cmps[i].name))) {
                MethodDef d[2] = {cmps[i], {NULL, NULL, 0, NULL}};
                gt_type_add_methods(ts, t, d);
            }
        }
    }
    if (t->binop && b && t->binop != b->binop) {
        static const MethodDef bins[] = {
            {"__add__", w_add, 0, NULL}, {"__radd__", w_radd, 0, NULL},
            {"__sub__", w_sub, 0, NULL}, {"__rsub__", w_rsub, 0, NULL},
            {"__mul__", w_mul, 0, NULL}, {"__rmul__", w_rmul, 0, NULL},
            {"__mod__", w_mod, 0, NULL}, {"__rmod__", w_rmod, 0, NULL},
            {"__and__", w_and, 0, NULL}, {"__rand__", w_rand, 0, NULL},
            {"__or__", w_or, 0, NULL},   {"__ror__", w_ror, 0, NULL},
            {"__xor__", w_xor, 0, NULL}, {"__rxor__", w_rxor, 0, NULL},
            {"__iadd__", w_iadd, 0, NULL}, {"__imul__", w_imul, 0, NULL},
            {"__ior__", w_ior, 0, NULL},
        };
        for (size_t i = 0; i < sizeof bins / sizeof bins[0]; i++) {
            // Only operators the type really has (a probe with a value of its own kind would
            // be needed to know for sure; the in-place ones only for mutable containers).
            bool inplace = bins[i].name[2] == 'i';
            if (inplace && t->inst_kind != K_LIST && t->inst_kind != K_SET &&
                t->inst_kind != K_DICT)
                continue;
            if (IS_NULL(gt_dict_get_cstr(ts, t->dict, bins[i].name))) {
                MethodDef d[2] = {bins[i], {NULL, NULL, 0, NULL}};
                gt_type_add_methods(ts, t, d);
            }
        }
    }
}

void gt_type_add_all_slot_wrappers(TS *ts) {
#define ADD_WRAPPERS(field, pyname) add_slot_wrappers(ts, ts->interp->types.field);
    GILT_TYPES(ADD_WRAPPERS)
#undef ADD_WRAPPERS
}

// ---- Set-up ----

void gt_type_init_types(TS *ts) {
    Type *object = TYPE(ts, object);
    gt_type_setup(ts, object, "object", NULL, K_INSTANCE, sizeof(Instance), TF_BASETYPE);
    object->mark = instance_mark;
    object->make = object_make;
    object->repr = gt_object_repr;
    object->str = object_str;
    object->hash = object_hash;
    object->richcmp = object_richcmp;
    gt_type_add_methods(ts, object, object_methods);
    gt_type_add_getsets(ts, object, object_getsets);

    Type *type = TYPE(ts, type);
    gt_type_setup(ts, type, "type", object, K_TYPE, sizeof(Type), 0);
    type->mark = type_mark;
    type->free = NULL;
    type->repr = type_repr;
    type->call = type_call;
    type->make = type_make;
    type->getattr = type_getattr;
    type->setattr = type_setattr;
    gt_type_add_methods(ts, type, type_methods);
    gt_type_add_getsets(ts, type, type_getsets);

    Type *gs = TYPE(ts, getset);
    gt_type_setup(ts, gs, "getset_descriptor", object, K_GETSET, sizeof(GetSet), 0);
    gs->mark = getset_mark;
    gs->make = NULL;
    gs->descr_get = getset_get;
    gs->descr_set = getset_set;
    gs->repr = getset_repr;

    Type *prop = TYPE(ts, property);
    gt_type_setup(ts, prop, "property", object, K_PROPERTY, sizeof(Property), 0);
    prop->mark = property_mark;
    prop->make = property_make;
    prop->descr_get = property_get;
    prop->descr_set = property_set;
    gt_type_add_methods(ts, prop, property_methods);
    gt_type_add_getsets(ts, prop, property_getsets);

    Type *sm = TYPE(ts, staticmethod);
    gt_type_setup(ts, sm, "staticmethod", object, K_STATICMETHOD, sizeof(Wrapper), 0);
    sm->mark = wrapper_mark;
    sm->make = wrapper_make;
    sm->descr_get = staticmethod_get;
    sm->call = staticmethod_call;
    gt_type_add_getsets(ts, sm, wrapper_getsets);

    Type *cm = TYPE(ts, classmethod);
    gt_type_setup(ts, cm, "classmethod", object, K_CLASSMETHOD, sizeof(Wrapper), 0);
    cm->mark = wrapper_mark;
    cm->make = wrapper_make;
    cm->descr_get = classmethod_get;
    gt_type_add_getsets(ts, cm, wrapper_getsets);

    Type *sup = TYPE(ts, super_);
    gt_type_setup(ts, sup, "super", object, K_SUPER, sizeof(Super), 0);
    sup->mark = super_mark;
    sup->make = super_make;
    sup->getattr = super_getattr;
    sup->repr = super_repr;
}
