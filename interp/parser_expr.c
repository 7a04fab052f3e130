// parser_expr.c - expressions, assignment targets, call arguments and parameter lists.
//
// Entry points are declared in parser.h (gt_parse_expression, gt_parse_star_expressions, ...).
// The functions follow the rules of CPython's grammar (python.gram) by name; the precedence
// levels from bitwise_or down to term share one precedence-climbing loop. Code guarded by
// `p->call_invalid` runs only in the second pass and reports CPython's specific messages (its
// "invalid_" rules); read the design notes in parser.c first.
#include <string.h>

#include "object.h"
#include "parser.h"

static Expr *atom(Parser *p);
static Expr *primary(Parser *p);
static Expr *factor(Parser *p);
static Expr *trailer_step(Parser *p, Expr *e, int start, TokKind k);
static Expr *lambdef(Parser *p);
static Expr *star_named_expressions_rest(Parser *p, Expr *first, int start, TokKind close);

// ---- Small helpers ----

static Expr *new_expr(Parser *p, ExprKind kind, int start) {
    return gt_parse_new_expr(p, kind, gt_parse_loc(p, start));
}

static bool can_start_expression(TokKind k) {
    switch (k) {
        case T_NAME:
        case T_NUMBER:
        case T_STRING:
        case T_LPAR:
        case T_LSQB:
        case T_LBRACE:
        case T_MINUS:
        case T_PLUS:
        case T_TILDE:
        case T_NOT:
        case T_LAMBDA:
        case T_AWAIT:
        case T_ELLIPSIS:
        case T_NONE:
        case T_TRUE:
        case T_FALSE:
            return true;
        default:
            return false;
    }
}

// CPython 3.11 compares a name with the soft keywords ("_", "case", "match") over the name's
// length only, so any prefix of them counts ("c", "ma"); its messages depend on that.
static bool is_soft_keyword(const Token *t) {
    static const char *const soft[] = {"_", "case", "match"};
    if (t->kind != T_NAME) {
        return false;
    }
    for (int i = 0; i < 3; i++) {
        if ((size_t)t->len <= strlen(soft[i]) && memcmp(t->start, soft[i], (size_t)t->len) == 0) {
            return true;
        }
    }
    return false;
}

// Is the whole of tokens [start, end) one parenthesised group "( ... )"?
static bool wholly_parenthesized(Parser *p, int start, int end) {
    if (end - start < 2 || gt_parse_tok(p, start)->kind != T_LPAR ||
        gt_parse_tok(p, end - 1)->kind != T_RPAR) {
        return false;
    }
    int depth = 0;
    for (int i = start; i < end; i++) {
        TokKind k = gt_parse_tok(p, i)->kind;
        if (k == T_LPAR || k == T_LSQB || k == T_LBRACE) {
            depth++;
        } else if (k == T_RPAR || k == T_RSQB || k == T_RBRACE) {
            depth--;
            if (depth == 0 && i != end - 1) {
                return false;
            }
        }
    }
    return true;
}

// Could the expression in tokens [start, end) have been parsed by the bitwise_or rule alone?
static bool is_bitwise_or_level(Parser *p, const Expr *e, int start, int end) {
    switch (e->kind) {
        case E_BOOLOP:
        case E_COMPARE:
        case E_IFEXP:
        case E_LAMBDA:
        case E_NAMEDEXPR:
        case E_STARRED:
        case E_YIELD:
        case E_YIELDFROM:
            return wholly_parenthesized(p, start, end);
        case E_UNARYOP:
            return e->v.unaryop.op != UOP_NOT || wholly_parenthesized(p, start, end);
        case E_TUPLE:
            return gt_parse_tok(p, start)->kind == T_LPAR;
        default:
            return true;
    }
}

// Does the text at token `start` begin with a list display, a parenthesised tuple, a generator
// expression or True/None/False? (CPython's !(list|tuple|genexp|'True'|'None'|'False').)
static bool starts_with_display(Parser *p, const Expr *e, int start) {
    TokKind k = gt_parse_tok(p, start)->kind;
    if (k == T_TRUE || k == T_NONE || k == T_FALSE) {
        return true;
    }
    if (k != T_LSQB && k != T_LPAR) {
        return false;
    }
    // Walk down the left edge to the atom that starts where e starts.
    for (;;) {
        if (e->kind == E_LIST) {
            return k == T_LSQB;
        }
        if (e->kind == E_TUPLE || e->kind == E_GENERATOREXP) {
            return k == T_LPAR && e->loc.col == gt_parse_tok(p, start)->col &&
                   e->loc.lineno == gt_parse_tok(p, start)->lineno;
        }
        const Expr *next = NULL;
        switch (e->kind) {
            case E_BINOP:
                next = e->v.binop.left;
                break;
            case E_ATTRIBUTE:
                next = e->v.attribute.value;
                break;
            case E_SUBSCRIPT:
                next = e->v.subscript.value;
                break;
            case E_CALL:
                next = e->v.call.func;
                break;
            case E_COMPARE:
                next = e->v.compare.left;
                break;
            case E_BOOLOP:
                next = e->v.boolop.values.items[0];
                break;
            case E_IFEXP:
                next = e->v.ifexp.body;
                break;
            default:
                break;
        }
        if (next == NULL || next->loc.lineno != e->loc.lineno || next->loc.col != e->loc.col) {
            return false;
        }
        e = next;
    }
}

// Speculative parsing: a soft failure puts the position back; a definite error stays.
typedef struct Mark {
    int pos;
} Mark;

static Mark mark(Parser *p) {
    return (Mark){p->pos};
}

static void reset(Parser *p, Mark m) {
    p->pos = m.pos;
}

// ---- Names for messages ----

