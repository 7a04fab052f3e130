// subclass.c - classes derived from built-in types: `class Stack(list)`, `class Celsius(float)`.
//
// Two layouts, chosen by gt_subclass_prepare when the class is made:
// - Mutable containers (list, dict, set): instances ARE the built-in layout (so every list
//   method works on them unchanged), followed by a pointer to the attribute dict
//   (Type.dictoffset). The VM's fast paths check the exact type, so a subclass that overrides
//   __getitem__ is respected.
// - Immutable values (int, float, str, tuple): many of those are not even heap objects in
//   gilt (small ints and floats live inside the Value), so an instance is a Boxed object: the
//   built-in value plus an attribute dict. The built-in slots and methods see the unboxed value
//   (the wrappers below and gt_unbox at the C-method boundary).
#include <string.h>

#include "core.h"

// The built-in type a class derives from (t itself if it is built-in).
static Type *builtin_base(Type *t) {
    while (t && (t->tflags & TF_HEAPTYPE))
        t = t->base;
    return t;
}

Value gt_unbox(Value v) {
    if (IS_OBJ(v) && (AS_OBJ(v)->type->tflags & TF_BOXED))
        return ((Boxed *)AS_OBJ(v))->value;
    return v;
}

// ---- Boxed values ----

static void boxed_mark(GcState *gc, Obj *o) {
    Boxed *b = (Boxed *)o;
    gt_gc_mark_obj(gc, (Obj *)b->base.dict);
    gt_gc_mark(gc, b->value);
}

#define BASE(v) builtin_base(AS_OBJ(v)->type)

static Value box_repr(TS *ts, Value self) {
    return gt_repr(ts, gt_unbox(self));
}

static Value box_str(TS *ts, Value self) {
    return gt_str(ts, gt_unbox(self));
}

static int64_t box_hash(TS *ts, Value self) {
    return gt_hash(ts, gt_unbox(self));
}

static Value box_richcmp(TS *ts, Value self, Value other, int op) {
    return gt_richcmp(ts, gt_unbox(self), gt_unbox(other), op);
}

static Value box_binop(TS *ts, Value a, Value b, int op) {
    Value ua = gt_unbox(a), ub = gt_unbox(b);
    if (op >= NB_INPLACE)
        return V_NOTIMPL(ts); // immutable: a += b becomes a = a + b
    return gt_binop(ts, ua, ub, op);
}

static Value box_unary(TS *ts, Value a, int op) {
    return gt_unary(ts, gt_unbox(a), op);
}

static int box_truth(TS *ts, Value self) {
    return gt_truthy(ts, gt_unbox(self));
}

static int64_t box_len(TS *ts, Value self) {
    return gt_len(ts, gt_unbox(self));
}

static Value box_getitem(TS *ts, Value self, Value key) {
    return gt_getitem(ts, gt_unbox(self), key);
}

static int box_contains(TS *ts, Value self, Value item) {
    return gt_contains(ts, gt_unbox(self), item);
}

static Value box_iter(TS *ts, Value self) {
    return gt_iter(ts, gt_unbox(self));
}

// Call a class derived from int/float/str/tuple: the built-in makes the value from the
// arguments (its __new__), then the class's own __init__ runs on the box.
// Wrap a built-in value in an instance of cls (a class derived from the value's type).
static Value box_value(TS *ts, Type *cls, Value value) {
    if (!gt_push(ts, value))
        return V_ERR;
    Boxed *box = gt_obj_new(ts, cls, K_INSTANCE, sizeof(Boxed));
    gt_popn(ts, 1);
    if (!box)
        return V_ERR;
    box->value = value;
    return v_obj(box);
}

static Value boxed_make(TS *ts, Type *cls, Value *args, int nargs, Tuple *kwnames) {
    Type *b = builtin_base(cls);
    Value initf = gt_type_lookup(cls, NM(ts, __init__));
    bool own_init = IS_FUNCTION(initf);
    Value newf = gt_type_lookup(cls, NM(ts, __new__));
    Value obj;
    int total = nargs + (kwnames ? (int)kwnames->len : 0);
    if (IS_FUNCTION(newf)) {
        // The class's own __new__(cls, ...), which usually calls tuple.__new__(cls, ...).
        Value *base = ts->sp;
        bool ok = gt_push(ts, v_obj(cls));
        for (int i = 0; ok && i < total; i++)
            ok = gt_push(ts, args[i]);
        obj = ok ? gt_call(ts, newf, base, nargs + 1, kwnames) : V_ERR;
        ts->sp = base;
        if (IS_ERR(obj) || !gt_is_instance(ts, obj, cls))
            return obj;
    } else {
        Value value = b->make(ts, b, args, nargs, own_init ? NULL : kwnames);
        if (IS_ERR(value))
            return V_ERR;
        obj = box_value(ts, cls, value);
        if (IS_ERR(obj))
            return obj;
    }
    if (own_init) {
        Value *base = ts->sp;
        bool ok = gt_push(ts, obj);
        for (int i = 0; ok && i < total; i++)
            ok = gt_push(ts, args[i]);
        Value r = ok ? gt_call(ts, initf, base, nargs + 1, kwnames) : V_ERR;
        ts->sp = base;
        if (IS_ERR(r))
            return V_ERR;
        if (!IS_NONE(r))
            return gt_raise(ts, EXC(ts, TypeError), "__init__() should return None, not '%s'",
                            gt_type_name(ts, r));
    }
    return obj;
}

