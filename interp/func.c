// func.c - the callable objects: functions written in Python, functions and methods written
// in C, bound methods, cells (closure variables) and code objects.
//
// Calling is done in abstract.c (gt_call) and vm.c (Python functions); this file makes the
// objects, gives them their attributes (__name__, __doc__, __defaults__...) and their reprs.
#include <stdio.h>
#include <string.h>

#include "core.h"
#include "opcodes.h"

// ---- Code ----

static void code_mark(GcState *gc, Obj *o) {
    Code *c = (Code *)o;
    gt_gc_mark_obj(gc, (Obj *)c->consts);
    gt_gc_mark_obj(gc, (Obj *)c->names);
    gt_gc_mark_obj(gc, (Obj *)c->localnames);
    gt_gc_mark_obj(gc, (Obj *)c->name);
    gt_gc_mark_obj(gc, (Obj *)c->qualname);
    gt_gc_mark_obj(gc, (Obj *)c->filename);
    gt_gc_mark(gc, c->doc);
    for (uint32_t i = 0; i < c->ncaches; i++)
        gt_gc_mark(gc, c->caches[i].value);
}

static void code_free(Interp *in, Obj *o) {
    Code *c = (Code *)o;
    gt_mem_free(in, c->code, sizeof(Instr) * c->ncode);
    gt_mem_free(in, c->positions, sizeof(Position) * c->ncode);
    gt_mem_free(in, c->caches, sizeof(InlineCache) * c->ncaches);
}

Code *gt_code_new(TS *ts) {
    Code *c = gt_obj_new(ts, TYPE(ts, code), K_CODE, sizeof(Code));
    if (c)
        c->doc = V_NONE;
    return c;
}

static Value code_repr(TS *ts, Value self) {
    Code *c = (Code *)AS_OBJ(self);
    return v_obj(gt_format_msg(ts, "<code object %S at %p, file \"%S\", line %d>", c->name,
                               (void *)c, c->filename, (int)c->firstlineno));
}

static Value code_name_get(TS *ts, Value self) {
    GT_UNUSED(ts);
    return v_obj(((Code *)AS_OBJ(self))->name);
}
static Value code_filename_get(TS *ts, Value self) {
    GT_UNUSED(ts);
    return v_obj(((Code *)AS_OBJ(self))->filename);
}
static Value code_firstlineno_get(TS *ts, Value self) {
    GT_UNUSED(ts);
    return v_int(((Code *)AS_OBJ(self))->firstlineno);
}
static Value code_argcount_get(TS *ts, Value self) {
    GT_UNUSED(ts);
    return v_int(((Code *)AS_OBJ(self))->argcount);
}
static Value code_varnames_get(TS *ts, Value self) {
    Code *c = (Code *)AS_OBJ(self);
    Tuple *t = gt_tuple_from(ts, c->localnames->items, c->nlocals);
    return t ? v_obj(t) : V_ERR;
}
static Value code_consts_get(TS *ts, Value self) {
    GT_UNUSED(ts);
    return v_obj(((Code *)AS_OBJ(self))->consts);
}
static Value code_names_get(TS *ts, Value self) {
    GT_UNUSED(ts);
    return v_obj(((Code *)AS_OBJ(self))->names);
}

static Value code_qualname_get(TS *ts, Value self) {
    GT_UNUSED(ts);
    return v_obj(((Code *)AS_OBJ(self))->qualname);
}
static Value code_posonlyargcount_get(TS *ts, Value self) {
    GT_UNUSED(ts);
    return v_int(((Code *)AS_OBJ(self))->posonlyargcount);
}
static Value code_kwonlyargcount_get(TS *ts, Value self) {
    GT_UNUSED(ts);
    return v_int(((Code *)AS_OBJ(self))->kwonlyargcount);
}
static Value code_nlocals_get(TS *ts, Value self) {
    GT_UNUSED(ts);
    return v_int(((Code *)AS_OBJ(self))->nlocals);
}
static Value code_stacksize_get(TS *ts, Value self) {
    GT_UNUSED(ts);
    return v_int(((Code *)AS_OBJ(self))->stacksize);
}
static Value code_flags_get(TS *ts, Value self) {
    GT_UNUSED(ts);
    return v_int(gt_code_public_flags((Code *)AS_OBJ(self)));
}
static Value code_freevars_get(TS *ts, Value self) {
    Tuple *t = gt_code_freevars(ts, (Code *)AS_OBJ(self));
    return t ? v_obj(t) : V_ERR;
}
static Value code_cellvars_get(TS *ts, Value self) {
    Tuple *t = gt_code_cellvars(ts, (Code *)AS_OBJ(self));
    return t ? v_obj(t) : V_ERR;
}

