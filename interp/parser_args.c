// parser_args.c - call arguments and parameter lists, with CPython's messages for their
// mistakes ("positional argument follows keyword argument", "non-default argument follows
// default argument", ...).
//
// Entry points: gt_parse_call_args and gt_parse_params (parser.h). Read parser.c's design notes
// first; the checks guarded by `p->call_invalid` run only in the second pass.
#include <string.h>

#include "parser.h"

static Expr *new_expr(Parser *p, ExprKind kind, int start) {
    return gt_parse_new_expr(p, kind, gt_parse_loc(p, start));
}

// The last thing in a comprehension clause, for error ranges.
static const Expr *last_comprehension_item(const Comprehension *c) {
    if (c->ifs.n > 0) {
        return c->ifs.items[c->ifs.n - 1];
    }
    return c->iter;
}

// ---- Calls ----

// One argument as collected, before the ordering checks.
typedef enum ArgKind { A_POS, A_STAR, A_KW, A_DSTAR, A_GENEXP } ArgKind;
typedef struct CallItem {
    ArgKind kind;
    Expr *value; // the expression (the genexp's element for A_GENEXP)
    const char *name;
    Loc loc;
    int tok;     // first token
    int gen_tok; // its 'for' (A_GENEXP)
    CompSeq gens;
} CallItem;

static const Expr *genexp_end(const CallItem *it) {
    return last_comprehension_item(it->gens.items[it->gens.n - 1]);
}

// The second pass's checks of CPython's invalid_arguments, in the order of its alternatives.
// `bad` is the first argument out of order, or -1.
static void invalid_arguments(Parser *p, const CallItem *items, int n, int bad, bool gen_comma) {
    if (bad >= 0 && items[bad].kind == A_STAR) {
        // args ',' '*': no bare generator expression may come before.
        bool genexp_before = false;
        for (int i = 0; i < bad; i++) {
            genexp_before |= items[i].kind == A_GENEXP;
        }
        if (!genexp_before) {
            gt_parse_error_tok(p, gt_parse_tok(p, items[bad].tok),
                               "iterable argument unpacking follows keyword argument unpacking");
            return;
        }
    }
    if (n > 0 && items[0].kind == A_GENEXP && (n > 1 || gen_comma)) {
        gt_parse_error_range(p, items[0].value->loc, genexp_end(&items[0])->loc,
                             "Generator expression must be parenthesized");
        return;
    }
    // args for_if_clauses, args ',' expression for_if_clauses: a later bare generator
    // expression right after the longest run of arguments in a valid order.
    for (int i = 1; i < n && (bad < 0 || i <= bad); i++) {
        if (items[i].kind == A_GENEXP) {
            gt_parse_error_range(p, items[i].value->loc, genexp_end(&items[i])->loc,
                                 "Generator expression must be parenthesized");
            return;
        }
    }
    if (bad >= 0) {
        // args ',' args: reported where CPython's second `args` stops, at the 'for' of a
        // generator expression or after the last argument.
        bool dstar = false;
        for (int i = 0; i < bad; i++) {
            dstar |= items[i].kind == A_DSTAR;
        }
        const char *msg = dstar ? "positional argument follows keyword argument unpacking"
                                : "positional argument follows keyword argument";
        for (int i = bad; i < n; i++) {
            if (items[i].kind == A_GENEXP) {
                gt_parse_error_tok(p, gt_parse_tok(p, items[i].gen_tok), "%s", msg);
                return;
            }
        }
        gt_parse_error_last(p, SE_SYNTAX, "%s", msg);
    }
}

