// abstract.c - the object protocols (abstract.h): the one place that knows how to repr,
// compare, hash, add, index, iterate, call and get attributes of ANY value, by fast paths for
// the built-in cases and the type slots for the rest.
//
// The order of attempts in gt_binop and gt_richcmp is Python's: a subclass's reflected method
// goes first, then the left operand, then the right; the error messages are CPython's.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core.h"

bool gt_push(TS *ts, Value v) {
    if (GT_UNLIKELY(ts->sp >= ts->stack_end)) {
        gt_raise(ts, EXC(ts, MemoryError), "value stack overflow");
        return false;
    }
    *ts->sp++ = v;
    return true;
}

// ---- Types ----

Type *gt_type_of(TS *ts, Value v) {
    switch (v.tag) {
        case VT_OBJ:
            return v.as.o->type;
        case VT_INT:
            return TYPE(ts, int_);
        case VT_FLOAT:
            return TYPE(ts, float_);
        case VT_BOOL:
            return TYPE(ts, bool_);
        default:
            return TYPE(ts, none);
    }
}

const char *gt_type_name(TS *ts, Value v) {
    return gt_type_of(ts, v)->name->data;
}

bool gt_is_subtype(Type *a, Type *b) {
    for (; a; a = a->base)
        if (a == b)
            return true;
    return false;
}

bool gt_is_instance(TS *ts, Value v, Type *t) {
    return gt_is_subtype(gt_type_of(ts, v), t);
}

// ---- Recursion guards ----

bool gt_enter_recursion(TS *ts, const char *where) {
    char probe;
    if (GT_UNLIKELY(++ts->c_depth > ts->interp->recursion_limit ||
                    (uintptr_t)&probe < ts->c_stack_limit)) {
        ts->c_depth--;
        gt_raise(ts, EXC(ts, RecursionError), "maximum recursion depth exceeded%s", where);
        return false;
    }
    return true;
}

int gt_repr_enter(TS *ts, Obj *o) {
    for (int i = 0; i < ts->repr_len; i++)
        if (ts->repr_stack[i] == o)
            return 1;
    if (ts->repr_len == ts->repr_cap) {
        int ncap = ts->repr_cap ? ts->repr_cap * 2 : 16;
        Obj **ns = realloc(ts->repr_stack, sizeof(Obj *) * (size_t)ncap);
        if (!ns) {
            gt_raise_nomem(ts);
            return -1;
        }
        ts->repr_stack = ns;
        ts->repr_cap = ncap;
    }
    ts->repr_stack[ts->repr_len++] = o;
    return 0;
}

void gt_repr_leave(TS *ts, Obj *o) {
    for (int i = ts->repr_len - 1; i >= 0; i--) {
        if (ts->repr_stack[i] == o) {
            memmove(&ts->repr_stack[i], &ts->repr_stack[i + 1],
                    sizeof(Obj *) * (size_t)(ts->repr_len - i - 1));
            ts->repr_len--;
            return;
        }
    }
}

// ---- repr, str, format, hash, truth ----

Value gt_repr(TS *ts, Value v) {
    switch (v.tag) {
        case VT_NONE:
            return v_obj(gt_str_intern_cstr(ts, "None"));
        case VT_BOOL:
            return v_obj(gt_str_intern_cstr(ts, AS_BOOL(v) ? "True" : "False"));
        case VT_INT: {
            Str *s = gt_int_to_str(ts, v, 10);
            return s ? v_obj(s) : V_ERR;
        }
        case VT_FLOAT: {
            Str *s = gt_float_repr(ts, AS_FLOAT(v));
            return s ? v_obj(s) : V_ERR;
        }
        case VT_OBJ:
            break;
        default:
            return gt_raise(ts, EXC(ts, SystemError), "repr of a NULL value");
    }
    if (AS_OBJ(v)->kind == K_STR) {
        Str *s = gt_str_repr(ts, STR_VAL(v));
        return s ? v_obj(s) : V_ERR;
    }
    if (!gt_enter_recursion(ts, " while getting the repr of an object"))
        return V_ERR;
    Value r = AS_OBJ(v)->type->repr(ts, v);
    gt_leave_recursion(ts);
    return r;
}