const char *gt_parse_expr_name(const Expr *e) {
    switch (e->kind) {
        case E_ATTRIBUTE:
            return "attribute";
        case E_SUBSCRIPT:
            return "subscript";
        case E_STARRED:
            return "starred";
        case E_NAME:
            return "name";
        case E_LIST:
            return "list";
        case E_TUPLE:
            return "tuple";
        case E_LAMBDA:
            return "lambda";
        case E_CALL:
            return "function call";
        case E_BOOLOP:
        case E_BINOP:
        case E_UNARYOP:
            return "expression";
        case E_GENERATOREXP:
            return "generator expression";
        case E_YIELD:
        case E_YIELDFROM:
            return "yield expression";
        case E_AWAIT:
            return "await expression";
        case E_LISTCOMP:
            return "list comprehension";
        case E_SETCOMP:
            return "set comprehension";
        case E_DICTCOMP:
            return "dict comprehension";
        case E_DICT:
            return "dict literal";
        case E_SET:
            return "set display";
        case E_JOINEDSTR:
        case E_FORMATTEDVALUE:
            return "f-string expression";
        case E_CONSTANT:
            switch (e->v.constant.kind) {
                case C_NONE:
                    return "None";
                case C_FALSE:
                    return "False";
                case C_TRUE:
                    return "True";
                case C_ELLIPSIS:
                    return "ellipsis";
                default:
                    return "literal";
            }
        case E_COMPARE:
            return "comparison";
        case E_IFEXP:
            return "conditional expression";
        case E_NAMEDEXPR:
            return "named expression";
        case E_SLICE:
            return "slice";
    }
    return "expression";
}

// ---- Targets ----

const Expr *gt_parse_invalid_target(const Expr *e, TargetsType type) {
    if (e == NULL) {
        return NULL;
    }
    switch (e->kind) {
        case E_LIST:
        case E_TUPLE:
            for (int i = 0; i < e->v.seq.elts.n; i++) {
                const Expr *child = gt_parse_invalid_target(e->v.seq.elts.items[i], type);
                if (child != NULL) {
                    return child;
                }
            }
            return NULL;
        case E_STARRED:
            if (type == DEL_TARGETS) {
                return e;
            }
            return gt_parse_invalid_target(e->v.starred.value, type);
        case E_COMPARE:
            // "for a in b" reaches here parsed as a comparison: look at its left side.
            if (type == FOR_TARGETS) {
                if (e->v.compare.ops[0] == CMPOP_IN) {
                    return gt_parse_invalid_target(e->v.compare.left, type);
                }
                return NULL;
            }
            return e;
        case E_NAME:
        case E_SUBSCRIPT:
        case E_ATTRIBUTE:
            return NULL;
        default:
            return e;
    }
}

void *gt_parse_invalid_target_error(Parser *p, const Expr *e, TargetsType type) {
    const Expr *bad = gt_parse_invalid_target(e, type);
    if (bad == NULL) {
        return NULL;
    }
    return gt_parse_error_expr(p, bad,
                               type == DEL_TARGETS ? "cannot delete %s" : "cannot assign to %s",
                               gt_parse_expr_name(bad));
}

// A valid star_targets (or del_targets) tree: names, attributes, subscripts, and lists or
// tuples of them, with starred items inside lists and tuples (or at the top, for allow_star).
static bool is_target_rec(const Expr *e, bool star_ok) {
    switch (e->kind) {
        case E_NAME:
        case E_ATTRIBUTE:
        case E_SUBSCRIPT:
            return true;
        case E_STARRED:
            return star_ok && e->v.starred.value->kind != E_STARRED &&
                   is_target_rec(e->v.starred.value, false);
        case E_LIST:
        case E_TUPLE:
            for (int i = 0; i < e->v.seq.elts.n; i++) {
                if (!is_target_rec(e->v.seq.elts.items[i], star_ok)) {
                    return false;
                }
            }
            return true;
        default:
            return false;
    }
}

bool gt_parse_is_target(const Expr *e, bool allow_star) {
    return is_target_rec(e, allow_star);
}

bool gt_parse_set_ctx(Parser *p, Expr *e, ExprCtx ctx) {
    switch (e->kind) {
        case E_NAME:
            e->v.name.ctx = ctx;
            return true;
        case E_ATTRIBUTE:
            e->v.attribute.ctx = ctx;
            return true;
        case E_SUBSCRIPT:
            e->v.subscript.ctx = ctx;
            return true;
        case E_STARRED:
            e->v.starred.ctx = ctx;
            return gt_parse_set_ctx(p, e->v.starred.value, ctx);
        case E_LIST:
        case E_TUPLE:
            e->v.seq.ctx = ctx;
            for (int i = 0; i < e->v.seq.elts.n; i++) {
                if (!gt_parse_set_ctx(p, e->v.seq.elts.items[i], ctx)) {
                    return false;
                }
            }
            return true;
        default:
            return false;
    }
}

// star_targets for `for` loops, comprehensions and `with ... as`: parsed as a list of
// bitwise_or-level expressions (so that `in` ends them), then checked and set to Store.
Expr *gt_parse_star_targets(Parser *p) {
    int start = p->pos;
    ExprSeq elts = {0};
    int cap = 0;
    bool comma = false;
    for (;;) {
        int estart = p->pos;
        Expr *e;
        if (PEEK(p, T_STAR)) {
            p->pos++;
            Expr *v = gt_parse_bitwise_or(p);
            if (v == NULL) {
                return NULL;
            }
            e = new_expr(p, E_STARRED, estart);
            if (e == NULL) {
                return NULL;
            }
            e->v.starred.value = v;
        } else {
            e = gt_parse_bitwise_or(p);
            if (e == NULL) {
                return NULL;
            }
        }
        PUSH(p, elts, cap, e);
        if (!PEEK(p, T_COMMA)) {
            break;
        }
        p->pos++;
        comma = true;
        TokKind k = TOK(p)->kind;
        if (k != T_STAR && !can_start_expression(k)) {
            break;
        }
    }
    Expr *t;
    if (!comma) {
        t = elts.items[0];
    } else {
        t = new_expr(p, E_TUPLE, start);
        if (t == NULL) {
            return NULL;
        }
        t->v.seq.elts = elts;
    }
    // A lone starred target (`for *a in x`) passes here, as in CPython's parser; the compiler
    // rejects it.
    if (!gt_parse_is_target(t, true)) {
        return NULL;
    }
    gt_parse_set_ctx(p, t, CTX_STORE);
    return t;
}

// ---- Atoms ----