uint32_t gt_code_public_flags(Code *co) {
    return co->flags & ~(uint32_t)CO_COMPREHENSION;
}

Tuple *gt_code_freevars(TS *ts, Code *co) {
    return gt_tuple_from(ts, co->localnames->items + co->nlocals, co->nfree);
}

// The cells are the slots that the function's prologue turns into cells with MAKE_CELL.
Tuple *gt_code_cellvars(TS *ts, Code *co) {
    Tuple *t = gt_tuple_new(ts, co->ncells);
    if (!t)
        return NULL;
    uint32_t k = 0;
    for (uint32_t i = 0; i < co->ncode && k < co->ncells; i++) {
        Instr w = co->code[i];
        if (INSTR_OP(w) == OP_MAKE_CELL && INSTR_ARG(w) < co->nlocals)
            t->items[k++] = co->localnames->items[INSTR_ARG(w)];
    }
    t->len = k;
    return t;
}

static const GetSetDef code_getsets[] = {
    {"co_name", code_name_get, NULL},
    {"co_qualname", code_qualname_get, NULL},
    {"co_posonlyargcount", code_posonlyargcount_get, NULL},
    {"co_kwonlyargcount", code_kwonlyargcount_get, NULL},
    {"co_nlocals", code_nlocals_get, NULL},
    {"co_stacksize", code_stacksize_get, NULL},
    {"co_flags", code_flags_get, NULL},
    {"co_freevars", code_freevars_get, NULL},
    {"co_cellvars", code_cellvars_get, NULL},
    {"co_filename", code_filename_get, NULL},
    {"co_firstlineno", code_firstlineno_get, NULL},
    {"co_argcount", code_argcount_get, NULL},
    {"co_varnames", code_varnames_get, NULL},
    {"co_consts", code_consts_get, NULL},
    {"co_names", code_names_get, NULL},
    {NULL, NULL, NULL},
};

// ---- Functions ----

static void func_mark(GcState *gc, Obj *o) {
    Function *f = (Function *)o;
    gt_gc_mark_obj(gc, (Obj *)f->code);
    gt_gc_mark_obj(gc, (Obj *)f->globals);
    gt_gc_mark_obj(gc, (Obj *)f->builtins);
    gt_gc_mark_obj(gc, (Obj *)f->defaults);
    gt_gc_mark_obj(gc, (Obj *)f->kwdefaults);
    gt_gc_mark_obj(gc, (Obj *)f->closure);
    gt_gc_mark_obj(gc, (Obj *)f->name);
    gt_gc_mark_obj(gc, (Obj *)f->qualname);
    gt_gc_mark(gc, f->module);
    gt_gc_mark(gc, f->doc);
    gt_gc_mark_obj(gc, (Obj *)f->dict);
}

Function *gt_func_new(TS *ts, Code *code, Dict *globals, Str *qualname) {
    Function *f = gt_obj_new(ts, TYPE(ts, function), K_FUNCTION, sizeof(Function));
    if (!f)
        return NULL;
    f->code = code;
    f->globals = globals;
    f->builtins = ts->interp->builtins;
    f->name = code->name;
    f->qualname = qualname ? qualname : code->name;
    f->doc = code->doc;
    Value mod = gt_dict_get_str(globals, NM(ts, __name__));
    f->module = IS_NULL(mod) ? V_NONE : mod;
    return f;
}

static Value func_repr(TS *ts, Value self) {
    Function *f = (Function *)AS_OBJ(self);
    return v_obj(gt_format_msg(ts, "<function %S at %p>", f->qualname, (void *)f));
}

// Functions are descriptors: looked up through an instance they bind to it.
static Value func_descr_get(TS *ts, Value descr, Value obj, Type *owner) {
    GT_UNUSED(owner);
    if (IS_NULL(obj))
        return descr;
    return gt_method_new(ts, descr, obj);
}