Value gt_str(TS *ts, Value v) {
    if (IS_OBJ(v)) {
        if (AS_OBJ(v)->kind == K_STR)
            return v;
        if (!gt_enter_recursion(ts, " while getting the str of an object"))
            return V_ERR;
        Value r = AS_OBJ(v)->type->str(ts, v);
        gt_leave_recursion(ts);
        return r;
    }
    return gt_repr(ts, v);
}

Value gt_format(TS *ts, Value v, Str *spec) {
    if (spec->len == 0 && (IS_STR(v) || IS_INT(v) || IS_FLOAT(v)))
        return gt_str(ts, v);
    Value sv = v_obj(spec);
    Value r = gt_call_method(ts, v, NM(ts, __format__), &sv, 1);
    if (IS_ERR(r))
        return r;
    if (!IS_STR(r))
        return gt_raise(ts, EXC(ts, TypeError), "__format__ must return a str, not %s",
                        gt_type_name(ts, r));
    return r;
}

int64_t gt_hash(TS *ts, Value v) {
    switch (v.tag) {
        case VT_INT:
        case VT_BOOL:
        case VT_FLOAT:
            return gt_num_hash(v);
        case VT_NONE:
            return 0xfcfe0a1a;
        case VT_OBJ:
            if (AS_OBJ(v)->kind == K_STR)
                return gt_str_hash(STR_VAL(v));
            return AS_OBJ(v)->type->hash(ts, v);
        default:
            gt_raise(ts, EXC(ts, SystemError), "hash of a NULL value");
            return -1;
    }
}

int gt_truthy(TS *ts, Value v) {
    switch (v.tag) {
        case VT_BOOL:
        case VT_INT:
            return AS_INT(v) != 0;
        case VT_NONE:
            return 0;
        case VT_FLOAT:
            return AS_FLOAT(v) != 0.0;
        case VT_OBJ:
            break;
        default:
            return 0;
    }
    Obj *o = AS_OBJ(v);
    Type *t = o->type;
    if (!(t->tflags & TF_HEAPTYPE)) {
        switch (o->kind) {
            case K_STR:
                return ((Str *)o)->len != 0;
            case K_LIST:
                return ((List *)o)->len != 0;
            case K_TUPLE:
                return ((Tuple *)o)->len != 0;
            case K_DICT:
                return ((Dict *)o)->count != 0;
            default:
                break;
        }
    }
    if (t->truth)
        return t->truth(ts, v);
    if (t->len) {
        int64_t n = t->len(ts, v);
        return n < 0 ? -1 : n != 0;
    }
    return 1;
}

// ---- Comparison ----

static const char *const cmp_symbols[6] = {"<", "<=", "==", "!=", ">", ">="};
static const int cmp_swapped[6] = {CMP_GT, CMP_GE, CMP_EQ, CMP_NE, CMP_LT, CMP_LE};

static Value do_richcmp(TS *ts, Value a, Value b, int op) {
    Type *ta = gt_type_of(ts, a), *tb = gt_type_of(ts, b);
    bool checked_reverse = false;
    Value r;
    if (ta != tb && tb->richcmp && gt_is_subtype(tb, ta) && tb->richcmp != ta->richcmp) {
        checked_reverse = true;
        r = tb->richcmp(ts, b, a, cmp_swapped[op]);
        if (IS_ERR(r) || !IS_NOTIMPL(ts, r))
            return r;
    }
    if (ta->richcmp) {
        r = ta->richcmp(ts, a, b, op);
        if (IS_ERR(r) || !IS_NOTIMPL(ts, r))
            return r;
    }
    if (!checked_reverse && tb->richcmp) {
        r = tb->richcmp(ts, b, a, cmp_swapped[op]);
        if (IS_ERR(r) || !IS_NOTIMPL(ts, r))
            return r;
    }
    if (op == CMP_EQ)
        return v_bool(v_is(a, b));
    if (op == CMP_NE)
        return v_bool(!v_is(a, b));
    return gt_raise(ts, EXC(ts, TypeError), "'%s' not supported between instances of '%s' and '%s'",
                    cmp_symbols[op], ta->name->data, tb->name->data);
}