// for_if_clauses: ('async'? 'for' star_targets 'in' disjunction ('if' disjunction)*)+
bool gt_parse_for_if_clauses(Parser *p, CompSeq *gens) {
    int cap = 0;
    while (PEEK(p, T_FOR) || (PEEK(p, T_ASYNC) && gt_parse_tok(p, p->pos + 1)->kind == T_FOR)) {
        int is_async = 0;
        if (PEEK(p, T_ASYNC)) {
            is_async = 1;
            p->pos++;
        }
        p->pos++;
        Mark m = mark(p);
        Expr *target = gt_parse_star_targets(p);
        if (target == NULL || !PEEK(p, T_IN)) {
            if (p->failed) {
                return false;
            }
            if (p->call_invalid) {
                // invalid_for_target: the target parsed as an expression.
                reset(p, m);
                Expr *e = gt_parse_star_expressions(p);
                if (e != NULL) {
                    gt_parse_invalid_target_error(p, e, FOR_TARGETS);
                }
            }
            return false;
        }
        p->pos++;
        Expr *iter = gt_parse_disjunction(p);
        if (iter == NULL) {
            return false;
        }
        ExprSeq ifs = {0};
        int icap = 0;
        while (PEEK(p, T_IF)) {
            p->pos++;
            Expr *cond = gt_parse_disjunction(p);
            if (cond == NULL) {
                return false;
            }
            if (ifs.n == icap) {
                void *nw = gt_parse_grow(p, ifs.items, &icap, sizeof *ifs.items, ifs.n);
                if (nw == NULL) {
                    return false;
                }
                ifs.items = nw;
            }
            ifs.items[ifs.n++] = cond;
        }
        Comprehension *c = gt_arena_alloc(p->arena, sizeof *c);
        if (c == NULL) {
            gt_parse_nomem(p);
            return false;
        }
        c->target = target;
        c->iter = iter;
        c->ifs = ifs;
        c->is_async = is_async;
        if (gens->n == cap) {
            void *nw = gt_parse_grow(p, gens->items, &cap, sizeof *gens->items, gens->n);
            if (nw == NULL) {
                return false;
            }
            gens->items = nw;
        }
        gens->items[gens->n++] = c;
    }
    return gens->n > 0;
}

// A comprehension whose element (and value, for a dict) was parsed; `for` comes next. A starred
// element (`[*a for a in b]`) is not one: the second pass says why.
static Expr *comprehension(Parser *p, ExprKind kind, Expr *elt, Expr *value, int start,
                           TokKind close) {
    if (value == NULL && elt->kind == E_STARRED) {
        if (p->call_invalid) {
            CompSeq gens = {0};
            if (gt_parse_for_if_clauses(p, &gens)) {
                return gt_parse_error_expr(p, elt,
                                           "iterable unpacking cannot be used in comprehension");
            }
        }
        return NULL;
    }
    CompSeq gens = {0};
    if (!gt_parse_for_if_clauses(p, &gens)) {
        return NULL;
    }
    if (gt_parse_expect(p, close) == NULL) {
        return NULL;
    }
    Expr *e = new_expr(p, kind, start);
    if (e == NULL) {
        return NULL;
    }
    e->v.comp.elt = elt;
    e->v.comp.value = value;
    e->v.comp.generators = gens;
    return e;
}

// '(' ... ')': a tuple, a parenthesised expression or a generator expression.
static Expr *paren_atom(Parser *p) {
    int start = p->pos;
    p->pos++; // '('
    if (PEEK(p, T_RPAR)) {
        p->pos++;
        Expr *e = new_expr(p, E_TUPLE, start);
        if (e != NULL) {
            e->v.seq.ctx = CTX_LOAD;
        }
        return e;
    }
    if (PEEK(p, T_YIELD)) {
        Expr *y = gt_parse_yield_expr(p);
        if (y == NULL || gt_parse_expect(p, T_RPAR) == NULL) {
            return NULL;
        }
        return y;
    }
    if (PEEK(p, T_DOUBLESTAR)) {
        // invalid_group: '(' '**' expression ')'
        if (p->call_invalid) {
            Token *stars = TOK(p);
            p->pos++;
            Expr *v = gt_parse_expression(p);
            if (v != NULL && PEEK(p, T_RPAR)) {
                return gt_parse_error_tok(p, stars, "cannot use double starred expression here");
            }
        }
        return NULL;
    }
    Expr *first = gt_parse_star_named_expression(p);
    if (first == NULL) {
        return NULL;
    }
    if (PEEK(p, T_FOR) || PEEK(p, T_ASYNC)) {
        return comprehension(p, E_GENERATOREXP, first, NULL, start, T_RPAR);
    }
    if (PEEK(p, T_COMMA)) {
        return star_named_expressions_rest(p, first, start, T_RPAR);
    }
    if (!PEEK(p, T_RPAR)) {
        return NULL;
    }
    if (first->kind == E_STARRED) {
        // invalid_group: '(' starred_expression ')'
        if (p->call_invalid) {
            return gt_parse_error_expr(p, first, "cannot use starred expression here");
        }
        p->pos++;
        return NULL;
    }
    p->pos++;
    return first;
}

// The rest of a tuple or list display after its first element and a comma.
static Expr *star_named_expressions_rest(Parser *p, Expr *first, int start, TokKind close) {
    ExprSeq elts = {0};
    int cap = 0;
    PUSH(p, elts, cap, first);
    while (PEEK(p, T_COMMA)) {
        p->pos++;
        if (PEEK(p, close) || PEEK(p, T_FOR) || PEEK(p, T_ASYNC)) {
            break;
        }
        Expr *e = gt_parse_star_named_expression(p);
        if (e == NULL) {
            return NULL;
        }
        PUSH(p, elts, cap, e);
    }
    if (!PEEK(p, close)) {
        // invalid_comprehension: [a, b for x in y]
        if (p->call_invalid && close != T_RPAR && (PEEK(p, T_FOR) || PEEK(p, T_ASYNC))) {
            Token *prev = gt_parse_tok(p, p->pos - 1);
            bool trailing = prev->kind == T_COMMA;
            CompSeq gens = {0};
            if (gt_parse_for_if_clauses(p, &gens)) {
                Loc a = first->loc;
                Loc b =
                    trailing && elts.n == 1 ? gt_parse_tok_loc(prev) : elts.items[elts.n - 1]->loc;
                return gt_parse_error_range(
                    p, a, b, "did you forget parentheses around the comprehension target?");
            }
        }
        return NULL;
    }
    p->pos++;
    Expr *e = new_expr(p, close == T_RPAR ? E_TUPLE : close == T_RSQB ? E_LIST : E_SET, start);
    if (e == NULL) {
        return NULL;
    }
    if (close == T_RBRACE) {
        e->v.set.elts = elts;
    } else {
        e->v.seq.elts = elts;
        e->v.seq.ctx = CTX_LOAD;
    }
    return e;
}

