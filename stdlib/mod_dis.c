// mod_dis.c - the dis module: dis.dis() and friends, over the disassembler in interp/dis.c.
//
// Entry points (Python): dis, disassemble (disco), code_info, show_code, get_instructions,
// findlinestarts, and the tables opname, opmap, cmp_op, hasconst, hasname, hasjabs, haslocal,
// hasfree. The listing itself is laid out by gt_dis_code (dis.c); this file only finds the
// code object behind what it is given and writes the text out. docs/dis.md is the user's view.
// Uses internal headers (core.h, dis.h, compile.h): a disassembler has to see code objects.
#include <stdlib.h>
#include <string.h>

#include "compile.h"
#include "core.h"
#include "dis.h"
#include "opcodes.h"
#include "sysmod.h"

// CPython's dis.opname has 256 entries; unused numbers are named "<N>".
#define OPNAME_SLOTS 256

// ---- Finding the code ----

// The code object behind a function, a bound method, a classmethod or staticmethod, or a code
// object itself; NULL (no exception) for anything else.
static Code *code_of(Value x) {
    if (IS_METHOD(x))
        x = ((Method *)AS_OBJ(x))->func;
    if (IS_OBJ(x) && (AS_OBJ(x)->kind == K_STATICMETHOD || AS_OBJ(x)->kind == K_CLASSMETHOD))
        x = ((Wrapper *)AS_OBJ(x))->func;
    if (IS_FUNCTION(x))
        return ((Function *)AS_OBJ(x))->code;
    if (IS_CODE(x))
        return (Code *)AS_OBJ(x);
    return NULL;
}

// Source text handed to dis: compiled as an expression if it is one (so `dis.dis("a + b")`
// ends by returning the sum, as in CPython), else as a module. The file name is "<dis>".
static Code *compile_source(TS *ts, Str *src) {
    Code *co = gt_compile(ts, src->data, src->len, "<dis>", PARSE_EVAL, NULL);
    if (co || !gt_err_matches(ts, EXC(ts, SyntaxError)))
        return co;
    gt_err_clear(ts);
    return gt_compile(ts, src->data, src->len, "<dis>", PARSE_FILE, NULL);
}

// What get_instructions, code_info and show_code accept: anything with code, or source text.
static Code *code_arg(TS *ts, Value x) {
    Code *co = code_of(x);
    if (co)
        return co;
    if (IS_STR(x))
        return compile_source(ts, STR_VAL(x));
    gt_raise(ts, EXC(ts, TypeError), "don't know how to disassemble %s objects",
             gt_type_name(ts, x));
    return NULL;
}

// ---- Writing ----

// Write the text to `file`, or to sys.stdout as it is now when file is None or absent.
static bool write_out(TS *ts, Value file, StrBuf *sb) {
    if (IS_NULL(file) || IS_NONE(file)) {
        file = gt_dict_get_cstr(ts, ts->interp->sys_module->dict, "stdout");
        if (IS_NULL(file) || IS_ERR(file) || IS_NONE(file)) {
            gt_raise(ts, EXC(ts, RuntimeError), "lost sys.stdout");
            return false;
        }
    }
    if (sb->len == 0)
        return true;
    return gt_stream_write(ts, file, sb->data, sb->len) == 0;
}

// depth=None means every level; a negative depth is treated as None, as CPython's loop does.
static bool depth_arg(TS *ts, Value v, int *depth) {
    *depth = -1;
    if (IS_NULL(v) || IS_NONE(v))
        return true;
    int64_t d;
    if (!gt_index(ts, v, &d, NULL))
        return false;
    *depth = d < 0 ? -1 : d > 1000000 ? 1000000 : (int)d;
    return true;
}

static bool flag_arg(TS *ts, Value v, bool *out) {
    *out = false;
    if (IS_NULL(v))
        return true;
    int t = gt_truthy(ts, v);
    if (t < 0)
        return false;
    *out = t != 0;
    return true;
}

// ---- dis.dis ----