// Parses the arguments after '(' up to and including ')'. args/kws get the result.
bool gt_parse_call_args(Parser *p, ExprSeq *args, KeywordSeq *kws, bool allow_genexp) {
    CallItem *items = NULL;
    int n = 0, cap = 0;
    bool gen_comma = false;
    while (!PEEK(p, T_RPAR)) {
        CallItem it;
        memset(&it, 0, sizeof it);
        it.tok = p->pos;
        Token *t = TOK(p);
        if (t->kind == T_STAR) {
            p->pos++;
            Expr *v = gt_parse_expression(p);
            if (v == NULL) {
                return false;
            }
            Expr *s = new_expr(p, E_STARRED, it.tok);
            if (s == NULL) {
                return false;
            }
            s->v.starred.value = v;
            s->v.starred.ctx = CTX_LOAD;
            it.kind = A_STAR;
            it.value = s;
        } else if (t->kind == T_DOUBLESTAR) {
            p->pos++;
            Expr *v = gt_parse_expression(p);
            if (v == NULL) {
                return false;
            }
            it.kind = A_DSTAR;
            it.value = v;
        } else if (t->kind == T_NAME && gt_parse_tok(p, p->pos + 1)->kind == T_EQUAL) {
            Token *eq = gt_parse_tok(p, p->pos + 1);
            p->pos += 2;
            Expr *v = gt_parse_expression(p);
            if (v == NULL) {
                return false;
            }
            if (PEEK(p, T_FOR) || PEEK(p, T_ASYNC)) {
                // invalid_kwarg: NAME '=' expression for_if_clauses
                if (p->call_invalid) {
                    CompSeq gens = {0};
                    if (gt_parse_for_if_clauses(p, &gens)) {
                        gt_parse_error_range(
                            p, gt_parse_tok_loc(t), gt_parse_tok_loc(eq),
                            "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
                    }
                }
                return false;
            }
            it.kind = A_KW;
            it.name = gt_parse_ident(p, t);
            it.value = v;
        } else if ((t->kind == T_TRUE || t->kind == T_FALSE || t->kind == T_NONE) &&
                   gt_parse_tok(p, p->pos + 1)->kind == T_EQUAL) {
            if (p->call_invalid) {
                gt_parse_error_range(p, gt_parse_tok_loc(t),
                                     gt_parse_tok_loc(gt_parse_tok(p, p->pos + 1)),
                                     "cannot assign to %.*s", t->len, t->start);
            }
            return false;
        } else {
            Expr *v;
            if (t->kind == T_NAME && gt_parse_tok(p, p->pos + 1)->kind == T_COLONEQUAL) {
                v = gt_parse_named_expression(p);
            } else {
                v = gt_parse_expression(p);
            }
            if (v == NULL) {
                return false;
            }
            if (PEEK(p, T_COLONEQUAL)) {
                return false;
            }
            if (PEEK(p, T_EQUAL)) {
                // invalid_kwarg: !(NAME '=') expression '='
                if (p->call_invalid) {
                    gt_parse_error_range(
                        p, v->loc, gt_parse_tok_loc(TOK(p)),
                        "expression cannot contain assignment, perhaps you meant \"==\"?");
                }
                return false;
            }
            if (PEEK(p, T_FOR) || PEEK(p, T_ASYNC)) {
                // A bare generator expression must be the only argument: the first pass
                // gives up where CPython's does.
                if (!p->call_invalid && (n > 0 || !allow_genexp)) {
                    return false;
                }
                it.gen_tok = p->pos;
                CompSeq gens = {0};
                if (!gt_parse_for_if_clauses(p, &gens)) {
                    return false;
                }
                if (!p->call_invalid && !PEEK(p, T_RPAR)) {
                    return false;
                }
                it.kind = A_GENEXP;
                it.gens = gens;
                gen_comma = PEEK(p, T_COMMA) && n == 0;
            } else {
                it.kind = A_POS;
            }
            it.value = v;
        }
        it.loc = gt_parse_loc(p, it.tok);
        if (n == cap) {
            void *nw = gt_parse_grow(p, items, &cap, sizeof *items, n);
            if (nw == NULL) {
                return false;
            }
            items = nw;
        }
        items[n++] = it;
        if (!PEEK(p, T_COMMA)) {
            break;
        }
        p->pos++;
    }
    bool closed = PEEK(p, T_RPAR);
    // Ordering checks.
    bool seen_kw = false, seen_dstar = false;
    int bad = -1;
    for (int i = 0; i < n && bad < 0; i++) {
        switch (items[i].kind) {
            case A_POS:
            case A_GENEXP:
                if (seen_kw || seen_dstar) {
                    bad = i;
                }
                break;
            case A_STAR:
                if (seen_dstar) {
                    bad = i;
                }
                break;
            case A_KW:
                seen_kw = true;
                break;
            case A_DSTAR:
                seen_dstar = true;
                break;
        }
    }
    int ngen = 0;
    for (int i = 0; i < n; i++) {
        ngen += items[i].kind == A_GENEXP;
    }
    bool genexp_alone = n == 1 && ngen == 1 && !gen_comma && allow_genexp;
    if (bad >= 0 || (ngen > 0 && !genexp_alone) || !closed) {
        if (p->call_invalid) {
            invalid_arguments(p, items, n, bad, gen_comma);
        }
        return false;
    }
    p->pos++; // ')'
    int acap = 0, kcap = 0;
    for (int i = 0; i < n; i++) {
        CallItem *it = &items[i];
        if (it->kind == A_KW || it->kind == A_DSTAR) {
            Keyword *kw = gt_arena_alloc(p->arena, sizeof *kw);
            if (kw == NULL) {
                gt_parse_nomem(p);
                return false;
            }
            kw->arg = it->kind == A_KW ? it->name : NULL;
            kw->value = it->value;
            kw->loc = it->loc;
            if (kws->n == kcap) {
                void *nw = gt_parse_grow(p, kws->items, &kcap, sizeof *kws->items, kws->n);
                if (nw == NULL) {
                    return false;
                }
                kws->items = nw;
            }
            kws->items[kws->n++] = kw;
        } else {
            Expr *v = it->value;
            if (it->kind == A_GENEXP) {
                // f(x for x in y): the generator expression spans the call's parentheses.
                Token *lp = gt_parse_tok(p, it->tok - 1);
                Token *rp = gt_parse_tok(p, p->pos - 1);
                Loc l = {lp->lineno, lp->col, rp->end_lineno, rp->end_col};
                Expr *g = gt_parse_new_expr(p, E_GENERATOREXP, l);
                if (g == NULL) {
                    return false;
                }
                g->v.comp.elt = v;
                g->v.comp.generators = it->gens;
                v = g;
            }
            if (args->n == acap) {
                void *nw = gt_parse_grow(p, args->items, &acap, sizeof *args->items, args->n);
                if (nw == NULL) {
                    return false;
                }
                args->items = nw;
            }
            args->items[args->n++] = v;
        }
    }
    return true;
}

// ---- Parameters ----

// The parameter spans its tokens: a parenthesised annotation includes the parentheses.
static Arg *new_arg(Parser *p, int start, Token *name, Expr *annotation) {
    Arg *a = gt_arena_alloc(p->arena, sizeof *a);
    if (a == NULL) {
        gt_parse_nomem(p);
        return NULL;
    }
    a->name = gt_parse_ident(p, name);
    a->annotation = annotation;
    a->loc = gt_parse_loc(p, start);
    return a;
}

static bool push_arg(Parser *p, ArgSeq *s, int *cap, Arg *a) {
    if (s->n == *cap) {
        void *nw = gt_parse_grow(p, s->items, cap, sizeof *s->items, s->n);
        if (nw == NULL) {
            return false;
        }
        s->items = nw;
    }
    s->items[s->n++] = a;
    return true;
}

static bool push_expr(Parser *p, ExprSeq *s, int *cap, Expr *e) {
    if (s->n == *cap) {
        void *nw = gt_parse_grow(p, s->items, cap, sizeof *s->items, s->n);
        if (nw == NULL) {
            return false;
        }
        s->items = nw;
    }
    s->items[s->n++] = e;
    return true;
}

// One parameter: NAME [':' annotation]; star allows `*args: *Ts`.
static Arg *param(Parser *p, bool lambda, bool star) {
    int start = p->pos;
    Token *name = TOK(p);
    if (name->kind != T_NAME) {
        return NULL;
    }
    p->pos++;
    Expr *ann = NULL;
    if (!lambda && PEEK(p, T_COLON)) {
        p->pos++;
        if (star && PEEK(p, T_STAR)) {
            int s = p->pos;
            p->pos++;
            Expr *v = gt_parse_bitwise_or(p);
            if (v == NULL) {
                return NULL;
            }
            ann = new_expr(p, E_STARRED, s);
            if (ann == NULL) {
                return NULL;
            }
            ann->v.starred.value = v;
            ann->v.starred.ctx = CTX_LOAD;
        } else {
            ann = gt_parse_expression(p);
            if (ann == NULL) {
                return NULL;
            }
        }
    }
    return new_arg(p, start, name, ann);
}

// Parameters up to (not including) ')' for a def or ':' for a lambda.
Arguments *gt_parse_params(Parser *p, bool lambda) {
    TokKind close = lambda ? T_COLON : T_RPAR;
    Arguments *a = gt_arena_alloc(p->arena, sizeof *a);
    if (a == NULL) {
        return gt_parse_nomem(p);
    }
    ArgSeq pos = {0};
    int pcap = 0, kcap = 0, dcap = 0, kdcap = 0;
    bool saw_slash = false, saw_star = false, saw_default = false, slash_before_default = false;
    bool bare_star = false;
    int after_bare = 0;
    const char *pfx = lambda ? "Lambda expression parameters" : "Function parameters";
    while (!PEEK(p, close)) {
        Token *t = TOK(p);
        if (a->kwarg != NULL) {
            // invalid_kwds: '**' param ',' (param | '*' | '**' | '/')
            if (p->call_invalid) {
                if (t->kind == T_NAME) {
                    Arg *x = param(p, lambda, false);
                    if (x != NULL) {
                        return gt_parse_error_at(p, SE_SYNTAX, x->loc.lineno, x->loc.col,
                                                 x->loc.end_lineno, x->loc.end_col,
                                                 "arguments cannot follow var-keyword argument");
                    }
                } else if (t->kind == T_STAR || t->kind == T_DOUBLESTAR || t->kind == T_SLASH) {
                    return gt_parse_error_tok(p, t, "arguments cannot follow var-keyword argument");
                }
            }
            return NULL;
        }
        if (t->kind == T_SLASH) {
            if (p->call_invalid) {
                if (pos.n == 0 && !saw_star && gt_parse_tok(p, p->pos + 1)->kind == T_COMMA) {
                    return gt_parse_error_tok(p, t, "at least one argument must precede /");
                }
                if (saw_slash && !saw_star) {
                    return gt_parse_error_tok(p, t, "/ may appear only once");
                }
                if (saw_star) {
                    return gt_parse_error_tok(p, t, "/ must be ahead of *");
                }
            }
            if (pos.n == 0 || saw_slash || saw_star) {
                return NULL;
            }
            p->pos++;
            saw_slash = true;
            if (!saw_default) {
                slash_before_default = true;
            }
            a->posonlyargs = pos;
            pos = (ArgSeq){0};
            pcap = 0;
            if (p->call_invalid && PEEK(p, T_STAR) && !lambda) {
                return gt_parse_error_tok(p, TOK(p), "expected comma between / and *");
            }
        } else if (t->kind == T_STAR) {
            if (saw_star) {
                if (p->call_invalid) {
                    TokKind nk = gt_parse_tok(p, p->pos + 1)->kind;
                    if (nk == T_NAME || nk == T_COMMA) {
                        return gt_parse_error_tok(p, t, "* argument may appear only once");
                    }
                }
                return NULL;
            }
            p->pos++;
            saw_star = true;
            if (PEEK(p, T_COMMA) || PEEK(p, close)) {
                TokKind nk = PEEK(p, T_COMMA) ? gt_parse_tok(p, p->pos + 1)->kind : close;
                if (PEEK(p, close) || nk == close || nk == T_DOUBLESTAR) {
                    if (p->call_invalid) {
                        if (lambda) {
                            if (PEEK(p, T_COMMA)) {
                                gt_parse_tok(p, p->pos + 1);
                            }
                            return gt_parse_error_last(p, SE_SYNTAX,
                                                       "named arguments must follow bare *");
                        }
                        return gt_parse_error_tok(p, t, "named arguments must follow bare *");
                    }
                    return NULL;
                }
                bare_star = true;
            } else {
                Arg *x = param(p, lambda, true);
                if (x == NULL) {
                    return NULL;
                }
                if (PEEK(p, T_EQUAL)) {
                    if (p->call_invalid) {
                        return gt_parse_error_tok(
                            p, TOK(p), "var-positional argument cannot have default value");
                    }
                    return NULL;
                }
                a->vararg = x;
            }
        } else if (t->kind == T_DOUBLESTAR) {
            p->pos++;
            Arg *x = param(p, lambda, false);
            if (x == NULL) {
                return NULL;
            }
            if (PEEK(p, T_EQUAL)) {
                if (p->call_invalid) {
                    return gt_parse_error_tok(p, TOK(p),
                                              "var-keyword argument cannot have default value");
                }
                return NULL;
            }
            a->kwarg = x;
        } else if (t->kind == T_NAME) {
            Arg *x = param(p, lambda, false);
            if (x == NULL) {
                return NULL;
            }
            Expr *def = NULL;
            if (PEEK(p, T_EQUAL)) {
                Token *eq = TOK(p);
                p->pos++;
                if (p->call_invalid && (PEEK(p, T_COMMA) || PEEK(p, close))) {
                    return gt_parse_error_tok(p, eq, "expected default value expression");
                }
                def = gt_parse_expression(p);
                if (def == NULL) {
                    return NULL;
                }
            }
            if (saw_star) {
                after_bare++;
                if (!push_arg(p, &a->kwonlyargs, &kcap, x) ||
                    !push_expr(p, &a->kw_defaults, &kdcap, def)) {
                    return NULL;
                }
            } else {
                if (def == NULL && saw_default) {
                    // Only a parameter followed by ',' or the end counts (param_no_default).
                    if (p->call_invalid && !slash_before_default &&
                        (PEEK(p, T_COMMA) || PEEK(p, close))) {
                        return gt_parse_error_at(p, SE_SYNTAX, x->loc.lineno, x->loc.col,
                                                 x->loc.end_lineno, x->loc.end_col,
                                                 "non-default argument follows default argument");
                    }
                    // Look at what follows, as CPython's parser does before giving up.
                    if (PEEK(p, T_COMMA)) {
                        gt_parse_tok(p, p->pos + 1);
                    }
                    return NULL;
                }
                if (def != NULL) {
                    saw_default = true;
                    if (!push_expr(p, &a->defaults, &dcap, def)) {
                        return NULL;
                    }
                }
                if (!push_arg(p, &pos, &pcap, x)) {
                    return NULL;
                }
            }
        } else if (t->kind == T_LPAR && p->call_invalid) {
            // invalid_parameters: parenthesised parameters.
            int s = p->pos;
            p->pos++;
            int n = 0;
            while (PEEK(p, T_NAME)) {
                p->pos++;
                n++;
                if (!PEEK(p, T_COMMA)) {
                    break;
                }
                p->pos++;
            }
            if (n > 0 && PEEK(p, T_RPAR) && (lambda || !saw_default)) {
                Loc a1 = gt_parse_tok_loc(gt_parse_tok(p, s));
                Loc b1 = gt_parse_tok_loc(TOK(p));
                return gt_parse_error_range(p, a1, b1, "%s cannot be parenthesized", pfx);
            }
            return NULL;
        } else {
            return NULL;
        }
        if (!PEEK(p, T_COMMA)) {
            break;
        }
        p->pos++;
    }
    if (!PEEK(p, close)) {
        return NULL;
    }
    if (bare_star && after_bare == 0) {
        return NULL;
    }
    a->args = pos;
    return a;
}
