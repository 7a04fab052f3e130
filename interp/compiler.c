// compiler.c - from the AST to code objects: a single pass over each scope's statements
// emitting instructions with symbolic labels, then an assembly step that resolves labels,
// computes the stack depth by flow analysis and builds the Code object.
//
// Entry point: gt_compile (compile.h). Read compile_stmt and compile_expr first; the try/with
// patterns are documented at compile_try_except / compile_with; compile_unwind explains how
// `return`, `break` and `continue` leave try/with/loop blocks.
//
// Design notes
// - Exceptions use a runtime block stack: SETUP_FINALLY / SETUP_CLEANUP / SETUP_WITH push a
//   handler with the current stack depth (SETUP_CLEANUP and SETUP_WITH: one less, to drop
//   the exception or the __enter__ result on top), POP_BLOCK pops it. When an exception is raised the
//   VM pops the innermost block, cuts the stack back to its depth, pushes the exception and
//   jumps to the handler. Handlers start with PUSH_EXC_INFO, which saves the exception being
//   handled before (sys.exc_info()) under the new one, and leave with POP_EXCEPT.
// - Every instruction carries the source position of the AST node being compiled, as CPython
//   3.11 assigns them, so that tracebacks can underline the failing part of a line.
// - Instructions with an inline cache (LOAD_GLOBAL, LOAD_ATTR...) are followed by a CACHE word
//   holding the index of their cache entry.
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "compile.h"
#include "core.h"
#include "opcodes.h"
#include "symtable.h"

const char *const gt_opcode_names[] = {
#define GILT_OP_NAME(name, flags) #name,
    GILT_OPCODES(GILT_OP_NAME)
#undef GILT_OP_NAME
};

const unsigned char gt_opcode_flags[] = {
#define GILT_OP_FLAGS(name, flags) (flags),
    GILT_OPCODES(GILT_OP_FLAGS)
#undef GILT_OP_FLAGS
};

typedef struct CInstr {
    uint8_t op;
    int32_t arg;
    int32_t label; // for jumps: the target label, else -1
    Position pos;
} CInstr;

typedef enum FBlockType {
    FB_WHILE_LOOP,
    FB_FOR_LOOP,
    FB_TRY_EXCEPT,      // the body of a try with handlers
    FB_FINALLY_TRY,     // the body of a try with a finally clause
    FB_FINALLY_END,     // the finally clause run for an exception
    FB_WITH,
    FB_HANDLER_CLEANUP, // the body of an except clause
    FB_EXCEPTION_HANDLER,
} FBlockType;

typedef struct FBlock {
    FBlockType type;
    int block_label; // loops: where `continue` goes
    int exit_label;  // loops: where `break` goes
    const void *datum; // FB_FINALLY_TRY: the finally body (StmtSeq*); FB_HANDLER_CLEANUP: name
} FBlock;

#define MAX_FBLOCKS 20

typedef struct Unit {
    struct Unit *parent;
    Scope *scope;
    CInstr *code;
    int n, cap;
    int *labels;
    int nlabels, caplabels;
    List *consts;
    Dict *const_index; // (type, value) -> index
    List *names;
    Dict *name_index;
    // Fast-local slots: name -> slot. Locals (with cells) first, then free variables.
    const char **slot_names;
    int nslots, nlocals, nfree, ncells;
    Str *name, *qualname;
    int firstlineno;
    int argcount, posonly, kwonly, flags;
    int ncaches;
    Position pos;
    FBlock fblocks[MAX_FBLOCKS];
    int nfblocks;
    Value doc;
    bool is_class_body;
} Unit;

typedef struct Compiler {
    TS *ts;
    Arena *arena;
    SymTable st;
    const char *filename;
    Str *filename_str;
    const char *src;
    size_t srclen;
    Unit *u;
    SyntaxErr *err;
    bool failed;
    bool interactive;
    int depth; // nesting of compile_expr calls (recursion guard)
} Compiler;

// ---- Errors ----

static void compile_error(Compiler *c, Loc loc, const char *msg) {
    if (c->failed)
        return;
    c->failed = true;
    gt_syntax_error_at(c->err, SE_SYNTAX, c->src, c->srclen, loc, msg);
}

static void memory_error(Compiler *c) {
    if (c->failed)
        return;
    c->failed = true;
    c->err->kind = SE_MEMORY;
}

// ---- Emission ----

static void set_loc(Compiler *c, Loc loc) {
    c->u->pos.lineno = loc.lineno;
    c->u->pos.end_lineno = loc.end_lineno;
    c->u->pos.col = loc.col;
    c->u->pos.end_col = loc.end_col;
}

static int emit_raw(Compiler *c, int op, int arg, int label) {
    Unit *u = c->u;
    if (c->failed)
        return -1;
    if (u->n == u->cap) {
        int ncap = u->cap ? u->cap * 2 : 64;
        CInstr *nc = realloc(u->code, sizeof(CInstr) * (size_t)ncap);
        if (!nc) {
            memory_error(c);
            return -1;
        }
        u->code = nc;
        u->cap = ncap;
    }
    CInstr *in = &u->code[u->n++];
    in->op = (uint8_t)op;
    in->arg = arg;
    in->label = label;
    in->pos = u->pos;
    if (gt_opcode_flags[op] & OPF_CACHE) {
        int ci = u->ncaches++;
        return emit_raw(c, OP_CACHE, ci, -1) < 0 ? -1 : u->n - 2;
    }
    return u->n - 1;
}

static void emit(Compiler *c, int op, int arg) {
    emit_raw(c, op, arg, -1);
}

static int new_label(Compiler *c) {
    Unit *u = c->u;
    if (u->nlabels == u->caplabels) {
        int ncap = u->caplabels ? u->caplabels * 2 : 16;
        int *nl = realloc(u->labels, sizeof(int) * (size_t)ncap);
        if (!nl) {
            memory_error(c);
            return 0;
        }
        u->labels = nl;
        u->caplabels = ncap;
    }
    u->labels[u->nlabels] = -1;
    return u->nlabels++;
}

static void use_label(Compiler *c, int label) {
    if (!c->failed)
        c->u->labels[label] = c->u->n;
}

static void emit_jump(Compiler *c, int op, int label) {
    emit_raw(c, op, 0, label);
}

// ---- Constants and names ----

static int add_const(Compiler *c, Value v) {
    TS *ts = c->ts;
    Unit *u = c->u;
    if (c->failed)
        return 0;
    // Key on (type, value) so that 1, 1.0 and True stay distinct, and -0.0 apart from 0.0.
    Value key;
    Value tv = v_obj(gt_type_of(ts, v));
    if (IS_FLOAT(v) && AS_FLOAT(v) == 0.0 && signbit(AS_FLOAT(v))) {
        Tuple *t = gt_tuple_new(ts, 3);
        if (!t)
            goto fail;
        t->items[0] = tv;
        t->items[1] = v;
        t->items[2] = V_NONE;
        key = v_obj(t);
    } else if (IS_FLOAT(v) && isnan(AS_FLOAT(v))) {
        key = V_NULL; // never shared
    } else if (IS_OBJ(v) && (AS_OBJ(v)->kind == K_CODE || AS_OBJ(v)->kind == K_TUPLE ||
                             AS_OBJ(v)->kind == K_SET)) {
        // Not deduplicated: equal tuples or frozensets may hold items of different types
        // ((1,) == (True,)), which must stay apart.
        key = V_NULL;
    } else {
        Tuple *t = gt_tuple_pack2(ts, tv, v);
        if (!t)
            goto fail;
        key = v_obj(t);
    }
    if (!IS_NULL(key)) {
        Value found = gt_dict_get(ts, u->const_index, key);
        if (IS_ERR(found))
            goto fail;
        if (!IS_NULL(found))
            return (int)AS_INT(found);
    }
    int idx = (int)u->consts->len;
    if (!gt_list_append(ts, u->consts, v))
        goto fail;
    if (!IS_NULL(key) && gt_dict_set(ts, u->const_index, key, v_int(idx)) < 0)
        goto fail;
    return idx;
fail:
    gt_err_clear(ts);
    memory_error(c);
    return 0;
}

static int add_name_str(Compiler *c, Str *s) {
    TS *ts = c->ts;
    Unit *u = c->u;
    if (c->failed)
        return 0;
    Value found = gt_dict_get_str(u->name_index, s);
    if (!IS_NULL(found))
        return (int)AS_INT(found);
    int idx = (int)u->names->len;
    if (!gt_list_append(ts, u->names, v_obj(s)) ||
        gt_dict_set_str(ts, u->name_index, s, v_int(idx)) < 0) {
        gt_err_clear(ts);
        memory_error(c);
        return 0;
    }
    return idx;
}

static Str *intern(Compiler *c, const char *s) {
    Str *r = gt_str_intern_cstr(c->ts, s);
    if (!r) {
        gt_err_clear(c->ts);
        memory_error(c);
    }
    return r;
}

static int add_name(Compiler *c, const char *s) {
    Str *n = intern(c, s);
    return n ? add_name_str(c, n) : 0;
}