static bool dis_any(TS *ts, StrBuf *sb, Value x, int depth, bool show_caches);

// A class, module or instance: "Disassembly of NAME:" and the listing of each attribute that has
// code (functions, methods, class and static methods, code objects, nested classes), in name order,
// each followed by a blank line.
static bool dis_namespace(TS *ts, StrBuf *sb, Dict *d, int depth, bool show_caches) {
    List *keys = gt_list_new(ts, 0);
    if (!keys || !gt_push(ts, v_obj(keys)))
        return false;
    uint32_t pos = 0;
    Value k, v;
    bool ok = true;
    while (ok && gt_dict_next(d, &pos, &k, &v))
        if (IS_STR(k) && (code_of(v) || IS_TYPE(v)))
            ok = gt_list_append(ts, keys, k);
    ok = ok && gt_list_sort(ts, keys, V_NULL, false);
    for (uint32_t i = 0; ok && i < keys->len; i++) {
        Value item = gt_dict_get(ts, d, keys->items[i]);
        if (IS_ERR(item)) {
            ok = false;
            break;
        }
        if (IS_NULL(item))
            continue;
        ok = gt_sb_adds(ts, sb, "Disassembly of ") &&
             gt_sb_addstr(ts, sb, STR_VAL(keys->items[i])) && gt_sb_adds(ts, sb, ":\n") &&
             dis_any(ts, sb, item, depth, show_caches) && gt_sb_addc(ts, sb, '\n');
    }
    gt_popn(ts, 1);
    return ok;
}

// Append what dis.dis(x) prints. Runs no Python code, so `sb` and the objects reached from
// `x` need no rooting beyond what the caller holds.
static bool dis_any(TS *ts, StrBuf *sb, Value x, int depth, bool show_caches) {
    Code *co = code_of(x);
    if (co)
        return gt_dis_code_recursive(ts, sb, co, depth, show_caches);
    Dict *ns = NULL;
    if (IS_TYPE(x))
        ns = TYPE_VAL(x)->dict;
    else if (IS_MODULE(x))
        ns = ((Module *)AS_OBJ(x))->dict;
    else if (IS_OBJ(x) && AS_OBJ(x)->kind == K_INSTANCE)
        // An instance: CPython looks through its __dict__ too (usually finding nothing).
        return !((Instance *)AS_OBJ(x))->dict ||
               dis_namespace(ts, sb, ((Instance *)AS_OBJ(x))->dict, depth, show_caches);
    if (ns) {
        if (!gt_enter_recursion(ts, " while disassembling"))
            return false;
        bool ok = dis_namespace(ts, sb, ns, depth, show_caches);
        gt_leave_recursion(ts);
        return ok;
    }
    if (IS_STR(x)) {
        Code *c = compile_source(ts, STR_VAL(x));
        if (!c || !gt_push(ts, v_obj(c)))
            return false;
        bool ok = gt_dis_code_recursive(ts, sb, c, depth, show_caches);
        gt_popn(ts, 1);
        return ok;
    }
    gt_raise(ts, EXC(ts, TypeError), "don't know how to disassemble %s objects",
             gt_type_name(ts, x));
    return false;
}

// dis(x=None, *, file=None, depth=None, show_caches=False, adaptive=False)
static Value d_dis(TS *ts, Value *args, int nargs, Tuple *kw) {
    static const char *const names[] = {"x", "file", "depth", "show_caches", "adaptive"};
    Value a[5];
    if (!gt_parse_args(ts, "dis", args, nargs, kw, names, 5, 0, 1, 0, a))
        return V_ERR;
    int depth;
    bool show_caches;
    if (!depth_arg(ts, a[2], &depth) || !flag_arg(ts, a[3], &show_caches))
        return V_ERR;
    if (IS_NULL(a[0]) || IS_NONE(a[0]))
        // CPython would disassemble the last traceback (sys.last_traceback); gilt keeps none.
        return gt_raise(ts, EXC(ts, RuntimeError), "no last traceback to disassemble");
    StrBuf sb;
    gt_sb_init(&sb);
    bool ok = dis_any(ts, &sb, a[0], depth, show_caches) && write_out(ts, a[1], &sb);
    gt_sb_free(&sb);
    return ok ? V_NONE : V_ERR;
}