static Expr *list_atom(Parser *p) {
    int start = p->pos;
    p->pos++; // '['
    if (PEEK(p, T_RSQB)) {
        p->pos++;
        Expr *e = new_expr(p, E_LIST, start);
        if (e != NULL) {
            e->v.seq.ctx = CTX_LOAD;
        }
        return e;
    }
    Expr *first = gt_parse_star_named_expression(p);
    if (first == NULL) {
        return NULL;
    }
    if (PEEK(p, T_FOR) || PEEK(p, T_ASYNC)) {
        return comprehension(p, E_LISTCOMP, first, NULL, start, T_RSQB);
    }
    if (PEEK(p, T_COMMA) || PEEK(p, T_RSQB)) {
        return star_named_expressions_rest(p, first, start, T_RSQB);
    }
    return NULL;
}

// A key/value pair after the first one in a dict display, with CPython's second-pass
// messages for the usual mistakes. Returns false on failure.
static bool dict_item(Parser *p, Expr **key, Expr **value) {
    if (PEEK(p, T_DOUBLESTAR)) {
        p->pos++;
        *key = NULL;
        *value = gt_parse_bitwise_or(p);
        return *value != NULL;
    }
    if (p->call_invalid) {
        // CPython reports a key without ':' here before any error inside the key, taking the
        // longest expression that parses as the key.
        int saved = p->pos;
        p->call_invalid = false;
        Expr *k = gt_parse_expression(p);
        p->call_invalid = true;
        if (p->failed) {
            return false;
        }
        if (k != NULL && !PEEK(p, T_COLON)) {
            gt_parse_error_at(p, SE_SYNTAX, k->loc.lineno, k->loc.end_col - 1, k->loc.end_lineno,
                              -1, "':' expected after dictionary key");
            return false;
        }
        p->pos = saved;
    }
    Expr *k = gt_parse_expression(p);
    if (k == NULL) {
        return false;
    }
    if (!PEEK(p, T_COLON)) {
        if (p->call_invalid) {
            // invalid_kvpair: the key's last character.
            gt_parse_error_at(p, SE_SYNTAX, k->loc.lineno, k->loc.end_col - 1, k->loc.end_lineno,
                              -1, "':' expected after dictionary key");
        }
        return false;
    }
    Token *colon = TOK(p);
    p->pos++;
    if (p->call_invalid) {
        if (PEEK(p, T_STAR)) {
            Token *star = TOK(p);
            p->pos++;
            if (gt_parse_bitwise_or(p) != NULL) {
                gt_parse_error_from(p, gt_parse_tok_loc(star),
                                    "cannot use a starred expression in a dictionary value");
            }
            return false;
        }
        if (PEEK(p, T_RBRACE) || PEEK(p, T_COMMA)) {
            gt_parse_error_tok(p, colon, "expression expected after dictionary key and ':'");
            return false;
        }
    }
    *key = k;
    *value = gt_parse_expression(p);
    return *value != NULL;
}

static Expr *brace_atom(Parser *p) {
    int start = p->pos;
    p->pos++; // '{'
    if (PEEK(p, T_RBRACE)) {
        p->pos++;
        return new_expr(p, E_DICT, start);
    }
    ExprSeq keys = {0}, values = {0};
    int kcap = 0, vcap = 0;
    if (PEEK(p, T_DOUBLESTAR)) {
        Token *stars = TOK(p);
        p->pos++;
        Expr *v = gt_parse_bitwise_or(p);
        if (v == NULL) {
            return NULL;
        }
        if (PEEK(p, T_FOR) || PEEK(p, T_ASYNC)) {
            if (p->call_invalid) {
                CompSeq gens = {0};
                if (gt_parse_for_if_clauses(p, &gens) && PEEK(p, T_RBRACE)) {
                    return gt_parse_error_tok(
                        p, stars, "dict unpacking cannot be used in dict comprehension");
                }
            }
            return NULL;
        }
        PUSH(p, keys, kcap, NULL);
        PUSH(p, values, vcap, v);
    } else {
        Expr *first = gt_parse_star_named_expression(p);
        if (first == NULL) {
            return NULL;
        }
        if (PEEK(p, T_COLON) && first->kind != E_STARRED && first->kind != E_NAMEDEXPR) {
            Token *colon = TOK(p);
            p->pos++;
            if (p->call_invalid) {
                if (PEEK(p, T_STAR)) {
                    Token *star = TOK(p);
                    p->pos++;
                    if (gt_parse_bitwise_or(p) != NULL) {
                        return gt_parse_error_from(
                            p, gt_parse_tok_loc(star),
                            "cannot use a starred expression in a dictionary value");
                    }
                    return NULL;
                }
                if (PEEK(p, T_RBRACE) || PEEK(p, T_COMMA)) {
                    return gt_parse_error_tok(p, colon,
                                              "expression expected after dictionary key and ':'");
                }
            }
            Expr *v = gt_parse_expression(p);
            if (v == NULL) {
                return NULL;
            }
            if (PEEK(p, T_FOR) || PEEK(p, T_ASYNC)) {
                return comprehension(p, E_DICTCOMP, first, v, start, T_RBRACE);
            }
            PUSH(p, keys, kcap, first);
            PUSH(p, values, vcap, v);
        } else if (PEEK(p, T_COLON)) {
            return NULL;
        } else {
            // A set.
            if (PEEK(p, T_FOR) || PEEK(p, T_ASYNC)) {
                return comprehension(p, E_SETCOMP, first, NULL, start, T_RBRACE);
            }
            return star_named_expressions_rest(p, first, start, T_RBRACE);
        }
    }
    // The rest of a dict display.
    while (PEEK(p, T_COMMA)) {
        p->pos++;
        if (PEEK(p, T_RBRACE)) {
            break;
        }
        Expr *k = NULL, *v = NULL;
        if (!dict_item(p, &k, &v)) {
            return NULL;
        }
        PUSH(p, keys, kcap, k);
        PUSH(p, values, vcap, v);
    }
    if (gt_parse_expect(p, T_RBRACE) == NULL) {
        return NULL;
    }
    Expr *e = new_expr(p, E_DICT, start);
    if (e == NULL) {
        return NULL;
    }
    e->v.dict.keys = keys;
    e->v.dict.values = values;
    return e;
}

static Expr *constant(Parser *p, ConstKind kind) {
    int start = p->pos;
    p->pos++;
    Expr *e = new_expr(p, E_CONSTANT, start);
    if (e != NULL) {
        e->v.constant.kind = kind;
    }
    return e;
}