Value gt_richcmp(TS *ts, Value a, Value b, int op) {
    if (IS_INT(a) && IS_INT(b)) {
        int64_t x = AS_INT(a), y = AS_INT(b);
        switch (op) {
            case CMP_LT:
                return v_bool(x < y);
            case CMP_LE:
                return v_bool(x <= y);
            case CMP_EQ:
                return v_bool(x == y);
            case CMP_NE:
                return v_bool(x != y);
            case CMP_GT:
                return v_bool(x > y);
            default:
                return v_bool(x >= y);
        }
    }
    if (IS_STR(a) && IS_STR(b)) {
        Str *x = STR_VAL(a), *y = STR_VAL(b);
        if (op == CMP_EQ)
            return v_bool(gt_str_eq(x, y));
        if (op == CMP_NE)
            return v_bool(!gt_str_eq(x, y));
        return gt_cmp_outcome(gt_str_cmp(x, y), op);
    }
    if (!IS_OBJ(a) && !IS_OBJ(b) && (IS_INT(a) || IS_FLOAT(a) || IS_BOOL(a)) &&
        (IS_INT(b) || IS_FLOAT(b) || IS_BOOL(b)))
        return gt_num_richcmp(ts, a, b, op);
    if (!gt_enter_recursion(ts, " in comparison"))
        return V_ERR;
    Value r = do_richcmp(ts, a, b, op);
    gt_leave_recursion(ts);
    return r;
}

int gt_eq(TS *ts, Value a, Value b) {
    // Containers compare by identity first, as CPython's do: x = nan; [x] == [x] is True.
    // An inline float is "the same object" as another with the same bits.
    if (v_is(a, b))
        return 1;
    if (IS_STR(a) && IS_STR(b))
        return gt_str_eq(STR_VAL(a), STR_VAL(b));
    Value r = gt_richcmp(ts, a, b, CMP_EQ);
    if (IS_ERR(r))
        return -1;
    if (IS_BOOL(r))
        return AS_BOOL(r);
    return gt_truthy(ts, r);
}

int gt_lt(TS *ts, Value a, Value b) {
    Value r = gt_richcmp(ts, a, b, CMP_LT);
    if (IS_ERR(r))
        return -1;
    if (IS_BOOL(r))
        return AS_BOOL(r);
    return gt_truthy(ts, r);
}

// ---- Arithmetic ----

static const char *const binop_symbols[NB__COUNT] = {
    "+",  "&",  "//",  "<<",  "@",  "*",  "%",  "|",  "** or pow()", ">>",  "-",  "/",  "^",
    "+=", "&=", "//=", "<<=", "@=", "*=", "%=", "|=", "**=",         ">>=", "-=", "/=", "^=",
};

const char *gt_binop_symbol(int op) {
    if (op == NB_POWER)
        return "**";
    return binop_symbols[op];
}

static Value binop_slots(TS *ts, Value a, Value b, int op) {
    Type *ta = gt_type_of(ts, a), *tb = gt_type_of(ts, b);
    Value (*sa)(TS *, Value, Value, int) = ta->binop;
    Value (*sb)(TS *, Value, Value, int) = tb->binop;
    if (sb == sa)
        sb = NULL;
    Value r;
    if (sb && sa && gt_is_subtype(tb, ta)) {
        r = sb(ts, a, b, op);
        if (IS_ERR(r) || !IS_NOTIMPL(ts, r))
            return r;
        sb = NULL;
    }
    if (sa) {
        r = sa(ts, a, b, op);
        if (IS_ERR(r) || !IS_NOTIMPL(ts, r))
            return r;
    }
    if (sb) {
        r = sb(ts, a, b, op);
        if (IS_ERR(r) || !IS_NOTIMPL(ts, r))
            return r;
    }
    return V_NOTIMPL(ts);
}

static bool is_sequence_kind(Value v) {
    if (!IS_OBJ(v))
        return false;
    int k = AS_OBJ(v)->kind;
    return k == K_STR || k == K_LIST || k == K_TUPLE;
}

