// object.h - the heap objects: the common header, the Type object and every built-in layout.
//
// Every heap object starts with Obj. `kind` names its C layout (ObjKind), `type` its Python
// type (a user class for instances of user classes). The Type struct carries C "slots" for the
// protocols (repr, hash, compare, call, iterate...): built-in types fill them with C functions,
// classes written in Python get trampolines that call their dunder methods (type.c), and every
// type inherits the slots it does not set from its base. Protocol entry points that dispatch
// through the slots are in abstract.h; read that next.
//
// Conventions for all slot functions: a Value result of V_ERR, an int result of -1, or a NULL
// pointer means "an exception is pending in ts". `next` returns V_NULL when the iterator is
// exhausted (no StopIteration object is made on that hot path).
#ifndef GILT_OBJECT_H
#define GILT_OBJECT_H

#include "value.h"

typedef struct Interp Interp;
typedef struct ThreadState TS;
typedef struct Type Type;
typedef struct Str Str;
typedef struct Tuple Tuple;
typedef struct Dict Dict;
typedef struct GcState GcState;

// C layouts. Several Python types may share one layout (all iterators are K_ITER).
typedef enum ObjKind {
    K_NONE_ = 0,
    K_STR,
    K_BIGINT,
    K_TUPLE,
    K_LIST,
    K_DICT,
    K_SET,       // set and frozenset (type tells which)
    K_RANGE,
    K_SLICE,
    K_CODE,
    K_FUNCTION,  // a function written in Python
    K_CFUNCTION, // a function or method written in C
    K_METHOD,    // a bound method: callable + self
    K_CELL,
    K_TYPE,
    K_INSTANCE,  // instance of a class written in Python (attributes in a dict)
    K_EXCEPTION, // instance of BaseException or a subclass
    K_MODULE,
    K_PROPERTY,
    K_STATICMETHOD,
    K_CLASSMETHOD,
    K_GETSET,    // a C-level attribute descriptor (e.g. range.start)
    K_SUPER,
    K_ITER,      // every C iterator (list_iterator, enumerate, zip, ...)
    K_DICTVIEW,  // dict_keys, dict_values, dict_items
    K_TRACEBACK,
    K_SINGLETON, // NotImplemented, Ellipsis
    K_NATIVE,    // an object defined by a C module (a lock, a random state...): see Type.mark/free
    K__COUNT
} ObjKind;

typedef struct Obj {
    Type *type;
    uint8_t kind;
    uint8_t marked;
    uint16_t oflags;    // per-kind flags (e.g. OF_INTERNED for strings)
    uint32_t size;      // bytes allocated for the object (gc.c)
} Obj;

#define OF_INTERNED 0x0001  // K_STR: in the intern table
#define OF_PERMANENT 0x0002 // never collected (static-lifetime objects of the interpreter)
#define OF_FROZEN 0x0004    // K_SET: a frozenset

// Comparison operators, in the order CPython numbers them (COMPARE_OP's argument).
enum { CMP_LT = 0, CMP_LE, CMP_EQ, CMP_NE, CMP_GT, CMP_GE };

// Binary operators, numbered as CPython 3.11's BINARY_OP argument; in-place forms add NB_INPLACE.
enum {
    NB_ADD = 0,
    NB_AND,
    NB_FLOOR_DIVIDE,
    NB_LSHIFT,
    NB_MATRIX_MULTIPLY,
    NB_MULTIPLY,
    NB_REMAINDER,
    NB_OR,
    NB_POWER,
    NB_RSHIFT,
    NB_SUBTRACT,
    NB_TRUE_DIVIDE,
    NB_XOR,
    NB_INPLACE = 13,
    NB__COUNT = 26
};

// Unary operators.
enum { UN_NEG = 0, UN_POS, UN_INVERT };

// The calling convention of everything callable from C ("vectorcall" shape):
// args[0..nargs-1] are positional; when kwnames is not NULL, args[nargs..nargs+len(kwnames)-1]
// are the keyword values in the order of the names in the kwnames tuple (interned strs).
// For methods, args[0] is self. args points into the thread's value stack or a rooted array.
typedef Value (*CFn)(TS *ts, Value *args, int nargs, Tuple *kwnames);