static Expr *atom(Parser *p) {
    Token *t = TOK(p);
    switch (t->kind) {
        case T_NAME: {
            int start = p->pos;
            p->pos++;
            Expr *e = new_expr(p, E_NAME, start);
            if (e == NULL) {
                return NULL;
            }
            e->v.name.id = gt_parse_ident(p, t);
            e->v.name.ctx = CTX_LOAD;
            return e->v.name.id ? e : NULL;
        }
        case T_TRUE:
            return constant(p, C_TRUE);
        case T_FALSE:
            return constant(p, C_FALSE);
        case T_NONE:
            return constant(p, C_NONE);
        case T_ELLIPSIS:
            return constant(p, C_ELLIPSIS);
        case T_NUMBER: {
            p->pos++;
            return gt_parse_number(p, t);
        }
        case T_STRING:
            return gt_parse_strings(p);
        case T_LPAR: {
            if (!gt_parse_enter(p)) {
                return NULL;
            }
            Expr *e = paren_atom(p);
            LEAVE(p);
            return e;
        }
        case T_LSQB: {
            if (!gt_parse_enter(p)) {
                return NULL;
            }
            Expr *e = list_atom(p);
            LEAVE(p);
            return e;
        }
        case T_LBRACE: {
            if (!gt_parse_enter(p)) {
                return NULL;
            }
            Expr *e = brace_atom(p);
            LEAVE(p);
            return e;
        }
        default:
            return NULL;
    }
}

// ---- Subscripts ----

static Expr *slice_item(Parser *p) {
    int start = p->pos;
    if (PEEK(p, T_STAR)) {
        p->pos++;
        Expr *v = gt_parse_expression(p);
        if (v == NULL) {
            return NULL;
        }
        Expr *s = new_expr(p, E_STARRED, start);
        if (s != NULL) {
            s->v.starred.value = v;
            s->v.starred.ctx = CTX_LOAD;
        }
        return s;
    }
    Expr *lower = NULL;
    if (!PEEK(p, T_COLON)) {
        // A named_expression, or the lower bound (an expression) of a slice.
        lower = gt_parse_named_expression(p);
        if (lower == NULL) {
            return NULL;
        }
        if (!PEEK(p, T_COLON)) {
            return lower;
        }
        if (lower->kind == E_NAMEDEXPR) {
            return NULL;
        }
    }
    p->pos++; // ':'
    Expr *upper = NULL, *step = NULL;
    if (!PEEK(p, T_COLON) && !PEEK(p, T_COMMA) && !PEEK(p, T_RSQB)) {
        upper = gt_parse_expression(p);
        if (upper == NULL) {
            return NULL;
        }
    }
    if (PEEK(p, T_COLON)) {
        p->pos++;
        if (!PEEK(p, T_COMMA) && !PEEK(p, T_RSQB)) {
            step = gt_parse_expression(p);
            if (step == NULL) {
                return NULL;
            }
        }
    }
    Expr *s = new_expr(p, E_SLICE, start);
    if (s != NULL) {
        s->v.slice.lower = lower;
        s->v.slice.upper = upper;
        s->v.slice.step = step;
    }
    return s;
}

static Expr *slices(Parser *p) {
    int start = p->pos;
    Expr *first = slice_item(p);
    if (first == NULL) {
        return NULL;
    }
    if (!PEEK(p, T_COMMA) && first->kind != E_STARRED) {
        return first;
    }
    ExprSeq elts = {0};
    int cap = 0;
    PUSH(p, elts, cap, first);
    while (PEEK(p, T_COMMA)) {
        p->pos++;
        if (PEEK(p, T_RSQB)) {
            break;
        }
        Expr *e = slice_item(p);
        if (e == NULL) {
            return NULL;
        }
        PUSH(p, elts, cap, e);
    }
    Expr *t = new_expr(p, E_TUPLE, start);
    if (t != NULL) {
        t->v.seq.elts = elts;
        t->v.seq.ctx = CTX_LOAD;
    }
    return t;
}

// ---- Primaries and operators ----

static Expr *primary(Parser *p) {
    int start = p->pos;
    Expr *e = atom(p);
    if (e == NULL) {
        return NULL;
    }
    for (;;) {
        TokKind k = TOK(p)->kind;
        int trailer = p->pos;
        Expr *before = e;
        e = trailer_step(p, e, start, k);
        if (e == before) {
            return e;
        }
        if (e == NULL) {
            if (!p->failed) {
                p->pos = trailer;
                return before;
            }
            return NULL;
        }
    }
}

// One trailer ('.' NAME, call, subscript) after e; returns e itself when there is none.
static Expr *trailer_step(Parser *p, Expr *e, int start, TokKind k) {
    {
        if (k == T_DOT) {
            p->pos++;
            Token *name = TOK(p);
            if (name->kind != T_NAME) {
                return NULL;
            }
            p->pos++;
            Expr *a = new_expr(p, E_ATTRIBUTE, start);
            if (a == NULL) {
                return NULL;
            }
            a->v.attribute.value = e;
            a->v.attribute.attr = gt_parse_ident(p, name);
            a->v.attribute.ctx = CTX_LOAD;
            e = a;
        } else if (k == T_LPAR) {
            int open = p->pos;
            if (gt_parse_trailer_failed(p, open) || !gt_parse_enter(p)) {
                return NULL;
            }
            p->pos++;
            ExprSeq args = {0};
            KeywordSeq kws = {0};
            bool ok = gt_parse_call_args(p, &args, &kws, true);
            LEAVE(p);
            if (!ok) {
                gt_parse_set_trailer_failed(p, open);
                return NULL;
            }
            Expr *c = new_expr(p, E_CALL, start);
            if (c == NULL) {
                return NULL;
            }
            c->v.call.func = e;
            c->v.call.args = args;
            c->v.call.keywords = kws;
            e = c;
        } else if (k == T_LSQB) {
            int open = p->pos;
            if (gt_parse_trailer_failed(p, open) || !gt_parse_enter(p)) {
                return NULL;
            }
            p->pos++;
            Expr *s = slices(p);
            LEAVE(p);
            if (s == NULL || gt_parse_expect(p, T_RSQB) == NULL) {
                gt_parse_set_trailer_failed(p, open);
                return NULL;
            }
            Expr *sub = new_expr(p, E_SUBSCRIPT, start);
            if (sub == NULL) {
                return NULL;
            }
            sub->v.subscript.value = e;
            sub->v.subscript.slice = s;
            sub->v.subscript.ctx = CTX_LOAD;
            e = sub;
        }
        return e;
    }
}