Value gt_binop(TS *ts, Value a, Value b, int op) {
    if ((IS_INT(a) || IS_FLOAT(a)) && (IS_INT(b) || IS_FLOAT(b))) {
        Value r = gt_num_binop(ts, a, b, op >= NB_INPLACE ? op - NB_INPLACE : op);
        if (!IS_NOTIMPL(ts, r))
            return r;
    }
    int base_op = op;
    if (op >= NB_INPLACE) {
        Type *ta = gt_type_of(ts, a);
        if (ta->binop) {
            // In-place forms (list +=, set |=, __iadd__) are tried on the left operand only.
            Value r = ta->binop(ts, a, b, op);
            if (IS_ERR(r) || !IS_NOTIMPL(ts, r))
                return r;
        }
        base_op = op - NB_INPLACE;
    }
    Value r = binop_slots(ts, a, b, base_op);
    if (IS_ERR(r) || !IS_NOTIMPL(ts, r))
        return r;
    // CPython's sequence fall-backs and their messages.
    if (base_op == NB_ADD && is_sequence_kind(a))
        return gt_raise(ts, EXC(ts, TypeError), "can only concatenate %s (not \"%s\") to %s",
                        gt_type_name(ts, a), gt_type_name(ts, b), gt_type_name(ts, a));
    if (base_op == NB_MULTIPLY && (is_sequence_kind(a) || is_sequence_kind(b)))
        return gt_raise(ts, EXC(ts, TypeError), "can't multiply sequence by non-int of type '%s'",
                        gt_type_name(ts, is_sequence_kind(a) ? b : a));
    return gt_raise(ts, EXC(ts, TypeError), "unsupported operand type(s) for %s: '%s' and '%s'",
                    binop_symbols[op], gt_type_name(ts, a), gt_type_name(ts, b));
}

Value gt_unary(TS *ts, Value a, int op) {
    Type *t = gt_type_of(ts, a);
    if (t->unary) {
        Value r = t->unary(ts, a, op);
        if (IS_ERR(r) || !IS_NOTIMPL(ts, r))
            return r;
    }
    static const char *const sym[] = {"-", "+", "~"};
    return gt_raise(ts, EXC(ts, TypeError), "bad operand type for unary %s: '%s'", sym[op],
                    gt_type_name(ts, a));
}

// ---- Items ----

int64_t gt_len(TS *ts, Value v) {
    if (IS_OBJ(v)) {
        Obj *o = AS_OBJ(v);
        if (!(o->type->tflags & TF_HEAPTYPE)) {
            switch (o->kind) {
                case K_STR:
                    return ((Str *)o)->nchars;
                case K_LIST:
                    return ((List *)o)->len;
                case K_TUPLE:
                    return ((Tuple *)o)->len;
                case K_DICT:
                    return ((Dict *)o)->count;
                default:
                    break;
            }
        }
        if (o->type->len)
            return o->type->len(ts, v);
    }
    gt_raise(ts, EXC(ts, TypeError), "object of type '%s' has no len()", gt_type_name(ts, v));
    return -1;
}

Value gt_getitem(TS *ts, Value obj, Value key) {
    Type *t = gt_type_of(ts, obj);
    if (t->getitem)
        return t->getitem(ts, obj, key);
    if (IS_TYPE(obj)) {
        // Class subscription (list[int]) is accepted and ignored, for annotations.
        Value cg = gt_type_lookup(TYPE_VAL(obj), gt_str_intern_cstr(ts, "__class_getitem__"));
        if (!IS_NULL(cg))
            return obj;
        return gt_raise(ts, EXC(ts, TypeError), "type '%S' is not subscriptable",
                        TYPE_VAL(obj)->name);
    }
    return gt_raise(ts, EXC(ts, TypeError), "'%s' object is not subscriptable",
                    gt_type_name(ts, obj));
}

int gt_setitem(TS *ts, Value obj, Value key, Value val) {
    Type *t = gt_type_of(ts, obj);
    if (t->setitem)
        return t->setitem(ts, obj, key, val);
    gt_raise(ts, EXC(ts, TypeError), "'%s' object does not support item assignment",
             gt_type_name(ts, obj));
    return -1;
}

