// module.c - module objects: a name and a dict of attributes.
#include <string.h>

#include "core.h"

static void module_mark(GcState *gc, Obj *o) {
    Module *m = (Module *)o;
    gt_gc_mark_obj(gc, (Obj *)m->dict);
    gt_gc_mark_obj(gc, (Obj *)m->name);
}

Module *gt_module_new(TS *ts, Str *name) {
    Module *m = gt_obj_new(ts, TYPE(ts, module), K_MODULE, sizeof(Module));
    if (!m)
        return NULL;
    m->name = name;
    if (!gt_push(ts, v_obj(m)))
        return NULL;
    m->dict = gt_dict_new(ts);
    if (m->dict) {
        gt_dict_set_str(ts, m->dict, NM(ts, __name__), v_obj(name));
        gt_dict_set_str(ts, m->dict, NM(ts, __doc__), V_NONE);
        gt_dict_set_str(ts, m->dict, NM(ts, __package__), V_NONE);
        gt_dict_set_str(ts, m->dict, NM(ts, __loader__), V_NONE);
        gt_dict_set_str(ts, m->dict, NM(ts, __spec__), V_NONE);
        Module *b = NULL;
        Value bv = gt_dict_get_str(ts->interp->modules ? ts->interp->modules : m->dict,
                                   NM(ts, builtins));
        if (IS_MODULE(bv))
            b = (Module *)AS_OBJ(bv);
        if (b)
            gt_dict_set_str(ts, m->dict, NM(ts, __builtins__), v_obj(b));
    }
    gt_popn(ts, 1);
    return m->dict ? m : NULL;
}

int gt_module_add(TS *ts, Module *m, const char *name, Value v) {
    return gt_dict_set_cstr(ts, m->dict, name, v);
}

int gt_module_add_int(TS *ts, Module *m, const char *name, int64_t i) {
    return gt_module_add(ts, m, name, v_int(i));
}

int gt_module_add_str(TS *ts, Module *m, const char *name, const char *s) {
    Str *str = gt_str_from_cstr(ts, s);
    if (!str)
        return -1;
    return gt_module_add(ts, m, name, v_obj(str));
}

static Value module_getattr(TS *ts, Value self, Str *name) {
    Module *m = (Module *)AS_OBJ(self);
    Value v = gt_dict_get_str(m->dict, name);
    if (!IS_NULL(v))
        return v;
    // Attributes of the module type itself (__dict__, __class__...).
    if (name == NM(ts, __dict__))
        return v_obj(m->dict);
    return gt_generic_getattr(ts, self, name);
}

static int module_setattr(TS *ts, Value self, Str *name, Value val) {
    Module *m = (Module *)AS_OBJ(self);
    if (IS_NULL(val)) {
        int r = gt_dict_del_str(ts, m->dict, name);
        if (r == 0) {
            gt_raise_no_attr(ts, self, name);
            return -1;
        }
        return r < 0 ? -1 : 0;
    }
    return gt_dict_set_str(ts, m->dict, name, val);
}

static Value module_repr(TS *ts, Value self) {
    Module *m = (Module *)AS_OBJ(self);
    Value file = gt_dict_get_str(m->dict, NM(ts, __file__));
    if (IS_STR(file))
        return v_obj(gt_format_msg(ts, "<module '%S' from '%S'>", m->name, STR_VAL(file)));
    if (gt_stdlib_find_frozen(m->name->data))
        return v_obj(gt_format_msg(ts, "<module '%S' (frozen)>", m->name));
    return v_obj(gt_format_msg(ts, "<module '%S' (built-in)>", m->name));
}

static Value module_make(TS *ts, Type *cls, Value *args, int nargs, Tuple *kwnames) {
    GT_UNUSED(cls);
    if (!gt_check_args(ts, "module", nargs, kwnames, 1, 2))
        return V_ERR;
    if (!IS_STR(args[0]))
        return gt_raise(ts, EXC(ts, TypeError), "module.__init__() argument 'name' must be str, "
                                                "not %s",
                        gt_type_name(ts, args[0]));
    Module *m = gt_module_new(ts, STR_VAL(args[0]));
    if (!m)
        return V_ERR;
    if (nargs == 2)
        gt_dict_set_str(ts, m->dict, NM(ts, __doc__), args[1]);
    return v_obj(m);
}

void gt_module_init_type(TS *ts) {
    Type *t = TYPE(ts, module);
    gt_type_setup(ts, t, "module", NULL, K_MODULE, sizeof(Module), 0);
    t->mark = module_mark;
    t->make = module_make;
    t->getattr = module_getattr;
    t->setattr = module_setattr;
    t->repr = module_repr;
}