// disassemble(co, lasti=-1, *, file=None, show_caches=False, adaptive=False): one code
// object, nested ones left out; the instruction at offset lasti is marked -->.
static Value d_disassemble(TS *ts, Value *args, int nargs, Tuple *kw) {
    static const char *const names[] = {"co", "lasti", "file", "show_caches", "adaptive"};
    Value a[5];
    if (!gt_parse_args(ts, "disassemble", args, nargs, kw, names, 5, 0, 2, 1, a))
        return V_ERR;
    Code *co = code_of(a[0]);
    if (!co)
        return gt_raise(ts, EXC(ts, TypeError), "don't know how to disassemble %s objects",
                        gt_type_name(ts, a[0]));
    int64_t lasti = -1;
    if (!IS_NULL(a[1]) && !gt_index(ts, a[1], &lasti, NULL))
        return V_ERR;
    bool show_caches;
    if (!flag_arg(ts, a[3], &show_caches))
        return V_ERR;
    StrBuf sb;
    gt_sb_init(&sb);
    // lasti is an offset as shown; the marker goes on the word at that offset.
    bool ok =
        gt_dis_code(ts, &sb, co, lasti >= 0 && lasti % 2 == 0 ? lasti / 2 : -1, show_caches) &&
        write_out(ts, a[2], &sb);
    gt_sb_free(&sb);
    return ok ? V_NONE : V_ERR;
}

// ---- code_info, show_code ----

static Value code_info_str(TS *ts, Value x) {
    Code *co = code_arg(ts, x);
    if (!co || !gt_push(ts, v_obj(co)))
        return V_ERR;
    StrBuf sb;
    gt_sb_init(&sb);
    bool ok = gt_dis_code_info(ts, &sb, co);
    gt_popn(ts, 1);
    if (!ok) {
        gt_sb_free(&sb);
        return V_ERR;
    }
    Str *s = gt_sb_finish(ts, &sb);
    return s ? v_obj(s) : V_ERR;
}

static Value d_code_info(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!gt_check_args(ts, "code_info", nargs, kw, 1, 1))
        return V_ERR;
    return code_info_str(ts, args[0]);
}

// show_code(co, *, file=None): code_info's text and a newline.
static Value d_show_code(TS *ts, Value *args, int nargs, Tuple *kw) {
    static const char *const names[] = {"co", "file"};
    Value a[2];
    if (!gt_parse_args(ts, "show_code", args, nargs, kw, names, 2, 0, 1, 1, a))
        return V_ERR;
    Value info = code_info_str(ts, a[0]);
    if (IS_ERR(info) || !gt_push(ts, info))
        return V_ERR;
    StrBuf sb;
    gt_sb_init(&sb);
    bool ok = gt_sb_addstr(ts, &sb, STR_VAL(info)) && gt_sb_addc(ts, &sb, '\n') &&
              write_out(ts, a[1], &sb);
    gt_sb_free(&sb);
    gt_popn(ts, 1);
    return ok ? V_NONE : V_ERR;
}

// ---- get_instructions, findlinestarts ----

static Type *module_type(TS *ts, const char *name) {
    Value m = gt_dict_get_cstr(ts, ts->interp->modules, "dis");
    if (!IS_MODULE(m))
        return NULL;
    Value t = gt_dict_get_cstr(ts, ((Module *)AS_OBJ(m))->dict, name);
    return IS_TYPE(t) ? TYPE_VAL(t) : NULL;
}