int gt_delitem(TS *ts, Value obj, Value key) {
    Type *t = gt_type_of(ts, obj);
    if (t->setitem)
        return t->setitem(ts, obj, key, V_NULL);
    gt_raise(ts, EXC(ts, TypeError), "'%s' object doesn't support item deletion",
             gt_type_name(ts, obj));
    return -1;
}

int gt_contains(TS *ts, Value container, Value item) {
    Type *t = gt_type_of(ts, container);
    if (t->contains)
        return t->contains(ts, container, item);
    if (!t->iter) {
        gt_raise(ts, EXC(ts, TypeError), "argument of type '%s' is not iterable",
                 gt_type_name(ts, container));
        return -1;
    }
    Value it = gt_iter(ts, container);
    if (IS_ERR(it) || !gt_push(ts, it))
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
        if (eq) {
            found = eq;
            break;
        }
    }
    gt_popn(ts, 1);
    return found;
}

// ---- Iteration ----

Value gt_iter(TS *ts, Value v) {
    Type *t = gt_type_of(ts, v);
    if (t->iter)
        return t->iter(ts, v);
    if (t->getitem && !IS_TYPE(v)) {
        Iter *it = gt_obj_new(ts, TYPE(ts, seq_iter), K_ITER, sizeof(Iter));
        if (!it)
            return V_ERR;
        it->src = v;
        return v_obj(it);
    }
    return gt_raise(ts, EXC(ts, TypeError), "'%s' object is not iterable", gt_type_name(ts, v));
}

Value gt_next(TS *ts, Value it) {
    Type *t = gt_type_of(ts, it);
    if (t->next)
        return t->next(ts, it);
    return gt_raise(ts, EXC(ts, TypeError), "'%s' object is not an iterator",
                    gt_type_name(ts, it));
}

Value gt_iter_self(TS *ts, Value self) {
    GT_UNUSED(ts);
    return self;
}

void gt_iter_mark(GcState *gc, Obj *o) {
    Iter *it = (Iter *)o;
    gt_gc_mark(gc, it->src);
    gt_gc_mark(gc, it->aux[0]);
    gt_gc_mark(gc, it->aux[1]);
}

Value gt_list_from_iterable(TS *ts, Value v) {
    if (IS_LIST(v))
        return v_obj(gt_list_from(ts, LIST_VAL(v)->items, LIST_VAL(v)->len));
    if (IS_TUPLE(v))
        return v_obj(gt_list_from(ts, TUPLE_VAL(v)->items, TUPLE_VAL(v)->len));
    List *l = gt_list_new(ts, 0);
    if (!l || !gt_push(ts, v_obj(l)))
        return V_ERR;
    bool ok = gt_list_extend(ts, l, v);
    gt_popn(ts, 1);
    return ok ? v_obj(l) : V_ERR;
}

Value gt_tuple_from_iterable(TS *ts, Value v) {
    if (IS_TUPLE(v))
        return v;
    if (IS_LIST(v)) {
        Tuple *t = gt_tuple_from(ts, LIST_VAL(v)->items, LIST_VAL(v)->len);
        return t ? v_obj(t) : V_ERR;
    }
    Value l = gt_list_from_iterable(ts, v);
    if (IS_ERR(l))
        return l;
    Tuple *t = gt_tuple_from(ts, LIST_VAL(l)->items, LIST_VAL(l)->len);
    return t ? v_obj(t) : V_ERR;
}

// ---- Calls ----

// Call f with self prepended to args (the run is built on the value stack, so it is rooted).
static Value call_with_self(TS *ts, Value f, Value self, Value *args, int nargs,
                            Tuple *kwnames) {
    int total = nargs + (kwnames ? (int)kwnames->len : 0);
    Value *base = ts->sp;
    if (ts->sp + total + 1 >= ts->stack_end) {
        gt_raise(ts, EXC(ts, MemoryError), "value stack overflow");
        return V_ERR;
    }
    *ts->sp++ = self;
    for (int i = 0; i < total; i++)
        *ts->sp++ = args[i];
    Value r = gt_call(ts, f, base, nargs + 1, kwnames);
    ts->sp = base;
    return r;
}