typedef struct Type {
    Obj hdr;
    Str *name;        // __name__
    Str *qualname;    // __qualname__
    Str *module;      // __module__ (NULL for built-ins: "builtins")
    Type *base;       // single inheritance; NULL only for object
    Dict *dict;       // __dict__: methods, class attributes
    uint32_t tflags;  // TF_*
    uint32_t version; // changes whenever this type's or a base's dict changes (attribute caches)
    uint8_t inst_kind; // ObjKind of instances this type creates
    uint32_t inst_size; // bytes of an instance, for K_NATIVE and K_INSTANCE layouts
    uint32_t dictoffset; // classes derived from list/dict/set: where the attribute dict is

    // Memory: mark the references an object holds; free what it owns outside the heap.
    void (*mark)(GcState *gc, Obj *o);
    void (*free)(Interp *in, Obj *o);

    // type(...) called: make (and initialise) an instance. Built-ins set it; classes inherit
    // object's, which calls __new__/__init__.
    Value (*make)(TS *ts, Type *cls, Value *args, int nargs, Tuple *kwnames);

    Value (*repr)(TS *ts, Value self);
    Value (*str)(TS *ts, Value self);
    int64_t (*hash)(TS *ts, Value self); // -1 on error
    // Rich comparison: V_NOTIMPL (abstract.h) when the pair is not supported.
    Value (*richcmp)(TS *ts, Value a, Value b, int op);
    // Binary operator op (NB_*), for the pair (a, b) where a or b has this type; returns
    // V_NOTIMPL when unsupported, so that abstract.c can try the other operand.
    Value (*binop)(TS *ts, Value a, Value b, int op);
    Value (*unary)(TS *ts, Value a, int op);
    int (*truth)(TS *ts, Value self);   // NULL: use len, else true
    int64_t (*len)(TS *ts, Value self); // -1 on error
    Value (*getitem)(TS *ts, Value self, Value key);
    int (*setitem)(TS *ts, Value self, Value key, Value val); // val V_NULL: delete
    int (*contains)(TS *ts, Value self, Value item);          // -1 error, 0, 1
    Value (*iter)(TS *ts, Value self);
    Value (*next)(TS *ts, Value self); // V_NULL when exhausted
    Value (*call)(TS *ts, Value self, Value *args, int nargs, Tuple *kwnames);
    // Attribute access; NULL means the generic lookup (type.c). getattr returns V_NULL when
    // the attribute does not exist (gt_getattr then tries __getattr__ or raises).
    Value (*getattr)(TS *ts, Value self, Str *name);
    int (*setattr)(TS *ts, Value self, Str *name, Value val); // val V_NULL: delete
    // Descriptor protocol, for objects found in a class dict (functions, properties...).
    Value (*descr_get)(TS *ts, Value descr, Value obj, Type *owner);
    int (*descr_set)(TS *ts, Value descr, Value obj, Value val); // val V_NULL: delete
} Type;

#define TF_BASETYPE 0x0001   // may be subclassed
#define TF_HEAPTYPE 0x0002   // a class created by a class statement
#define TF_EXCEPTION 0x0004  // BaseException or a subclass
#define TF_HAS_GETATTR 0x0008 // defines __getattr__ (tried after a failed lookup)
#define TF_IMMUTABLE 0x0010  // attributes cannot be set (built-in types)
#define TF_ABSTRACT_ITER 0x0020 // iter(x) is x (iterators)
#define TF_BOXED 0x0040 // a class derived from int/float/str/tuple: instances are Boxed

// ---- Strings (str.c) ----
// UTF-8 inside, NUL-terminated; indexed by code point. `ascii` makes indexing O(1).
struct Str {
    Obj hdr;
    int64_t hash;    // -1 until computed
    uint32_t len;    // bytes
    uint32_t nchars; // code points
    uint8_t ascii;
    char data[];
};

// ---- Big ints (int.c): only for values outside int64 ----
// The magnitude is stored inline as 64-bit limbs, least significant first, in GMP's own limb
// format: int.c hands them to GMP as a read-only mpz without copying, and only int.c includes
// gmp.h. `size` is the number of limbs, negated for a negative value (GMP's convention).
typedef struct BigInt {
    Obj hdr;
    int64_t size;
    uint64_t limbs[];
} BigInt;