// dis.Positions(lineno, end_lineno, col_offset, end_col_offset) of one word: all None when
// the instruction has no position.
static Value make_positions(TS *ts, Type *pt, Code *co, uint32_t index) {
    Position p = co->positions[index];
    Value items[4] = {V_NONE, V_NONE, V_NONE, V_NONE};
    if (p.lineno > 0) {
        items[0] = v_int(p.lineno);
        items[1] = v_int(p.end_lineno);
        items[2] = p.col >= 0 ? v_int(p.col) : V_NONE;
        items[3] = p.end_col >= 0 ? v_int(p.end_col) : V_NONE;
    }
    return gt_structseq_new(ts, pt, items, 4);
}

// One dis.Instruction; line_offset shifts line numbers (get_instructions' first_line).
static Value make_instruction(TS *ts, Type *it, Type *pt, Code *co, const DisInstr *in,
                              int64_t line_offset) {
    // Slots 0..8 are the fields; the StrBuf holds argrepr until it becomes a str.
    Value f[9];
    StrBuf rep;
    gt_sb_init(&rep);
    Value argval = gt_dis_argval(ts, co, in, &rep);
    if (IS_ERR(argval) || !gt_push(ts, argval)) {
        gt_sb_free(&rep);
        return V_ERR;
    }
    Str *argrepr = gt_sb_finish(ts, &rep);
    if (!argrepr || !gt_push(ts, v_obj(argrepr))) {
        gt_popn(ts, 1);
        return V_ERR;
    }
    Str *opname = gt_str_intern_cstr(ts, gt_opcode_names[in->op]);
    Value positions = opname ? make_positions(ts, pt, co, in->index) : V_ERR;
    if (IS_ERR(positions) || !gt_push(ts, positions)) {
        gt_popn(ts, 2);
        return V_ERR;
    }
    f[0] = v_obj(opname);
    f[1] = v_int(in->op);
    f[2] = in->has_arg ? v_int(in->arg) : V_NONE;
    f[3] = argval;
    f[4] = v_obj(argrepr);
    f[5] = v_int(gt_dis_offset(in->index));
    f[6] = in->starts_line ? v_int(in->line + line_offset) : V_NONE;
    f[7] = v_bool(in->is_jump_target);
    f[8] = positions;
    Value r = gt_structseq_new(ts, it, f, 9);
    gt_popn(ts, 3);
    return r;
}

// get_instructions(x, *, first_line=None, show_caches=False, adaptive=False): an iterator
// over the Instructions of x's code (nested code objects are not entered).
static Value d_get_instructions(TS *ts, Value *args, int nargs, Tuple *kw) {
    static const char *const names[] = {"x", "first_line", "show_caches", "adaptive"};
    Value a[4];
    if (!gt_parse_args(ts, "get_instructions", args, nargs, kw, names, 4, 0, 1, 1, a))
        return V_ERR;
    bool show_caches;
    if (!flag_arg(ts, a[2], &show_caches))
        return V_ERR;
    Type *it = module_type(ts, "Instruction"), *pt = module_type(ts, "Positions");
    if (!it || !pt)
        return gt_raise(ts, EXC(ts, SystemError), "dis.Instruction is missing");
    Code *co = code_arg(ts, a[0]);
    if (!co || !gt_push(ts, v_obj(co)))
        return V_ERR;
    int64_t line_offset = 0;
    if (!IS_NULL(a[1]) && !IS_NONE(a[1])) {
        int64_t first;
        if (!gt_index(ts, a[1], &first, NULL)) {
            gt_popn(ts, 1);
            return V_ERR;
        }
        line_offset = first - (int64_t)co->firstlineno;
    }
    DisInstr *items;
    uint32_t n;
    List *l = NULL;
    if (gt_dis_decode(ts, co, show_caches, &items, &n)) {
        l = gt_list_new(ts, n);
        bool ok = l && gt_push(ts, v_obj(l));
        for (uint32_t i = 0; ok && i < n; i++) {
            Value ins = make_instruction(ts, it, pt, co, &items[i], line_offset);
            ok = !IS_ERR(ins) && gt_list_append(ts, l, ins);
        }
        free(items);
        if (l)
            gt_popn(ts, 1);
        if (!ok)
            l = NULL;
    }
    gt_popn(ts, 1);
    // CPython returns a generator; an iterator over the finished list behaves the same for
    // `for`, list() and next().
    return l ? gt_iter(ts, v_obj(l)) : V_ERR;
}