// A Value for an AST constant.
static Value const_value(Compiler *c, Const *k) {
    TS *ts = c->ts;
    switch (k->kind) {
        case C_NONE:
            return V_NONE;
        case C_TRUE:
            return V_TRUE;
        case C_FALSE:
            return V_FALSE;
        case C_ELLIPSIS:
            return v_obj(ts->interp->ellipsis);
        case C_INT:
            return v_int(k->i);
        case C_BIGINT: {
            Value v = gt_int_from_str(ts, k->s, k->len, 0);
            if (IS_ERR(v)) {
                gt_err_clear(ts);
                memory_error(c);
                return V_NONE;
            }
            return v;
        }
        case C_FLOAT:
            return v_float(k->f);
        case C_COMPLEX:
        case C_BYTES:
            return V_NULL; // reported by the caller
        case C_STR: {
            // Identifier-like strings are interned, as CPython does, so they compare by pointer.
            bool ident = k->len > 0 && k->len <= 40;
            for (size_t i = 0; ident && i < k->len; i++) {
                char ch = k->s[i];
                ident = (ch == '_' || (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') ||
                         (ch >= '0' && ch <= '9'));
            }
            Str *s = ident ? gt_str_intern(ts, k->s, k->len) : gt_str_new(ts, k->s, k->len);
            if (!s) {
                gt_err_clear(ts);
                memory_error(c);
                return V_NONE;
            }
            return v_obj(s);
        }
    }
    return V_NONE;
}

static void load_const(Compiler *c, Value v) {
    emit(c, OP_LOAD_CONST, add_const(c, v));
}

static void load_none(Compiler *c) {
    load_const(c, V_NONE);
}

// ---- Units ----

static int slot_of(Unit *u, const char *name) {
    for (int i = 0; i < u->nslots; i++)
        if (strcmp(u->slot_names[i], name) == 0)
            return i;
    return -1;
}

static bool add_slot(Compiler *c, Unit *u, const char *name) {
    if (slot_of(u, name) >= 0)
        return true;
    const char **ns = realloc(u->slot_names, sizeof(char *) * (size_t)(u->nslots + 1));
    if (!ns) {
        memory_error(c);
        return false;
    }
    u->slot_names = ns;
    u->slot_names[u->nslots++] = name;
    return true;
}

static int cmp_sym_order(const void *a, const void *b) {
    const Symbol *x = *(Symbol *const *)a, *y = *(Symbol *const *)b;
    return x->order - y->order;
}

// Lay out the fast-local slots of a unit from its scope: parameters first, then the other
// locals (and cells) in order of appearance, then the free variables.
static void layout_slots(Compiler *c, Unit *u, Arguments *args) {
    Scope *s = u->scope;
    bool fn = s->kind == SC_FUNCTION || s->kind == SC_LAMBDA || s->kind == SC_COMPREHENSION;
    if (s->kind == SC_COMPREHENSION)
        add_slot(c, u, ".0");
    if (args) {
        for (int i = 0; i < args->posonlyargs.n; i++)
            add_slot(c, u, args->posonlyargs.items[i]->name);
        for (int i = 0; i < args->args.n; i++)
            add_slot(c, u, args->args.items[i]->name);
        for (int i = 0; i < args->kwonlyargs.n; i++)
            add_slot(c, u, args->kwonlyargs.items[i]->name);
        if (args->vararg)
            add_slot(c, u, args->vararg->name);
        if (args->kwarg)
            add_slot(c, u, args->kwarg->name);
    }
    Symbol **syms = malloc(sizeof(Symbol *) * (size_t)(s->nsyms + 1));
    if (!syms) {
        memory_error(c);
        return;
    }
    int n = 0;
    for (int i = 0; i < s->capsyms; i++)
        if (s->syms[i].name)
            syms[n++] = &s->syms[i];
    qsort(syms, (size_t)n, sizeof(Symbol *), cmp_sym_order);
    if (fn) {
        for (int i = 0; i < n; i++)
            if ((syms[i]->flags & SYM_LOCAL) && !(syms[i]->flags & SYM_FREE))
                add_slot(c, u, syms[i]->name);
    }
    if (s->kind == SC_CLASS && s->needs_class_cell)
        add_slot(c, u, "__class__");
    u->nlocals = u->nslots;
    for (int i = 0; i < n; i++)
        if ((syms[i]->flags & SYM_FREE) && slot_of(u, syms[i]->name) < 0)
            add_slot(c, u, syms[i]->name);
    u->nfree = u->nslots - u->nlocals;
    u->ncells = 0;
    for (int i = 0; i < u->nlocals; i++) {
        Symbol *sym = gt_symtable_lookup(s, u->slot_names[i]);
        if ((sym && (sym->flags & SYM_CELL)) ||
            (s->kind == SC_CLASS && strcmp(u->slot_names[i], "__class__") == 0))
            u->ncells++;
    }
    free(syms);
}

static bool is_cell_slot(Unit *u, int slot) {
    if (slot >= u->nlocals)
        return false;
    if (u->is_class_body)
        return strcmp(u->slot_names[slot], "__class__") == 0;
    Symbol *sym = gt_symtable_lookup(u->scope, u->slot_names[slot]);
    return sym && (sym->flags & SYM_CELL);
}

static Unit *enter_unit(Compiler *c, Scope *scope, const char *name, Str *qualname,
                        int firstlineno, Arguments *args) {
    TS *ts = c->ts;
    Unit *u = calloc(1, sizeof(Unit));
    if (!u) {
        memory_error(c);
        return NULL;
    }
    u->parent = c->u;
    u->scope = scope;
    u->firstlineno = firstlineno;
    u->doc = V_NONE;
    u->is_class_body = scope->kind == SC_CLASS;
    // These objects are only reachable from the compiler until the code object is made;
    // the compiler never runs Python code, so no collection can happen meanwhile... except
    // that a collection may be pending at the next safe point: they stay referenced by the
    // Unit until the Code holds them.
    u->consts = gt_list_new(ts, 0);
    u->const_index = gt_dict_new(ts);
    u->names = gt_list_new(ts, 0);
    u->name_index = gt_dict_new(ts);
    u->name = gt_str_intern_cstr(ts, name);
    u->qualname = qualname ? qualname : u->name;
    if (!u->consts || !u->const_index || !u->names || !u->name_index || !u->name) {
        gt_err_clear(ts);
        free(u);
        memory_error(c);
        return NULL;
    }
    c->u = u;
    layout_slots(c, u, args);
    u->pos.lineno = firstlineno;
    u->pos.end_lineno = firstlineno;
    return u;
}

static void free_unit(Unit *u) {
    free(u->code);
    free(u->labels);
    free(u->slot_names);
    free(u);
}

// ---- Assembly ----

static int stack_effect(int op, int arg, bool jump) {
    switch (op) {
        case OP_NOP:
        case OP_CACHE:
        case OP_SWAP:
        case OP_DELETE_FAST:
        case OP_DELETE_NAME:
        case OP_DELETE_GLOBAL:
        case OP_DELETE_DEREF:
        case OP_MAKE_CELL:
        case OP_COPY_FREE_VARS:
        case OP_LOAD_ATTR:
        case OP_UNARY_NEGATIVE:
        case OP_UNARY_POSITIVE:
        case OP_UNARY_NOT:
        case OP_UNARY_INVERT:
        case OP_LIST_TO_TUPLE:
        case OP_GET_ITER:
        case OP_JUMP_FORWARD:
        case OP_JUMP_BACKWARD:
        case OP_KW_NAMES:
        case OP_CHECK_EXC_MATCH:
        case OP_SETUP_FINALLY:
        case OP_SETUP_CLEANUP:
        case OP_SETUP_WITH:
        case OP_POP_BLOCK:
        case OP_SETUP_ANNOTATIONS:
            return 0;
        case OP_POP_TOP:
        case OP_STORE_FAST:
        case OP_STORE_NAME:
        case OP_STORE_GLOBAL:
        case OP_STORE_DEREF:
        case OP_DELETE_ATTR:
        case OP_BINARY_OP:
        case OP_COMPARE_OP:
        case OP_IS_OP:
        case OP_CONTAINS_OP:
        case OP_BINARY_SUBSCR:
        case OP_LIST_APPEND:
        case OP_SET_ADD:
        case OP_LIST_EXTEND:
        case OP_SET_UPDATE:
        case OP_DICT_UPDATE:
        case OP_DICT_MERGE:
        case OP_POP_JUMP_IF_FALSE:
        case OP_POP_JUMP_IF_TRUE:
        case OP_POP_JUMP_IF_NONE:
        case OP_POP_JUMP_IF_NOT_NONE:
        case OP_RETURN_VALUE:
        case OP_IMPORT_NAME:
        case OP_IMPORT_STAR:
        case OP_RERAISE:
        case OP_POP_EXCEPT:
        case OP_PRINT_EXPR:
            return -1;
        case OP_PUSH_NULL:
        case OP_COPY:
        case OP_LOAD_CONST:
        case OP_LOAD_FAST:
        case OP_LOAD_NAME:
        case OP_LOAD_DEREF:
        case OP_LOAD_CLOSURE:
        case OP_LOAD_CLASSDEREF:
        case OP_LOAD_METHOD:
        case OP_LOAD_BUILD_CLASS:
        case OP_IMPORT_FROM:
        case OP_PUSH_EXC_INFO:
        case OP_BEFORE_WITH:
        case OP_WITH_EXCEPT_START:
        case OP_LOAD_ASSERTION_ERROR:
            return 1;
        case OP_LOAD_GLOBAL:
            return 1 + (arg & 1);
        case OP_STORE_ATTR:
        case OP_DELETE_SUBSCR:
        case OP_MAP_ADD:
            return -2;
        case OP_STORE_SUBSCR:
            return -3;
        case OP_BUILD_SLICE:
        case OP_BUILD_TUPLE:
        case OP_BUILD_LIST:
        case OP_BUILD_SET:
        case OP_BUILD_STRING:
            return 1 - arg;
        case OP_BUILD_MAP:
            return 1 - 2 * arg;
        case OP_BUILD_CONST_KEY_MAP:
            return -arg;
        case OP_FORMAT_VALUE:
            return (arg & FVS_HAVE_SPEC) ? -1 : 0;
        case OP_UNPACK_SEQUENCE:
            return arg - 1;
        case OP_UNPACK_EX:
            return (arg & 0xff) + (arg >> 8);
        case OP_FOR_ITER:
            return jump ? -1 : 1;
        case OP_JUMP_IF_FALSE_OR_POP:
        case OP_JUMP_IF_TRUE_OR_POP:
            return jump ? 0 : -1;
        case OP_CALL:
            return -arg - 1;
        case OP_CALL_FUNCTION_EX:
            return -2 - (arg & 1);
        case OP_MAKE_FUNCTION:
            return -(((arg & MF_DEFAULTS) != 0) + ((arg & MF_KWDEFAULTS) != 0) +
                     ((arg & MF_ANNOTATIONS) != 0) + ((arg & MF_CLOSURE) != 0));
        case OP_RAISE_VARARGS:
            return -arg;
        default:
            return 0;
    }
}

static bool is_terminal(int op) {
    return op == OP_JUMP_FORWARD || op == OP_JUMP_BACKWARD || op == OP_RETURN_VALUE ||
           op == OP_RAISE_VARARGS || op == OP_RERAISE;
}

// Flow analysis of stack depths: every instruction must be reached with one depth.
static int compute_stacksize(Compiler *c, Unit *u) {
    int n = u->n;
    int *depth = malloc(sizeof(int) * (size_t)(n + 1));
    int *work = malloc(sizeof(int) * (size_t)(n + 1));
    if (!depth || !work) {
        free(depth);
        free(work);
        memory_error(c);
        return 0;
    }
    for (int i = 0; i < n; i++)
        depth[i] = -1;
    int nwork = 0, maxdepth = 0;
#define PROPAGATE(target, d)                                                                     \
    do {                                                                                         \
        int t_ = (target), d_ = (d);                                                             \
        if (t_ < n) {                                                                            \
            if (depth[t_] < 0) {                                                                 \
                depth[t_] = d_;                                                                  \
                work[nwork++] = t_;                                                              \
            } else if (depth[t_] != d_) {                                                        \
                bad = true;                                                                      \
            }                                                                                    \
        }                                                                                        \
    } while (0)
    bool bad = false;
    if (n > 0) {
        depth[0] = 0;
        work[nwork++] = 0;
    }
    while (nwork > 0) {
        int i = work[--nwork];
        int d = depth[i];
        for (; i < n; i++) {
            CInstr *in = &u->code[i];
            if (i > 0 && depth[i] >= 0 && depth[i] != d) {
                bad = true;
                break;
            }
            depth[i] = d;
            if (d > maxdepth)
                maxdepth = d;
            if (in->op == OP_SETUP_FINALLY) {
                PROPAGATE(in->arg, d + 1);
            } else if (in->op == OP_SETUP_WITH || in->op == OP_SETUP_CLEANUP) {
                PROPAGATE(in->arg, d);
            } else if (gt_opcode_flags[in->op] & OPF_JUMP) {
                PROPAGATE(in->arg, d + stack_effect(in->op, in->arg, true));
            }
            int nd = d + stack_effect(in->op, in->arg, false);
            if (nd > maxdepth)
                maxdepth = nd;
            if (nd < 0)
                bad = true;
            if (is_terminal(in->op))
                break;
            d = nd;
            if (i + 1 < n && depth[i + 1] >= 0) {
                if (depth[i + 1] != d)
                    bad = true;
                break;
            }
        }
    }
#undef PROPAGATE
    free(depth);
    free(work);
    if (bad && !c->failed) {
        c->failed = true;
        c->err->kind = SE_SYNTAX;
        snprintf(c->err->msg, sizeof c->err->msg, "internal compiler error: stack depth");
        c->err->lineno = u->firstlineno;
        c->err->offset = 0;
        c->err->text[0] = 0;
    }
    return maxdepth + 2;
}

static Code *assemble(Compiler *c) {
    TS *ts = c->ts;
    Unit *u = c->u;
    if (c->failed)
        return NULL;
    // Resolve labels.
    for (int i = 0; i < u->n; i++) {
        CInstr *in = &u->code[i];
        if (in->label >= 0) {
            int target = u->labels[in->label];
            if (target < 0) {
                compile_error(c, (Loc){u->firstlineno, 0, u->firstlineno, 0},
                              "internal compiler error: unplaced label");
                return NULL;
            }
            in->arg = target;
        }
        if (in->arg < 0 || in->arg >= (1 << 24)) {
            compile_error(c, (Loc){in->pos.lineno, in->pos.col, in->pos.end_lineno, in->pos.end_col},
                          "too many constants, names or instructions in one code object");
            return NULL;
        }
    }
    int stacksize = compute_stacksize(c, u);
    if (c->failed)
        return NULL;
    Code *co = gt_code_new(ts);
    if (!co || !gt_push(ts, v_obj(co))) {
        gt_err_clear(ts);
        memory_error(c);
        return NULL;
    }
    co->ncode = (uint32_t)u->n;
    co->code = gt_mem_alloc(ts, sizeof(Instr) * (size_t)(u->n ? u->n : 1));
    co->positions = gt_mem_alloc(ts, sizeof(Position) * (size_t)(u->n ? u->n : 1));
    co->ncaches = (uint32_t)u->ncaches;
    co->caches = gt_mem_alloc(ts, sizeof(InlineCache) * (size_t)(u->ncaches ? u->ncaches : 1));
    Tuple *consts = gt_tuple_from(ts, u->consts->items, u->consts->len);
    Tuple *names = consts ? gt_tuple_from(ts, u->names->items, u->names->len) : NULL;
    Tuple *lnames = names ? gt_tuple_new(ts, (uint32_t)u->nslots) : NULL;
    if (!co->code || !co->positions || !co->caches || !lnames) {
        gt_popn(ts, 1);
        gt_err_clear(ts);
        memory_error(c);
        return NULL;
    }
    memset(co->caches, 0, sizeof(InlineCache) * (size_t)(u->ncaches ? u->ncaches : 1));
    for (int i = 0; i < u->ncaches; i++)
        co->caches[i].value = V_NULL;
    for (int i = 0; i < u->n; i++) {
        co->code[i] = MAKE_INSTR(u->code[i].op, (uint32_t)u->code[i].arg);
        co->positions[i] = u->code[i].pos;
    }
    co->consts = consts;
    co->names = names;
    co->localnames = lnames;
    for (int i = 0; i < u->nslots; i++) {
        Str *s = gt_str_intern_cstr(ts, u->slot_names[i]);
        if (!s) {
            gt_popn(ts, 1);
            gt_err_clear(ts);
            memory_error(c);
            return NULL;
        }
        lnames->items[i] = v_obj(s);
    }
    co->nlocals = (uint32_t)u->nlocals;
    co->ncells = (uint32_t)u->ncells;
    co->nfree = (uint32_t)u->nfree;
    co->nlocalsplus = (uint32_t)u->nslots;
    co->argcount = (uint32_t)u->argcount;
    co->posonlyargcount = (uint32_t)u->posonly;
    co->kwonlyargcount = (uint32_t)u->kwonly;
    co->flags = (uint32_t)u->flags;
    co->stacksize = (uint32_t)stacksize;
    co->firstlineno = (uint32_t)u->firstlineno;
    co->name = u->name;
    co->qualname = u->qualname;
    co->filename = c->filename_str;
    co->doc = u->doc;
    gt_popn(ts, 1);
    return co;
}

// ---- Blocks ----

static bool push_fblock(Compiler *c, Loc loc, FBlockType t, int block_label, int exit_label,
                        const void *datum) {
    Unit *u = c->u;
    if (u->nfblocks >= MAX_FBLOCKS) {
        compile_error(c, loc, "too many statically nested blocks");
        return false;
    }
    FBlock *fb = &u->fblocks[u->nfblocks++];
    fb->type = t;
    fb->block_label = block_label;
    fb->exit_label = exit_label;
    fb->datum = datum;
    return true;
}

static void pop_fblock(Compiler *c) {
    c->u->nfblocks--;
}

static void compile_stmts(Compiler *c, StmtSeq *body);
static void compile_expr(Compiler *c, Expr *e);
static void compile_store(Compiler *c, Expr *target);
static void compile_nameop(Compiler *c, const char *name, ExprCtx ctx);

// Emit the code that leaves block fb (for return/break/continue). With preserve_tos the value
// on top of the stack (a return value) is kept on top.
static void unwind_fblock(Compiler *c, FBlock *fb, bool preserve_tos) {
    switch (fb->type) {
        case FB_WHILE_LOOP:
        case FB_EXCEPTION_HANDLER:
            return;
        case FB_FOR_LOOP:
            if (preserve_tos)
                emit(c, OP_SWAP, 2);
            emit(c, OP_POP_TOP, 0);
            return;
        case FB_TRY_EXCEPT:
            emit(c, OP_POP_BLOCK, 0);
            return;
        case FB_FINALLY_TRY: {
            emit(c, OP_POP_BLOCK, 0);
            // Run the finally body here, outside its own block so that a return inside it
            // goes to the enclosing blocks.
            FBlock saved = *fb;
            Unit *u = c->u;
            int idx = (int)(fb - u->fblocks);
            int saved_n = u->nfblocks;
            u->nfblocks = idx;
            compile_stmts(c, (StmtSeq *)saved.datum);
            u->nfblocks = saved_n;
            u->fblocks[idx] = saved;
            return;
        }
        case FB_FINALLY_END:
            emit(c, OP_POP_BLOCK, 0);
            if (preserve_tos)
                emit(c, OP_SWAP, 2);
            emit(c, OP_POP_TOP, 0); // the exception
            if (preserve_tos)
                emit(c, OP_SWAP, 2);
            emit(c, OP_POP_EXCEPT, 0);
            return;
        case FB_WITH:
            emit(c, OP_POP_BLOCK, 0);
            if (preserve_tos)
                emit(c, OP_SWAP, 2);
            load_none(c);
            load_none(c);
            load_none(c);
            emit(c, OP_CALL, 2);
            emit(c, OP_POP_TOP, 0);
            return;
        case FB_HANDLER_CLEANUP: {
            const char *name = fb->datum;
            if (name)
                emit(c, OP_POP_BLOCK, 0);
            emit(c, OP_POP_BLOCK, 0);
            if (preserve_tos)
                emit(c, OP_SWAP, 2);
            emit(c, OP_POP_EXCEPT, 0);
            if (name) {
                load_none(c);
                compile_nameop(c, name, CTX_STORE);
                compile_nameop(c, name, CTX_DEL);
            }
            return;
        }
    }
}

// ---- Names ----

static void compile_nameop(Compiler *c, const char *name, ExprCtx ctx) {
    Unit *u = c->u;
    Scope *s = u->scope;
    Symbol *sym = gt_symtable_lookup(s, name);
    int flags = sym ? sym->flags : SYM_GLOBAL_IMPLICIT;
    bool fn = s->kind == SC_FUNCTION || s->kind == SC_LAMBDA || s->kind == SC_COMPREHENSION;
    if (u->is_class_body && strcmp(name, "__class__") == 0 && s->needs_class_cell &&
        !(flags & SYM_LOCAL)) {
        // The implicit cell, not a class attribute.
        int slot = slot_of(u, name);
        emit(c, ctx == CTX_LOAD ? OP_LOAD_DEREF : (ctx == CTX_STORE ? OP_STORE_DEREF
                                                                     : OP_DELETE_DEREF),
             slot);
        return;
    }
    if ((flags & SYM_FREE) && !(u->is_class_body && (flags & SYM_LOCAL))) {
        int slot = slot_of(u, name);
        int op = ctx == CTX_LOAD ? (u->is_class_body ? OP_LOAD_CLASSDEREF : OP_LOAD_DEREF)
                                 : (ctx == CTX_STORE ? OP_STORE_DEREF : OP_DELETE_DEREF);
        emit(c, op, slot);
        return;
    }
    if (fn && (flags & SYM_LOCAL)) {
        int slot = slot_of(u, name);
        int op;
        if (flags & SYM_CELL)
            op = ctx == CTX_LOAD ? OP_LOAD_DEREF : (ctx == CTX_STORE ? OP_STORE_DEREF
                                                                      : OP_DELETE_DEREF);
        else
            op = ctx == CTX_LOAD ? OP_LOAD_FAST : (ctx == CTX_STORE ? OP_STORE_FAST
                                                                     : OP_DELETE_FAST);
        emit(c, op, slot);
        return;
    }
    int idx = add_name(c, name);
    if ((flags & SYM_GLOBAL_EXPLICIT) || (fn && (flags & SYM_GLOBAL_IMPLICIT))) {
        if (ctx == CTX_LOAD)
            emit(c, OP_LOAD_GLOBAL, idx << 1);
        else
            emit(c, ctx == CTX_STORE ? OP_STORE_GLOBAL : OP_DELETE_GLOBAL, idx);
        return;
    }
    emit(c, ctx == CTX_LOAD ? OP_LOAD_NAME : (ctx == CTX_STORE ? OP_STORE_NAME : OP_DELETE_NAME),
         idx);
}

// ---- Expressions ----

static bool has_starred(ExprSeq *elts) {
    for (int i = 0; i < elts->n; i++)
        if (elts->items[i]->kind == E_STARRED)
            return true;
    return false;
}

// ---- Constant folding ----
//
// As CPython's AST optimizer does, arithmetic on constants is done at compile time: -1, 2**61,
// "ab" * 2, and tuples of constants become single constants. Besides speed this matters for
// behaviour students can see: a set display of constants is built from a frozenset, which
// decides its iteration order. CPython's limits are kept (no ints over 128 bits from * ** <<,
// no strings over 4096 characters), and an operation that would raise is left for run time.

#define FOLD_MAX_INT_BITS 128
#define FOLD_MAX_STR 4096

static bool fold(Compiler *c, Expr *e, Value *out, int depth);

static bool fold_const(Compiler *c, Const *k, Value *out) {
    if (k->kind == C_COMPLEX || k->kind == C_BYTES)
        return false;
    *out = const_value(c, k);
    return !c->failed;
}

static int64_t int_bits(Value v) {
    return IS_ANYINT(v) ? gt_int_bit_length(v) : 0;
}

// Would folding a op b make something too large to keep as a constant?
static bool fold_too_big(TS *ts, Value a, Value b, int op) {
    if (IS_ANYINT(a) && IS_ANYINT(b)) {
        int64_t ba = int_bits(a);
        switch (op) {
            case NB_MULTIPLY:
                return ba + int_bits(b) > FOLD_MAX_INT_BITS;
            case NB_POWER:
                if (gt_int_sign(b) < 0 || !IS_INT(b))
                    return gt_int_sign(b) >= 0;
                return ba > 0 && AS_INT(b) > FOLD_MAX_INT_BITS / ba;
            case NB_LSHIFT:
                return !IS_INT(b) || AS_INT(b) > FOLD_MAX_INT_BITS ||
                       ba + AS_INT(b) > FOLD_MAX_INT_BITS;
            default:
                return false;
        }
    }
    if (op == NB_MULTIPLY && (IS_STR(a) || IS_STR(b))) {
        Value s = IS_STR(a) ? a : b, n = IS_STR(a) ? b : a;
        if (!IS_SMALLINT_OR_BOOL(n))
            return true;
        int64_t len = (int64_t)STR_VAL(s)->nchars;
        return AS_INT(n) > 0 && len > 0 && AS_INT(n) > FOLD_MAX_STR / len;
    }
    if (op == NB_ADD && IS_STR(a) && IS_STR(b))
        return STR_VAL(a)->nchars + STR_VAL(b)->nchars > FOLD_MAX_STR;
    GT_UNUSED(ts);
    // Other combinations (str % x, tuple ops...) are not folded.
    return !((IS_ANYINT(a) || IS_FLOAT(a) || IS_BOOL(a)) && (IS_ANYINT(b) || IS_FLOAT(b) || IS_BOOL(b)));
}

static bool fold(Compiler *c, Expr *e, Value *out, int depth) {
    TS *ts = c->ts;
    if (depth > 100 || c->failed)
        return false;
    switch (e->kind) {
        case E_CONSTANT:
            return fold_const(c, &e->v.constant, out);
        case E_UNARYOP: {
            if (e->v.unaryop.op == UOP_NOT)
                return false;
            Value v;
            if (!fold(c, e->v.unaryop.operand, &v, depth + 1))
                return false;
            if (!IS_ANYINT(v) && !IS_FLOAT(v) && !IS_BOOL(v))
                return false;
            if (IS_FLOAT(v) && e->v.unaryop.op == UOP_INVERT)
                return false;
            static const int un[] = {UN_INVERT, -1, UN_POS, UN_NEG};
            Value r = gt_unary(ts, v, un[e->v.unaryop.op]);
            if (IS_ERR(r)) {
                gt_err_clear(ts);
                return false;
            }
            *out = r;
            return true;
        }
        case E_BINOP: {
            Value a, b;
            if (!fold(c, e->v.binop.left, &a, depth + 1) ||
                !gt_push(ts, a) || !fold(c, e->v.binop.right, &b, depth + 1)) {
                gt_err_clear(ts);
                return false;
            }
            gt_popn(ts, 1);
            int op = e->v.binop.op;
            if (op == NB_MATRIX_MULTIPLY || fold_too_big(ts, a, b, op))
                return false;
            Value r = gt_binop(ts, a, b, op);
            if (IS_ERR(r)) {
                gt_err_clear(ts);
                return false;
            }
            *out = r;
            return true;
        }
        case E_TUPLE: {
            ExprSeq *elts = &e->v.seq.elts;
            if (e->v.seq.ctx != CTX_LOAD || elts->n == 0 || elts->n > 256)
                return false;
            Tuple *t = gt_tuple_new(ts, (uint32_t)elts->n);
            if (!t || !gt_push(ts, v_obj(t))) {
                gt_err_clear(ts);
                return false;
            }
            bool ok = true;
            for (int i = 0; ok && i < elts->n; i++)
                ok = fold(c, elts->items[i], &t->items[i], depth + 1);
            gt_popn(ts, 1);
            if (ok)
                *out = v_obj(t);
            return ok;
        }
        default:
            return false;
    }
}

static void check_const_supported(Compiler *c, Expr *e) {
    if (e->v.constant.kind == C_COMPLEX)
        compile_error(c, e->loc, "complex numbers are not supported by gilt");
    else if (e->v.constant.kind == C_BYTES)
        compile_error(c, e->loc, "bytes literals are not supported by gilt yet");
}

// Build a sequence (list, tuple or set) from elements that may include *starred ones.
static void compile_sequence(Compiler *c, ExprSeq *elts, int kind) {
    int build = kind == E_SET ? OP_BUILD_SET : OP_BUILD_LIST;
    if (kind == E_SET && elts->n >= 3 && !has_starred(elts)) {
        // A display of three or more constants is built from a constant frozenset, as
        // CPython does; the way the set is filled decides its iteration order.
        Tuple *t = gt_tuple_new(c->ts, (uint32_t)elts->n);
        if (!t || !gt_push(c->ts, v_obj(t))) {
            gt_err_clear(c->ts);
            memory_error(c);
            return;
        }
        bool all_const = true;
        for (int i = 0; i < elts->n && all_const; i++)
            all_const = fold(c, elts->items[i], &t->items[i], 0);
        Set *fs = all_const ? gt_frozenset_const(c->ts, t) : NULL;
        gt_popn(c->ts, 1);
        if (all_const && !fs) {
            gt_err_clear(c->ts); // an unhashable constant: build the set at run time
            all_const = false;
        }
        if (all_const) {
            emit(c, OP_BUILD_SET, 0);
            load_const(c, v_obj(fs));
            emit(c, OP_SET_UPDATE, 1);
            return;
        }
    }
    if (!has_starred(elts)) {
        if (kind == E_TUPLE && elts->n > 0) {
            Value t;
            if (fold(c, &(Expr){.kind = E_TUPLE, .v.seq = {*elts, CTX_LOAD}}, &t, 0)) {
                load_const(c, t);
                return;
            }
        }
        for (int i = 0; i < elts->n; i++)
            compile_expr(c, elts->items[i]);
        emit(c, kind == E_TUPLE ? OP_BUILD_TUPLE : build, elts->n);
        return;
    }
    // With starred items: start empty, append runs of plain items, extend with starred ones.
    int pending = 0;
    bool started = false;
    for (int i = 0; i < elts->n; i++) {
        Expr *e = elts->items[i];
        if (e->kind == E_STARRED) {
            if (!started) {
                emit(c, build, pending);
                started = true;
            } else if (pending) {
                // Not reached: pending items are appended immediately below.
            }
            pending = 0;
            compile_expr(c, e->v.starred.value);
            emit(c, kind == E_SET ? OP_SET_UPDATE : OP_LIST_EXTEND, 1);
        } else {
            compile_expr(c, e);
            if (started)
                emit(c, kind == E_SET ? OP_SET_ADD : OP_LIST_APPEND, 1);
            else
                pending++;
        }
    }
    if (!started)
        emit(c, build, pending);
    if (kind == E_TUPLE)
        emit(c, OP_LIST_TO_TUPLE, 0);
}

static void compile_dict(Compiler *c, Expr *e) {
    ExprSeq *keys = &e->v.dict.keys, *vals = &e->v.dict.values;
    int n = keys->n;
    bool unpack = false;
    for (int i = 0; i < n; i++)
        unpack |= keys->items[i] == NULL;
    if (!unpack) {
        for (int i = 0; i < n; i++) {
            compile_expr(c, keys->items[i]);
            compile_expr(c, vals->items[i]);
        }
        emit(c, OP_BUILD_MAP, n);
        return;
    }
    int run = 0;
    bool have = false;
    for (int i = 0; i < n; i++) {
        if (keys->items[i] == NULL) {
            if (run || !have) {
                emit(c, OP_BUILD_MAP, run);
                if (have)
                    emit(c, OP_DICT_UPDATE, 1);
                have = true;
                run = 0;
            }
            compile_expr(c, vals->items[i]);
            emit(c, OP_DICT_UPDATE, 1);
        } else {
            compile_expr(c, keys->items[i]);
            compile_expr(c, vals->items[i]);
            run++;
        }
    }
    if (run) {
        emit(c, OP_BUILD_MAP, run);
        emit(c, OP_DICT_UPDATE, 1);
    }
}

static int cmp_opcode(CmpOpKind k, int *arg) {
    switch (k) {
        case CMPOP_EQ:
            *arg = CMP_EQ;
            return OP_COMPARE_OP;
        case CMPOP_NOTEQ:
            *arg = CMP_NE;
            return OP_COMPARE_OP;
        case CMPOP_LT:
            *arg = CMP_LT;
            return OP_COMPARE_OP;
        case CMPOP_LTE:
            *arg = CMP_LE;
            return OP_COMPARE_OP;
        case CMPOP_GT:
            *arg = CMP_GT;
            return OP_COMPARE_OP;
        case CMPOP_GTE:
            *arg = CMP_GE;
            return OP_COMPARE_OP;
        case CMPOP_IS:
            *arg = 0;
            return OP_IS_OP;
        case CMPOP_ISNOT:
            *arg = 1;
            return OP_IS_OP;
        case CMPOP_IN:
            *arg = 0;
            return OP_CONTAINS_OP;
        case CMPOP_NOTIN:
            *arg = 1;
            return OP_CONTAINS_OP;
    }
    *arg = 0;
    return OP_COMPARE_OP;
}

static void emit_compare(Compiler *c, CmpOpKind k) {
    int arg;
    int op = cmp_opcode(k, &arg);
    emit(c, op, arg);
}

static void compile_compare(Compiler *c, Expr *e) {
    int n = e->v.compare.comparators.n;
    compile_expr(c, e->v.compare.left);
    if (n == 1) {
        compile_expr(c, e->v.compare.comparators.items[0]);
        emit_compare(c, e->v.compare.ops[0]);
        return;
    }
    int cleanup = new_label(c);
    for (int i = 0; i < n - 1; i++) {
        compile_expr(c, e->v.compare.comparators.items[i]);
        emit(c, OP_SWAP, 2);
        emit(c, OP_COPY, 2);
        emit_compare(c, e->v.compare.ops[i]);
        emit_jump(c, OP_JUMP_IF_FALSE_OR_POP, cleanup);
    }
    compile_expr(c, e->v.compare.comparators.items[n - 1]);
    emit_compare(c, e->v.compare.ops[n - 1]);
    int end = new_label(c);
    emit_jump(c, OP_JUMP_FORWARD, end);
    use_label(c, cleanup);
    emit(c, OP_SWAP, 2);
    emit(c, OP_POP_TOP, 0);
    use_label(c, end);
}

// Jump to `label` if the truth of e equals `cond`; fall through otherwise.
static void compile_jump_if(Compiler *c, Expr *e, bool cond, int label) {
    Position saved = c->u->pos;
    set_loc(c, e->loc);
    switch (e->kind) {
        case E_UNARYOP:
            if (e->v.unaryop.op == UOP_NOT) {
                compile_jump_if(c, e->v.unaryop.operand, !cond, label);
                c->u->pos = saved;
                return;
            }
            break;
        case E_BOOLOP: {
            ExprSeq *vals = &e->v.boolop.values;
            bool is_or = e->v.boolop.op == BOOLOP_OR;
            int next = cond != is_or ? new_label(c) : label;
            for (int i = 0; i < vals->n - 1; i++)
                compile_jump_if(c, vals->items[i], is_or, next);
            compile_jump_if(c, vals->items[vals->n - 1], cond, label);
            if (next != label)
                use_label(c, next);
            c->u->pos = saved;
            return;
        }
        case E_COMPARE:
            if (e->v.compare.comparators.n > 1) {
                // Chained: evaluate each link, jumping out early when one is false.
                int n = e->v.compare.comparators.n;
                int cleanup = new_label(c);
                compile_expr(c, e->v.compare.left);
                for (int i = 0; i < n - 1; i++) {
                    compile_expr(c, e->v.compare.comparators.items[i]);
                    emit(c, OP_SWAP, 2);
                    emit(c, OP_COPY, 2);
                    emit_compare(c, e->v.compare.ops[i]);
                    emit_jump(c, OP_POP_JUMP_IF_FALSE, cleanup);
                }
                compile_expr(c, e->v.compare.comparators.items[n - 1]);
                emit_compare(c, e->v.compare.ops[n - 1]);
                emit_jump(c, cond ? OP_POP_JUMP_IF_TRUE : OP_POP_JUMP_IF_FALSE, label);
                int end = new_label(c);
                emit_jump(c, OP_JUMP_FORWARD, end);
                use_label(c, cleanup);
                emit(c, OP_POP_TOP, 0);
                if (!cond)
                    emit_jump(c, OP_JUMP_FORWARD, label);
                use_label(c, end);
                c->u->pos = saved;
                return;
            }
            break;
        default:
            break;
    }
    compile_expr(c, e);
    set_loc(c, e->loc);
    emit_jump(c, cond ? OP_POP_JUMP_IF_TRUE : OP_POP_JUMP_IF_FALSE, label);
    c->u->pos = saved;
}

static void compile_boolop(Compiler *c, Expr *e) {
    ExprSeq *vals = &e->v.boolop.values;
    int end = new_label(c);
    int op = e->v.boolop.op == BOOLOP_AND ? OP_JUMP_IF_FALSE_OR_POP : OP_JUMP_IF_TRUE_OR_POP;
    for (int i = 0; i < vals->n - 1; i++) {
        compile_expr(c, vals->items[i]);
        set_loc(c, e->loc);
        emit_jump(c, op, end);
    }
    compile_expr(c, vals->items[vals->n - 1]);
    use_label(c, end);
}

static void compile_slice_expr(Compiler *c, Expr *s) {
    int n = 2;
    if (s->v.slice.lower)
        compile_expr(c, s->v.slice.lower);
    else
        load_none(c);
    if (s->v.slice.upper)
        compile_expr(c, s->v.slice.upper);
    else
        load_none(c);
    if (s->v.slice.step) {
        compile_expr(c, s->v.slice.step);
        n = 3;
    }
    emit(c, OP_BUILD_SLICE, n);
}

static void compile_subscript_key(Compiler *c, Expr *slice) {
    if (slice->kind == E_SLICE) {
        Position saved = c->u->pos;
        set_loc(c, slice->loc);
        compile_slice_expr(c, slice);
        c->u->pos = saved;
    } else {
        compile_expr(c, slice);
    }
}

static void compile_fstring_value(Compiler *c, Expr *e) {
    compile_expr(c, e->v.formatted.value);
    int arg = FVC_NONE;
    switch (e->v.formatted.conversion) {
        case 's':
            arg = FVC_STR;
            break;
        case 'r':
            arg = FVC_REPR;
            break;
        case 'a':
            arg = FVC_ASCII;
            break;
        default:
            break;
    }
    if (e->v.formatted.format_spec) {
        compile_expr(c, e->v.formatted.format_spec);
        arg |= FVS_HAVE_SPEC;
    }
    set_loc(c, e->loc);
    emit(c, OP_FORMAT_VALUE, arg);
}

static void compile_joinedstr(Compiler *c, Expr *e) {
    ExprSeq *vals = &e->v.joinedstr.values;
    if (vals->n == 0) {
        load_const(c, v_obj(c->ts->interp->empty_str));
        return;
    }
    for (int i = 0; i < vals->n; i++)
        compile_expr(c, vals->items[i]);
    if (vals->n > 1 || vals->items[0]->kind != E_FORMATTEDVALUE) {
        set_loc(c, e->loc);
        if (vals->n > 1)
            emit(c, OP_BUILD_STRING, vals->n);
    }
}

static bool keywords_have_unpack(KeywordSeq *kws) {
    for (int i = 0; i < kws->n; i++)
        if (kws->items[i]->arg == NULL)
            return true;
    return false;
}

// Arguments of a call, after the callable (and self) are on the stack.
static void compile_call_args(Compiler *c, Expr *call, int nself_extra) {
    ExprSeq *args = &call->v.call.args;
    KeywordSeq *kws = &call->v.call.keywords;
    if (!has_starred(args) && !keywords_have_unpack(kws)) {
        for (int i = 0; i < args->n; i++)
            compile_expr(c, args->items[i]);
        for (int i = 0; i < kws->n; i++)
            compile_expr(c, kws->items[i]->value);
        set_loc(c, call->loc);
        if (kws->n) {
            Tuple *names = gt_tuple_new(c->ts, (uint32_t)kws->n);
            if (!names) {
                gt_err_clear(c->ts);
                memory_error(c);
                return;
            }
            for (int i = 0; i < kws->n; i++) {
                Str *s = intern(c, kws->items[i]->arg);
                if (!s)
                    return;
                names->items[i] = v_obj(s);
            }
            emit(c, OP_KW_NAMES, add_const(c, v_obj(names)));
        }
        emit(c, OP_CALL, args->n + kws->n + nself_extra);
        return;
    }
    // General form: a tuple of positionals and a dict of keywords, then CALL_FUNCTION_EX.
    if (args->n == 1 && args->items[0]->kind == E_STARRED) {
        compile_expr(c, args->items[0]->v.starred.value);
    } else {
        emit(c, OP_BUILD_LIST, 0);
        for (int i = 0; i < args->n; i++) {
            Expr *a = args->items[i];
            if (a->kind == E_STARRED) {
                compile_expr(c, a->v.starred.value);
                emit(c, OP_LIST_EXTEND, 1);
            } else {
                compile_expr(c, a);
                emit(c, OP_LIST_APPEND, 1);
            }
        }
        emit(c, OP_LIST_TO_TUPLE, 0);
    }
    int flags = 0;
    if (kws->n) {
        flags = 1;
        emit(c, OP_BUILD_MAP, 0);
        int run = 0;
        for (int i = 0; i < kws->n; i++) {
            Keyword *k = kws->items[i];
            if (k->arg) {
                Str *s = intern(c, k->arg);
                if (!s)
                    return;
                load_const(c, v_obj(s));
                compile_expr(c, k->value);
                run++;
            } else {
                if (run) {
                    emit(c, OP_BUILD_MAP, run);
                    emit(c, OP_DICT_MERGE, 1);
                    run = 0;
                }
                compile_expr(c, k->value);
                emit(c, OP_DICT_MERGE, 1);
            }
        }
        if (run) {
            emit(c, OP_BUILD_MAP, run);
            emit(c, OP_DICT_MERGE, 1);
        }
    }
    set_loc(c, call->loc);
    emit(c, OP_CALL_FUNCTION_EX, flags);
}

static void compile_call(Compiler *c, Expr *e) {
    Expr *f = e->v.call.func;
    bool simple_args = !has_starred(&e->v.call.args) &&
                       !keywords_have_unpack(&e->v.call.keywords);
    if (f->kind == E_ATTRIBUTE && f->v.attribute.ctx == CTX_LOAD && simple_args) {
        compile_expr(c, f->v.attribute.value);
        set_loc(c, f->loc);
        emit(c, OP_LOAD_METHOD, add_name(c, f->v.attribute.attr));
        compile_call_args(c, e, 0);
        return;
    }
    if (f->kind == E_NAME) {
        Symbol *sym = gt_symtable_lookup(c->u->scope, f->v.name.id);
        int flags = sym ? sym->flags : SYM_GLOBAL_IMPLICIT;
        Scope *s = c->u->scope;
        bool fn = s->kind == SC_FUNCTION || s->kind == SC_LAMBDA || s->kind == SC_COMPREHENSION;
        if ((flags & SYM_GLOBAL_EXPLICIT) || (fn && (flags & SYM_GLOBAL_IMPLICIT))) {
            set_loc(c, f->loc);
            emit(c, OP_LOAD_GLOBAL, (add_name(c, f->v.name.id) << 1) | 1);
            compile_call_args(c, e, 0);
            return;
        }
    }
    emit(c, OP_PUSH_NULL, 0);
    compile_expr(c, f);
    compile_call_args(c, e, 0);
}

static Str *qualname_for(Compiler *c, const char *name) {
    Unit *u = c->u;
    // Functions at module level are just their name; inside a function, parent.<locals>.name;
    // inside a class, Class.name.
    if (!u || u->scope->kind == SC_MODULE)
        return intern(c, name);
    Str *r;
    if (u->scope->kind == SC_CLASS)
        r = gt_format_msg(c->ts, "%S.%s", u->qualname, name);
    else
        r = gt_format_msg(c->ts, "%S.<locals>.%s", u->qualname, name);
    if (!r) {
        gt_err_clear(c->ts);
        memory_error(c);
    }
    return r;
}

// Make a function object from the just-compiled code: closure cells, then MAKE_FUNCTION.
static void make_closure(Compiler *c, Code *co, int flags) {
    Unit *u = c->u;
    if (co->nfree > 0) {
        for (uint32_t i = 0; i < co->nfree; i++) {
            Str *name = STR_VAL(co->localnames->items[co->nlocals + i]);
            int slot = slot_of(u, name->data);
            if (slot < 0) {
                compile_error(c, (Loc){u->pos.lineno, u->pos.col, u->pos.end_lineno,
                                       u->pos.end_col},
                              "internal compiler error: missing closure variable");
                return;
            }
            emit(c, OP_LOAD_CLOSURE, slot);
        }
        emit(c, OP_BUILD_TUPLE, (int)co->nfree);
        flags |= MF_CLOSURE;
    }
    load_const(c, v_obj(co));
    emit(c, OP_MAKE_FUNCTION, flags);
}

// Function prologue: cells and free variables.
static void emit_prologue(Compiler *c) {
    Unit *u = c->u;
    if (u->nfree)
        emit(c, OP_COPY_FREE_VARS, u->nfree);
    for (int i = 0; i < u->nlocals; i++)
        if (is_cell_slot(u, i))
            emit(c, OP_MAKE_CELL, i);
}

// Compile default values; returns MAKE_FUNCTION flags.
static int compile_defaults(Compiler *c, Arguments *args) {
    int flags = 0;
    if (args->defaults.n) {
        for (int i = 0; i < args->defaults.n; i++)
            compile_expr(c, args->defaults.items[i]);
        emit(c, OP_BUILD_TUPLE, args->defaults.n);
        flags |= MF_DEFAULTS;
    }
    int nkw = 0;
    for (int i = 0; i < args->kwonlyargs.n; i++) {
        Expr *d = args->kw_defaults.items[i];
        if (!d)
            continue;
        Str *s = intern(c, args->kwonlyargs.items[i]->name);
        if (!s)
            return flags;
        load_const(c, v_obj(s));
        compile_expr(c, d);
        nkw++;
    }
    if (nkw) {
        emit(c, OP_BUILD_MAP, nkw);
        flags |= MF_KWDEFAULTS;
    }
    return flags;
}

// Function annotations, evaluated at definition time into a dict (func.__annotations__).
static int compile_annotations(Compiler *c, Arguments *args, Expr *returns) {
    int n = 0;
    ArgSeq *seqs[2] = {&args->posonlyargs, &args->args};
    Arg *all[512];
    int na = 0;
    for (int k = 0; k < 2; k++)
        for (int i = 0; i < seqs[k]->n && na < 500; i++)
            all[na++] = seqs[k]->items[i];
    if (args->vararg)
        all[na++] = args->vararg;
    for (int i = 0; i < args->kwonlyargs.n && na < 510; i++)
        all[na++] = args->kwonlyargs.items[i];
    if (args->kwarg)
        all[na++] = args->kwarg;
    for (int i = 0; i < na; i++) {
        if (!all[i]->annotation)
            continue;
        Str *name = intern(c, all[i]->name);
        if (!name)
            return 0;
        load_const(c, v_obj(name));
        compile_expr(c, all[i]->annotation);
        n++;
    }
    if (returns) {
        Str *name = intern(c, "return");
        if (!name)
            return 0;
        load_const(c, v_obj(name));
        compile_expr(c, returns);
        n++;
    }
    if (!n)
        return 0;
    emit(c, OP_BUILD_MAP, n);
    return MF_ANNOTATIONS;
}

static void set_arg_counts(Unit *u, Arguments *args) {
    u->posonly = args->posonlyargs.n;
    u->argcount = args->posonlyargs.n + args->args.n;
    u->kwonly = args->kwonlyargs.n;
    u->flags = CO_OPTIMIZED | CO_NEWLOCALS;
    if (args->vararg)
        u->flags |= CO_VARARGS;
    if (args->kwarg)
        u->flags |= CO_VARKEYWORDS;
}

static Code *finish_unit(Compiler *c) {
    Code *co = assemble(c);
    Unit *u = c->u;
    c->u = u->parent;
    free_unit(u);
    return co;
}

static bool is_docstring(Stmt *s) {
    return s->kind == S_EXPR && s->v.expr.value->kind == E_CONSTANT &&
           s->v.expr.value->v.constant.kind == C_STR;
}

static void compile_lambda(Compiler *c, Expr *e) {
    Arguments *args = e->v.lambda.args;
    int flags = compile_defaults(c, args);
    Scope *s = gt_symtable_child_for(c->u->scope, e);
    if (!s) {
        compile_error(c, e->loc, "internal compiler error: no scope for lambda");
        return;
    }
    Str *qn = qualname_for(c, "<lambda>");
    if (!qn || !gt_push(c->ts, v_obj(qn))) {
        memory_error(c);
        return;
    }
    Unit *u = enter_unit(c, s, "<lambda>", qn, e->loc.lineno, args);
    gt_popn(c->ts, 1);
    if (!u)
        return;
    set_arg_counts(u, args);
    if (u->scope->parent && u->scope->parent->kind != SC_MODULE)
        u->flags |= CO_NESTED;
    set_loc(c, e->loc);
    emit_prologue(c);
    compile_expr(c, e->v.lambda.body);
    set_loc(c, e->v.lambda.body->loc);
    emit(c, OP_RETURN_VALUE, 0);
    Code *co = finish_unit(c);
    if (!co)
        return;
    set_loc(c, e->loc);
    make_closure(c, co, flags);
}

static void compile_comprehension(Compiler *c, Expr *e) {
    static const char *const names[] = {[E_LISTCOMP] = "<listcomp>",
                                        [E_SETCOMP] = "<setcomp>",
                                        [E_DICTCOMP] = "<dictcomp>",
                                        [E_GENERATOREXP] = "<genexpr>"};
    const char *name = names[e->kind];
    CompSeq *gens = &e->v.comp.generators;
    Scope *s = gt_symtable_child_for(c->u->scope, e);
    if (!s) {
        compile_error(c, e->loc, "internal compiler error: no scope for comprehension");
        return;
    }
    for (int i = 0; i < gens->n; i++) {
        if (gens->items[i]->is_async) {
            compile_error(c, e->loc, "asynchronous comprehensions are not supported by gilt");
            return;
        }
    }
    Str *qn = qualname_for(c, name);
    if (!qn || !gt_push(c->ts, v_obj(qn))) {
        memory_error(c);
        return;
    }
    Unit *outer = c->u;
    Unit *u = enter_unit(c, s, name, qn, e->loc.lineno, NULL);
    gt_popn(c->ts, 1);
    if (!u)
        return;
    u->argcount = 1;
    u->flags = CO_OPTIMIZED | CO_NEWLOCALS | CO_COMPREHENSION;
    if (outer->scope->kind != SC_MODULE)
        u->flags |= CO_NESTED;
    set_loc(c, e->loc);
    emit_prologue(c);
    int build = e->kind == E_SETCOMP ? OP_BUILD_SET
                                     : (e->kind == E_DICTCOMP ? OP_BUILD_MAP : OP_BUILD_LIST);
    emit(c, build, 0);
    int *starts = malloc(sizeof(int) * (size_t)gens->n * 2);
    if (!starts) {
        memory_error(c);
        return;
    }
    int *ends = starts + gens->n;
    for (int i = 0; i < gens->n; i++) {
        Comprehension *g = gens->items[i];
        if (i == 0) {
            emit(c, OP_LOAD_FAST, 0);
        } else {
            compile_expr(c, g->iter);
            set_loc(c, g->iter->loc);
            emit(c, OP_GET_ITER, 0);
        }
        starts[i] = new_label(c);
        ends[i] = new_label(c);
        use_label(c, starts[i]);
        set_loc(c, e->loc);
        emit_jump(c, OP_FOR_ITER, ends[i]);
        compile_store(c, g->target);
        for (int k = 0; k < g->ifs.n; k++)
            compile_jump_if(c, g->ifs.items[k], false, starts[i]);
    }
    if (e->kind == E_DICTCOMP) {
        compile_expr(c, e->v.comp.elt);
        compile_expr(c, e->v.comp.value);
        set_loc(c, e->loc);
        emit(c, OP_MAP_ADD, gens->n + 1);
    } else {
        compile_expr(c, e->v.comp.elt);
        set_loc(c, e->loc);
        emit(c, e->kind == E_SETCOMP ? OP_SET_ADD : OP_LIST_APPEND, gens->n + 1);
    }
    for (int i = gens->n - 1; i >= 0; i--) {
        emit_jump(c, OP_JUMP_BACKWARD, starts[i]);
        use_label(c, ends[i]);
    }
    free(starts);
    emit(c, OP_RETURN_VALUE, 0);
    Code *co = finish_unit(c);
    if (!co)
        return;
    set_loc(c, e->loc);
    make_closure(c, co, 0);
    compile_expr(c, gens->items[0]->iter);
    set_loc(c, e->loc);
    emit(c, OP_GET_ITER, 0);
    emit(c, OP_CALL, 0);
    // Generators are not supported yet: a generator expression is evaluated eagerly into a
    // list and handed on as an iterator over it.
    if (e->kind == E_GENERATOREXP)
        emit(c, OP_GET_ITER, 0);
}

static void compile_expr_inner(Compiler *c, Expr *e) {
    switch (e->kind) {
        case E_BOOLOP:
            compile_boolop(c, e);
            break;
        case E_NAMEDEXPR:
            compile_expr(c, e->v.namedexpr.value);
            emit(c, OP_COPY, 1);
            compile_store(c, e->v.namedexpr.target);
            break;
        case E_BINOP: {
            Value k;
            if (fold(c, e, &k, 0)) {
                load_const(c, k);
                break;
            }
            compile_expr(c, e->v.binop.left);
            compile_expr(c, e->v.binop.right);
            set_loc(c, e->loc);
            emit(c, OP_BINARY_OP, e->v.binop.op);
            break;
        }
        case E_UNARYOP: {
            Expr *o = e->v.unaryop.operand;
            Value k;
            if (fold(c, e, &k, 0)) {
                load_const(c, k);
                break;
            }
            compile_expr(c, o);
            set_loc(c, e->loc);
            static const int ops[] = {OP_UNARY_INVERT, OP_UNARY_NOT, OP_UNARY_POSITIVE,
                                      OP_UNARY_NEGATIVE};
            emit(c, ops[e->v.unaryop.op], 0);
            break;
        }
        case E_LAMBDA:
            compile_lambda(c, e);
            break;
        case E_IFEXP: {
            int orelse = new_label(c), end = new_label(c);
            compile_jump_if(c, e->v.ifexp.test, false, orelse);
            compile_expr(c, e->v.ifexp.body);
            emit_jump(c, OP_JUMP_FORWARD, end);
            use_label(c, orelse);
            compile_expr(c, e->v.ifexp.orelse);
            use_label(c, end);
            break;
        }
        case E_DICT:
            compile_dict(c, e);
            break;
        case E_SET:
            compile_sequence(c, &e->v.set.elts, E_SET);
            break;
        case E_LISTCOMP:
        case E_SETCOMP:
        case E_DICTCOMP:
        case E_GENERATOREXP:
            compile_comprehension(c, e);
            break;
        case E_AWAIT:
            compile_error(c, e->loc, "'await' is not supported by gilt");
            break;
        case E_YIELD:
        case E_YIELDFROM: {
            Scope *s = c->u->scope;
            if (s->kind != SC_FUNCTION && s->kind != SC_LAMBDA)
                compile_error(c, e->loc, "'yield' outside function");
            else
                compile_error(c, e->loc, "generators ('yield') are not supported by gilt yet");
            break;
        }
        case E_COMPARE:
            compile_compare(c, e);
            break;
        case E_CALL:
            compile_call(c, e);
            break;
        case E_FORMATTEDVALUE:
            compile_fstring_value(c, e);
            break;
        case E_JOINEDSTR:
            compile_joinedstr(c, e);
            break;
        case E_CONSTANT:
            check_const_supported(c, e);
            if (!c->failed)
                load_const(c, const_value(c, &e->v.constant));
            break;
        case E_ATTRIBUTE:
            compile_expr(c, e->v.attribute.value);
            set_loc(c, e->loc);
            if (e->v.attribute.ctx == CTX_LOAD)
                emit(c, OP_LOAD_ATTR, add_name(c, e->v.attribute.attr));
            break;
        case E_SUBSCRIPT:
            compile_expr(c, e->v.subscript.value);
            compile_subscript_key(c, e->v.subscript.slice);
            set_loc(c, e->loc);
            if (e->v.subscript.ctx == CTX_LOAD)
                emit(c, OP_BINARY_SUBSCR, 0);
            break;
        case E_STARRED:
            compile_error(c, e->loc, "can't use starred expression here");
            break;
        case E_NAME:
            compile_nameop(c, e->v.name.id, e->v.name.ctx);
            break;
        case E_LIST:
            compile_sequence(c, &e->v.seq.elts, E_LIST);
            break;
        case E_TUPLE:
            compile_sequence(c, &e->v.seq.elts, E_TUPLE);
            break;
        case E_SLICE:
            compile_slice_expr(c, e);
            break;
    }
}

#define MAX_EXPR_DEPTH 2000

static void compile_expr(Compiler *c, Expr *e) {
    if (c->failed)
        return;
    if (++c->depth > MAX_EXPR_DEPTH) {
        c->failed = true;
        c->err->kind = SE_RECURSION;
        c->depth--;
        return;
    }
    Position saved = c->u->pos;
    set_loc(c, e->loc);
    compile_expr_inner(c, e);
    c->u->pos = saved;
    c->depth--;
}

// ---- Assignment targets ----

static void compile_unpack(Compiler *c, ExprSeq *elts, Loc loc) {
    int star = -1;
    for (int i = 0; i < elts->n; i++) {
        if (elts->items[i]->kind == E_STARRED) {
            if (star >= 0) {
                compile_error(c, loc, "multiple starred expressions in assignment");
                return;
            }
            star = i;
        }
    }
    if (star < 0) {
        emit(c, OP_UNPACK_SEQUENCE, elts->n);
    } else {
        int after = elts->n - star - 1;
        if (star >= 256 || after >= (1 << 16)) {
            compile_error(c, loc, "too many expressions in star-unpacking assignment");
            return;
        }
        emit(c, OP_UNPACK_EX, star | (after << 8));
    }
    for (int i = 0; i < elts->n; i++) {
        Expr *t = elts->items[i];
        compile_store(c, t->kind == E_STARRED ? t->v.starred.value : t);
    }
}

static void compile_store(Compiler *c, Expr *t) {
    if (c->failed)
        return;
    Position saved = c->u->pos;
    set_loc(c, t->loc);
    switch (t->kind) {
        case E_NAME:
            compile_nameop(c, t->v.name.id, CTX_STORE);
            break;
        case E_ATTRIBUTE:
            compile_expr(c, t->v.attribute.value);
            set_loc(c, t->loc);
            emit(c, OP_STORE_ATTR, add_name(c, t->v.attribute.attr));
            break;
        case E_SUBSCRIPT:
            compile_expr(c, t->v.subscript.value);
            compile_subscript_key(c, t->v.subscript.slice);
            set_loc(c, t->loc);
            emit(c, OP_STORE_SUBSCR, 0);
            break;
        case E_TUPLE:
        case E_LIST:
            compile_unpack(c, &t->v.seq.elts, t->loc);
            break;
        case E_STARRED:
            compile_error(c, t->loc, "starred assignment target must be in a list or tuple");
            break;
        default:
            compile_error(c, t->loc, "cannot assign to expression");
            break;
    }
    c->u->pos = saved;
}

static void compile_delete(Compiler *c, Expr *t) {
    Position saved = c->u->pos;
    set_loc(c, t->loc);
    switch (t->kind) {
        case E_NAME:
            compile_nameop(c, t->v.name.id, CTX_DEL);
            break;
        case E_ATTRIBUTE:
            compile_expr(c, t->v.attribute.value);
            set_loc(c, t->loc);
            emit(c, OP_DELETE_ATTR, add_name(c, t->v.attribute.attr));
            break;
        case E_SUBSCRIPT:
            compile_expr(c, t->v.subscript.value);
            compile_subscript_key(c, t->v.subscript.slice);
            set_loc(c, t->loc);
            emit(c, OP_DELETE_SUBSCR, 0);
            break;
        case E_TUPLE:
        case E_LIST:
            for (int i = 0; i < t->v.seq.elts.n; i++)
                compile_delete(c, t->v.seq.elts.items[i]);
            break;
        default:
            compile_error(c, t->loc, "cannot delete expression");
            break;
    }
    c->u->pos = saved;
}

static void compile_augassign(Compiler *c, Stmt *s) {
    Expr *t = s->v.augassign.target;
    int op = s->v.augassign.op + NB_INPLACE;
    switch (t->kind) {
        case E_NAME:
            set_loc(c, t->loc);
            compile_nameop(c, t->v.name.id, CTX_LOAD);
            compile_expr(c, s->v.augassign.value);
            set_loc(c, s->loc);
            emit(c, OP_BINARY_OP, op);
            compile_nameop(c, t->v.name.id, CTX_STORE);
            break;
        case E_ATTRIBUTE:
            compile_expr(c, t->v.attribute.value);
            emit(c, OP_COPY, 1);
            set_loc(c, t->loc);
            emit(c, OP_LOAD_ATTR, add_name(c, t->v.attribute.attr));
            compile_expr(c, s->v.augassign.value);
            set_loc(c, s->loc);
            emit(c, OP_BINARY_OP, op);
            emit(c, OP_SWAP, 2);
            set_loc(c, t->loc);
            emit(c, OP_STORE_ATTR, add_name(c, t->v.attribute.attr));
            break;
        case E_SUBSCRIPT:
            compile_expr(c, t->v.subscript.value);
            compile_subscript_key(c, t->v.subscript.slice);
            emit(c, OP_COPY, 2);
            emit(c, OP_COPY, 2);
            set_loc(c, t->loc);
            emit(c, OP_BINARY_SUBSCR, 0);
            compile_expr(c, s->v.augassign.value);
            set_loc(c, s->loc);
            emit(c, OP_BINARY_OP, op);
            emit(c, OP_SWAP, 3);
            emit(c, OP_SWAP, 2);
            set_loc(c, t->loc);
            emit(c, OP_STORE_SUBSCR, 0);
            break;
        default:
            compile_error(c, t->loc, "illegal expression for augmented assignment");
            break;
    }
}

// ---- Statements ----

static void compile_unwind_to(Compiler *c, int stop, bool preserve_tos) {
    Unit *u = c->u;
    for (int i = u->nfblocks - 1; i > stop; i--)
        unwind_fblock(c, &u->fblocks[i], preserve_tos);
}

static void compile_return(Compiler *c, Stmt *s) {
    if (s->v.ret.value)
        compile_expr(c, s->v.ret.value);
    else
        load_none(c);
    set_loc(c, s->loc);
    compile_unwind_to(c, -1, true);
    set_loc(c, s->loc);
    emit(c, OP_RETURN_VALUE, 0);
}

static int find_loop(Unit *u) {
    for (int i = u->nfblocks - 1; i >= 0; i--)
        if (u->fblocks[i].type == FB_WHILE_LOOP || u->fblocks[i].type == FB_FOR_LOOP)
            return i;
    return -1;
}

static void compile_break_continue(Compiler *c, Stmt *s, bool is_break) {
    Unit *u = c->u;
    int loop = find_loop(u);
    if (loop < 0) {
        compile_error(c, s->loc, is_break ? "'break' outside loop"
                                          : "'continue' not properly in loop");
        return;
    }
    compile_unwind_to(c, loop, false);
    set_loc(c, s->loc);
    FBlock *fb = &u->fblocks[loop];
    if (is_break) {
        if (fb->type == FB_FOR_LOOP)
            emit(c, OP_POP_TOP, 0);
        emit_jump(c, OP_JUMP_FORWARD, fb->exit_label);
    } else {
        emit_jump(c, OP_JUMP_BACKWARD, fb->block_label);
    }
}

static void compile_function(Compiler *c, Stmt *s) {
    Arguments *args = s->v.funcdef.args;
    ExprSeq *decos = &s->v.funcdef.decorators;
    if (s->kind == S_ASYNCFUNCTIONDEF) {
        compile_error(c, s->loc, "'async def' is not supported by gilt");
        return;
    }
    for (int i = 0; i < decos->n; i++)
        compile_expr(c, decos->items[i]);
    int flags = compile_defaults(c, args);
    flags |= compile_annotations(c, args, s->v.funcdef.returns);
    Scope *sc = gt_symtable_child_for(c->u->scope, s);
    if (!sc) {
        compile_error(c, s->loc, "internal compiler error: no scope for function");
        return;
    }
    Str *qn = qualname_for(c, s->v.funcdef.name);
    if (!qn || !gt_push(c->ts, v_obj(qn))) {
        memory_error(c);
        return;
    }
    int firstline = decos->n ? decos->items[0]->loc.lineno : s->loc.lineno;
    Unit *u = enter_unit(c, sc, s->v.funcdef.name, qn, firstline, args);
    gt_popn(c->ts, 1);
    if (!u)
        return;
    set_arg_counts(u, args);
    if (sc->parent && sc->parent->kind != SC_MODULE && sc->parent->kind != SC_CLASS)
        u->flags |= CO_NESTED;
    set_loc(c, s->loc);
    emit_prologue(c);
    StmtSeq *body = &s->v.funcdef.body;
    int start = 0;
    if (body->n && is_docstring(body->items[0])) {
        u->doc = const_value(c, &body->items[0]->v.expr.value->v.constant);
        start = 1;
    }
    for (int i = start; i < body->n && !c->failed; i++)
        compile_stmts(c, &(StmtSeq){&body->items[i], 1});
    // The implicit `return None` at the end.
    if (body->n == 0 || body->items[body->n - 1]->kind != S_RETURN) {
        load_none(c);
        emit(c, OP_RETURN_VALUE, 0);
    }
    Code *co = finish_unit(c);
    if (!co)
        return;
    set_loc(c, s->loc);
    make_closure(c, co, flags);
    for (int i = decos->n - 1; i >= 0; i--) {
        set_loc(c, decos->items[i]->loc);
        emit(c, OP_CALL, 0);
    }
    set_loc(c, s->loc);
    compile_nameop(c, s->v.funcdef.name, CTX_STORE);
}

static bool body_has_annotations(StmtSeq *body) {
    for (int i = 0; i < body->n; i++)
        if (body->items[i]->kind == S_ANNASSIGN)
            return true;
    return false;
}

static void compile_class(Compiler *c, Stmt *s) {
    ExprSeq *decos = &s->v.classdef.decorators;
    for (int i = 0; i < decos->n; i++)
        compile_expr(c, decos->items[i]);
    Scope *sc = gt_symtable_child_for(c->u->scope, s);
    if (!sc) {
        compile_error(c, s->loc, "internal compiler error: no scope for class");
        return;
    }
    Str *qn = qualname_for(c, s->v.classdef.name);
    if (!qn || !gt_push(c->ts, v_obj(qn))) {
        memory_error(c);
        return;
    }
    int firstline = decos->n ? decos->items[0]->loc.lineno : s->loc.lineno;
    Unit *u = enter_unit(c, sc, s->v.classdef.name, qn, firstline, NULL);
    gt_popn(c->ts, 1);
    if (!u)
        return;
    set_loc(c, s->loc);
    emit_prologue(c);
    // __module__ = __name__; __qualname__ = "..."
    emit(c, OP_LOAD_NAME, add_name(c, "__name__"));
    emit(c, OP_STORE_NAME, add_name(c, "__module__"));
    load_const(c, v_obj(u->qualname));
    emit(c, OP_STORE_NAME, add_name(c, "__qualname__"));
    StmtSeq *body = &s->v.classdef.body;
    int start = 0;
    if (body->n && is_docstring(body->items[0])) {
        set_loc(c, body->items[0]->loc);
        load_const(c, const_value(c, &body->items[0]->v.expr.value->v.constant));
        emit(c, OP_STORE_NAME, add_name(c, "__doc__"));
        start = 1;
    }
    if (body_has_annotations(body))
        emit(c, OP_SETUP_ANNOTATIONS, 0);
    for (int i = start; i < body->n && !c->failed; i++)
        compile_stmts(c, &(StmtSeq){&body->items[i], 1});
    set_loc(c, s->loc);
    if (sc->needs_class_cell) {
        emit(c, OP_LOAD_CLOSURE, slot_of(u, "__class__"));
        emit(c, OP_COPY, 1);
        emit(c, OP_STORE_NAME, add_name(c, "__classcell__"));
    } else {
        load_none(c);
    }
    emit(c, OP_RETURN_VALUE, 0);
    Code *co = finish_unit(c);
    if (!co)
        return;
    set_loc(c, s->loc);
    emit(c, OP_PUSH_NULL, 0);
    emit(c, OP_LOAD_BUILD_CLASS, 0);
    make_closure(c, co, 0);
    Str *name = intern(c, s->v.classdef.name);
    if (!name)
        return;
    load_const(c, v_obj(name));
    // Bases and keywords, as the arguments of __build_class__(func, name, *bases, **kw).
    Expr call = {0};
    call.kind = E_CALL;
    call.loc = s->loc;
    call.v.call.args = s->v.classdef.bases;
    call.v.call.keywords = s->v.classdef.keywords;
    if (has_starred(&call.v.call.args) || keywords_have_unpack(&call.v.call.keywords)) {
        compile_error(c, s->loc, "unpacking in class bases is not supported by gilt");
        return;
    }
    compile_call_args(c, &call, 2);
    for (int i = decos->n - 1; i >= 0; i--) {
        set_loc(c, decos->items[i]->loc);
        emit(c, OP_CALL, 0);
    }
    set_loc(c, s->loc);
    compile_nameop(c, s->v.classdef.name, CTX_STORE);
}

static void compile_if(Compiler *c, Stmt *s) {
    int end = new_label(c);
    int orelse = s->v.if_.orelse.n ? new_label(c) : end;
    compile_jump_if(c, s->v.if_.test, false, orelse);
    compile_stmts(c, &s->v.if_.body);
    if (s->v.if_.orelse.n) {
        emit_jump(c, OP_JUMP_FORWARD, end);
        use_label(c, orelse);
        compile_stmts(c, &s->v.if_.orelse);
    }
    use_label(c, end);
}

static void compile_while(Compiler *c, Stmt *s) {
    int top = new_label(c), orelse = new_label(c), after = new_label(c);
    use_label(c, top);
    Expr *test = s->v.while_.test;
    bool forever = test->kind == E_CONSTANT &&
                   (test->v.constant.kind == C_TRUE ||
                    (test->v.constant.kind == C_INT && test->v.constant.i != 0));
    if (!forever)
        compile_jump_if(c, test, false, orelse);
    if (!push_fblock(c, s->loc, FB_WHILE_LOOP, top, after, NULL))
        return;
    compile_stmts(c, &s->v.while_.body);
    pop_fblock(c);
    set_loc(c, s->loc);
    emit_jump(c, OP_JUMP_BACKWARD, top);
    use_label(c, orelse);
    compile_stmts(c, &s->v.while_.orelse);
    use_label(c, after);
}

static void compile_for(Compiler *c, Stmt *s) {
    if (s->kind == S_ASYNCFOR) {
        compile_error(c, s->loc, "'async for' is not supported by gilt");
        return;
    }
    int top = new_label(c), cleanup = new_label(c), after = new_label(c);
    compile_expr(c, s->v.for_.iter);
    set_loc(c, s->loc);
    emit(c, OP_GET_ITER, 0);
    use_label(c, top);
    emit_jump(c, OP_FOR_ITER, cleanup);
    if (!push_fblock(c, s->loc, FB_FOR_LOOP, top, after, NULL))
        return;
    compile_store(c, s->v.for_.target);
    compile_stmts(c, &s->v.for_.body);
    pop_fblock(c);
    set_loc(c, s->loc);
    emit_jump(c, OP_JUMP_BACKWARD, top);
    use_label(c, cleanup);
    compile_stmts(c, &s->v.for_.orelse);
    use_label(c, after);
}

// try: body / except E as name: handler / else: orelse
//
//        SETUP_FINALLY  H
//        <body>
//        POP_BLOCK
//        <orelse>
//        JUMP_FORWARD   END
//   H:   PUSH_EXC_INFO               stack: prev, exc
//        SETUP_CLEANUP  CLEANUP
//        <type>  CHECK_EXC_MATCH  POP_JUMP_IF_FALSE NEXT
//        STORE name (or POP_TOP) ... <handler> ... POP_BLOCK  POP_EXCEPT  JUMP_FORWARD END
//   NEXT: ... more handlers ...
//        RERAISE                     no handler matched
//   CLEANUP: SWAP 2  POP_EXCEPT  RERAISE   (an exception escaped a handler: restore state)
//   END:
static void compile_try_except(Compiler *c, Stmt *s) {
    int handler = new_label(c), end = new_label(c), cleanup = new_label(c);
    set_loc(c, s->loc);
    emit_jump(c, OP_SETUP_FINALLY, handler);
    if (!push_fblock(c, s->loc, FB_TRY_EXCEPT, -1, -1, NULL))
        return;
    compile_stmts(c, &s->v.try_.body);
    pop_fblock(c);
    set_loc(c, s->loc);
    emit(c, OP_POP_BLOCK, 0);
    compile_stmts(c, &s->v.try_.orelse);
    emit_jump(c, OP_JUMP_FORWARD, end);
    use_label(c, handler);
    HandlerSeq *hs = &s->v.try_.handlers;
    set_loc(c, hs->items[0]->loc);
    emit(c, OP_PUSH_EXC_INFO, 0);
    emit_jump(c, OP_SETUP_CLEANUP, cleanup);
    if (!push_fblock(c, s->loc, FB_EXCEPTION_HANDLER, -1, -1, NULL))
        return;
    for (int i = 0; i < hs->n && !c->failed; i++) {
        ExceptHandler *h = hs->items[i];
        set_loc(c, h->loc);
        if (!h->type && i < hs->n - 1) {
            compile_error(c, h->loc, "default 'except:' must be last");
            return;
        }
        int next = new_label(c);
        if (h->type) {
            compile_expr(c, h->type);
            set_loc(c, h->loc);
            emit(c, OP_CHECK_EXC_MATCH, 0);
            emit_jump(c, OP_POP_JUMP_IF_FALSE, next);
        }
        if (h->name) {
            compile_nameop(c, h->name, CTX_STORE);
            int name_cleanup = new_label(c);
            emit_jump(c, OP_SETUP_FINALLY, name_cleanup);
            if (!push_fblock(c, h->loc, FB_HANDLER_CLEANUP, -1, -1, h->name))
                return;
            compile_stmts(c, &h->body);
            pop_fblock(c);
            set_loc(c, h->loc);
            emit(c, OP_POP_BLOCK, 0);
            emit(c, OP_POP_BLOCK, 0);
            emit(c, OP_POP_EXCEPT, 0);
            load_none(c);
            compile_nameop(c, h->name, CTX_STORE);
            compile_nameop(c, h->name, CTX_DEL);
            emit_jump(c, OP_JUMP_FORWARD, end);
            // An exception escaping the handler body: unbind the name, re-raise.
            use_label(c, name_cleanup);
            load_none(c);
            compile_nameop(c, h->name, CTX_STORE);
            compile_nameop(c, h->name, CTX_DEL);
            emit(c, OP_RERAISE, 0);
        } else {
            emit(c, OP_POP_TOP, 0);
            if (!push_fblock(c, h->loc, FB_HANDLER_CLEANUP, -1, -1, NULL))
                return;
            compile_stmts(c, &h->body);
            pop_fblock(c);
            set_loc(c, h->loc);
            emit(c, OP_POP_BLOCK, 0);
            emit(c, OP_POP_EXCEPT, 0);
            emit_jump(c, OP_JUMP_FORWARD, end);
        }
        use_label(c, next);
    }
    pop_fblock(c);
    set_loc(c, hs->items[hs->n - 1]->loc);
    // No handler matched (dead code after a bare except, but harmless).
    emit(c, OP_RERAISE, 0);
    use_label(c, cleanup);
    emit(c, OP_SWAP, 2);
    emit(c, OP_POP_EXCEPT, 0);
    emit(c, OP_RERAISE, 0);
    use_label(c, end);
}

// try: body / finally: final
//
//        SETUP_FINALLY  H
//        <body>
//        POP_BLOCK
//        <final>
//        JUMP_FORWARD   END
//   H:   PUSH_EXC_INFO               stack: prev, exc
//        SETUP_CLEANUP  CLEANUP
//        <final>
//        RERAISE
//   CLEANUP: SWAP 2  POP_EXCEPT  RERAISE
//   END:
static void compile_try_finally(Compiler *c, Stmt *s) {
    int handler = new_label(c), end = new_label(c), cleanup = new_label(c);
    StmtSeq *final = &s->v.try_.finalbody;
    set_loc(c, s->loc);
    emit_jump(c, OP_SETUP_FINALLY, handler);
    if (!push_fblock(c, s->loc, FB_FINALLY_TRY, -1, -1, final))
        return;
    if (s->v.try_.handlers.n)
        compile_try_except(c, s);
    else
        compile_stmts(c, &s->v.try_.body);
    pop_fblock(c);
    set_loc(c, s->loc);
    emit(c, OP_POP_BLOCK, 0);
    compile_stmts(c, final);
    emit_jump(c, OP_JUMP_FORWARD, end);
    use_label(c, handler);
    set_loc(c, s->loc);
    emit(c, OP_PUSH_EXC_INFO, 0);
    emit_jump(c, OP_SETUP_CLEANUP, cleanup);
    if (!push_fblock(c, s->loc, FB_FINALLY_END, -1, -1, NULL))
        return;
    compile_stmts(c, final);
    pop_fblock(c);
    set_loc(c, s->loc);
    emit(c, OP_RERAISE, 0);
    use_label(c, cleanup);
    emit(c, OP_SWAP, 2);
    emit(c, OP_POP_EXCEPT, 0);
    emit(c, OP_RERAISE, 0);
    use_label(c, end);
}

// with expr as target: body
//
//        <expr>  BEFORE_WITH          stack: exit, value-of-__enter__
//        SETUP_WITH  H                (its depth is that of `exit`)
//        STORE target (or POP_TOP)
//        <body>
//        POP_BLOCK
//        LOAD_CONST None x3  CALL 2  POP_TOP    exit(None, None, None)
//        JUMP_FORWARD END
//   H:   PUSH_EXC_INFO                stack: exit, prev, exc
//        SETUP_CLEANUP CLEANUP
//        WITH_EXCEPT_START            exit(type, exc, tb) pushed
//        POP_JUMP_IF_TRUE SUPPRESS
//        RERAISE
//   CLEANUP: SWAP 2  POP_EXCEPT  RERAISE
//   SUPPRESS: POP_BLOCK  POP_TOP  POP_EXCEPT  POP_TOP
//   END:
static void compile_with_items(Compiler *c, Stmt *s, int item) {
    if (item == s->v.with.items.n) {
        compile_stmts(c, &s->v.with.body);
        return;
    }
    WithItem *wi = s->v.with.items.items[item];
    int handler = new_label(c), end = new_label(c), cleanup = new_label(c),
        suppress = new_label(c);
    compile_expr(c, wi->context_expr);
    set_loc(c, s->loc);
    emit(c, OP_BEFORE_WITH, 0);
    emit_jump(c, OP_SETUP_WITH, handler);
    if (!push_fblock(c, s->loc, FB_WITH, -1, -1, NULL))
        return;
    if (wi->optional_vars)
        compile_store(c, wi->optional_vars);
    else
        emit(c, OP_POP_TOP, 0);
    compile_with_items(c, s, item + 1);
    pop_fblock(c);
    set_loc(c, s->loc);
    emit(c, OP_POP_BLOCK, 0);
    load_none(c);
    load_none(c);
    load_none(c);
    emit(c, OP_CALL, 2);
    emit(c, OP_POP_TOP, 0);
    emit_jump(c, OP_JUMP_FORWARD, end);
    use_label(c, handler);
    emit(c, OP_PUSH_EXC_INFO, 0);
    emit_jump(c, OP_SETUP_CLEANUP, cleanup);
    emit(c, OP_WITH_EXCEPT_START, 0);
    emit_jump(c, OP_POP_JUMP_IF_TRUE, suppress);
    emit(c, OP_RERAISE, 0);
    use_label(c, cleanup);
    emit(c, OP_SWAP, 2);
    emit(c, OP_POP_EXCEPT, 0);
    emit(c, OP_RERAISE, 0);
    use_label(c, suppress);
    emit(c, OP_POP_BLOCK, 0);
    emit(c, OP_POP_TOP, 0);
    emit(c, OP_POP_EXCEPT, 0);
    emit(c, OP_POP_TOP, 0);
    use_label(c, end);
}

static void compile_import(Compiler *c, Stmt *s) {
    for (int i = 0; i < s->v.import.names.n; i++) {
        Alias *a = s->v.import.names.items[i];
        set_loc(c, s->loc);
        load_const(c, v_int(0));
        load_none(c);
        emit(c, OP_IMPORT_NAME, add_name(c, a->name));
        if (a->asname) {
            // `import a.b.c as d`: walk down to c.
            const char *p = strchr(a->name, '.');
            while (p) {
                const char *q = strchr(p + 1, '.');
                size_t n = q ? (size_t)(q - p - 1) : strlen(p + 1);
                char *part = gt_arena_strndup(c->arena, p + 1, n);
                if (!part) {
                    memory_error(c);
                    return;
                }
                emit(c, OP_IMPORT_FROM, add_name(c, part));
                emit(c, OP_SWAP, 2);
                emit(c, OP_POP_TOP, 0);
                p = q;
            }
            compile_nameop(c, a->asname, CTX_STORE);
        } else {
            const char *dot = strchr(a->name, '.');
            if (dot) {
                char *first = gt_arena_strndup(c->arena, a->name, (size_t)(dot - a->name));
                if (!first) {
                    memory_error(c);
                    return;
                }
                compile_nameop(c, first, CTX_STORE);
            } else {
                compile_nameop(c, a->name, CTX_STORE);
            }
        }
    }
}

static void compile_import_from(Compiler *c, Stmt *s) {
    AliasSeq *names = &s->v.importfrom.names;
    Tuple *fromlist = gt_tuple_new(c->ts, (uint32_t)names->n);
    if (!fromlist) {
        gt_err_clear(c->ts);
        memory_error(c);
        return;
    }
    for (int i = 0; i < names->n; i++) {
        Str *n = intern(c, names->items[i]->name);
        if (!n)
            return;
        fromlist->items[i] = v_obj(n);
    }
    load_const(c, v_int(s->v.importfrom.level));
    load_const(c, v_obj(fromlist));
    emit(c, OP_IMPORT_NAME, add_name(c, s->v.importfrom.module ? s->v.importfrom.module : ""));
    for (int i = 0; i < names->n; i++) {
        Alias *a = names->items[i];
        if (strcmp(a->name, "*") == 0) {
            emit(c, OP_IMPORT_STAR, 0);
            return;
        }
        emit(c, OP_IMPORT_FROM, add_name(c, a->name));
        compile_nameop(c, a->asname ? a->asname : a->name, CTX_STORE);
    }
    emit(c, OP_POP_TOP, 0);
}

static void compile_assert(Compiler *c, Stmt *s) {
    int ok = new_label(c);
    compile_jump_if(c, s->v.assert_.test, true, ok);
    // The raise is placed on the test, so a traceback underlines the failed condition (a
    // constant test, as in `assert False`, is not evaluated: the whole statement is marked).
    Loc where = s->v.assert_.test->kind == E_CONSTANT ? s->loc : s->v.assert_.test->loc;
    set_loc(c, where);
    emit(c, OP_LOAD_ASSERTION_ERROR, 0);
    if (s->v.assert_.msg) {
        compile_expr(c, s->v.assert_.msg);
        set_loc(c, where);
        emit(c, OP_CALL, 0);
    }
    emit(c, OP_RAISE_VARARGS, 1);
    use_label(c, ok);
}

static void compile_annassign(Compiler *c, Stmt *s) {
    Expr *t = s->v.annassign.target;
    if (s->v.annassign.value) {
        compile_expr(c, s->v.annassign.value);
        compile_store(c, t);
    }
    Scope *sc = c->u->scope;
    if (t->kind == E_NAME && s->v.annassign.simple &&
        (sc->kind == SC_MODULE || sc->kind == SC_CLASS)) {
        // __annotations__['name'] = <annotation>
        compile_expr(c, s->v.annassign.annotation);
        set_loc(c, s->loc);
        emit(c, OP_LOAD_NAME, add_name(c, "__annotations__"));
        Str *n = intern(c, t->v.name.id);
        if (!n)
            return;
        load_const(c, v_obj(n));
        emit(c, OP_STORE_SUBSCR, 0);
    } else if (t->kind != E_NAME && !s->v.annassign.value) {
        // `a.b: int` evaluates the target's object, as CPython does.
        if (t->kind == E_ATTRIBUTE) {
            compile_expr(c, t->v.attribute.value);
            emit(c, OP_POP_TOP, 0);
        } else if (t->kind == E_SUBSCRIPT) {
            compile_expr(c, t->v.subscript.value);
            emit(c, OP_POP_TOP, 0);
            compile_subscript_key(c, t->v.subscript.slice);
            emit(c, OP_POP_TOP, 0);
        }
    }
}

static void compile_stmt(Compiler *c, Stmt *s) {
    if (c->failed)
        return;
    set_loc(c, s->loc);
    switch (s->kind) {
        case S_FUNCTIONDEF:
        case S_ASYNCFUNCTIONDEF:
            compile_function(c, s);
            break;
        case S_CLASSDEF:
            compile_class(c, s);
            break;
        case S_RETURN:
            if (c->u->scope->kind != SC_FUNCTION) {
                compile_error(c, s->loc, "'return' outside function");
                return;
            }
            compile_return(c, s);
            break;
        case S_DELETE:
            for (int i = 0; i < s->v.del.targets.n; i++)
                compile_delete(c, s->v.del.targets.items[i]);
            break;
        case S_ASSIGN: {
            ExprSeq *ts = &s->v.assign.targets;
            compile_expr(c, s->v.assign.value);
            for (int i = 0; i < ts->n; i++) {
                if (i < ts->n - 1)
                    emit(c, OP_COPY, 1);
                compile_store(c, ts->items[i]);
            }
            break;
        }
        case S_AUGASSIGN:
            compile_augassign(c, s);
            break;
        case S_ANNASSIGN:
            compile_annassign(c, s);
            break;
        case S_FOR:
        case S_ASYNCFOR:
            compile_for(c, s);
            break;
        case S_WHILE:
            compile_while(c, s);
            break;
        case S_IF:
            compile_if(c, s);
            break;
        case S_WITH:
            compile_with_items(c, s, 0);
            break;
        case S_ASYNCWITH:
            compile_error(c, s->loc, "'async with' is not supported by gilt");
            break;
        case S_MATCH:
            compile_error(c, s->loc, "the match statement is not supported by gilt");
            break;
        case S_RAISE: {
            int n = 0;
            if (s->v.raise.exc) {
                compile_expr(c, s->v.raise.exc);
                n = 1;
                if (s->v.raise.cause) {
                    compile_expr(c, s->v.raise.cause);
                    n = 2;
                }
            }
            set_loc(c, s->loc);
            emit(c, OP_RAISE_VARARGS, n);
            break;
        }
        case S_TRY:
            if (s->v.try_.finalbody.n)
                compile_try_finally(c, s);
            else
                compile_try_except(c, s);
            break;
        case S_TRYSTAR:
            compile_error(c, s->loc, "'except*' is not supported by gilt");
            break;
        case S_ASSERT:
            compile_assert(c, s);
            break;
        case S_IMPORT:
            compile_import(c, s);
            break;
        case S_IMPORTFROM:
            compile_import_from(c, s);
            break;
        case S_GLOBAL:
        case S_NONLOCAL:
        case S_PASS:
            break;
        case S_EXPR: {
            Expr *v = s->v.expr.value;
            if (c->interactive && c->u->scope->kind == SC_MODULE) {
                compile_expr(c, v);
                set_loc(c, s->loc);
                emit(c, OP_PRINT_EXPR, 0);
            } else if (v->kind == E_CONSTANT && v->v.constant.kind != C_COMPLEX &&
                       v->v.constant.kind != C_BYTES) {
                // A constant expression statement (a docstring-like string) does nothing.
            } else {
                compile_expr(c, v);
                set_loc(c, s->loc);
                emit(c, OP_POP_TOP, 0);
            }
            break;
        }
        case S_BREAK:
            compile_break_continue(c, s, true);
            break;
        case S_CONTINUE:
            compile_break_continue(c, s, false);
            break;
    }
}

static void compile_stmts(Compiler *c, StmtSeq *body) {
    for (int i = 0; i < body->n && !c->failed; i++)
        compile_stmt(c, body->items[i]);
}

// ---- Private name mangling ----
//
// Inside a class, an identifier `__x` (two leading underscores, not two trailing) means
// `_Class__x`, so that subclasses cannot clash with it by accident. The renaming is done on the
// tree before scope analysis, so the symbol table and the compiler both see mangled names.

typedef struct Mangler {
    Arena *arena;
    const char *cls; // name of the innermost enclosing class, or NULL
    bool failed;
} Mangler;

static const char *mangle_name(Mangler *m, const char *name) {
    if (!m->cls || !name || name[0] != '_' || name[1] != '_')
        return name;
    size_t n = strlen(name);
    if ((n >= 4 && name[n - 1] == '_' && name[n - 2] == '_') || strchr(name, '.'))
        return name;
    const char *cls = m->cls;
    while (*cls == '_')
        cls++;
    if (!*cls)
        return name;
    size_t cl = strlen(cls);
    char *r = gt_arena_alloc(m->arena, cl + n + 2);
    if (!r) {
        m->failed = true;
        return name;
    }
    r[0] = '_';
    memcpy(r + 1, cls, cl);
    memcpy(r + 1 + cl, name, n + 1);
    return r;
}

static void mangle_expr(Mangler *m, Expr *e);
static void mangle_stmts(Mangler *m, StmtSeq *body);

static void mangle_exprs(Mangler *m, ExprSeq *seq) {
    for (int i = 0; i < seq->n; i++)
        mangle_expr(m, seq->items[i]);
}

static void mangle_args(Mangler *m, Arguments *a) {
    ArgSeq *seqs[3] = {&a->posonlyargs, &a->args, &a->kwonlyargs};
    for (int k = 0; k < 3; k++)
        for (int i = 0; i < seqs[k]->n; i++) {
            seqs[k]->items[i]->name = mangle_name(m, seqs[k]->items[i]->name);
            mangle_expr(m, seqs[k]->items[i]->annotation);
        }
    if (a->vararg) {
        a->vararg->name = mangle_name(m, a->vararg->name);
        mangle_expr(m, a->vararg->annotation);
    }
    if (a->kwarg) {
        a->kwarg->name = mangle_name(m, a->kwarg->name);
        mangle_expr(m, a->kwarg->annotation);
    }
    mangle_exprs(m, &a->defaults);
    mangle_exprs(m, &a->kw_defaults);
}

static void mangle_expr(Mangler *m, Expr *e) {
    if (!e)
        return;
    switch (e->kind) {
        case E_NAME:
            e->v.name.id = mangle_name(m, e->v.name.id);
            break;
        case E_ATTRIBUTE:
            mangle_expr(m, e->v.attribute.value);
            e->v.attribute.attr = mangle_name(m, e->v.attribute.attr);
            break;
        case E_BOOLOP:
            mangle_exprs(m, &e->v.boolop.values);
            break;
        case E_NAMEDEXPR:
            mangle_expr(m, e->v.namedexpr.target);
            mangle_expr(m, e->v.namedexpr.value);
            break;
        case E_BINOP:
            mangle_expr(m, e->v.binop.left);
            mangle_expr(m, e->v.binop.right);
            break;
        case E_UNARYOP:
            mangle_expr(m, e->v.unaryop.operand);
            break;
        case E_LAMBDA:
            mangle_args(m, e->v.lambda.args);
            mangle_expr(m, e->v.lambda.body);
            break;
        case E_IFEXP:
            mangle_expr(m, e->v.ifexp.test);
            mangle_expr(m, e->v.ifexp.body);
            mangle_expr(m, e->v.ifexp.orelse);
            break;
        case E_DICT:
            mangle_exprs(m, &e->v.dict.keys);
            mangle_exprs(m, &e->v.dict.values);
            break;
        case E_SET:
            mangle_exprs(m, &e->v.set.elts);
            break;
        case E_LISTCOMP:
        case E_SETCOMP:
        case E_DICTCOMP:
        case E_GENERATOREXP:
            mangle_expr(m, e->v.comp.elt);
            mangle_expr(m, e->v.comp.value);
            for (int i = 0; i < e->v.comp.generators.n; i++) {
                Comprehension *g = e->v.comp.generators.items[i];
                mangle_expr(m, g->target);
                mangle_expr(m, g->iter);
                mangle_exprs(m, &g->ifs);
            }
            break;
        case E_AWAIT:
        case E_YIELD:
        case E_YIELDFROM:
            mangle_expr(m, e->v.yield.value);
            break;
        case E_COMPARE:
            mangle_expr(m, e->v.compare.left);
            mangle_exprs(m, &e->v.compare.comparators);
            break;
        case E_CALL:
            mangle_expr(m, e->v.call.func);
            mangle_exprs(m, &e->v.call.args);
            for (int i = 0; i < e->v.call.keywords.n; i++)
                mangle_expr(m, e->v.call.keywords.items[i]->value);
            break;
        case E_FORMATTEDVALUE:
            mangle_expr(m, e->v.formatted.value);
            mangle_expr(m, e->v.formatted.format_spec);
            break;
        case E_JOINEDSTR:
            mangle_exprs(m, &e->v.joinedstr.values);
            break;
        case E_SUBSCRIPT:
            mangle_expr(m, e->v.subscript.value);
            mangle_expr(m, e->v.subscript.slice);
            break;
        case E_STARRED:
            mangle_expr(m, e->v.starred.value);
            break;
        case E_LIST:
        case E_TUPLE:
            mangle_exprs(m, &e->v.seq.elts);
            break;
        case E_SLICE:
            mangle_expr(m, e->v.slice.lower);
            mangle_expr(m, e->v.slice.upper);
            mangle_expr(m, e->v.slice.step);
            break;
        case E_CONSTANT:
            break;
    }
}

static void mangle_stmt(Mangler *m, Stmt *s) {
    switch (s->kind) {
        case S_FUNCTIONDEF:
        case S_ASYNCFUNCTIONDEF:
            s->v.funcdef.name = mangle_name(m, s->v.funcdef.name);
            mangle_exprs(m, &s->v.funcdef.decorators);
            mangle_args(m, s->v.funcdef.args);
            mangle_expr(m, s->v.funcdef.returns);
            mangle_stmts(m, &s->v.funcdef.body);
            break;
        case S_CLASSDEF: {
            s->v.classdef.name = mangle_name(m, s->v.classdef.name);
            mangle_exprs(m, &s->v.classdef.decorators);
            mangle_exprs(m, &s->v.classdef.bases);
            for (int i = 0; i < s->v.classdef.keywords.n; i++)
                mangle_expr(m, s->v.classdef.keywords.items[i]->value);
            const char *saved = m->cls;
            m->cls = s->v.classdef.name;
            mangle_stmts(m, &s->v.classdef.body);
            m->cls = saved;
            break;
        }
        case S_RETURN:
            mangle_expr(m, s->v.ret.value);
            break;
        case S_DELETE:
            mangle_exprs(m, &s->v.del.targets);
            break;
        case S_ASSIGN:
            mangle_exprs(m, &s->v.assign.targets);
            mangle_expr(m, s->v.assign.value);
            break;
        case S_AUGASSIGN:
            mangle_expr(m, s->v.augassign.target);
            mangle_expr(m, s->v.augassign.value);
            break;
        case S_ANNASSIGN:
            mangle_expr(m, s->v.annassign.target);
            mangle_expr(m, s->v.annassign.annotation);
            mangle_expr(m, s->v.annassign.value);
            break;
        case S_FOR:
        case S_ASYNCFOR:
            mangle_expr(m, s->v.for_.target);
            mangle_expr(m, s->v.for_.iter);
            mangle_stmts(m, &s->v.for_.body);
            mangle_stmts(m, &s->v.for_.orelse);
            break;
        case S_WHILE:
            mangle_expr(m, s->v.while_.test);
            mangle_stmts(m, &s->v.while_.body);
            mangle_stmts(m, &s->v.while_.orelse);
            break;
        case S_IF:
            mangle_expr(m, s->v.if_.test);
            mangle_stmts(m, &s->v.if_.body);
            mangle_stmts(m, &s->v.if_.orelse);
            break;
        case S_WITH:
        case S_ASYNCWITH:
            for (int i = 0; i < s->v.with.items.n; i++) {
                mangle_expr(m, s->v.with.items.items[i]->context_expr);
                mangle_expr(m, s->v.with.items.items[i]->optional_vars);
            }
            mangle_stmts(m, &s->v.with.body);
            break;
        case S_RAISE:
            mangle_expr(m, s->v.raise.exc);
            mangle_expr(m, s->v.raise.cause);
            break;
        case S_TRY:
        case S_TRYSTAR:
            mangle_stmts(m, &s->v.try_.body);
            for (int i = 0; i < s->v.try_.handlers.n; i++) {
                ExceptHandler *h = s->v.try_.handlers.items[i];
                mangle_expr(m, h->type);
                h->name = mangle_name(m, h->name);
                mangle_stmts(m, &h->body);
            }
            mangle_stmts(m, &s->v.try_.orelse);
            mangle_stmts(m, &s->v.try_.finalbody);
            break;
        case S_ASSERT:
            mangle_expr(m, s->v.assert_.test);
            mangle_expr(m, s->v.assert_.msg);
            break;
        case S_IMPORT:
        case S_IMPORTFROM: {
            AliasSeq *names = s->kind == S_IMPORT ? &s->v.import.names : &s->v.importfrom.names;
            for (int i = 0; i < names->n; i++)
                names->items[i]->asname = mangle_name(m, names->items[i]->asname);
            break;
        }
        case S_GLOBAL:
        case S_NONLOCAL:
            for (int i = 0; i < s->v.global.names.n; i++)
                s->v.global.names.items[i] = mangle_name(m, s->v.global.names.items[i]);
            break;
        case S_EXPR:
            mangle_expr(m, s->v.expr.value);
            break;
        default:
            break;
    }
}

static void mangle_stmts(Mangler *m, StmtSeq *body) {
    for (int i = 0; i < body->n; i++)
        mangle_stmt(m, body->items[i]);
}

// ---- Entry ----

static Code *compile_module(Compiler *c, Mod *mod) {
    Unit *u = enter_unit(c, c->st.top, "<module>", NULL, 1, NULL);
    if (!u)
        return NULL;
    if (mod->mode == PARSE_EVAL) {
        compile_expr(c, mod->expr);
        emit(c, OP_RETURN_VALUE, 0);
        return finish_unit(c);
    }
    StmtSeq *body = &mod->body;
    int start = 0;
    if (mod->mode == PARSE_FILE && body->n && is_docstring(body->items[0])) {
        set_loc(c, body->items[0]->loc);
        load_const(c, const_value(c, &body->items[0]->v.expr.value->v.constant));
        emit(c, OP_STORE_NAME, add_name(c, "__doc__"));
        start = 1;
    }
    if (body_has_annotations(body))
        emit(c, OP_SETUP_ANNOTATIONS, 0);
    for (int i = start; i < body->n && !c->failed; i++)
        compile_stmt(c, body->items[i]);
    load_none(c);
    emit(c, OP_RETURN_VALUE, 0);
    return finish_unit(c);
}

// Turn a SyntaxErr into a raised SyntaxError/IndentationError/TabError (or MemoryError...).
static void raise_syntax_error(TS *ts, SyntaxErr *err, const char *filename) {
    if (err->kind == SE_MEMORY) {
        gt_raise_nomem(ts);
        return;
    }
    if (err->kind == SE_RECURSION) {
        gt_raise(ts, EXC(ts, RecursionError), "maximum recursion depth exceeded during compilation");
        return;
    }
    Type *t = err->kind == SE_INDENTATION ? EXC(ts, IndentationError)
              : err->kind == SE_TAB       ? EXC(ts, TabError)
                                          : EXC(ts, SyntaxError);
    Value items[6];
    Str *fn = gt_str_from_cstr(ts, filename);
    Str *msg = gt_str_from_cstr(ts, err->msg);
    Str *text = err->text[0] ? gt_str_decode(ts, err->text, strlen(err->text)) : NULL;
    if (!fn || !msg || (err->text[0] && !text))
        return;
    items[0] = v_obj(fn);
    items[1] = v_int(err->lineno);
    items[2] = err->offset >= 0 ? v_int(err->offset) : V_NONE;
    items[3] = text ? v_obj(text) : V_NONE;
    items[4] = err->end_lineno > 0 ? v_int(err->end_lineno) : V_NONE;
    items[5] = err->end_offset > 0 ? v_int(err->end_offset) : V_NONE;
    Tuple *detail = gt_tuple_from(ts, items, 6);
    if (!detail)
        return;
    Tuple *args = gt_tuple_pack2(ts, v_obj(msg), v_obj(detail));
    if (!args)
        return;
    Value exc = gt_exc_new(ts, t, args);
    if (IS_ERR(exc))
        return;
    // A syntax error is raised "at" the place of the compile call; no traceback entry.
    ts->exc = exc;
}

Code *gt_compile(TS *ts, const char *src, size_t len, const char *filename, ParseMode mode,
                 bool *incomplete) {
    Arena arena;
    gt_arena_init(&arena);
    SyntaxErr err;
    memset(&err, 0, sizeof err);
    if (incomplete)
        *incomplete = false;
    Mod *mod = gt_parse(&arena, src, len, mode, &err);
    Code *co = NULL;
    if (!mod) {
        if (err.kind == SE_INCOMPLETE && incomplete) {
            *incomplete = true;
        } else {
            if (err.kind == SE_INCOMPLETE)
                err.kind = SE_SYNTAX;
            raise_syntax_error(ts, &err, filename);
        }
        gt_arena_free(&arena);
        return NULL;
    }
    Compiler c = {0};
    c.ts = ts;
    c.arena = &arena;
    c.filename = filename;
    c.src = src;
    c.srclen = len;
    c.err = &err;
    c.interactive = mode == PARSE_SINGLE;
    c.filename_str = gt_str_intern_cstr(ts, filename);
    if (!c.filename_str) {
        gt_arena_free(&arena);
        return NULL;
    }
    Mangler mangler = {&arena, NULL, false};
    if (mod->mode == PARSE_EVAL)
        mangle_expr(&mangler, mod->expr);
    else
        mangle_stmts(&mangler, &mod->body);
    if (mangler.failed) {
        gt_raise_nomem(ts);
        gt_arena_free(&arena);
        return NULL;
    }
    if (!gt_symtable_build(&c.st, &arena, mod, src, len, &err)) {
        raise_syntax_error(ts, &err, filename);
        gt_arena_free(&arena);
        return NULL;
    }
    co = compile_module(&c, mod);
    while (c.u) {
        Unit *u = c.u;
        c.u = u->parent;
        free_unit(u);
    }
    if (c.failed) {
        co = NULL;
        raise_syntax_error(ts, &err, filename);
    }
    gt_arena_free(&arena);
    return co;
}