// ---- Tuple (tuple.c) ----
struct Tuple {
    Obj hdr;
    int64_t hash; // -1 until computed
    uint32_t len;
    Value items[];
};

// ---- List (list.c) ----
typedef struct List {
    Obj hdr;
    Value *items;
    uint32_t len;
    uint32_t cap;
} List;

// ---- Dict (dict.c): ordered, compact (entries in insertion order + an index table) ----
typedef struct DictEntry {
    Value key; // VT_NULL: a deleted entry
    Value value;
    int64_t hash;
} DictEntry;

struct Dict {
    Obj hdr;
    DictEntry *entries;
    int32_t *index;    // open-addressing table of entry numbers; -1 empty, -2 deleted
    uint32_t nentries; // used entries, deleted ones included
    uint32_t count;    // live entries
    uint32_t cap;      // size of entries[]
    uint32_t mask;     // index size - 1 (index size is a power of two), 0 when no table
    uint32_t layout;   // changes when a key is added or removed (not on value updates)
    uint32_t mutations; // changes on every insertion or deletion, for "changed size during iteration"
};

// ---- Set and frozenset (set.c): a hash table that iterates in slot order, as CPython's ----
typedef struct SetEntry {
    Value key; // VT_NULL: empty; a deleted slot has tag VT_ERR
    int64_t hash;
} SetEntry;

typedef struct Set {
    Obj hdr;
    SetEntry *table;
    uint32_t mask; // table size - 1
    uint32_t used; // live keys
    uint32_t fill; // live + deleted
    uint32_t mutations;
    int64_t hash;  // frozenset: -1 until computed
} Set;

// ---- range and slice ----
typedef struct Range {
    Obj hdr;
    int64_t start, stop, step, len; // ranges beyond int64 are not supported
} Range;

typedef struct Slice {
    Obj hdr;
    Value start, stop, step; // None when omitted
} Slice;

// ---- Code objects (compiler output, code.c) ----
// One instruction is a 32-bit word: opcode in the low 8 bits, argument in the high 24.
// Instructions that use an inline cache are followed by one CACHE word holding the cache index.
typedef uint32_t Instr;
#define INSTR_OP(w) ((w)&0xffu)
#define INSTR_ARG(w) ((w) >> 8)
#define MAKE_INSTR(op, arg) ((Instr)(op) | ((Instr)(arg) << 8))

// Source position of one instruction, as CPython 3.11's co_positions(); columns are 0-based
// UTF-8 byte offsets. lineno 0 means "no position".
typedef struct Position {
    int32_t lineno, end_lineno;
    int32_t col, end_col;
} Position;

// A per-instruction cache for global and attribute lookups (vm.c).
typedef struct InlineCache {
    uint32_t version_a; // dict layout / type version the entry was filled for
    uint32_t version_b;
    int32_t index;      // entry index in a dict
    int32_t kind;
    Value value;
} InlineCache;

#define CO_OPTIMIZED 0x0001 // a function body: locals are fast slots
#define CO_NEWLOCALS 0x0002
#define CO_VARARGS 0x0004
#define CO_VARKEYWORDS 0x0008
#define CO_NESTED 0x0010
#define CO_GENERATOR 0x0020
#define CO_COMPREHENSION 0x0100

typedef struct Code {
    Obj hdr;
    Instr *code;
    uint32_t ncode;
    Tuple *consts;
    Tuple *names;      // names used by LOAD_NAME/LOAD_GLOBAL/LOAD_ATTR/IMPORT...
    // The fast-local slots ("localsplus"): first the nlocals variables of the function (its
    // arguments first; MAKE_CELL turns those that inner functions capture into cells in place),
    // then the nfree free variables, copied from the closure by COPY_FREE_VARS.
    Tuple *localnames;
    uint32_t nlocals;
    uint32_t ncells;   // how many of the nlocals variables are cells
    uint32_t nfree;
    uint32_t nlocalsplus; // nlocals + nfree
    uint32_t argcount, posonlyargcount, kwonlyargcount;
    uint32_t flags;    // CO_*
    uint32_t stacksize;
    uint32_t firstlineno;
    Str *name, *qualname, *filename;
    Position *positions; // one per instruction word
    InlineCache *caches;
    uint32_t ncaches;
    Value doc;
} Code;