static Value func_name_get(TS *ts, Value self) {
    GT_UNUSED(ts);
    return v_obj(((Function *)AS_OBJ(self))->name);
}
static int func_name_set(TS *ts, Value self, Value val) {
    if (!IS_STR(val)) {
        gt_raise(ts, EXC(ts, TypeError), "__name__ must be set to a string object");
        return -1;
    }
    ((Function *)AS_OBJ(self))->name = STR_VAL(val);
    return 0;
}
static Value func_qualname_get(TS *ts, Value self) {
    GT_UNUSED(ts);
    return v_obj(((Function *)AS_OBJ(self))->qualname);
}
static int func_qualname_set(TS *ts, Value self, Value val) {
    if (!IS_STR(val)) {
        gt_raise(ts, EXC(ts, TypeError), "__qualname__ must be set to a string object");
        return -1;
    }
    ((Function *)AS_OBJ(self))->qualname = STR_VAL(val);
    return 0;
}
static Value func_doc_get(TS *ts, Value self) {
    GT_UNUSED(ts);
    return ((Function *)AS_OBJ(self))->doc;
}
static int func_doc_set(TS *ts, Value self, Value val) {
    GT_UNUSED(ts);
    ((Function *)AS_OBJ(self))->doc = IS_NULL(val) ? V_NONE : val;
    return 0;
}
static Value func_module_get(TS *ts, Value self) {
    GT_UNUSED(ts);
    return ((Function *)AS_OBJ(self))->module;
}
static int func_module_set(TS *ts, Value self, Value val) {
    GT_UNUSED(ts);
    ((Function *)AS_OBJ(self))->module = IS_NULL(val) ? V_NONE : val;
    return 0;
}
static Value func_defaults_get(TS *ts, Value self) {
    GT_UNUSED(ts);
    Tuple *d = ((Function *)AS_OBJ(self))->defaults;
    return d ? v_obj(d) : V_NONE;
}
static int func_defaults_set(TS *ts, Value self, Value val) {
    if (!IS_NULL(val) && !IS_NONE(val) && !IS_TUPLE(val)) {
        gt_raise(ts, EXC(ts, TypeError), "__defaults__ must be set to a tuple object");
        return -1;
    }
    ((Function *)AS_OBJ(self))->defaults = IS_TUPLE(val) ? TUPLE_VAL(val) : NULL;
    return 0;
}
static Value func_kwdefaults_get(TS *ts, Value self) {
    GT_UNUSED(ts);
    Dict *d = ((Function *)AS_OBJ(self))->kwdefaults;
    return d ? v_obj(d) : V_NONE;
}
static Value func_code_get(TS *ts, Value self) {
    GT_UNUSED(ts);
    return v_obj(((Function *)AS_OBJ(self))->code);
}
static Value func_globals_get(TS *ts, Value self) {
    GT_UNUSED(ts);
    return v_obj(((Function *)AS_OBJ(self))->globals);
}
static Value func_closure_get(TS *ts, Value self) {
    GT_UNUSED(ts);
    Tuple *c = ((Function *)AS_OBJ(self))->closure;
    return c ? v_obj(c) : V_NONE;
}
static Value func_annotations_get(TS *ts, Value self) {
    Function *f = (Function *)AS_OBJ(self);
    Dict *d = gt_instance_dict(ts, self, true);
    if (!d)
        return V_ERR;
    Value a = gt_dict_get_str(d, NM(ts, __annotations__));
    if (!IS_NULL(a))
        return a;
    Dict *nd = gt_dict_new(ts);
    if (!nd)
        return V_ERR;
    GT_UNUSED(f);
    gt_dict_set_str(ts, d, NM(ts, __annotations__), v_obj(nd));
    return v_obj(nd);
}

static const GetSetDef func_getsets[] = {
    {"__name__", func_name_get, func_name_set},
    {"__qualname__", func_qualname_get, func_qualname_set},
    {"__doc__", func_doc_get, func_doc_set},
    {"__module__", func_module_get, func_module_set},
    {"__defaults__", func_defaults_get, func_defaults_set},
    {"__kwdefaults__", func_kwdefaults_get, NULL},
    {"__code__", func_code_get, NULL},
    {"__globals__", func_globals_get, NULL},
    {"__closure__", func_closure_get, NULL},
    {"__annotations__", func_annotations_get, NULL},
    {NULL, NULL, NULL},
};

// ---- C functions ----

static void cfunc_mark(GcState *gc, Obj *o) {
    CFunction *f = (CFunction *)o;
    gt_gc_mark(gc, f->self);
    gt_gc_mark_obj(gc, (Obj *)f->owner);
}

