// dis.c - the disassembler: turns a code object's instruction words back into the listing
// that CPython 3.11's dis.dis prints, for the dis module (stdlib/mod_dis.c) and `gilt --dis`.
//
// Entry points are in dis.h. gt_dis_decode finds what every instruction needs (line starts,
// jump targets); gt_dis_argval gives an argument its meaning (a name, a constant, a target);
// gt_dis_code lays the columns out. Everything is appended to a StrBuf, which is C memory, so
// nothing here has to be rooted and no Python code runs while a listing is built.
#include <stdlib.h>
#include <string.h>

#include "compile.h"
#include "core.h"
#include "dis.h"
#include "opcodes.h"
#include "sysmod.h"

// Column widths of CPython's listing: the opcode name is padded to 20, the argument to 5.
#define OPNAME_WIDTH 20
#define OPARG_WIDTH 5

static const char *const compare_ops[] = {"<", "<=", "==", "!=", ">", ">="};

// MAKE_FUNCTION's flag bits, lowest first (MF_* in opcodes.h).
static const char *const make_function_flags[] = {"defaults", "kwdefaults", "annotations",
                                                  "closure"};

bool gt_dis_decode(TS *ts, Code *co, bool show_caches, DisInstr **out, uint32_t *n) {
    uint32_t ncode = co->ncode;
    bool *target = calloc(ncode ? ncode : 1, sizeof(bool));
    DisInstr *items = malloc(sizeof(DisInstr) * (ncode ? ncode : 1));
    if (!target || !items) {
        free(target);
        free(items);
        gt_raise_nomem(ts);
        return false;
    }
    for (uint32_t i = 0; i < ncode; i++) {
        int op = (int)INSTR_OP(co->code[i]);
        if (op != OP_CACHE && (gt_opcode_flags[op] & OPF_JUMP) && INSTR_ARG(co->code[i]) < ncode)
            target[INSTR_ARG(co->code[i])] = true;
    }
    // A line starts where an instruction's line differs from the last line seen; instructions
    // without a position (line 0) neither start a line nor end one, as in CPython's co_lines.
    int32_t last_line = 0;
    uint32_t count = 0;
    for (uint32_t i = 0; i < ncode; i++) {
        int op = (int)INSTR_OP(co->code[i]);
        if (op == OP_CACHE && !show_caches)
            continue;
        DisInstr *d = &items[count++];
        d->index = i;
        d->op = op;
        d->arg = INSTR_ARG(co->code[i]);
        d->has_arg = op == OP_CACHE || (gt_opcode_flags[op] & OPF_ARG);
        d->is_jump_target = target[i];
        d->starts_line = false;
        d->line = 0;
        int32_t line = co->positions[i].lineno;
        if (op != OP_CACHE && line > 0 && line != last_line) {
            d->starts_line = true;
            d->line = line;
            last_line = line;
        }
    }
    free(target);
    *out = items;
    *n = count;
    return true;
}

static Value tuple_item_or_none(Tuple *t, uint32_t i) {
    return t && i < t->len ? t->items[i] : V_NONE;
}

// A name argument: argval is the name, argrepr its text.
static Value name_arg(TS *ts, Value name, StrBuf *repr) {
    if (IS_STR(name) && !gt_sb_addstr(ts, repr, STR_VAL(name)))
        return V_ERR;
    return name;
}

