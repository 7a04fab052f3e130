// exc.c - exception objects: BaseException and the built-in hierarchy (built from
// exc_list.h), their attributes (args, __traceback__, __cause__, __context__, and the
// per-class ones such as SystemExit.code or OSError.errno), str/repr, and tracebacks.
//
// Class-specific attributes are computed from `args` when read (SystemExit.code is args[0]
// ...), so a subclass whose __init__ calls super().__init__(...) gets them right for free.
#include <stdio.h>
#include <string.h>

#include "core.h"

// ---- Tracebacks ----

static void tb_mark(GcState *gc, Obj *o) {
    Traceback *tb = (Traceback *)o;
    gt_gc_mark_obj(gc, (Obj *)tb->next);
    gt_gc_mark_obj(gc, (Obj *)tb->code);
    gt_gc_mark_obj(gc, (Obj *)tb->globals);
}

void gt_exc_add_traceback(TS *ts, Value exc, Frame *f) {
    if (!IS_EXC(exc))
        return;
    ExcObj *e = EXC_VAL(exc);
    Traceback *tb = gt_obj_new(ts, TYPE(ts, traceback), K_TRACEBACK, sizeof(Traceback));
    if (!tb) {
        // Out of memory: keep the exception that was being raised, without this entry.
        gt_err_clear(ts);
        return;
    }
    tb->code = f->code;
    tb->globals = f->globals;
    tb->instr = f->ip > f->code->code ? (uint32_t)(f->ip - f->code->code - 1) : 0;
    while (tb->instr > 0 && INSTR_OP(f->code->code[tb->instr]) == 0 /* CACHE */)
        tb->instr--;
    tb->lineno = f->code->positions ? f->code->positions[tb->instr].lineno : 0;
    tb->next = e->traceback;
    e->traceback = tb;
}

static Value tb_next_get(TS *ts, Value self) {
    GT_UNUSED(ts);
    Traceback *tb = (Traceback *)AS_OBJ(self);
    return tb->next ? v_obj(tb->next) : V_NONE;
}
static Value tb_lineno_get(TS *ts, Value self) {
    GT_UNUSED(ts);
    return v_int(((Traceback *)AS_OBJ(self))->lineno);
}
static Value tb_lasti_get(TS *ts, Value self) {
    GT_UNUSED(ts);
    return v_int((int64_t)((Traceback *)AS_OBJ(self))->instr * 2);
}

static const GetSetDef tb_getsets[] = {
    {"tb_next", tb_next_get, NULL},
    {"tb_lineno", tb_lineno_get, NULL},
    {"tb_lasti", tb_lasti_get, NULL},
    {NULL, NULL, NULL},
};

// ---- Exception objects ----

static void exc_mark(GcState *gc, Obj *o) {
    ExcObj *e = (ExcObj *)o;
    gt_gc_mark_obj(gc, (Obj *)e->base.dict);
    gt_gc_mark_obj(gc, (Obj *)e->args);
    gt_gc_mark_obj(gc, (Obj *)e->traceback);
    gt_gc_mark(gc, e->cause);
    gt_gc_mark(gc, e->context);
    gt_gc_mark(gc, e->notes);
}

Value gt_exc_new(TS *ts, Type *type, Tuple *args) {
    if (!(type->tflags & TF_EXCEPTION))
        return gt_raise(ts, EXC(ts, TypeError), "exceptions must derive from BaseException");
    if (type->tflags & TF_HEAPTYPE) {
        // A class written in Python may have its own __init__: call it properly.
        uint32_t n = args ? args->len : 0;
        if (args && !gt_push(ts, v_obj(args)))
            return V_ERR;
        Value r = gt_call(ts, v_obj(type), args ? args->items : NULL, (int)n, NULL);
        if (args)
            gt_popn(ts, 1);
        return r;
    }
    Value v = gt_instance_new(ts, type);
    if (IS_ERR(v))
        return v;
    EXC_VAL(v)->args = args ? args : ts->interp->empty_tuple;
    return v;
}