CFunction *gt_cfunc_new(TS *ts, const char *name, CFn fn, Value self, uint32_t flags) {
    CFunction *f = gt_obj_new(ts, TYPE(ts, cfunction), K_CFUNCTION, sizeof(CFunction));
    if (!f)
        return NULL;
    f->name = name;
    f->fn = fn;
    f->self = self;
    f->cflags = flags;
    return f;
}

static Value cfunc_repr(TS *ts, Value self) {
    CFunction *f = (CFunction *)AS_OBJ(self);
    if (f->owner && (f->cflags & CF_METHOD) && IS_NULL(f->self))
        return v_obj(gt_format_msg(ts, "<method '%s' of '%S' objects>", f->name, f->owner->name));
    if (!IS_NULL(f->self) && !IS_OBJ(f->self))
        return v_obj(gt_format_msg(ts, "<built-in method %s of %s object>", f->name,
                                   gt_type_name(ts, f->self)));
    return v_obj(gt_format_msg(ts, "<built-in function %s>", f->name));
}

// A C method found through an instance binds to it; static ones never bind; class methods
// bind to the class.
static Value cfunc_descr_get(TS *ts, Value descr, Value obj, Type *owner) {
    CFunction *f = (CFunction *)AS_OBJ(descr);
    if (f->cflags & CF_STATIC)
        return descr;
    if (f->cflags & CF_CLASS) {
        Value cls = IS_NULL(obj) ? v_obj(owner) : v_obj(gt_type_of(ts, obj));
        return gt_method_new(ts, descr, cls);
    }
    if (IS_NULL(obj) || !(f->cflags & CF_METHOD))
        return descr;
    return gt_method_new(ts, descr, obj);
}

static Value cfunc_name_get(TS *ts, Value self) {
    Str *s = gt_str_from_cstr(ts, ((CFunction *)AS_OBJ(self))->name);
    return s ? v_obj(s) : V_ERR;
}
static Value cfunc_qualname_get(TS *ts, Value self) {
    CFunction *f = (CFunction *)AS_OBJ(self);
    if (f->owner)
        return v_obj(gt_format_msg(ts, "%S.%s", f->owner->name, f->name));
    return cfunc_name_get(ts, self);
}
static Value cfunc_doc_get(TS *ts, Value self) {
    CFunction *f = (CFunction *)AS_OBJ(self);
    if (!f->doc)
        return V_NONE;
    Str *s = gt_str_from_cstr(ts, f->doc);
    return s ? v_obj(s) : V_ERR;
}
static Value cfunc_self_get(TS *ts, Value self) {
    GT_UNUSED(ts);
    CFunction *f = (CFunction *)AS_OBJ(self);
    return IS_NULL(f->self) ? V_NONE : f->self;
}

static const GetSetDef cfunc_getsets[] = {
    {"__name__", cfunc_name_get, NULL},
    {"__qualname__", cfunc_qualname_get, NULL},
    {"__doc__", cfunc_doc_get, NULL},
    {"__self__", cfunc_self_get, NULL},
    {NULL, NULL, NULL},
};

// ---- Bound methods ----

static void method_mark(GcState *gc, Obj *o) {
    Method *m = (Method *)o;
    gt_gc_mark(gc, m->func);
    gt_gc_mark(gc, m->self);
}

Value gt_method_new(TS *ts, Value func, Value self) {
    Method *m = gt_obj_new(ts, TYPE(ts, method), K_METHOD, sizeof(Method));
    if (!m)
        return V_ERR;
    m->func = func;
    m->self = self;
    return v_obj(m);
}

static Value method_repr(TS *ts, Value self) {
    Method *m = (Method *)AS_OBJ(self);
    if (IS_CFUNCTION(m->func)) {
        CFunction *f = (CFunction *)AS_OBJ(m->func);
        if (IS_TYPE(m->self))
            return v_obj(gt_format_msg(ts, "<built-in method %s of type object at %p>", f->name,
                                       (void *)AS_OBJ(m->self)));
        return v_obj(gt_format_msg(ts, "<built-in method %s of %s object at %p>", f->name,
                                   gt_type_name(ts, m->self),
                                   IS_OBJ(m->self) ? (void *)AS_OBJ(m->self) : NULL));
    }
    Value qn = gt_getattr(ts, m->func, NM(ts, __qualname__));
    if (IS_ERR(qn))
        return qn;
    if (!gt_push(ts, qn))
        return V_ERR;
    Value r = v_obj(gt_format_msg(ts, "<bound method %V of %R>", qn, m->self));
    gt_popn(ts, 1);
    return r;
}