Value gt_call(TS *ts, Value callable, Value *args, int nargs, Tuple *kwnames) {
    if (!IS_OBJ(callable))
        return gt_raise(ts, EXC(ts, TypeError), "'%s' object is not callable",
                        gt_type_name(ts, callable));
    Obj *o = AS_OBJ(callable);
    switch (o->kind) {
        case K_FUNCTION:
            return gt_vm_call_function(ts, (Function *)o, args, nargs, kwnames);
        case K_CFUNCTION: {
            CFunction *f = (CFunction *)o;
            if (!IS_NULL(f->self))
                return call_with_self(ts, v_obj(f), f->self, args, nargs, kwnames);
            if (f->owner && (f->cflags & CF_METHOD)) {
                if (nargs < 1)
                    return gt_raise(ts, EXC(ts, TypeError),
                                    "unbound method %S.%s() needs an argument", f->owner->name,
                                    f->name);
                if (!gt_is_instance(ts, args[0], f->owner))
                    return gt_raise(ts, EXC(ts, TypeError),
                                    "descriptor '%s' for '%S' objects doesn't apply to a '%s' "
                                    "object",
                                    f->name, f->owner->name, gt_type_name(ts, args[0]));
            }
            if (nargs >= 1 && IS_OBJ(args[0]) && (AS_OBJ(args[0])->type->tflags & TF_BOXED) &&
                (f->cflags & CF_METHOD))
                return call_with_self(ts, v_obj(f), gt_unbox(args[0]), args + 1, nargs - 1,
                                      kwnames);
            if (!gt_enter_recursion(ts, ""))
                return V_ERR;
            ts->cfunc = f;
            Value r = f->fn(ts, args, nargs, kwnames);
            gt_leave_recursion(ts);
            return r;
        }
        case K_METHOD: {
            Method *m = (Method *)o;
            if (IS_CFUNCTION(m->func)) {
                CFunction *f = (CFunction *)AS_OBJ(m->func);
                if (!IS_NULL(f->self) || !(f->cflags & (CF_METHOD | CF_CLASS)))
                    return gt_call(ts, m->func, args, nargs, kwnames);
            }
            return call_with_self(ts, m->func, m->self, args, nargs, kwnames);
        }
        default:
            break;
    }
    Type *t = o->type;
    if (t->call)
        return t->call(ts, callable, args, nargs, kwnames);
    return gt_raise(ts, EXC(ts, TypeError), "'%s' object is not callable",
                    gt_type_name(ts, callable));
}

Value gt_call0(TS *ts, Value callable) {
    return gt_call(ts, callable, NULL, 0, NULL);
}

Value gt_call1(TS *ts, Value callable, Value a) {
    Value args[1] = {a};
    return gt_call(ts, callable, args, 1, NULL);
}

Value gt_call2(TS *ts, Value callable, Value a, Value b) {
    Value args[2] = {a, b};
    return gt_call(ts, callable, args, 2, NULL);
}

Value gt_call_method(TS *ts, Value obj, Str *name, Value *args, int nargs) {
    Type *t = gt_type_of(ts, obj);
    Value f = gt_type_lookup(t, name);
    if (IS_FUNCTION(f) || (IS_CFUNCTION(f) && (((CFunction *)AS_OBJ(f))->cflags & CF_METHOD))) {
        Dict *d = gt_instance_dict(ts, obj, false);
        if (!d || IS_NULL(gt_dict_get_str(d, name)))
            return call_with_self(ts, f, obj, args, nargs, NULL);
    }
    Value m = gt_getattr(ts, obj, name);
    if (IS_ERR(m) || !gt_push(ts, m))
        return V_ERR;
    Value r = gt_call(ts, m, args, nargs, NULL);
    gt_popn(ts, 1);
    return r;
}

bool gt_callable(TS *ts, Value v) {
    if (!IS_OBJ(v))
        return false;
    switch (AS_OBJ(v)->kind) {
        case K_FUNCTION:
        case K_CFUNCTION:
        case K_METHOD:
        case K_TYPE:
            return true;
        default:
            return gt_type_of(ts, v)->call != NULL;
    }
}

// ---- Attributes ----