// BaseException's make: any arguments are accepted and kept in args; then __init__.
static Value exc_make(TS *ts, Type *cls, Value *args, int nargs, Tuple *kwnames) {
    Value initf = gt_type_lookup(cls, NM(ts, __init__));
    bool own_init = IS_FUNCTION(initf);
    if (kwnames && kwnames->len && !own_init)
        return gt_raise(ts, EXC(ts, TypeError), "%S() takes no keyword arguments", cls->name);
    Value obj = gt_instance_new(ts, cls);
    if (IS_ERR(obj) || !gt_push(ts, obj))
        return V_ERR;
    Tuple *t = gt_tuple_from(ts, args, (uint32_t)nargs);
    if (!t) {
        gt_popn(ts, 1);
        return V_ERR;
    }
    EXC_VAL(obj)->args = t;
    if (own_init) {
        Value *base = ts->sp;
        int total = nargs + (kwnames ? (int)kwnames->len : 0);
        bool ok = gt_push(ts, obj);
        for (int i = 0; ok && i < total; i++)
            ok = gt_push(ts, args[i]);
        Value r = ok ? gt_call(ts, initf, base, nargs + 1, kwnames) : V_ERR;
        ts->sp = base;
        if (IS_ERR(r)) {
            gt_popn(ts, 1);
            return V_ERR;
        }
        if (!IS_NONE(r)) {
            gt_popn(ts, 1);
            return gt_raise(ts, EXC(ts, TypeError), "__init__() should return None, not '%s'",
                            gt_type_name(ts, r));
        }
    }
    gt_popn(ts, 1);
    return obj;
}

static Value exc_init(TS *ts, Value *args, int nargs, Tuple *kwnames) {
    if (kwnames && kwnames->len)
        return gt_raise(ts, EXC(ts, TypeError), "%s() takes no keyword arguments",
                        gt_type_name(ts, args[0]));
    Tuple *t = gt_tuple_from(ts, args + 1, (uint32_t)(nargs - 1));
    if (!t)
        return V_ERR;
    EXC_VAL(args[0])->args = t;
    return V_NONE;
}

static Value exc_str(TS *ts, Value self) {
    Tuple *a = EXC_VAL(self)->args;
    if (a->len == 0)
        return v_obj(ts->interp->empty_str);
    if (a->len == 1)
        return gt_str(ts, a->items[0]);
    return gt_str(ts, v_obj(a));
}

static Value keyerror_str(TS *ts, Value self) {
    Tuple *a = EXC_VAL(self)->args;
    if (a->len == 1)
        return gt_repr(ts, a->items[0]);
    return exc_str(ts, self);
}

static Value oserror_str(TS *ts, Value self) {
    Tuple *a = EXC_VAL(self)->args;
    if (a->len == 2 || a->len == 3) {
        if (a->len == 3 && !IS_NONE(a->items[2]))
            return v_obj(gt_format_msg(ts, "[Errno %V] %V: %R", a->items[0], a->items[1],
                                       a->items[2]));
        return v_obj(gt_format_msg(ts, "[Errno %V] %V", a->items[0], a->items[1]));
    }
    return exc_str(ts, self);
}

// SyntaxError: args are (msg, (filename, lineno, offset, text, end_lineno, end_offset)).
static Value syntax_detail(TS *ts, Value self, int i) {
    GT_UNUSED(ts);
    Tuple *a = EXC_VAL(self)->args;
    if (a->len >= 2 && IS_TUPLE(a->items[1]) && (int)TUPLE_VAL(a->items[1])->len > i)
        return TUPLE_VAL(a->items[1])->items[i];
    return V_NONE;
}

static Value syntaxerror_str(TS *ts, Value self) {
    Tuple *a = EXC_VAL(self)->args;
    Value msg = a->len >= 1 ? a->items[0] : V_NONE;
    Value fn = syntax_detail(ts, self, 0), ln = syntax_detail(ts, self, 1);
    if (IS_STR(fn) && IS_INT(ln)) {
        // Like CPython: only the file's base name is shown.
        Str *f = STR_VAL(fn);
        const char *slash = strrchr(f->data, '/');
        return v_obj(gt_format_msg(ts, "%V (%s, line %d)", msg, slash ? slash + 1 : f->data,
                                   (int)AS_INT(ln)));
    }
    return gt_str(ts, msg);
}

static Value exc_repr(TS *ts, Value self) {
    Tuple *a = EXC_VAL(self)->args;
    const char *name = gt_type_name(ts, self);
    if (a->len == 1)
        return v_obj(gt_format_msg(ts, "%s(%R)", name, a->items[0]));
    return v_obj(gt_format_msg(ts, "%s%R", name, v_obj(a)));
}

static Value exc_repr_m(TS *ts, Value *args, int nargs, Tuple *kw) {
    GT_UNUSED(nargs);
    GT_UNUSED(kw);
    return exc_repr(ts, args[0]);
}