// int.__new__(cls, ...), float.__new__, str.__new__, tuple.__new__: make the built-in value
// from the arguments, boxed in cls when cls is a derived class.
static Value builtin_new(TS *ts, Value *args, int nargs, Tuple *kwnames) {
    if (nargs < 1 || !IS_TYPE(args[0]))
        return gt_raise(ts, EXC(ts, TypeError), "__new__(X): X is not a type object");
    Type *cls = TYPE_VAL(args[0]);
    Type *b = builtin_base(cls);
    Value value = b->make(ts, b, args + 1, nargs - 1, kwnames);
    if (IS_ERR(value) || cls == b)
        return value;
    if (!(cls->tflags & TF_BOXED))
        return gt_raise(ts, EXC(ts, TypeError), "%S.__new__(%S): %S is not a subtype of %S",
                        b->name, cls->name, cls->name, b->name);
    return box_value(ts, cls, value);
}

static const MethodDef builtin_new_def[] = {{"__new__", builtin_new, CF_STATIC, NULL},
                                            {NULL, NULL, 0, NULL}};

// ---- Containers ----

static void container_mark(GcState *gc, Obj *o) {
    Type *b = builtin_base(o->type);
    if (b->mark)
        b->mark(gc, o);
    gt_gc_mark_obj(gc, *(Obj **)((char *)o + o->type->dictoffset));
}

// Call a class derived from list/dict/set: an empty instance, then __init__ (the class's, or
// the built-in one that fills it from the arguments).
static Value container_make(TS *ts, Type *cls, Value *args, int nargs, Tuple *kwnames) {
    Type *b = builtin_base(cls);
    // Make an empty built-in object, then move its contents into a larger object of the class
    // (the built-in's own constructor knows how to set the layout up).
    Value tmp = b->make(ts, b, NULL, 0, NULL);
    if (IS_ERR(tmp) || !gt_push(ts, tmp))
        return V_ERR;
    Obj *o = gt_obj_new(ts, cls, (ObjKind)b->inst_kind, cls->inst_size);
    if (!o) {
        gt_popn(ts, 1);
        return V_ERR;
    }
    Obj *old = AS_OBJ(tmp);
    size_t body = b->inst_size - sizeof(Obj);
    memcpy((char *)o + sizeof(Obj), (char *)old + sizeof(Obj), body);
    memset((char *)old + sizeof(Obj), 0, body); // the empty shell owns nothing now
    gt_popn(ts, 1);
    Value obj = v_obj(o);
    Value initf = gt_type_lookup(cls, NM(ts, __init__));
    Value *base = ts->sp;
    int total = nargs + (kwnames ? (int)kwnames->len : 0);
    bool ok = gt_push(ts, obj);
    for (int i = 0; ok && i < total; i++)
        ok = gt_push(ts, args[i]);
    Value r = ok ? gt_call(ts, initf, base, nargs + 1, kwnames) : V_ERR;
    ts->sp = base;
    if (IS_ERR(r))
        return V_ERR;
    if (!IS_NONE(r))
        return gt_raise(ts, EXC(ts, TypeError), "__init__() should return None, not '%s'",
                        gt_type_name(ts, r));
    return obj;
}

// list.__init__, dict.__init__, set.__init__: empty the object, then fill it the way the
// built-in's methods would (extend / update).
static Value call_builtin_method(TS *ts, Type *b, const char *name, Value *args, int nargs,
                                 Tuple *kwnames) {
    Value m = gt_dict_get_cstr(ts, b->dict, name);
    if (IS_NULL(m) || IS_ERR(m))
        return gt_raise(ts, EXC(ts, SystemError), "%S has no %s", b->name, name);
    return gt_call(ts, m, args, nargs, kwnames);
}

static Value container_init(TS *ts, Value *args, int nargs, Tuple *kwnames, const char *fill,
                            int maxpos) {
    Type *b = builtin_base(AS_OBJ(args[0])->type);
    if (nargs - 1 > maxpos)
        return gt_raise(ts, EXC(ts, TypeError), "%S expected at most %d argument%s, got %d",
                        b->name, maxpos, maxpos == 1 ? "" : "s", nargs - 1);
    if (kwnames && kwnames->len && b->inst_kind != K_DICT)
        return gt_raise(ts, EXC(ts, TypeError), "%S() takes no keyword arguments", b->name);
    Value r = call_builtin_method(ts, b, "clear", args, 1, NULL);
    if (IS_ERR(r))
        return r;
    if (nargs == 1 && !(kwnames && kwnames->len))
        return V_NONE;
    r = call_builtin_method(ts, b, fill, args, nargs, kwnames);
    return IS_ERR(r) ? r : V_NONE;
}

static Value list_init(TS *ts, Value *args, int nargs, Tuple *kw) {
    return container_init(ts, args, nargs, kw, "extend", 1);
}