Value gt_dis_argval(TS *ts, Code *co, const DisInstr *in, StrBuf *repr) {
    if (!in->has_arg)
        return V_NONE;
    int op = in->op;
    uint32_t arg = in->arg;
    unsigned flags = op == OP_CACHE ? 0 : gt_opcode_flags[op];
    if (flags & OPF_CONST) {
        Value c = tuple_item_or_none(co->consts, arg);
        return gt_sb_addrepr(ts, repr, c) ? c : V_ERR;
    }
    if (op == OP_LOAD_GLOBAL) {
        // The low bit asks LOAD_GLOBAL to push a NULL first (for a call), as in CPython 3.11.
        if ((arg & 1) && !gt_sb_adds(ts, repr, "NULL + "))
            return V_ERR;
        return name_arg(ts, tuple_item_or_none(co->names, arg >> 1), repr);
    }
    if (flags & OPF_NAME)
        return name_arg(ts, tuple_item_or_none(co->names, arg), repr);
    if (flags & (OPF_LOCAL | OPF_FREE))
        return name_arg(ts, tuple_item_or_none(co->localnames, arg), repr);
    if (flags & OPF_JUMP) {
        int64_t target = gt_dis_offset(arg);
        return gt_sb_printf(ts, repr, "to %lld", (long long)target) ? v_int(target) : V_ERR;
    }
    switch (op) {
        case OP_COMPARE_OP: {
            if (arg >= sizeof compare_ops / sizeof compare_ops[0])
                break;
            Str *s = gt_str_from_cstr(ts, compare_ops[arg]);
            if (!s || !gt_sb_adds(ts, repr, compare_ops[arg]))
                return V_ERR;
            return v_obj(s);
        }
        case OP_BINARY_OP:
            if (arg < NB__COUNT && !gt_sb_adds(ts, repr, gt_binop_symbol((int)arg)))
                return V_ERR;
            break;
        case OP_FORMAT_VALUE: {
            // argval is (conversion function or None, whether a format spec is on the stack).
            static const char *const conversions[] = {NULL, "str", "repr", "ascii"};
            const char *conv = conversions[arg & 3];
            Value fn = V_NONE;
            if (conv) {
                fn = gt_dict_get_cstr(ts, ts->interp->builtins, conv);
                if (IS_NULL(fn) || IS_ERR(fn))
                    fn = V_NONE;
                if (!gt_sb_adds(ts, repr, conv))
                    return V_ERR;
            }
            bool spec = (arg & FVS_HAVE_SPEC) != 0;
            if (spec && !gt_sb_adds(ts, repr, conv ? ", with format" : "with format"))
                return V_ERR;
            Tuple *t = gt_tuple_pack2(ts, fn, v_bool(spec));
            return t ? v_obj(t) : V_ERR;
        }
        case OP_MAKE_FUNCTION:
            // argval stays the number, as in CPython; argrepr names the flags that are set.
            for (uint32_t b = 0, k = 0; b < 4; b++) {
                if (!(arg & (1u << b)))
                    continue;
                if ((k++ && !gt_sb_adds(ts, repr, ", ")) ||
                    !gt_sb_adds(ts, repr, make_function_flags[b]))
                    return V_ERR;
            }
            break;
        default:
            break;
    }
    return v_int(arg);
}

// Width of a number printed in decimal.
static int decimal_width(int64_t v) {
    int w = 1;
    while (v >= 10) {
        v /= 10;
        w++;
    }
    return w;
}

// One line of the listing: line number, current-instruction marker, jump-target marker,
// offset, name, argument and its meaning, separated by single spaces, trailing blanks cut.
static bool format_instr(TS *ts, StrBuf *sb, Code *co, const DisInstr *in, int lineno_width,
                         bool current, int offset_width) {
    StrBuf line;
    gt_sb_init(&line);
    bool ok = true;
    if (lineno_width) {
        if (in->starts_line)
            ok = gt_sb_printf(ts, &line, "%*d ", lineno_width, (int)in->line);
        else
            ok = gt_sb_printf(ts, &line, "%*s ", lineno_width, "");
    }
    ok = ok &&
         gt_sb_printf(ts, &line, "%s %s %*lld %-*s", current ? "-->" : "   ",
                      in->is_jump_target ? ">>" : "  ", offset_width,
                      (long long)gt_dis_offset(in->index), OPNAME_WIDTH, gt_opcode_names[in->op]);
    if (ok && in->has_arg) {
        ok = gt_sb_printf(ts, &line, " %*u", OPARG_WIDTH, (unsigned)in->arg);
        StrBuf rep;
        gt_sb_init(&rep);
        ok = ok && !IS_ERR(gt_dis_argval(ts, co, in, &rep));
        if (ok && rep.len)
            ok = gt_sb_adds(ts, &line, " (") && gt_sb_add(ts, &line, rep.data, rep.len) &&
                 gt_sb_addc(ts, &line, ')');
        gt_sb_free(&rep);
    }
    size_t n = line.len;
    while (n > 0 && (line.data[n - 1] == ' ' || line.data[n - 1] == '\t'))
        n--;
    ok = ok && gt_sb_add(ts, sb, line.data, n) && gt_sb_addc(ts, sb, '\n');
    gt_sb_free(&line);
    return ok;
}