static Value method_richcmp(TS *ts, Value self, Value other, int op) {
    if ((op != CMP_EQ && op != CMP_NE) || !IS_METHOD(other))
        return V_NOTIMPL(ts);
    Method *a = (Method *)AS_OBJ(self), *b = (Method *)AS_OBJ(other);
    bool eq = v_is(a->func, b->func) && v_is(a->self, b->self);
    return v_bool(op == CMP_EQ ? eq : !eq);
}

static int64_t method_hash(TS *ts, Value self) {
    Method *m = (Method *)AS_OBJ(self);
    int64_t a = gt_hash(ts, m->func);
    if (a == -1)
        return -1;
    int64_t h = a ^ (int64_t)((uintptr_t)AS_OBJ(self) >> 4);
    return h == -1 ? -2 : h;
}

// Attribute lookup on a bound method: its own attributes, then the function's.
static Value method_getattr(TS *ts, Value self, Str *name) {
    Value v = gt_generic_getattr(ts, self, name);
    if (!IS_NULL(v))
        return v;
    return gt_getattr_opt(ts, ((Method *)AS_OBJ(self))->func, name);
}

static Value method_func_get(TS *ts, Value self) {
    GT_UNUSED(ts);
    return ((Method *)AS_OBJ(self))->func;
}
static Value method_self_get(TS *ts, Value self) {
    GT_UNUSED(ts);
    return ((Method *)AS_OBJ(self))->self;
}

static const GetSetDef method_getsets[] = {
    {"__func__", method_func_get, NULL},
    {"__self__", method_self_get, NULL},
    {NULL, NULL, NULL},
};

// ---- Cells ----

static void cell_mark(GcState *gc, Obj *o) {
    gt_gc_mark(gc, ((Cell *)o)->value);
}

Cell *gt_cell_new(TS *ts, Value v) {
    Cell *c = gt_obj_new(ts, TYPE(ts, cell), K_CELL, sizeof(Cell));
    if (c)
        c->value = v;
    return c;
}

static Value cell_contents_get(TS *ts, Value self) {
    Value v = ((Cell *)AS_OBJ(self))->value;
    if (IS_NULL(v))
        return gt_raise(ts, EXC(ts, ValueError), "Cell is empty");
    return v;
}

static const GetSetDef cell_getsets[] = {
    {"cell_contents", cell_contents_get, NULL},
    {NULL, NULL, NULL},
};

void gt_func_init_types(TS *ts) {
    Type *t = TYPE(ts, code);
    gt_type_setup(ts, t, "code", NULL, K_CODE, sizeof(Code), 0);
    t->mark = code_mark;
    t->free = code_free;
    t->make = NULL;
    t->repr = code_repr;
    gt_type_add_getsets(ts, t, code_getsets);

    t = TYPE(ts, function);
    gt_type_setup(ts, t, "function", NULL, K_FUNCTION, sizeof(Function), 0);
    t->mark = func_mark;
    t->make = NULL;
    t->repr = func_repr;
    t->descr_get = func_descr_get;
    gt_type_add_getsets(ts, t, func_getsets);

    t = TYPE(ts, cfunction);
    gt_type_setup(ts, t, "builtin_function_or_method", NULL, K_CFUNCTION, sizeof(CFunction), 0);
    t->mark = cfunc_mark;
    t->make = NULL;
    t->repr = cfunc_repr;
    gt_type_add_getsets(ts, t, cfunc_getsets);

    t = TYPE(ts, method_descr);
    gt_type_setup(ts, t, "method_descriptor", NULL, K_CFUNCTION, sizeof(CFunction), 0);
    t->mark = cfunc_mark;
    t->make = NULL;
    t->repr = cfunc_repr;
    t->descr_get = cfunc_descr_get;
    gt_type_add_getsets(ts, t, cfunc_getsets);

    t = TYPE(ts, method);
    gt_type_setup(ts, t, "method", NULL, K_METHOD, sizeof(Method), 0);
    t->mark = method_mark;
    t->make = NULL;
    t->repr = method_repr;
    t->richcmp = method_richcmp;
    t->hash = method_hash;
    t->getattr = method_getattr;
    gt_type_add_getsets(ts, t, method_getsets);

    t = TYPE(ts, cell);
    gt_type_setup(ts, t, "cell", NULL, K_CELL, sizeof(Cell), 0);
    t->mark = cell_mark;
    t->make = NULL;
    gt_type_add_getsets(ts, t, cell_getsets);
}
