// type.h - type objects, classes, instances, attribute lookup and descriptors (type.c), and the
// helpers C code uses to define built-in types and parse arguments (args.c).
#ifndef GILT_TYPE_H
#define GILT_TYPE_H

#include "state.h"

#define IS_TYPE(v) (IS_OBJ(v) && AS_OBJ(v)->kind == K_TYPE)
#define TYPE_VAL(v) ((Type *)AS_OBJ(v))

// A C method in a method table. With CF_METHOD, args[0] is self.
typedef struct MethodDef {
    const char *name;
    CFn fn;
    uint32_t flags; // CF_METHOD (default for type tables: set automatically), CF_STATIC, CF_CLASS
    const char *doc;
} MethodDef;

typedef struct GetSetDef {
    const char *name;
    GetterFn get;
    SetterFn set; // NULL: read-only
} GetSetDef;

// Fill in a built-in type object allocated by the bootstrap (interp.c): name, base (NULL means
// object, except for object itself), instance layout, flags; slots are inherited from the base
// and may be overridden afterwards. Creates the type's dict.
void gt_type_setup(TS *ts, Type *t, const char *name, Type *base, ObjKind inst_kind,
                   size_t inst_size, uint32_t tflags);
// Make a new built-in-style type (for C modules): allocates, then gt_type_setup. NULL on error.
Type *gt_type_new_builtin(TS *ts, const char *name, const char *module, Type *base,
                          ObjKind inst_kind, size_t inst_size, uint32_t tflags);
// Add C methods / attribute descriptors / a plain attribute to a type's dict.
void gt_type_add_methods(TS *ts, Type *t, const MethodDef *defs);
void gt_type_add_getsets(TS *ts, Type *t, const GetSetDef *defs);
void gt_type_add_value(TS *ts, Type *t, const char *name, Value v);

// Look a name up along the type and its bases (no descriptor calls, never runs Python code):
// the raw class attribute, or V_NULL.
Value gt_type_lookup(Type *t, Str *name);
// Create a class: class statement semantics (name, single base or none, namespace dict).
Value gt_type_new_class(TS *ts, Str *name, Type *base, Dict *ns, Str *module);
// Re-derive the slots of a class after one of its dunder attributes changed.
void gt_type_update_slots(TS *ts, Type *t);
// Bump the version of t and its subclasses (attribute caches).
void gt_type_modified(TS *ts, Type *t);

// The generic attribute lookup (object.__getattribute__), used when Type.getattr is NULL.
// Returns V_NULL without raising when not found (the caller raises AttributeError).
Value gt_generic_getattr(TS *ts, Value obj, Str *name);
int gt_generic_setattr(TS *ts, Value obj, Str *name, Value val);
// Raise "AttributeError: 'X' object has no attribute 'name'" (with CPython 3.11's wording).
Value gt_raise_no_attr(TS *ts, Value obj, Str *name);

// A new, empty instance of a class (K_INSTANCE or K_EXCEPTION layout).
Value gt_instance_new(TS *ts, Type *cls);
// The __dict__ of an instance, made on first use. NULL on error, or if it has none.
Dict *gt_instance_dict(TS *ts, Value obj, bool create);

// Default repr: <module.Name object at 0x...>.
Value gt_object_repr(TS *ts, Value self);

// ---- Argument checking for C functions (args.c) ----
// No keyword arguments allowed ("f() takes no keyword arguments").
bool gt_no_kwargs(TS *ts, const char *fname, Tuple *kwnames);
// Between min and max positional arguments (max -1: no limit), no keywords.
bool gt_check_args(TS *ts, const char *fname, int nargs, Tuple *kwnames, int min, int max);
// General binding: params names[0..nparams-1]; the first `posonly` are positional-only, those
// from `kwonly` on are keyword-only; the first `required` are required. out[i] gets each
// parameter's value, or V_NULL when not given. Messages follow CPython's.
bool gt_parse_args(TS *ts, const char *fname, Value *args, int nargs, Tuple *kwnames,
                   const char *const *names, int nparams, int posonly, int kwonly, int required,
                   Value *out);

void gt_type_init_types(TS *ts);
// Methods such as dict.__repr__ or list.__eq__ for the C slots of built-in types (start-up).
void gt_type_add_all_slot_wrappers(TS *ts);

// ---- Classes derived from built-in types (subclass.c) ----
// The built-in value inside an instance of a class derived from int/float/str/tuple, or v.
Value gt_unbox(Value v);
// Choose the instance layout of a new class with this base; false (TypeError) if not allowed.
bool gt_subclass_prepare(TS *ts, Type *t, Type *base);
// Adjust a class's slots for a built-in base (called after its dunder slots are computed).
void gt_subclass_fix_slots(TS *ts, Type *t);
// Make list, dict, set, int, float, str and tuple subclassable (start-up).
void gt_subclass_init(TS *ts); // object, type, property, staticmethod, classmethod, super...

#endif