// power: await_primary ['**' factor]
static Expr *power(Parser *p) {
    int start = p->pos;
    Expr *e;
    if (PEEK(p, T_AWAIT)) {
        p->pos++;
        Expr *v = primary(p);
        if (v == NULL) {
            return NULL;
        }
        e = new_expr(p, E_AWAIT, start);
        if (e == NULL) {
            return NULL;
        }
        e->v.yield.value = v;
    } else {
        e = primary(p);
        if (e == NULL) {
            return NULL;
        }
    }
    if (PEEK(p, T_DOUBLESTAR)) {
        int op_pos = p->pos;
        p->pos++;
        if (!gt_parse_enter(p)) {
            return NULL;
        }
        Expr *r = factor(p);
        LEAVE(p);
        if (r == NULL) {
            if (!p->failed) {
                p->pos = op_pos;
                return e;
            }
            return NULL;
        }
        Expr *b = new_expr(p, E_BINOP, start);
        if (b == NULL) {
            return NULL;
        }
        b->v.binop.left = e;
        b->v.binop.op = NB_POWER;
        b->v.binop.right = r;
        e = b;
    }
    return e;
}

static Expr *factor(Parser *p) {
    int start = p->pos;
    UnaryOpKind op;
    switch (TOK(p)->kind) {
        case T_PLUS:
            op = UOP_UADD;
            break;
        case T_MINUS:
            op = UOP_USUB;
            break;
        case T_TILDE:
            op = UOP_INVERT;
            break;
        default:
            return power(p);
    }
    if (!gt_parse_enter(p)) {
        return NULL;
    }
    p->pos++;
    Expr *v = factor(p);
    LEAVE(p);
    if (v == NULL) {
        return NULL;
    }
    Expr *e = new_expr(p, E_UNARYOP, start);
    if (e != NULL) {
        e->v.unaryop.op = op;
        e->v.unaryop.operand = v;
    }
    return e;
}

static int binop_prec(TokKind k, int *op) {
    switch (k) {
        case T_VBAR:
            *op = NB_OR;
            return 1;
        case T_CIRCUMFLEX:
            *op = NB_XOR;
            return 2;
        case T_AMPER:
            *op = NB_AND;
            return 3;
        case T_LEFTSHIFT:
            *op = NB_LSHIFT;
            return 4;
        case T_RIGHTSHIFT:
            *op = NB_RSHIFT;
            return 4;
        case T_PLUS:
            *op = NB_ADD;
            return 5;
        case T_MINUS:
            *op = NB_SUBTRACT;
            return 5;
        case T_STAR:
            *op = NB_MULTIPLY;
            return 6;
        case T_SLASH:
            *op = NB_TRUE_DIVIDE;
            return 6;
        case T_DOUBLESLASH:
            *op = NB_FLOOR_DIVIDE;
            return 6;
        case T_PERCENT:
            *op = NB_REMAINDER;
            return 6;
        case T_AT:
            *op = NB_MATRIX_MULTIPLY;
            return 6;
        default:
            return 0;
    }
}

// bitwise_or down to term: left-associative binary operators by precedence climbing.
static Expr *binary(Parser *p, int minprec) {
    int start = p->pos;
    Expr *left = factor(p);
    if (left == NULL) {
        return NULL;
    }
    for (;;) {
        int op = 0;
        int prec = binop_prec(TOK(p)->kind, &op);
        if (prec == 0 || prec < minprec) {
            return left;
        }
        int op_pos = p->pos;
        p->pos++;
        Expr *right = binary(p, prec + 1);
        if (right == NULL) {
            if (!p->failed) {
                p->pos = op_pos;
                return left;
            }
            return NULL;
        }
        Expr *b = new_expr(p, E_BINOP, start);
        if (b == NULL) {
            return NULL;
        }
        b->v.binop.left = left;
        b->v.binop.op = op;
        b->v.binop.right = right;
        left = b;
    }
}

Expr *gt_parse_bitwise_or(Parser *p) {
    return binary(p, 1);
}

static Expr *comparison(Parser *p) {
    int start = p->pos;
    Expr *left = gt_parse_bitwise_or(p);
    if (left == NULL) {
        return NULL;
    }
    CmpOpKind *ops = NULL;
    int nops = 0, opcap = 0;
    ExprSeq comps = {0};
    int ccap = 0;
    for (;;) {
        CmpOpKind op;
        int width = 1;
        switch (TOK(p)->kind) {
            case T_EQEQUAL:
                op = CMPOP_EQ;
                break;
            case T_NOTEQUAL:
                op = CMPOP_NOTEQ;
                break;
            case T_LESS:
                op = CMPOP_LT;
                break;
            case T_LESSEQUAL:
                op = CMPOP_LTE;
                break;
            case T_GREATER:
                op = CMPOP_GT;
                break;
            case T_GREATEREQUAL:
                op = CMPOP_GTE;
                break;
            case T_IN:
                op = CMPOP_IN;
                break;
            case T_NOT:
                if (gt_parse_tok(p, p->pos + 1)->kind != T_IN) {
                    goto done;
                }
                op = CMPOP_NOTIN;
                width = 2;
                break;
            case T_IS:
                op = CMPOP_IS;
                if (gt_parse_tok(p, p->pos + 1)->kind == T_NOT) {
                    op = CMPOP_ISNOT;
                    width = 2;
                }
                break;
            default:
                goto done;
        }
        int op_pos = p->pos;
        p->pos += width;
        Expr *right = gt_parse_bitwise_or(p);
        if (right == NULL) {
            if (!p->failed) {
                p->pos = op_pos;
                goto done;
            }
            return NULL;
        }
        if (nops == opcap) {
            void *nw = gt_parse_grow(p, ops, &opcap, sizeof *ops, nops);
            if (nw == NULL) {
                return NULL;
            }
            ops = nw;
        }
        ops[nops++] = op;
        PUSH(p, comps, ccap, right);
    }
done:
    if (nops == 0) {
        return left;
    }
    Expr *e = new_expr(p, E_COMPARE, start);
    if (e != NULL) {
        e->v.compare.left = left;
        e->v.compare.ops = ops;
        e->v.compare.comparators = comps;
    }
    return e;
}

static Expr *inversion(Parser *p) {
    if (!PEEK(p, T_NOT)) {
        return comparison(p);
    }
    int start = p->pos;
    if (!gt_parse_enter(p)) {
        return NULL;
    }
    p->pos++;
    Expr *v = inversion(p);
    LEAVE(p);
    if (v == NULL) {
        return NULL;
    }
    Expr *e = new_expr(p, E_UNARYOP, start);
    if (e != NULL) {
        e->v.unaryop.op = UOP_NOT;
        e->v.unaryop.operand = v;
    }
    return e;
}