// ---- Functions ----
typedef struct Function {
    Obj hdr;
    Code *code;
    Dict *globals;
    Dict *builtins;
    Tuple *defaults;   // NULL if none
    Dict *kwdefaults;  // NULL if none
    Tuple *closure;    // cells, NULL if none
    Str *name, *qualname;
    Value module;      // __module__
    Value doc;
    Dict *dict;        // function attributes, NULL until set
} Function;

// A function or method written in C. `self` is set for module functions and bound C methods
// of a specific object (it is then passed as args[0]); `owner` is set for method descriptors
// in a type's dict (calls check that args[0] is an instance of owner).
#define CF_METHOD 0x01  // a method: args[0] is self
#define CF_STATIC 0x02  // in a type dict, a staticmethod
#define CF_CLASS 0x04   // in a type dict, a classmethod: args[0] is the class
typedef struct CFunction {
    Obj hdr;
    const char *name;
    CFn fn;
    Value self; // V_NULL unless bound
    Type *owner;
    uint32_t cflags;
    const char *doc;
} CFunction;

typedef struct Method {
    Obj hdr;
    Value func; // a Function or CFunction
    Value self;
} Method;

typedef struct Cell {
    Obj hdr;
    Value value; // V_NULL when empty
} Cell;

// ---- Instances of Python classes, exceptions ----
typedef struct Instance {
    Obj hdr;
    Dict *dict; // attributes; NULL until the first is set
} Instance;

// An instance of a class derived from an immutable built-in (int, float, str, tuple): the
// built-in value, plus the attribute dict. Built-in code sees the value (subclass.c unboxes).
typedef struct Boxed {
    Instance base;
    Value value;
} Boxed;

typedef struct Traceback {
    Obj hdr;
    struct Traceback *next; // towards the frame where the exception was raised
    Code *code;
    Dict *globals;          // the frame's globals (for "Did you mean" suggestions)
    uint32_t instr;         // instruction index in code
    int32_t lineno;
} Traceback;

typedef struct ExcObj {
    Instance base;
    Tuple *args;
    Traceback *traceback; // NULL when none
    Value cause;          // V_NULL when not set, else an exception or None
    Value context;        // V_NULL when none
    bool suppress_context;
    Value notes;          // V_NULL when none (3.11 __notes__)
} ExcObj;

// ---- Modules ----
typedef struct Module {
    Obj hdr;
    Dict *dict;
    Str *name;
} Module;

// ---- Descriptors ----
typedef struct Property {
    Obj hdr;
    Value fget, fset, fdel, doc; // V_NULL / None when absent
    Str *name;                   // set by the class statement (__set_name__), for messages
} Property;

typedef struct Wrapper { // staticmethod and classmethod
    Obj hdr;
    Value func;
} Wrapper;

typedef Value (*GetterFn)(TS *ts, Value self);
typedef int (*SetterFn)(TS *ts, Value self, Value val); // val V_NULL: delete
typedef struct GetSet {
    Obj hdr;
    const char *name;
    GetterFn get;
    SetterFn set; // NULL: read-only
    Type *owner;
} GetSet;

typedef struct Super {
    Obj hdr;
    Type *type;  // the class super() was called in
    Value obj;   // the instance (or class)
    Type *objtype;
} Super;

// ---- Iterators: one layout for every C iterator; each iterator type has its own `next` ----
typedef struct Iter {
    Obj hdr;
    Value src;    // what is iterated
    int64_t pos;  // position / counter
    int64_t end;
    int64_t step;
    Value aux[2]; // extra references (e.g. the function of map, the start of enumerate)
    uint32_t mutations; // the source's mutation count when the iterator was made
} Iter;

typedef struct DictView {
    Obj hdr;
    Dict *dict;
} DictView;

// ---- Objects of C modules (locks, ...): the type gives mark/free, the rest is private ----
typedef struct Native {
    Obj hdr;
    // followed by the module's own fields: allocate with gt_alloc(ts, type, size)
} Native;

#endif