// findlinestarts(code): the (offset, lineno) pairs where source lines start, as a list
// iterator (CPython yields them from a generator).
static Value d_findlinestarts(TS *ts, Value *args, int nargs, Tuple *kw) {
    if (!gt_check_args(ts, "findlinestarts", nargs, kw, 1, 1))
        return V_ERR;
    Code *co = code_of(args[0]);
    if (!co)
        return gt_raise(ts, EXC(ts, TypeError), "findlinestarts() expects a code object, not %s",
                        gt_type_name(ts, args[0]));
    DisInstr *items;
    uint32_t n;
    if (!gt_dis_decode(ts, co, false, &items, &n))
        return V_ERR;
    List *l = gt_list_new(ts, 0);
    bool ok = l && gt_push(ts, v_obj(l));
    for (uint32_t i = 0; ok && i < n; i++) {
        if (!items[i].starts_line)
            continue;
        Tuple *t = gt_tuple_pack2(ts, v_int(gt_dis_offset(items[i].index)), v_int(items[i].line));
        ok = t && gt_list_append(ts, l, v_obj(t));
    }
    free(items);
    if (l)
        gt_popn(ts, 1);
    return ok ? gt_iter(ts, v_obj(l)) : V_ERR;
}

// ---- The module ----

// Instruction's repr is a named tuple's, without the module prefix a struct sequence shows.
static Value instruction_repr(TS *ts, Value self) {
    Type *t = gt_type_of(ts, self);
    Value fields = gt_dict_get_cstr(ts, t->dict, "_fields");
    if (!IS_TUPLE(fields))
        return gt_raise(ts, EXC(ts, SystemError), "%s has no _fields", t->name->data);
    // The item reprs are of built-in values and run no Python code; the push keeps the
    // fields alive all the same.
    if (!gt_push(ts, fields))
        return V_ERR;
    StrBuf sb;
    gt_sb_init(&sb);
    bool ok = gt_sb_addstr(ts, &sb, t->name) && gt_sb_addc(ts, &sb, '(');
    Tuple *names = TUPLE_VAL(fields);
    for (uint32_t i = 0; ok && i < names->len; i++) {
        Value item = gt_getitem(ts, self, v_int(i));
        ok = !IS_ERR(item) && (i == 0 || gt_sb_adds(ts, &sb, ", ")) &&
             gt_sb_addstr(ts, &sb, STR_VAL(names->items[i])) && gt_sb_addc(ts, &sb, '=') &&
             gt_sb_addrepr(ts, &sb, item);
    }
    ok = ok && gt_sb_addc(ts, &sb, ')');
    gt_popn(ts, 1);
    if (!ok) {
        gt_sb_free(&sb);
        return V_ERR;
    }
    Str *s = gt_sb_finish(ts, &sb);
    return s ? v_obj(s) : V_ERR;
}

static int add_named_tuple(TS *ts, Module *m, const char *name, const char *const *fields, int n) {
    Type *t = gt_structseq_type(ts, name, "dis", fields, n);
    if (!t)
        return -1;
    t->repr = instruction_repr;
    return gt_module_add(ts, m, name, v_obj(t));
}

// A list of the opcodes whose flags include `flag`, as dis.hasconst and the like.
static int add_op_list(TS *ts, Module *m, const char *name, unsigned flag) {
    List *l = gt_list_new(ts, 0);
    if (!l || !gt_push(ts, v_obj(l)))
        return -1;
    int r = 0;
    for (int op = 0; op < OP__COUNT && r == 0; op++)
        if (gt_opcode_flags[op] & flag)
            r = gt_list_append(ts, l, v_int(op)) ? 0 : -1;
    if (r == 0)
        r = gt_module_add(ts, m, name, v_obj(l));
    gt_popn(ts, 1);
    return r;
}