static Expr *boolop(Parser *p, TokKind optok) {
    int start = p->pos;
    Expr *first = optok == T_OR ? boolop(p, T_AND) : inversion(p);
    if (first == NULL || !PEEK(p, optok)) {
        return first;
    }
    ExprSeq values = {0};
    int cap = 0;
    PUSH(p, values, cap, first);
    while (PEEK(p, optok)) {
        int op_pos = p->pos;
        p->pos++;
        Expr *v = optok == T_OR ? boolop(p, T_AND) : inversion(p);
        if (v == NULL) {
            if (!p->failed) {
                p->pos = op_pos;
                break;
            }
            return NULL;
        }
        PUSH(p, values, cap, v);
    }
    if (values.n == 1) {
        return first;
    }
    Expr *e = new_expr(p, E_BOOLOP, start);
    if (e != NULL) {
        e->v.boolop.op = optok == T_OR ? BOOLOP_OR : BOOLOP_AND;
        e->v.boolop.values = values;
    }
    return e;
}

Expr *gt_parse_disjunction(Parser *p) {
    return boolop(p, T_OR);
}

// ---- Expressions ----

static bool is_legacy_name(const Expr *e) {
    return e->kind == E_NAME &&
           (strcmp(e->v.name.id, "print") == 0 || strcmp(e->v.name.id, "exec") == 0);
}

// The second-pass checks of CPython's invalid_expression and invalid_legacy_expression, made
// after the disjunction d (tokens from `start`) has been parsed.
static void invalid_expression(Parser *p, Expr *d, int start) {
    Mark m = mark(p);
    Token *t0 = gt_parse_tok(p, start);
    Token *t1 = gt_parse_tok(p, start + 1);
    bool name_string = t0->kind == T_NAME && t1->kind == T_STRING;
    if (!name_string && !is_soft_keyword(t0) && can_start_expression(TOK(p)->kind)) {
        // A disjunction followed by another expression: a missing comma? The second one is
        // parsed without the second-pass checks (CPython's expression_without_invalid).
        p->call_invalid = false;
        Expr *b = gt_parse_expression(p);
        p->call_invalid = true;
        if (p->failed) {
            return;
        }
        if (b != NULL && !is_legacy_name(d) && gt_parse_tok(p, p->pos - 1)->level != 0) {
            gt_parse_error_range(p, d->loc, b->loc, "invalid syntax. Perhaps you forgot a comma?");
            return;
        }
        reset(p, m);
    }
    if (PEEK(p, T_IF)) {
        p->pos++;
        Expr *b = gt_parse_disjunction(p);
        if (p->failed) {
            return;
        }
        if (b != NULL && !PEEK(p, T_ELSE) && !PEEK(p, T_COLON)) {
            gt_parse_error_range(p, d->loc, b->loc, "expected 'else' after 'if' expression");
            return;
        }
        reset(p, m);
    }
    // invalid_legacy_expression: NAME !'(' star_expressions. CPython parses the rest for any
    // name (finding the errors in it) and only then checks for print and exec.
    if (t0->kind == T_NAME && t1->kind != T_LPAR &&
        (t1->kind == T_STAR || can_start_expression(t1->kind))) {
        p->pos = start + 1;
        Expr *b = gt_parse_star_expressions(p);
        if (p->failed) {
            return;
        }
        bool legacy = (t0->len == 5 && !memcmp(t0->start, "print", 5)) ||
                      (t0->len == 4 && !memcmp(t0->start, "exec", 4));
        if (b != NULL && legacy) {
            gt_parse_error_range(p, gt_parse_tok_loc(t0), b->loc,
                                 "Missing parentheses in call to '%.*s'. Did you mean %.*s(...)?",
                                 t0->len, t0->start, t0->len, t0->start);
            return;
        }
        reset(p, m);
    }
}

static Expr *expression(Parser *p) {
    if (PEEK(p, T_LAMBDA)) {
        return lambdef(p);
    }
    if (!gt_parse_enter(p)) {
        return NULL;
    }
    int start = p->pos;
    Expr *d = gt_parse_disjunction(p);
    if (d != NULL && p->call_invalid) {
        invalid_expression(p, d, start);
        if (p->failed) {
            d = NULL;
        }
    }
    if (d == NULL || !PEEK(p, T_IF)) {
        LEAVE(p);
        return d;
    }
    int if_pos = p->pos;
    p->pos++;
    Expr *test = gt_parse_disjunction(p);
    Expr *orelse = NULL;
    if (test != NULL && gt_parse_expect(p, T_ELSE) != NULL) {
        orelse = gt_parse_expression(p);
    }
    LEAVE(p);
    if (orelse == NULL) {
        if (!p->failed) {
            p->pos = if_pos;
            return d;
        }
        return NULL;
    }
    Expr *e = new_expr(p, E_IFEXP, start);
    if (e != NULL) {
        e->v.ifexp.test = test;
        e->v.ifexp.body = d;
        e->v.ifexp.orelse = orelse;
    }
    return e;
}

Expr *gt_parse_expression(Parser *p) {
    int start = p->pos;
    ExprMemo *m = gt_parse_expr_memo(p, start);
    if (m != NULL && m->state != 0) {
        if (m->state == 1) {
            return NULL;
        }
        p->pos = m->end;
        return m->e;
    }
    Expr *e = expression(p);
    m = gt_parse_expr_memo(p, start);
    if (m != NULL) {
        m->state = e != NULL ? 2 : 1;
        m->end = p->pos;
        m->e = e;
    }
    return e;
}