static Value dict_init(TS *ts, Value *args, int nargs, Tuple *kw) {
    return container_init(ts, args, nargs, kw, "update", 1);
}

static Value set_init(TS *ts, Value *args, int nargs, Tuple *kw) {
    return container_init(ts, args, nargs, kw, "update", 1);
}

static const MethodDef list_init_def[] = {{"__init__", list_init, 0, NULL}, {NULL, NULL, 0, NULL}};
static const MethodDef dict_init_def[] = {{"__init__", dict_init, 0, NULL}, {NULL, NULL, 0, NULL}};
static const MethodDef set_init_def[] = {{"__init__", set_init, 0, NULL}, {NULL, NULL, 0, NULL}};

// dict subclasses with __missing__: d[key] for an absent key asks it.
static Value missing_getitem(TS *ts, Value self, Value key) {
    Type *b = builtin_base(AS_OBJ(self)->type);
    Value v = b->getitem(ts, self, key);
    if (!IS_ERR(v) || !gt_err_matches(ts, EXC(ts, KeyError)))
        return v;
    gt_err_clear(ts);
    return gt_call_method(ts, self, NM(ts, __missing__), &key, 1);
}

// ---- Class creation hooks (type.c) ----

bool gt_subclass_prepare(TS *ts, Type *t, Type *base) {
    Type *b = builtin_base(base);
    switch (b->inst_kind) {
        case K_INSTANCE:
        case K_EXCEPTION:
        case K_NATIVE:
            t->inst_kind = base->inst_kind;
            t->inst_size = base->inst_size;
            if (t->inst_kind == K_INSTANCE && t->inst_size < sizeof(Instance))
                t->inst_size = sizeof(Instance);
            if (base->tflags & TF_BOXED) {
                t->tflags |= TF_BOXED;
                t->inst_size = sizeof(Boxed);
            }
            return true;
        case K_LIST:
        case K_DICT:
        case K_SET:
            t->inst_kind = b->inst_kind;
            t->dictoffset = (b->inst_size + 7u) & ~7u;
            t->inst_size = t->dictoffset + (uint32_t)sizeof(Dict *);
            return true;
        default:
            break;
    }
    if (b == TYPE(ts, int_) || b == TYPE(ts, float_) || b == TYPE(ts, str) ||
        b == TYPE(ts, tuple)) {
        t->tflags |= TF_BOXED;
        t->inst_kind = K_INSTANCE;
        t->inst_size = sizeof(Boxed);
        return true;
    }
    gt_raise(ts, EXC(ts, TypeError), "type '%S' is not an acceptable base type", base->name);
    return false;
}

// After the dunder slots of a class are computed: the slots it did not define come from a
// built-in base and must see the built-in layout or value.
void gt_subclass_fix_slots(TS *ts, Type *t) {
    Type *b = builtin_base(t);
    GT_UNUSED(ts);
    if (t->tflags & TF_BOXED) {
        t->mark = boxed_mark;
        t->free = NULL;
        t->make = boxed_make;
        if (t->base == b) {
#define BOX(slot, fn)                                                                            \
    if (t->slot == b->slot)                                                                      \
        t->slot = b->slot ? fn : NULL;
            BOX(repr, box_repr)
            // Only str has a str() of its own; for int, float and tuple str() is repr(), which
            // a class may override.
            if (b == TYPE(ts, str)) {
                BOX(str, box_str)
            } else if (t->str == b->str) {
                t->str = TYPE(ts, object)->str;
            }
            BOX(hash, box_hash)
            BOX(richcmp, box_richcmp)
            BOX(binop, box_binop)
            BOX(unary, box_unary)
            BOX(truth, box_truth)
            BOX(len, box_len)
            BOX(getitem, box_getitem)
            BOX(contains, box_contains)
            BOX(iter, box_iter)
#undef BOX
        }
        if (t->getattr == b->getattr)
            t->getattr = NULL;
        return;
    }
    if (t->dictoffset) {
        t->mark = container_mark;
        t->free = b->free;
        t->make = container_make;
        if (b->inst_kind == K_DICT && !IS_NULL(gt_type_lookup(t, NM(ts, __missing__))))
            t->getitem = missing_getitem;
    }
}

// Let list, dict, set, int, float, str and tuple be subclassed (called once at start-up).
void gt_subclass_init(TS *ts) {
    Type *containers[] = {TYPE(ts, list), TYPE(ts, dict), TYPE(ts, set)};
    const MethodDef *inits[] = {list_init_def, dict_init_def, set_init_def};
    for (int i = 0; i < 3; i++) {
        containers[i]->tflags |= TF_BASETYPE;
        if (IS_NULL(gt_dict_get_str(containers[i]->dict, NM(ts, __init__))))
            gt_type_add_methods(ts, containers[i], inits[i]);
    }
    Type *values[] = {TYPE(ts, int_), TYPE(ts, float_), TYPE(ts, str), TYPE(ts, tuple)};
    for (int i = 0; i < 4; i++) {
        values[i]->tflags |= TF_BASETYPE;
        gt_type_add_methods(ts, values[i], builtin_new_def);
    }
}