bool gt_dis_code(TS *ts, StrBuf *sb, Code *co, int64_t lasti, bool show_caches) {
    DisInstr *items;
    uint32_t n;
    if (!gt_dis_decode(ts, co, show_caches, &items, &n))
        return false;
    // The line-number column is 3 wide (more for files of 1000 lines or more) and left out
    // when no instruction has a line; offsets are 4 wide unless they reach 10000.
    int32_t max_line = -1;
    for (uint32_t i = 0; i < n; i++)
        if (items[i].starts_line && items[i].line > max_line)
            max_line = items[i].line;
    int lineno_width = max_line < 0 ? 0 : max_line >= 1000 ? decimal_width(max_line) : 3;
    int64_t max_offset = co->ncode ? gt_dis_offset(co->ncode - 1) : 0;
    int offset_width = max_offset >= 10000 ? decimal_width(max_offset) : 4;
    bool ok = true;
    for (uint32_t i = 0; ok && i < n; i++) {
        // A blank line before each source line's group of instructions, except the first.
        if (lineno_width && items[i].starts_line && items[i].index > 0)
            ok = gt_sb_addc(ts, sb, '\n');
        ok = ok && format_instr(ts, sb, co, &items[i], lineno_width,
                                lasti >= 0 && (int64_t)items[i].index == lasti, offset_width);
    }
    free(items);
    return ok;
}

bool gt_dis_code_recursive(TS *ts, StrBuf *sb, Code *co, int depth, bool show_caches) {
    if (!gt_dis_code(ts, sb, co, -1, show_caches))
        return false;
    if (depth == 0)
        return true;
    if (!gt_enter_recursion(ts, " while disassembling"))
        return false;
    bool ok = true;
    for (uint32_t i = 0; ok && co->consts && i < co->consts->len; i++) {
        Value c = co->consts->items[i];
        if (!IS_CODE(c))
            continue;
        ok = gt_sb_adds(ts, sb, "\nDisassembly of ") && gt_sb_addrepr(ts, sb, c) &&
             gt_sb_adds(ts, sb, ":\n") &&
             gt_dis_code_recursive(ts, sb, (Code *)AS_OBJ(c), depth < 0 ? -1 : depth - 1,
                                   show_caches);
    }
    gt_leave_recursion(ts);
    return ok;
}

// The names of co_flags' bits, as dis.COMPILER_FLAG_NAMES gives them.
static const char *const flag_names[] = {
    "OPTIMIZED", "NEWLOCALS", "VARARGS",   "VARKEYWORDS",        "NESTED",
    "GENERATOR", "NOFREE",    "COROUTINE", "ITERABLE_COROUTINE", "ASYNC_GENERATOR",
};

static bool add_flags(TS *ts, StrBuf *sb, uint32_t flags) {
    if (flags == 0)
        return gt_sb_adds(ts, sb, "0x0");
    bool first = true;
    for (uint32_t b = 0; b < 32 && flags; b++) {
        uint32_t bit = 1u << b;
        if (!(flags & bit))
            continue;
        flags &= ~bit;
        bool ok = first || gt_sb_adds(ts, sb, ", ");
        if (b < sizeof flag_names / sizeof flag_names[0])
            ok = ok && gt_sb_adds(ts, sb, flag_names[b]);
        else
            ok = ok && gt_sb_printf(ts, sb, "%#x", bit);
        if (!ok)
            return false;
        first = false;
    }
    return true;
}