// The second-pass checks of CPython's invalid_named_expression, after expression e (from
// token `start`) when the next token is ':=' or '='.
static void invalid_named_expression(Parser *p, Expr *e, int start) {
    Mark m = mark(p);
    int end = p->pos;
    if (PEEK(p, T_COLONEQUAL)) {
        p->pos++;
        Expr *v = gt_parse_expression(p);
        if (p->failed) {
            return;
        }
        if (v != NULL) {
            gt_parse_error_expr(p, e, "cannot use assignment expressions with %s",
                                gt_parse_expr_name(e));
            return;
        }
        reset(p, m);
        return;
    }
    if (!PEEK(p, T_EQUAL)) {
        return;
    }
    bool bare_name = e->kind == E_NAME && end == start + 1;
    if (!bare_name &&
        (!is_bitwise_or_level(p, e, start, end) || starts_with_display(p, e, start))) {
        return;
    }
    p->pos++;
    Expr *b = gt_parse_bitwise_or(p);
    if (p->failed) {
        return;
    }
    if (b != NULL && !PEEK(p, T_EQUAL) && !PEEK(p, T_COLONEQUAL)) {
        if (bare_name) {
            gt_parse_error_range(p, e->loc, b->loc,
                                 "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        } else {
            gt_parse_error_expr(p, e,
                                "cannot assign to %s here. Maybe you meant '==' instead of '='?",
                                gt_parse_expr_name(e));
        }
        return;
    }
    reset(p, m);
}

Expr *gt_parse_named_expression(Parser *p) {
    int start = p->pos;
    Token *t = TOK(p);
    if (t->kind == T_NAME && gt_parse_tok(p, p->pos + 1)->kind == T_COLONEQUAL) {
        p->pos += 2;
        Expr *target = new_expr(p, E_NAME, start);
        if (target == NULL) {
            return NULL;
        }
        target->loc = gt_parse_tok_loc(t);
        target->v.name.id = gt_parse_ident(p, t);
        target->v.name.ctx = CTX_STORE;
        Expr *v = gt_parse_expression(p);
        if (v == NULL) {
            return NULL;
        }
        Expr *e = new_expr(p, E_NAMEDEXPR, start);
        if (e != NULL) {
            e->v.namedexpr.target = target;
            e->v.namedexpr.value = v;
        }
        return e;
    }
    Expr *e = gt_parse_expression(p);
    if (e == NULL) {
        return NULL;
    }
    if (p->call_invalid && (PEEK(p, T_COLONEQUAL) || PEEK(p, T_EQUAL))) {
        invalid_named_expression(p, e, start);
        if (p->failed) {
            return NULL;
        }
    }
    if (PEEK(p, T_COLONEQUAL)) {
        return NULL;
    }
    return e;
}

// star_named_expression: '*' bitwise_or | named_expression
Expr *gt_parse_star_named_expression(Parser *p) {
    if (!PEEK(p, T_STAR)) {
        return gt_parse_named_expression(p);
    }
    int start = p->pos;
    p->pos++;
    Expr *v = gt_parse_bitwise_or(p);
    if (v == NULL) {
        return NULL;
    }
    Expr *e = new_expr(p, E_STARRED, start);
    if (e != NULL) {
        e->v.starred.value = v;
        e->v.starred.ctx = CTX_LOAD;
    }
    return e;
}

// star_expressions: star_expression (',' star_expression)* [','], where star_expression is
// '*' bitwise_or | expression.
Expr *gt_parse_star_expressions(Parser *p) {
    int start = p->pos;
    ExprSeq elts = {0};
    int cap = 0;
    bool comma = false;
    for (;;) {
        Expr *e;
        if (PEEK(p, T_STAR)) {
            int s = p->pos;
            p->pos++;
            Expr *v = gt_parse_bitwise_or(p);
            if (v == NULL) {
                return NULL;
            }
            e = new_expr(p, E_STARRED, s);
            if (e == NULL) {
                return NULL;
            }
            e->v.starred.value = v;
            e->v.starred.ctx = CTX_LOAD;
        } else {
            e = gt_parse_expression(p);
            if (e == NULL) {
                return NULL;
            }
        }
        if (!comma && !PEEK(p, T_COMMA)) {
            return e;
        }
        PUSH(p, elts, cap, e);
        if (!PEEK(p, T_COMMA)) {
            break;
        }
        p->pos++;
        comma = true;
        TokKind k = TOK(p)->kind;
        if (k != T_STAR && !can_start_expression(k)) {
            break;
        }
    }
    Expr *t = new_expr(p, E_TUPLE, start);
    if (t != NULL) {
        t->v.seq.elts = elts;
        t->v.seq.ctx = CTX_LOAD;
    }
    return t;
}

// expressions (eval input): expression (',' expression)* [',']
Expr *gt_parse_expressions(Parser *p) {
    int start = p->pos;
    Expr *first = gt_parse_expression(p);
    if (first == NULL || !PEEK(p, T_COMMA)) {
        return first;
    }
    ExprSeq elts = {0};
    int cap = 0;
    PUSH(p, elts, cap, first);
    while (PEEK(p, T_COMMA)) {
        p->pos++;
        if (!can_start_expression(TOK(p)->kind)) {
            break;
        }
        Expr *e = gt_parse_expression(p);
        if (e == NULL) {
            return NULL;
        }
        PUSH(p, elts, cap, e);
    }
    Expr *t = new_expr(p, E_TUPLE, start);
    if (t != NULL) {
        t->v.seq.elts = elts;
        t->v.seq.ctx = CTX_LOAD;
    }
    return t;
}

// yield_expr: 'yield' 'from' expression | 'yield' [star_expressions]
Expr *gt_parse_yield_expr(Parser *p) {
    int start = p->pos;
    p->pos++; // 'yield'
    if (PEEK(p, T_FROM)) {
        p->pos++;
        Expr *v = gt_parse_expression(p);
        if (v == NULL) {
            return NULL;
        }
        Expr *e = new_expr(p, E_YIELDFROM, start);
        if (e != NULL) {
            e->v.yield.value = v;
        }
        return e;
    }
    Expr *v = NULL;
    TokKind k = TOK(p)->kind;
    if (k == T_STAR || can_start_expression(k)) {
        v = gt_parse_star_expressions(p);
        if (v == NULL) {
            return NULL;
        }
    }
    Expr *e = new_expr(p, E_YIELD, start);
    if (e != NULL) {
        e->v.yield.value = v;
    }
    return e;
}

static Expr *lambdef(Parser *p) {
    int start = p->pos;
    p->pos++; // 'lambda'
    if (!gt_parse_enter(p)) {
        return NULL;
    }
    Arguments *args = gt_parse_params(p, true);
    if (args == NULL || gt_parse_expect(p, T_COLON) == NULL) {
        LEAVE(p);
        return NULL;
    }
    Expr *body = gt_parse_expression(p);
    LEAVE(p);
    if (body == NULL) {
        return NULL;
    }
    Expr *e = new_expr(p, E_LAMBDA, start);
    if (e != NULL) {
        e->v.lambda.args = args;
        e->v.lambda.body = body;
    }
    return e;
}