static Value exc_str_m(TS *ts, Value *args, int nargs, Tuple *kw) {
    GT_UNUSED(nargs);
    GT_UNUSED(kw);
    Type *t = gt_type_of(ts, args[0]);
    // The C str of the nearest built-in class (KeyError's repr-style, OSError's errno...).
    while (t->tflags & TF_HEAPTYPE)
        t = t->base;
    return t->str(ts, args[0]);
}

static Value exc_with_traceback(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!gt_check_args(ts, "with_traceback", nargs - 1, kw, 1, 1))
        return V_ERR;
    Value tb = args[1];
    if (IS_NONE(tb))
        EXC_VAL(args[0])->traceback = NULL;
    else if (IS_OBJ(tb) && AS_OBJ(tb)->kind == K_TRACEBACK)
        EXC_VAL(args[0])->traceback = (Traceback *)AS_OBJ(tb);
    else
        return gt_raise(ts, EXC(ts, TypeError), "__traceback__ must be a traceback or None");
    return args[0];
}

static Value exc_add_note(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!gt_check_args(ts, "add_note", nargs - 1, kw, 1, 1))
        return V_ERR;
    if (!IS_STR(args[1]))
        return gt_raise(ts, EXC(ts, TypeError), "note must be a str, not '%s'",
                        gt_type_name(ts, args[1]));
    ExcObj *e = EXC_VAL(args[0]);
    if (IS_NULL(e->notes)) {
        List *l = gt_list_new(ts, 0);
        if (!l)
            return V_ERR;
        e->notes = v_obj(l);
    }
    if (!IS_LIST(e->notes))
        return gt_raise(ts, EXC(ts, TypeError), "Cannot add note: __notes__ is not a list");
    if (!gt_list_append(ts, LIST_VAL(e->notes), args[1]))
        return V_ERR;
    return V_NONE;
}

static Value exc_args_get(TS *ts, Value self) {
    GT_UNUSED(ts);
    return v_obj(EXC_VAL(self)->args);
}
static int exc_args_set(TS *ts, Value self, Value val) {
    if (IS_NULL(val)) {
        gt_raise(ts, EXC(ts, TypeError), "args may not be deleted");
        return -1;
    }
    Value t = gt_tuple_from_iterable(ts, val);
    if (IS_ERR(t))
        return -1;
    EXC_VAL(self)->args = TUPLE_VAL(t);
    return 0;
}
static Value exc_tb_get(TS *ts, Value self) {
    GT_UNUSED(ts);
    Traceback *tb = EXC_VAL(self)->traceback;
    return tb ? v_obj(tb) : V_NONE;
}
static int exc_tb_set(TS *ts, Value self, Value val) {
    if (IS_NONE(val)) {
        EXC_VAL(self)->traceback = NULL;
        return 0;
    }
    if (IS_OBJ(val) && AS_OBJ(val)->kind == K_TRACEBACK) {
        EXC_VAL(self)->traceback = (Traceback *)AS_OBJ(val);
        return 0;
    }
    gt_raise(ts, EXC(ts, TypeError), "__traceback__ must be a traceback or None");
    return -1;
}
static Value exc_cause_get(TS *ts, Value self) {
    GT_UNUSED(ts);
    Value c = EXC_VAL(self)->cause;
    return IS_NULL(c) ? V_NONE : c;
}
static int exc_cause_set(TS *ts, Value self, Value val) {
    if (!IS_NULL(val) && !IS_NONE(val) && !IS_EXC(val)) {
        gt_raise(ts, EXC(ts, TypeError), "exception cause must be None or derive from "
                                         "BaseException");
        return -1;
    }
    EXC_VAL(self)->cause = IS_NULL(val) ? V_NULL : val;
    EXC_VAL(self)->suppress_context = true;
    return 0;
}
static Value exc_context_get(TS *ts, Value self) {
    GT_UNUSED(ts);
    Value c = EXC_VAL(self)->context;
    return IS_NULL(c) ? V_NONE : c;
}
static int exc_context_set(TS *ts, Value self, Value val) {
    if (!IS_NULL(val) && !IS_NONE(val) && !IS_EXC(val)) {
        gt_raise(ts, EXC(ts, TypeError), "exception context must be None or derive from "
                                         "BaseException");
        return -1;
    }
    EXC_VAL(self)->context = IS_NONE(val) ? V_NULL : val;
    return 0;
}
static Value exc_suppress_get(TS *ts, Value self) {
    GT_UNUSED(ts);
    return v_bool(EXC_VAL(self)->suppress_context);
}
static int exc_suppress_set(TS *ts, Value self, Value val) {
    int b = gt_truthy(ts, val);
    if (b < 0)
        return -1;
    EXC_VAL(self)->suppress_context = b;
    return 0;
}
static Value exc_notes_get(TS *ts, Value self) {
    Value n = EXC_VAL(self)->notes;
    if (IS_NULL(n))
        return gt_raise_no_attr(ts, self, gt_str_intern_cstr(ts, "__notes__"));
    return n;
}