// "Title:" then one "%4d: item" line per item (repr of each item when `use_repr`).
static bool add_listing(TS *ts, StrBuf *sb, const char *title, Tuple *t, bool use_repr) {
    if (!t || t->len == 0)
        return true;
    if (!gt_sb_printf(ts, sb, "\n%s", title))
        return false;
    for (uint32_t i = 0; i < t->len; i++) {
        bool ok = gt_sb_printf(ts, sb, "\n%4u: ", (unsigned)i);
        ok = ok &&
             (use_repr ? gt_sb_addrepr(ts, sb, t->items[i]) : gt_sb_addstrv(ts, sb, t->items[i]));
        if (!ok)
            return false;
    }
    return true;
}

bool gt_dis_code_info(TS *ts, StrBuf *sb, Code *co) {
    bool ok = gt_sb_adds(ts, sb, "Name:              ") && gt_sb_addstr(ts, sb, co->name) &&
              gt_sb_adds(ts, sb, "\nFilename:          ") && gt_sb_addstr(ts, sb, co->filename) &&
              gt_sb_printf(ts, sb,
                           "\nArgument count:    %u\nPositional-only arguments: %u"
                           "\nKw-only arguments: %u\nNumber of locals:  %u"
                           "\nStack size:        %u\nFlags:             ",
                           (unsigned)co->argcount, (unsigned)co->posonlyargcount,
                           (unsigned)co->kwonlyargcount, (unsigned)co->nlocals,
                           (unsigned)co->stacksize) &&
              add_flags(ts, sb, gt_code_public_flags(co));
    if (!ok)
        return false;
    Tuple *varnames = gt_tuple_from(ts, co->localnames->items, co->nlocals);
    if (!varnames || !gt_push(ts, v_obj(varnames)))
        return false;
    Tuple *freevars = gt_code_freevars(ts, co);
    if (!freevars || !gt_push(ts, v_obj(freevars))) {
        gt_popn(ts, 1);
        return false;
    }
    Tuple *cellvars = gt_code_cellvars(ts, co);
    ok = cellvars && add_listing(ts, sb, "Constants:", co->consts, true) &&
         add_listing(ts, sb, "Names:", co->names, false) &&
         add_listing(ts, sb, "Variable names:", varnames, false) &&
         add_listing(ts, sb, "Free variables:", freevars, false) &&
         add_listing(ts, sb, "Cell variables:", cellvars, false);
    gt_popn(ts, 2);
    return ok;
}

int gt_dis_source(TS *ts, const char *src, size_t len, const char *filename) {
    Code *co = gt_compile(ts, src, len, filename, PARSE_FILE, NULL);
    int status = 0;
    if (co && gt_push(ts, v_obj(co))) {
        StrBuf sb;
        gt_sb_init(&sb);
        bool ok = gt_dis_code_recursive(ts, &sb, co, -1, false);
        gt_popn(ts, 1);
        Value out = gt_dict_get_cstr(ts, ts->interp->sys_module->dict, "stdout");
        if (ok && !IS_NULL(out) && !IS_ERR(out) && !IS_NONE(out))
            ok = gt_stream_write(ts, out, sb.data, sb.len) == 0;
        gt_sb_free(&sb);
        if (!ok)
            status = 1;
    } else {
        status = 1;
    }
    // Take the error before flushing: gt_sys_flush_std clears whatever is pending. Printed
    // as an uncaught exception is (to sys.stderr, after flushing sys.stdout).
    if (status != 0 && gt_err_occurred(ts)) {
        Value exc = gt_err_fetch(ts);
        if (gt_push(ts, exc)) {
            status = gt_handle_uncaught(ts, exc);
            gt_popn(ts, 1);
        }
        gt_err_clear(ts);
    }
    gt_sys_flush_std(ts);
    return status;
}