static int dis_init(TS *ts, Module *m) {
    static const char *const instr_fields[] = {"opname",      "opcode",         "arg",
                                               "argval",      "argrepr",        "offset",
                                               "starts_line", "is_jump_target", "positions"};
    static const char *const pos_fields[] = {"lineno", "end_lineno", "col_offset",
                                             "end_col_offset"};
    if (add_named_tuple(ts, m, "Instruction", instr_fields, 9) < 0 ||
        add_named_tuple(ts, m, "Positions", pos_fields, 4) < 0)
        return -1;

    // opname: 256 names, gilt's opcodes first; opmap: name -> number.
    List *names = gt_list_new(ts, OPNAME_SLOTS);
    if (!names || !gt_push(ts, v_obj(names)))
        return -1;
    Dict *map = gt_dict_new(ts);
    if (!map || !gt_push(ts, v_obj(map))) {
        gt_popn(ts, 1);
        return -1;
    }
    int r = 0;
    for (int op = 0; op < OPNAME_SLOTS && r == 0; op++) {
        Str *s;
        if (op < OP__COUNT) {
            s = gt_str_intern_cstr(ts, gt_opcode_names[op]);
            r = s && gt_dict_set_str(ts, map, s, v_int(op)) == 0 ? 0 : -1;
        } else {
            s = gt_str_printf(ts, "<%d>", op);
        }
        r = r == 0 && s && gt_list_append(ts, names, v_obj(s)) ? 0 : -1;
    }
    if (r == 0)
        r = gt_module_add(ts, m, "opname", v_obj(names));
    if (r == 0)
        r = gt_module_add(ts, m, "opmap", v_obj(map));
    gt_popn(ts, 2);
    if (r < 0)
        return -1;

    static const char *const cmp[] = {"<", "<=", "==", "!=", ">", ">="};
    Value cv[6];
    for (int i = 0; i < 6; i++) {
        Str *s = gt_str_intern_cstr(ts, cmp[i]);
        if (!s)
            return -1;
        cv[i] = v_obj(s);
    }
    Tuple *cmp_op = gt_tuple_from(ts, cv, 6);
    if (!cmp_op || gt_module_add(ts, m, "cmp_op", v_obj(cmp_op)) < 0)
        return -1;

    // gilt's jumps all name an absolute instruction, so hasjrel is empty.
    List *empty = gt_list_new(ts, 0);
    if (!empty || gt_module_add(ts, m, "hasjrel", v_obj(empty)) < 0)
        return -1;
    if (add_op_list(ts, m, "hasconst", OPF_CONST) < 0 ||
        add_op_list(ts, m, "hasname", OPF_NAME) < 0 ||
        add_op_list(ts, m, "hasjabs", OPF_JUMP) < 0 ||
        add_op_list(ts, m, "haslocal", OPF_LOCAL) < 0 ||
        add_op_list(ts, m, "hasfree", OPF_FREE) < 0)
        return -1;

    // disco is disassemble's old name; both are the same function.
    Value f = gt_dict_get_cstr(ts, m->dict, "disassemble");
    if (IS_NULL(f) || IS_ERR(f))
        return -1;
    return gt_module_add(ts, m, "disco", f);
}

static const MethodDef dis_methods[] = {
    {"dis", d_dis, 0, "Disassemble classes, methods, functions, code objects or source text."},
    {"disassemble", d_disassemble, 0, "Disassemble a code object."},
    {"code_info", d_code_info, 0, "Formatted details of methods, functions, or code."},
    {"show_code", d_show_code, 0, "Print details of methods, functions, or code to file."},
    {"get_instructions", d_get_instructions, 0,
     "Iterator for the opcodes in methods, functions or code."},
    {"findlinestarts", d_findlinestarts, 0,
     "Find the offsets in a code object that start source lines."},
    {NULL, NULL, 0, NULL},
};

const ModuleDef gt_mod_dis = {
    "dis",
    "Disassembler of Python byte code into mnemonics.",
    dis_methods,
    dis_init,
};