static const MethodDef exc_methods[] = {
    {"__init__", exc_init, 0, NULL},
    {"__repr__", exc_repr_m, 0, NULL},
    {"__str__", exc_str_m, 0, NULL},
    {"with_traceback", exc_with_traceback, 0, NULL},
    {"add_note", exc_add_note, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef exc_getsets[] = {
    {"args", exc_args_get, exc_args_set},
    {"__traceback__", exc_tb_get, exc_tb_set},
    {"__cause__", exc_cause_get, exc_cause_set},
    {"__context__", exc_context_get, exc_context_set},
    {"__suppress_context__", exc_suppress_get, exc_suppress_set},
    {"__notes__", exc_notes_get, NULL},
    {NULL, NULL, NULL},
};

// ---- Per-class attributes, computed from args ----

static Value arg0_or_none(Value self) {
    Tuple *a = EXC_VAL(self)->args;
    return a->len >= 1 ? a->items[0] : V_NONE;
}

static Value sysexit_code_get(TS *ts, Value self) {
    GT_UNUSED(ts);
    Tuple *a = EXC_VAL(self)->args;
    if (a->len == 0)
        return V_NONE;
    if (a->len == 1)
        return a->items[0];
    return v_obj(a);
}

static Value stopiter_value_get(TS *ts, Value self) {
    GT_UNUSED(ts);
    return arg0_or_none(self);
}

static Value oserror_errno_get(TS *ts, Value self) {
    GT_UNUSED(ts);
    Tuple *a = EXC_VAL(self)->args;
    return (a->len == 2 || a->len == 3) ? a->items[0] : V_NONE;
}
static Value oserror_strerror_get(TS *ts, Value self) {
    GT_UNUSED(ts);
    Tuple *a = EXC_VAL(self)->args;
    return (a->len == 2 || a->len == 3) ? a->items[1] : V_NONE;
}
static Value oserror_filename_get(TS *ts, Value self) {
    GT_UNUSED(ts);
    Tuple *a = EXC_VAL(self)->args;
    return a->len == 3 ? a->items[2] : V_NONE;
}

static Value syntax_msg_get(TS *ts, Value self) {
    GT_UNUSED(ts);
    return arg0_or_none(self);
}
static Value syntax_filename_get(TS *ts, Value self) {
    return syntax_detail(ts, self, 0);
}
static Value syntax_lineno_get(TS *ts, Value self) {
    return syntax_detail(ts, self, 1);
}
static Value syntax_offset_get(TS *ts, Value self) {
    return syntax_detail(ts, self, 2);
}
static Value syntax_text_get(TS *ts, Value self) {
    return syntax_detail(ts, self, 3);
}
static Value syntax_end_lineno_get(TS *ts, Value self) {
    return syntax_detail(ts, self, 4);
}
static Value syntax_end_offset_get(TS *ts, Value self) {
    return syntax_detail(ts, self, 5);
}

// Attributes some exceptions carry in their dict (set by whoever raises them); reading one
// that was never set gives None, as in CPython.
static Value dict_attr_or_none(TS *ts, Value self, const char *name) {
    Dict *d = gt_instance_dict(ts, self, false);
    if (!d)
        return V_NONE;
    Value v = gt_dict_get_cstr(ts, d, name);
    return IS_NULL(v) ? V_NONE : v;
}
static Value name_attr_get(TS *ts, Value self) {
    return dict_attr_or_none(ts, self, "name");
}
static int name_attr_set(TS *ts, Value self, Value val) {
    Dict *d = gt_instance_dict(ts, self, true);
    return d ? gt_dict_set_str(ts, d, NM(ts, name), IS_NULL(val) ? V_NONE : val) : -1;
}
static Value obj_attr_get(TS *ts, Value self) {
    return dict_attr_or_none(ts, self, "obj");
}
static int obj_attr_set(TS *ts, Value self, Value val) {
    Dict *d = gt_instance_dict(ts, self, true);
    return d ? gt_dict_set_str(ts, d, NM(ts, obj), IS_NULL(val) ? V_NONE : val) : -1;
}
static Value path_attr_get(TS *ts, Value self) {
    return dict_attr_or_none(ts, self, "path");
}

static const GetSetDef sysexit_getsets[] = {{"code", sysexit_code_get, NULL}, {NULL, NULL, NULL}};
static const GetSetDef stopiter_getsets[] = {{"value", stopiter_value_get, NULL},
                                             {NULL, NULL, NULL}};
static const GetSetDef oserror_getsets[] = {
    {"errno", oserror_errno_get, NULL},
    {"strerror", oserror_strerror_get, NULL},
    {"filename", oserror_filename_get, NULL},
    {NULL, NULL, NULL},
};
static const GetSetDef syntax_getsets[] = {
    {"msg", syntax_msg_get, NULL},
    {"filename", syntax_filename_get, NULL},
    {"lineno", syntax_lineno_get, NULL},
    {"offset", syntax_offset_get, NULL},
    {"text", syntax_text_get, NULL},
    {"end_lineno", syntax_end_lineno_get, NULL},
    {"end_offset", syntax_end_offset_get, NULL},
    {NULL, NULL, NULL},
};
static const GetSetDef name_getsets[] = {{"name", name_attr_get, name_attr_set},
                                         {NULL, NULL, NULL}};
static const GetSetDef attr_getsets[] = {
    {"name", name_attr_get, name_attr_set},
    {"obj", obj_attr_get, obj_attr_set},
    {NULL, NULL, NULL},
};
static const GetSetDef import_getsets[] = {
    {"name", name_attr_get, name_attr_set},
    {"path", path_attr_get, NULL},
    {NULL, NULL, NULL},
};

void gt_exc_init_types(TS *ts) {
    Interp *in = ts->interp;
    Type *tb = TYPE(ts, traceback);
    gt_type_setup(ts, tb, "traceback", NULL, K_TRACEBACK, sizeof(Traceback), 0);
    tb->mark = tb_mark;
    tb->make = NULL;
    gt_type_add_getsets(ts, tb, tb_getsets);

    static const char *const names[] = {
#define GILT_EXC_NAME(name, base) #name,
        GILT_EXCEPTIONS(GILT_EXC_NAME)
#undef GILT_EXC_NAME
    };
    static const int bases[] = {
#define GILT_EXC_BASE(name, base) EXC_##base,
        GILT_EXCEPTIONS(GILT_EXC_BASE)
#undef GILT_EXC_BASE
    };
    for (int i = 0; i < EXC__COUNT; i++) {
        Type *base = i == EXC_BaseException ? TYPE(ts, object) : in->exc[bases[i]];
        Type *t = gt_obj_new(ts, TYPE(ts, type), K_TYPE, sizeof(Type));
        if (!t)
            return;
        in->exc[i] = t;
        gt_type_setup(ts, t, names[i], base, K_EXCEPTION, sizeof(ExcObj),
                      TF_BASETYPE | TF_EXCEPTION);
        if (i == EXC_BaseException) {
            t->mark = exc_mark;
            t->make = exc_make;
            t->str = exc_str;
            t->repr = exc_repr;
            gt_type_add_methods(ts, t, exc_methods);
            gt_type_add_getsets(ts, t, exc_getsets);
        }
    }
    in->exc[EXC_KeyError]->str = keyerror_str;
    in->exc[EXC_OSError]->str = oserror_str;
    in->exc[EXC_SyntaxError]->str = syntaxerror_str;
    // Subclasses created before these overrides inherited the old slot: fix them.
    for (int i = 0; i < EXC__COUNT; i++) {
        Type *t = in->exc[i];
        for (Type *b = t->base; b && b != in->exc[EXC_BaseException]; b = b->base) {
            if (b == in->exc[EXC_OSError] || b == in->exc[EXC_SyntaxError] ||
                b == in->exc[EXC_KeyError]) {
                t->str = b->str;
                break;
            }
        }
    }
    gt_type_add_getsets(ts, in->exc[EXC_SystemExit], sysexit_getsets);
    gt_type_add_getsets(ts, in->exc[EXC_StopIteration], stopiter_getsets);
    gt_type_add_getsets(ts, in->exc[EXC_OSError], oserror_getsets);
    gt_type_add_getsets(ts, in->exc[EXC_SyntaxError], syntax_getsets);
    gt_type_add_getsets(ts, in->exc[EXC_NameError], name_getsets);
    gt_type_add_getsets(ts, in->exc[EXC_AttributeError], attr_getsets);
    gt_type_add_getsets(ts, in->exc[EXC_ImportError], import_getsets);
    // EnvironmentError and IOError are other names of OSError.
}