Value gt_getattr_opt(TS *ts, Value obj, Str *name) {
    Type *t = gt_type_of(ts, obj);
    Value v = t->getattr ? t->getattr(ts, obj, name) : gt_generic_getattr(ts, obj, name);
    if (IS_ERR(v)) {
        if (!gt_err_matches(ts, EXC(ts, AttributeError)))
            return v;
        gt_err_clear(ts);
        v = V_NULL;
    }
    if (IS_NULL(v) && (t->tflags & TF_HAS_GETATTR)) {
        Value a = v_obj(name);
        v = gt_call_method(ts, obj, NM(ts, __getattr__), &a, 1);
        if (IS_ERR(v) && gt_err_matches(ts, EXC(ts, AttributeError))) {
            gt_err_clear(ts);
            return V_NULL;
        }
    }
    return v;
}

Value gt_getattr(TS *ts, Value obj, Str *name) {
    Type *t = gt_type_of(ts, obj);
    Value v = t->getattr ? t->getattr(ts, obj, name) : gt_generic_getattr(ts, obj, name);
    if (GT_LIKELY(!IS_NULL(v) && !IS_ERR(v)))
        return v;
    if (t->tflags & TF_HAS_GETATTR) {
        if (IS_ERR(v)) {
            if (!gt_err_matches(ts, EXC(ts, AttributeError)))
                return v;
            gt_err_clear(ts);
        }
        Value a = v_obj(name);
        return gt_call_method(ts, obj, NM(ts, __getattr__), &a, 1);
    }
    if (IS_ERR(v))
        return v;
    return gt_raise_no_attr(ts, obj, name);
}

Value gt_getattr_cstr(TS *ts, Value obj, const char *name) {
    Str *n = gt_str_intern_cstr(ts, name);
    if (!n)
        return V_ERR;
    return gt_getattr(ts, obj, n);
}

int gt_setattr(TS *ts, Value obj, Str *name, Value val) {
    Type *t = gt_type_of(ts, obj);
    if (t->setattr)
        return t->setattr(ts, obj, name, val);
    return gt_generic_setattr(ts, obj, name, val);
}

int gt_delattr(TS *ts, Value obj, Str *name) {
    return gt_setattr(ts, obj, name, V_NULL);
}

// ---- Integers as indices ----

Value gt_number_index(TS *ts, Value v) {
    if (IS_INT(v))
        return v;
    if (IS_BOOL(v))
        return v_int(AS_INT(v));
    if (IS_OBJ(v) && AS_OBJ(v)->kind == K_BIGINT)
        return v;
    Type *t = gt_type_of(ts, v);
    if (t->tflags & TF_HEAPTYPE) {
        Value f = gt_type_lookup(t, NM(ts, __index__));
        if (!IS_NULL(f)) {
            Value r = gt_call_method(ts, v, NM(ts, __index__), NULL, 0);
            if (IS_ERR(r))
                return r;
            if (!IS_INT(r) && !IS_BOOL(r) && !(IS_OBJ(r) && AS_OBJ(r)->kind == K_BIGINT))
                return gt_raise(ts, EXC(ts, TypeError), "__index__ returned non-int (type %s)",
                                gt_type_name(ts, r));
            return IS_BOOL(r) ? v_int(AS_INT(r)) : r;
        }
    }
    return gt_raise(ts, EXC(ts, TypeError), "'%s' object cannot be interpreted as an integer",
                    gt_type_name(ts, v));
}

bool gt_index(TS *ts, Value v, int64_t *out, const char *what) {
    if (GT_LIKELY(IS_INT(v) || IS_BOOL(v))) {
        *out = AS_INT(v);
        return true;
    }
    if (what && !(IS_OBJ(v) && AS_OBJ(v)->kind == K_BIGINT) &&
        !(gt_type_of(ts, v)->tflags & TF_HEAPTYPE)) {
        gt_raise(ts, EXC(ts, TypeError), "%s must be integers or slices, not %s", what,
                 gt_type_name(ts, v));
        return false;
    }
    Value r = gt_number_index(ts, v);
    if (IS_ERR(r))
        return false;
    if (IS_INT(r)) {
        *out = AS_INT(r);
        return true;
    }
    gt_raise(ts, EXC(ts, IndexError), "cannot fit 'int' into an index-sized integer");
    return false;
}
