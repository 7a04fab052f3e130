// parser.c - the recursive-descent parser: gt_parse, statements, and the error machinery.
//
// Entry point: gt_parse (ast.h). Expressions are in parser_expr.c, call arguments and
// parameters in parser_args.c, literals in parser_str.c, shared declarations in parser.h; the
// tokens come from lexer.c. Read the notes below first.
//
// Design notes
// - The grammar is CPython 3.11's (Grammar/python.gram), rule by rule, written as recursive
//   descent. Where a PEG rule tries alternatives, we look at the next token or two instead;
//   the few places that really need to try something and back off use a saved position.
//   Like a PEG parser, an operator or trailer whose operand fails gives back what parsed
//   before it (`a + (` is `a` followed by junk), which decides where some errors land.
// - Failing is "soft" by default: a parse function returns NULL without an error, and its
//   caller gives up too. Definite errors (tokenizer errors, bad string literals, "expected
//   ':'" for the tokens CPython's grammar forces, too-deep nesting) set `p->failed` and *err.
// - Like CPython, a parse that fails softly is run a second time from the start of the input
//   with `p->call_invalid` set. In that pass the checks of CPython's "invalid_" rules run and
//   the first that matches reports its specific message ("cannot assign to literal", "expected
//   an indented block after 'if' statement on line 3", ...). If none matches, the error is
//   "invalid syntax" at the furthest token the first pass looked at. That token, and CPython's
//   rule that a tokenizer error later in the file wins over a parser error, are why tokens are
//   fetched lazily and all of them kept (in blocks, so pointers to them stay valid).
// - Locations come from tokens: a node spans from the first token of its rule to the last one
//   consumed, so `(a) + b` starts at the parenthesis while `a` inside it does not.
// - An f-string's replacement field is parsed by a separate Parser over the text "(expr)" with
//   its own Lexer; its token positions are moved to where the text sits in the file.
// - The second pass reproduces a few quirks of CPython's, found by comparing messages (see
//   tests/unit/parser_oracle.py): names that are prefixes of soft keywords, the expression
//   parsed after any name by the print-statement check, memoized failures of call arguments.
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "object.h"
#include "parser.h"

// The token store: blocks of GT_PARSE_TOKBLOCK tokens, so that Token pointers stay valid while
// more tokens are fetched.
typedef struct TokStore {
    Token **blocks;
    int nblocks, cap;
} TokStore;

// Parser and its token store live side by side; gt_parse_tok finds the store through this.
typedef struct ParserBox {
    Parser p;
    TokStore store;
    Token errtok;         // returned when the store cannot grow
    bool parsing_started; // for the single-input ENDMARKER-to-NEWLINE rule
    bool lexer_error;     // the error in *err came from the tokenizer
    bool hit_eof;         // an ENDMARKER has been fetched
    bool eof_in_pass1;    // ... during the first pass (the REPL's "incomplete input")
    int pass;             // 1 or 2
} ParserBox;

static ParserBox *box_of(Parser *p) {
    return (ParserBox *)p;
}

static Token *store_slot(ParserBox *b, int i) {
    return &b->store.blocks[i / GT_PARSE_TOKBLOCK][i % GT_PARSE_TOKBLOCK];
}

static void lexer_failed(Parser *p);

Token *gt_parse_tok_fetch(Parser *p, int i) {
    ParserBox *b = box_of(p);
    while (i >= p->ntoks) {
        if (p->ntoks > 0) {
            Token *last = store_slot(b, p->ntoks - 1);
            if (last->kind == T_ENDMARKER || last->kind == T_ERROR) {
                return last;
            }
        }
        if (p->ntoks / GT_PARSE_TOKBLOCK >= b->store.nblocks) {
            if (b->store.nblocks == b->store.cap) {
                int nc = b->store.cap ? b->store.cap * 2 : 8;
                Token **nb = realloc(b->store.blocks, (size_t)nc * sizeof *nb);
                if (nb == NULL) {
                    gt_parse_nomem(p);
                    return &b->errtok;
                }
                b->store.blocks = nb;
                b->store.cap = nc;
                p->tok_blocks = nb;
            }
            Token *blk = malloc(GT_PARSE_TOKBLOCK * sizeof(Token));
            if (blk == NULL) {
                gt_parse_nomem(p);
                return &b->errtok;
            }
            b->store.blocks[b->store.nblocks++] = blk;
        }
        Token *t = store_slot(b, p->ntoks);
        gt_lexer_next(p->lx, t);
        if (p->fstring) {
            // Move the token to where the sub-source sits in the file.
            if (t->end_lineno == 1) {
                if (t->col != -1) {
                    t->col += p->fs_col;
                }
                if (t->end_col != -1) {
                    t->end_col += p->fs_col;
                }
            }
            t->lineno += p->fs_lineno - 1;
            t->end_lineno += p->fs_lineno - 1;
        }
        if (t->kind == T_ENDMARKER || (t->kind == T_DEDENT && p->lx->at_eof)) {
            // (The DEDENTs that close blocks at the end of input count too: a parser waiting
            // for a block's INDENT stops at them, before it ever sees the ENDMARKER.)
            b->hit_eof = true;
        }
        if (p->mode == PARSE_SINGLE && !p->fstring && t->kind == T_ENDMARKER) {
            // CPython turns the first ENDMARKER of interactive input into a NEWLINE, so that a
            // compound statement at the end is complete.
            if (b->parsing_started) {
                t->kind = T_NEWLINE;
                b->parsing_started = false;
            } else {
                b->parsing_started = true;
            }
        } else {
            b->parsing_started = true;
        }
        p->ntoks++;
        if (t->kind == T_ERROR) {
            lexer_failed(p);
        }
    }
    return store_slot(b, i);
}

bool gt_parse_accept(Parser *p, TokKind k) {
    if (TOK(p)->kind == k) {
        p->pos++;
        return true;
    }
    return false;
}

Token *gt_parse_expect(Parser *p, TokKind k) {
    Token *t = TOK(p);
    if (t->kind != k) {
        return NULL;
    }
    p->pos++;
    return t;
}

Token *gt_parse_expect_forced(Parser *p, TokKind k, const char *what) {
    Token *t = TOK(p);
    if (t->kind != k) {
        return gt_parse_error_tok(p, t, "expected '%s'", what);
    }
    p->pos++;
    return t;
}

// ---- Errors ----

// CPython's _PyPegen_raise_error_known_location: col1/end_col1 are 1-based byte offsets.
static void raise_known(Parser *p, SyntaxErrKind kind, int lineno, int col1, int end_lineno,
                        int end_col1, const char *msg) {
    if (p->failed) {
        return;
    }
    p->failed = true;
    SyntaxErr *err = p->err;
    Lexer *lx = p->lx;
    if (!p->fstring) {
        gt_lexer_error(lx, err, kind, lineno, col1, end_lineno, end_col1, msg);
        return;
    }
    // An f-string expression: the message says so, the text is the "(expr)" sub-source, and
    // columns are counted in bytes from its start.
    err->kind = kind;
    snprintf(err->msg, sizeof err->msg, "f-string: %.240s", msg);
    int rel = lineno - p->fs_lineno + 1;
    const char *text;
    int n;
    if (lx->lineno <= rel && lx->inp > lx->buf) {
        text = lx->buf;
        n = (int)(lx->inp - lx->buf);
    } else {
        text = gt_lexer_line(lx, rel, &n);
    }
    if (n >= (int)sizeof err->text) {
        n = (int)sizeof err->text - 1;
    }
    memcpy(err->text, text, (size_t)n);
    err->text[n] = '\0';
    err->lineno = lineno;
    err->end_lineno = end_lineno;
    err->offset = col1 - p->fs_col;
    err->end_offset = end_col1 - p->fs_col;
}

static void vraise(Parser *p, SyntaxErrKind kind, int lineno, int col1, int end_lineno,
                   int end_col1, const char *fmt, va_list ap) __attribute__((format(printf, 7, 0)));
static void vraise(Parser *p, SyntaxErrKind kind, int lineno, int col1, int end_lineno,
                   int end_col1, const char *fmt, va_list ap) {
    char msg[256];
    vsnprintf(msg, sizeof msg, fmt, ap);
    raise_known(p, kind, lineno, col1, end_lineno, end_col1, msg);
}

void *gt_parse_error_at(Parser *p, SyntaxErrKind kind, int lineno, int col, int end_lineno,
                        int end_col, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    vraise(p, kind, lineno, col + 1, end_lineno, end_col + 1, fmt, ap);
    va_end(ap);
    return NULL;
}

void *gt_parse_error_expr(Parser *p, const Expr *e, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    vraise(p, SE_SYNTAX, e->loc.lineno, e->loc.col + 1, e->loc.end_lineno, e->loc.end_col + 1, fmt,
           ap);
    va_end(ap);
    return NULL;
}

void *gt_parse_error_range(Parser *p, Loc a, Loc b, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    vraise(p, SE_SYNTAX, a.lineno, a.col + 1, b.end_lineno, b.end_col + 1, fmt, ap);
    va_end(ap);
    return NULL;
}

void *gt_parse_error_tok(Parser *p, const Token *t, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    vraise(p, SE_SYNTAX, t->lineno, t->col + 1, t->end_lineno, t->end_col + 1, fmt, ap);
    va_end(ap);
    return NULL;
}

void *gt_parse_error_from(Parser *p, Loc a, const char *msg) {
    Lexer *lx = p->lx;
    raise_known(p, SE_SYNTAX, a.lineno, a.col + 1, lx->lineno, (int)(lx->cur - lx->line_start),
                msg);
    return NULL;
}

static void vraise_last(Parser *p, SyntaxErrKind kind, const char *fmt, va_list ap)
    __attribute__((format(printf, 3, 0)));
static void vraise_last(Parser *p, SyntaxErrKind kind, const char *fmt, va_list ap) {
    Token *t = gt_parse_tok(p, p->ntoks > 0 ? p->ntoks - 1 : 0);
    int col1 = t->col == -1 ? gt_lexer_current_col(p->lx) : t->col + 1;
    int end1 = t->end_col == -1 ? -1 : t->end_col + 1;
    vraise(p, kind, t->lineno, col1, t->end_lineno, end1, fmt, ap);
}

void *gt_parse_error_last(Parser *p, SyntaxErrKind kind, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    vraise_last(p, kind, fmt, ap);
    va_end(ap);
    return NULL;
}

// An error without a location (CPython's lineno None).
static void simple_error(SyntaxErr *err, SyntaxErrKind kind, const char *msg) {
    memset(err, 0, sizeof *err);
    err->kind = kind;
    snprintf(err->msg, sizeof err->msg, "%s", msg);
    err->lineno = err->end_lineno = err->offset = err->end_offset = -1;
}

void *gt_parse_nomem(Parser *p) {
    if (!p->failed) {
        p->failed = true;
        simple_error(p->err, SE_MEMORY, "out of memory while parsing");
    }
    return NULL;
}

bool gt_parse_enter(Parser *p) {
    if (++p->depth > GT_PARSE_MAXDEPTH) {
        p->depth--;
        if (!p->failed) {
            p->failed = true;
            simple_error(p->err, SE_RECURSION,
                         "maximum recursion depth exceeded during compilation");
        }
        return false;
    }
    return true;
}

static void copy_lexer_error(Parser *p) {
    *p->err = p->lx->err;
    if (p->fstring) {
        p->err->lineno += p->fs_lineno - 1;
        p->err->end_lineno += p->fs_lineno - 1;
    }
}

static void lexer_failed(Parser *p) {
    if (p->failed) {
        return;
    }
    p->failed = true;
    box_of(p)->lexer_error = true;
    copy_lexer_error(p);
}

// After a parser error: CPython reads the rest of the input, and a tokenizer error there
// replaces the parser's; so does a bracket left open on a line before the error's.
static void check_rest(Parser *p) {
    if (box_of(p)->lexer_error || p->lx->fail != LEX_OK || p->err->kind == SE_MEMORY ||
        p->err->kind == SE_RECURSION) {
        return;
    }
    Token *lastp = gt_parse_tok(p, p->ntoks - 1);
    int err_line = lastp->lineno;
    if (p->fstring) {
        err_line -= p->fs_lineno - 1;
    }
    Lexer *lx = p->lx;
    for (;;) {
        Token t;
        TokKind k = gt_lexer_next(lx, &t);
        if (k == T_ERROR) {
            if (lx->fail == LEX_EXC) {
                copy_lexer_error(p);
            } else if (lx->level != 0 && err_line > lx->parenlinenostack[lx->level - 1]) {
                gt_lexer_unclosed_error(lx, p->err);
                if (p->fstring) {
                    p->err->lineno += p->fs_lineno - 1;
                    p->err->end_lineno += p->fs_lineno - 1;
                }
            }
            return;
        }
        if (k == T_ENDMARKER) {
            return;
        }
    }
}

ExprMemo *gt_parse_expr_memo(Parser *p, int tok) {
    if (box_of(p)->pass < 2 || p->failed) {
        return NULL;
    }
    int i = 2 * tok + (p->call_invalid ? 1 : 0);
    if (i >= p->expr_memo_cap) {
        int nc = p->expr_memo_cap ? p->expr_memo_cap : 512;
        while (nc <= i) {
            nc *= 2;
        }
        ExprMemo *nb = realloc(p->expr_memo, (size_t)nc * sizeof *nb);
        if (nb == NULL) {
            return NULL;
        }
        memset(nb + p->expr_memo_cap, 0, (size_t)(nc - p->expr_memo_cap) * sizeof *nb);
        p->expr_memo = nb;
        p->expr_memo_cap = nc;
    }
    return &p->expr_memo[i];
}

bool gt_parse_trailer_failed(Parser *p, int tok) {
    return p->call_invalid && tok < p->trailer_failed_cap && p->trailer_failed[tok];
}

void gt_parse_set_trailer_failed(Parser *p, int tok) {
    if (p->call_invalid || p->failed || box_of(p)->pass < 2) {
        return;
    }
    if (tok >= p->trailer_failed_cap) {
        int nc = p->trailer_failed_cap ? p->trailer_failed_cap : 256;
        while (nc <= tok) {
            nc *= 2;
        }
        unsigned char *nb = realloc(p->trailer_failed, (size_t)nc);
        if (nb == NULL) {
            return;
        }
        memset(nb + p->trailer_failed_cap, 0, (size_t)(nc - p->trailer_failed_cap));
        p->trailer_failed = nb;
        p->trailer_failed_cap = nc;
    }
    p->trailer_failed[tok] = 1;
}

// ---- Nodes ----

Loc gt_parse_tok_loc(const Token *t) {
    return (Loc){t->lineno, t->col, t->end_lineno, t->end_col};
}

Loc gt_parse_loc(Parser *p, int start) {
    Token *a = gt_parse_tok(p, start);
    // The end is that of the last token consumed that is not layout (NEWLINE, INDENT, DEDENT).
    int i = p->pos > start ? p->pos - 1 : start;
    Token *b = gt_parse_tok(p, i);
    while (i > start && (b->kind == T_NEWLINE || b->kind == T_INDENT || b->kind == T_DEDENT ||
                         b->kind == T_ENDMARKER)) {
        b = gt_parse_tok(p, --i);
    }
    return (Loc){a->lineno, a->col, b->end_lineno, b->end_col};
}

Expr *gt_parse_new_expr(Parser *p, ExprKind kind, Loc loc) {
    Expr *e = gt_arena_alloc(p->arena, sizeof *e);
    if (e == NULL) {
        return gt_parse_nomem(p);
    }
    e->kind = kind;
    e->loc = loc;
    return e;
}

static Stmt *new_stmt(Parser *p, StmtKind kind, int start) {
    Stmt *s = gt_arena_alloc(p->arena, sizeof *s);
    if (s == NULL) {
        return gt_parse_nomem(p);
    }
    s->kind = kind;
    s->loc = gt_parse_loc(p, start);
    return s;
}

void *gt_parse_grow(Parser *p, void *old, int *cap, size_t elsize, int n) {
    int nc = *cap ? *cap * 2 : 4;
    void *nw = gt_arena_alloc(p->arena, (size_t)nc * elsize);
    if (nw == NULL) {
        return gt_parse_nomem(p);
    }
    if (n > 0) {
        memcpy(nw, old, (size_t)n * elsize);
    }
    *cap = nc;
    return nw;
}

const char *gt_parse_ident(Parser *p, const Token *t) {
    const char *s = gt_arena_strndup(p->arena, t->start, (size_t)t->len);
    if (s == NULL) {
        gt_parse_nomem(p);
    }
    return s;
}

// ---- Statements ----

static bool statement(Parser *p, StmtSeq *out, int *cap);
static bool block(Parser *p, StmtSeq *body);

static bool push_stmt(Parser *p, StmtSeq *s, int *cap, Stmt *x) {
    if (s->n == *cap) {
        void *nw = gt_parse_grow(p, s->items, cap, sizeof *s->items, s->n);
        if (nw == NULL) {
            return false;
        }
        s->items = nw;
    }
    s->items[s->n++] = x;
    return true;
}

static bool can_start_expr(TokKind k) {
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
        case T_STAR:
            return true;
        default:
            return false;
    }
}

// "expected an indented block after X on line N": in the second pass, when a header's ':' is
// followed by a NEWLINE and no INDENT.
static bool missing_block(Parser *p, const Token *kw, const char *what) {
    if (p->call_invalid && PEEK(p, T_NEWLINE) && gt_parse_tok(p, p->pos + 1)->kind != T_INDENT) {
        gt_parse_error_last(p, SE_INDENTATION, "expected an indented block after %s on line %d",
                            what, kw->lineno);
        return true;
    }
    return false;
}

// The second pass's "expected ':'" for headers followed directly by a NEWLINE.
static bool missing_colon(Parser *p) {
    if (p->call_invalid && PEEK(p, T_NEWLINE)) {
        gt_parse_error_last(p, SE_SYNTAX, "expected ':'");
        return true;
    }
    return false;
}

static Expr *yield_or_star_expressions(Parser *p) {
    if (PEEK(p, T_YIELD)) {
        return gt_parse_yield_expr(p);
    }
    return gt_parse_star_expressions(p);
}

static bool is_augassign(TokKind k, int *op) {
    switch (k) {
        case T_PLUSEQUAL:
            *op = NB_ADD;
            return true;
        case T_MINEQUAL:
            *op = NB_SUBTRACT;
            return true;
        case T_STAREQUAL:
            *op = NB_MULTIPLY;
            return true;
        case T_ATEQUAL:
            *op = NB_MATRIX_MULTIPLY;
            return true;
        case T_SLASHEQUAL:
            *op = NB_TRUE_DIVIDE;
            return true;
        case T_PERCENTEQUAL:
            *op = NB_REMAINDER;
            return true;
        case T_AMPEREQUAL:
            *op = NB_AND;
            return true;
        case T_VBAREQUAL:
            *op = NB_OR;
            return true;
        case T_CIRCUMFLEXEQUAL:
            *op = NB_XOR;
            return true;
        case T_LEFTSHIFTEQUAL:
            *op = NB_LSHIFT;
            return true;
        case T_RIGHTSHIFTEQUAL:
            *op = NB_RSHIFT;
            return true;
        case T_DOUBLESTAREQUAL:
            *op = NB_POWER;
            return true;
        case T_DOUBLESLASHEQUAL:
            *op = NB_FLOOR_DIVIDE;
            return true;
        default:
            return false;
    }
}

// invalid_assignment for a statement whose targets include an invalid one; `targets` are
// those before '=' in order (the last may be the invalid one).
static void invalid_assignment(Parser *p, int start, Expr **targets, int n) {
    int saved = p->pos;
    // star_named_expression (',' star_named_expression)*, for the named-expression checks.
    p->pos = start;
    Expr *e = gt_parse_star_named_expression(p);
    while (e != NULL && !p->failed && PEEK(p, T_COMMA)) {
        p->pos++;
        if (!can_start_expr(TOK(p)->kind)) {
            break;
        }
        e = gt_parse_star_named_expression(p);
    }
    if (p->failed) {
        return;
    }
    p->pos = saved;
    for (int i = 0; i < n; i++) {
        Expr *t = targets[i];
        if (t->kind == E_YIELD || t->kind == E_YIELDFROM) {
            gt_parse_error_expr(p, t, "assignment to yield expression not possible");
            return;
        }
        if (!gt_parse_is_target(t, true)) {
            gt_parse_invalid_target_error(p, t, STAR_TARGETS);
            return;
        }
    }
}

static void invalid_annassign(Parser *p, int start, Expr *first) {
    int saved = p->pos;
    p->pos++; // ':'
    Expr *ann = gt_parse_expression(p);
    if (ann == NULL || p->failed) {
        p->pos = saved;
        return;
    }
    p->pos = saved;
    if (first->kind == E_LIST ||
        (first->kind == E_TUPLE && gt_parse_tok(p, start)->kind == T_LPAR)) {
        gt_parse_error_expr(p, first, "only single target (not %s) can be annotated",
                            first->kind == E_LIST ? "list" : "tuple");
    } else if (first->kind == E_TUPLE) {
        gt_parse_error_expr(p, first->v.seq.elts.items[0],
                            "only single target (not tuple) can be annotated");
    } else if (first->kind != E_STARRED && first->kind != E_YIELD && first->kind != E_YIELDFROM) {
        gt_parse_error_expr(p, first, "illegal target for annotation");
    }
}

// Assignments, annotated and augmented assignments, and expression statements.
static Stmt *expr_stmt(Parser *p) {
    int start = p->pos;
    Expr *first = yield_or_star_expressions(p);
    if (first == NULL) {
        return NULL;
    }
    int op;
    TokKind k = TOK(p)->kind;
    if (k == T_COLON) {
        bool ok = first->kind == E_NAME || first->kind == E_ATTRIBUTE || first->kind == E_SUBSCRIPT;
        if (!ok) {
            if (p->call_invalid) {
                invalid_annassign(p, start, first);
            }
            return NULL;
        }
        bool simple = first->kind == E_NAME && gt_parse_tok(p, start)->kind == T_NAME;
        p->pos++;
        Expr *ann = gt_parse_expression(p);
        if (ann == NULL) {
            return NULL;
        }
        Expr *value = NULL;
        if (PEEK(p, T_EQUAL)) {
            p->pos++;
            value = yield_or_star_expressions(p);
            if (value == NULL) {
                return NULL;
            }
        }
        gt_parse_set_ctx(p, first, CTX_STORE);
        Stmt *s = new_stmt(p, S_ANNASSIGN, start);
        if (s != NULL) {
            s->v.annassign.target = first;
            s->v.annassign.annotation = ann;
            s->v.annassign.value = value;
            s->v.annassign.simple = simple;
        }
        return s;
    }
    if (k == T_EQUAL) {
        ExprSeq targets = {0};
        int cap = 0;
        Expr *cur = first;
        while (PEEK(p, T_EQUAL)) {
            PUSH(p, targets, cap, cur);
            if (cur->kind == E_YIELD || cur->kind == E_YIELDFROM ||
                !gt_parse_is_target(cur, true)) {
                if (p->call_invalid) {
                    invalid_assignment(p, start, targets.items, targets.n);
                }
                return NULL;
            }
            p->pos++;
            cur = yield_or_star_expressions(p);
            if (cur == NULL) {
                return NULL;
            }
        }
        for (int i = 0; i < targets.n; i++) {
            gt_parse_set_ctx(p, targets.items[i], CTX_STORE);
        }
        Stmt *s = new_stmt(p, S_ASSIGN, start);
        if (s != NULL) {
            s->v.assign.targets = targets;
            s->v.assign.value = cur;
        }
        return s;
    }
    if (is_augassign(k, &op)) {
        if (first->kind != E_NAME && first->kind != E_ATTRIBUTE && first->kind != E_SUBSCRIPT) {
            if (p->call_invalid) {
                int saved = p->pos;
                p->pos++;
                Expr *v = yield_or_star_expressions(p);
                if (v != NULL && !p->failed) {
                    p->pos = saved;
                    gt_parse_error_expr(p, first,
                                        "'%s' is an illegal expression for augmented assignment",
                                        gt_parse_expr_name(first));
                }
            }
            return NULL;
        }
        p->pos++;
        Expr *value = yield_or_star_expressions(p);
        if (value == NULL) {
            return NULL;
        }
        gt_parse_set_ctx(p, first, CTX_STORE);
        Stmt *s = new_stmt(p, S_AUGASSIGN, start);
        if (s != NULL) {
            s->v.augassign.target = first;
            s->v.augassign.op = op;
            s->v.augassign.value = value;
        }
        return s;
    }
    if (k == T_COLONEQUAL && p->call_invalid) {
        // invalid_assignment re-reads the statement as named expressions: "x.y := 1".
        p->pos = start;
        gt_parse_star_named_expression(p);
        return NULL;
    }
    Stmt *s = new_stmt(p, S_EXPR, start);
    if (s != NULL) {
        s->v.expr.value = first;
    }
    return s;
}

// dotted_name: NAME ('.' NAME)*, as one arena string.
static const char *dotted_name(Parser *p) {
    int start = p->pos;
    if (!PEEK(p, T_NAME)) {
        return NULL;
    }
    p->pos++;
    while (PEEK(p, T_DOT) && gt_parse_tok(p, p->pos + 1)->kind == T_NAME) {
        p->pos += 2;
    }
    size_t n = 0;
    for (int i = start; i < p->pos; i++) {
        n += (size_t)gt_parse_tok(p, i)->len;
    }
    char *s = gt_arena_alloc(p->arena, n + 1);
    if (s == NULL) {
        return gt_parse_nomem(p);
    }
    size_t k = 0;
    for (int i = start; i < p->pos; i++) {
        Token *t = gt_parse_tok(p, i);
        memcpy(s + k, t->start, (size_t)t->len);
        k += (size_t)t->len;
    }
    s[k] = '\0';
    return s;
}

static Alias *alias(Parser *p, bool dotted) {
    int start = p->pos;
    const char *name;
    if (dotted) {
        name = dotted_name(p);
    } else {
        Token *t = gt_parse_expect(p, T_NAME);
        name = t ? gt_parse_ident(p, t) : NULL;
    }
    if (name == NULL) {
        return NULL;
    }
    const char *asname = NULL;
    if (PEEK(p, T_AS)) {
        p->pos++;
        Token *t = gt_parse_expect(p, T_NAME);
        if (t == NULL) {
            return NULL;
        }
        asname = gt_parse_ident(p, t);
    }
    Alias *a = gt_arena_alloc(p->arena, sizeof *a);
    if (a == NULL) {
        return gt_parse_nomem(p);
    }
    a->name = name;
    a->asname = asname;
    a->loc = gt_parse_loc(p, start);
    return a;
}

static Stmt *import_stmt(Parser *p) {
    int start = p->pos;
    AliasSeq names = {0};
    int cap = 0;
    if (PEEK(p, T_IMPORT)) {
        p->pos++;
        for (;;) {
            Alias *a = alias(p, true);
            if (a == NULL) {
                return NULL;
            }
            PUSH(p, names, cap, a);
            if (!PEEK(p, T_COMMA)) {
                break;
            }
            p->pos++;
        }
        Stmt *s = new_stmt(p, S_IMPORT, start);
        if (s != NULL) {
            s->v.import.names = names;
        }
        return s;
    }
    p->pos++; // 'from'
    int level = 0;
    while (PEEK(p, T_DOT) || PEEK(p, T_ELLIPSIS)) {
        level += PEEK(p, T_DOT) ? 1 : 3;
        p->pos++;
    }
    const char *module = NULL;
    if (!PEEK(p, T_IMPORT) || level == 0) {
        module = dotted_name(p);
        if (module == NULL) {
            return NULL;
        }
    }
    if (gt_parse_expect(p, T_IMPORT) == NULL) {
        return NULL;
    }
    if (PEEK(p, T_STAR)) {
        Token *t = TOK(p);
        p->pos++;
        Alias *a = gt_arena_alloc(p->arena, sizeof *a);
        if (a == NULL) {
            return gt_parse_nomem(p);
        }
        a->name = "*";
        a->loc = gt_parse_tok_loc(t);
        PUSH(p, names, cap, a);
    } else {
        bool paren = PEEK(p, T_LPAR);
        if (paren) {
            p->pos++;
        }
        for (;;) {
            Alias *a = alias(p, false);
            if (a == NULL) {
                return NULL;
            }
            PUSH(p, names, cap, a);
            if (!PEEK(p, T_COMMA)) {
                break;
            }
            p->pos++;
            if (!PEEK(p, T_NAME)) {
                if (!paren) {
                    if (p->call_invalid && PEEK(p, T_NEWLINE)) {
                        gt_parse_error_last(
                            p, SE_SYNTAX,
                            "trailing comma not allowed without surrounding parentheses");
                    }
                    return NULL;
                }
                break;
            }
        }
        if (paren && gt_parse_expect(p, T_RPAR) == NULL) {
            return NULL;
        }
    }
    Stmt *s = new_stmt(p, S_IMPORTFROM, start);
    if (s != NULL) {
        s->v.importfrom.module = module;
        s->v.importfrom.names = names;
        s->v.importfrom.level = level;
    }
    return s;
}

static Stmt *del_stmt(Parser *p) {
    int start = p->pos;
    p->pos++; // 'del'
    int tstart = p->pos;
    ExprSeq targets = {0};
    int cap = 0;
    bool ok = true;
    for (;;) {
        Expr *e = gt_parse_bitwise_or(p);
        if (e == NULL || e->kind == E_STARRED || !gt_parse_is_target(e, false)) {
            ok = false;
            break;
        }
        PUSH(p, targets, cap, e);
        if (!PEEK(p, T_COMMA)) {
            break;
        }
        p->pos++;
        if (!can_start_expr(TOK(p)->kind) || PEEK(p, T_STAR)) {
            break;
        }
    }
    if (ok && !PEEK(p, T_SEMI) && !PEEK(p, T_NEWLINE)) {
        ok = false;
    }
    if (!ok) {
        if (p->call_invalid && !p->failed) {
            // invalid_del_stmt: 'del' star_expressions
            p->pos = tstart;
            Expr *e = gt_parse_star_expressions(p);
            if (e != NULL && !p->failed) {
                gt_parse_invalid_target_error(p, e, DEL_TARGETS);
            }
        }
        return NULL;
    }
    for (int i = 0; i < targets.n; i++) {
        gt_parse_set_ctx(p, targets.items[i], CTX_DEL);
    }
    Stmt *s = new_stmt(p, S_DELETE, start);
    if (s != NULL) {
        s->v.del.targets = targets;
    }
    return s;
}

static Stmt *simple_stmt(Parser *p) {
    int start = p->pos;
    Token *t = TOK(p);
    switch (t->kind) {
        case T_RETURN: {
            p->pos++;
            Expr *v = NULL;
            if (can_start_expr(TOK(p)->kind)) {
                v = gt_parse_star_expressions(p);
                if (v == NULL) {
                    return NULL;
                }
            }
            Stmt *s = new_stmt(p, S_RETURN, start);
            if (s != NULL) {
                s->v.ret.value = v;
            }
            return s;
        }
        case T_IMPORT:
        case T_FROM:
            return import_stmt(p);
        case T_RAISE: {
            p->pos++;
            Expr *exc = NULL, *cause = NULL;
            if (can_start_expr(TOK(p)->kind) && !PEEK(p, T_STAR)) {
                exc = gt_parse_expression(p);
                if (exc == NULL) {
                    return NULL;
                }
                if (PEEK(p, T_FROM)) {
                    p->pos++;
                    cause = gt_parse_expression(p);
                    if (cause == NULL) {
                        return NULL;
                    }
                }
            }
            Stmt *s = new_stmt(p, S_RAISE, start);
            if (s != NULL) {
                s->v.raise.exc = exc;
                s->v.raise.cause = cause;
            }
            return s;
        }
        case T_PASS:
        case T_BREAK:
        case T_CONTINUE:
            p->pos++;
            return new_stmt(p,
                            t->kind == T_PASS    ? S_PASS
                            : t->kind == T_BREAK ? S_BREAK
                                                 : S_CONTINUE,
                            start);
        case T_DEL:
            return del_stmt(p);
        case T_ASSERT: {
            p->pos++;
            Expr *test = gt_parse_expression(p);
            if (test == NULL) {
                return NULL;
            }
            Expr *msg = NULL;
            if (PEEK(p, T_COMMA)) {
                p->pos++;
                msg = gt_parse_expression(p);
                if (msg == NULL) {
                    return NULL;
                }
            }
            Stmt *s = new_stmt(p, S_ASSERT, start);
            if (s != NULL) {
                s->v.assert_.test = test;
                s->v.assert_.msg = msg;
            }
            return s;
        }
        case T_GLOBAL:
        case T_NONLOCAL: {
            p->pos++;
            IdSeq names = {0};
            int cap = 0;
            for (;;) {
                Token *n = gt_parse_expect(p, T_NAME);
                if (n == NULL) {
                    return NULL;
                }
                const char *id = gt_parse_ident(p, n);
                if (id == NULL) {
                    return NULL;
                }
                PUSH(p, names, cap, id);
                if (!PEEK(p, T_COMMA)) {
                    break;
                }
                p->pos++;
            }
            Stmt *s = new_stmt(p, t->kind == T_GLOBAL ? S_GLOBAL : S_NONLOCAL, start);
            if (s != NULL) {
                s->v.global.names = names;
            }
            return s;
        }
        default:
            return expr_stmt(p);
    }
}

// simple_stmts: simple_stmt (';' simple_stmt)* [';'] NEWLINE
static bool simple_stmts(Parser *p, StmtSeq *out, int *cap) {
    for (;;) {
        Stmt *s = simple_stmt(p);
        if (s == NULL || !push_stmt(p, out, cap, s)) {
            return false;
        }
        if (!PEEK(p, T_SEMI)) {
            break;
        }
        p->pos++;
        if (PEEK(p, T_NEWLINE)) {
            break;
        }
    }
    return gt_parse_expect(p, T_NEWLINE) != NULL;
}

// block: NEWLINE INDENT statements DEDENT | simple_stmts
static bool block(Parser *p, StmtSeq *body) {
    int cap = 0;
    if (!PEEK(p, T_NEWLINE)) {
        return simple_stmts(p, body, &cap);
    }
    if (gt_parse_tok(p, p->pos + 1)->kind != T_INDENT) {
        if (p->call_invalid) {
            gt_parse_error_last(p, SE_INDENTATION, "expected an indented block");
        }
        return false;
    }
    p->pos += 2;
    if (!gt_parse_enter(p)) {
        return false;
    }
    do {
        if (!statement(p, body, &cap)) {
            LEAVE(p);
            return false;
        }
    } while (!PEEK(p, T_DEDENT));
    LEAVE(p);
    p->pos++;
    return true;
}

// else_block: 'else' &&':' block
static bool else_block(Parser *p, StmtSeq *orelse) {
    Token *kw = TOK(p);
    p->pos++;
    if (p->call_invalid && PEEK(p, T_COLON)) {
        int saved = p->pos;
        p->pos++;
        if (missing_block(p, kw, "'else' statement")) {
            return false;
        }
        p->pos = saved;
    }
    if (gt_parse_expect_forced(p, T_COLON, ":") == NULL) {
        return false;
    }
    return block(p, orelse);
}

static Stmt *if_stmt(Parser *p) {
    int start = p->pos;
    Token *kw = TOK(p);
    bool elif = kw->kind == T_ELIF;
    p->pos++;
    Expr *test = gt_parse_named_expression(p);
    if (test == NULL || missing_colon(p) || gt_parse_expect(p, T_COLON) == NULL ||
        missing_block(p, kw, elif ? "'elif' statement" : "'if' statement")) {
        return NULL;
    }
    StmtSeq body = {0}, orelse = {0};
    if (!block(p, &body)) {
        return NULL;
    }
    if (PEEK(p, T_ELIF)) {
        Stmt *e = if_stmt(p);
        if (e == NULL) {
            return NULL;
        }
        orelse.items = gt_arena_alloc(p->arena, sizeof *orelse.items);
        if (orelse.items == NULL) {
            return gt_parse_nomem(p);
        }
        orelse.items[0] = e;
        orelse.n = 1;
    } else if (PEEK(p, T_ELSE)) {
        if (!else_block(p, &orelse)) {
            return NULL;
        }
    }
    Stmt *s = new_stmt(p, S_IF, start);
    if (s != NULL) {
        s->v.if_.test = test;
        s->v.if_.body = body;
        s->v.if_.orelse = orelse;
    }
    return s;
}

static Stmt *while_stmt(Parser *p) {
    int start = p->pos;
    Token *kw = TOK(p);
    p->pos++;
    Expr *test = gt_parse_named_expression(p);
    if (test == NULL || missing_colon(p) || gt_parse_expect(p, T_COLON) == NULL ||
        missing_block(p, kw, "'while' statement")) {
        return NULL;
    }
    StmtSeq body = {0}, orelse = {0};
    if (!block(p, &body)) {
        return NULL;
    }
    if (PEEK(p, T_ELSE) && !else_block(p, &orelse)) {
        return NULL;
    }
    Stmt *s = new_stmt(p, S_WHILE, start);
    if (s != NULL) {
        s->v.while_.test = test;
        s->v.while_.body = body;
        s->v.while_.orelse = orelse;
    }
    return s;
}

static Stmt *for_stmt(Parser *p, int start, bool is_async) {
    Token *kw = TOK(p);
    p->pos++; // 'for'
    int tstart = p->pos;
    Expr *target = gt_parse_star_targets(p);
    if (target == NULL || !PEEK(p, T_IN)) {
        if (p->call_invalid && !p->failed) {
            // invalid_for_target: 'for' star_expressions
            p->pos = tstart;
            Expr *e = gt_parse_star_expressions(p);
            if (e != NULL && !p->failed) {
                gt_parse_invalid_target_error(p, e, FOR_TARGETS);
            }
        }
        return NULL;
    }
    p->pos++; // 'in'
    Expr *iter = gt_parse_star_expressions(p);
    if (iter == NULL || missing_colon(p) || gt_parse_expect(p, T_COLON) == NULL ||
        missing_block(p, kw, "'for' statement")) {
        return NULL;
    }
    StmtSeq body = {0}, orelse = {0};
    if (!block(p, &body)) {
        return NULL;
    }
    if (PEEK(p, T_ELSE) && !else_block(p, &orelse)) {
        return NULL;
    }
    Stmt *s = new_stmt(p, is_async ? S_ASYNCFOR : S_FOR, start);
    if (s != NULL) {
        s->v.for_.target = target;
        s->v.for_.iter = iter;
        s->v.for_.body = body;
        s->v.for_.orelse = orelse;
    }
    return s;
}

// The target after 'as' in a with item: star_target followed by ',' ')' or ':'.
static Expr *with_target(Parser *p) {
    int start = p->pos;
    Expr *t;
    if (PEEK(p, T_STAR)) {
        p->pos++;
        Expr *v = gt_parse_bitwise_or(p);
        if (v == NULL) {
            return NULL;
        }
        t = gt_parse_new_expr(p, E_STARRED, gt_parse_loc(p, start));
        if (t == NULL) {
            return NULL;
        }
        t->v.starred.value = v;
    } else {
        t = gt_parse_bitwise_or(p);
        if (t == NULL) {
            return NULL;
        }
    }
    if (!gt_parse_is_target(t, true) ||
        (t->kind == E_TUPLE && gt_parse_tok(p, start)->kind != T_LPAR)) {
        return NULL;
    }
    return t;
}

// with_item: expression ['as' star_target]; *ok false on failure.
static WithItem *with_item(Parser *p) {
    Expr *e = gt_parse_expression(p);
    if (e == NULL) {
        return NULL;
    }
    Expr *target = NULL;
    if (PEEK(p, T_AS)) {
        int saved = p->pos;
        p->pos++;
        int tstart = p->pos;
        target = with_target(p);
        if (target == NULL || !(PEEK(p, T_COMMA) || PEEK(p, T_RPAR) || PEEK(p, T_COLON))) {
            if (p->failed) {
                return NULL;
            }
            if (p->call_invalid) {
                // invalid_with_item: expression 'as' expression &(',' | ')' | ':')
                p->pos = tstart;
                Expr *x = gt_parse_expression(p);
                if (p->failed) {
                    return NULL;
                }
                if (x != NULL && (PEEK(p, T_COMMA) || PEEK(p, T_RPAR) || PEEK(p, T_COLON))) {
                    gt_parse_invalid_target_error(p, x, STAR_TARGETS);
                    if (p->failed) {
                        return NULL;
                    }
                }
            }
            p->pos = saved;
            target = NULL;
        } else {
            gt_parse_set_ctx(p, target, CTX_STORE);
        }
    }
    WithItem *w = gt_arena_alloc(p->arena, sizeof *w);
    if (w == NULL) {
        return gt_parse_nomem(p);
    }
    w->context_expr = e;
    w->optional_vars = target;
    return w;
}

// invalid_with_stmt: the items, with any target after 'as', then a NEWLINE: "expected ':'".
static bool invalid_with_stmt(Parser *p, int items_start) {
    int saved = p->pos;
    p->pos = items_start;
    bool paren = PEEK(p, T_LPAR);
    for (int attempt = paren ? 0 : 1; attempt < 2; attempt++) {
        p->pos = items_start + (attempt == 0);
        bool ok = true;
        for (;;) {
            Expr *e = attempt == 0 ? gt_parse_star_expressions(p) : gt_parse_expression(p);
            if (e == NULL) {
                ok = false;
                break;
            }
            if (PEEK(p, T_AS)) {
                p->pos++;
                if (with_target(p) == NULL) {
                    ok = false;
                    break;
                }
            }
            if (!PEEK(p, T_COMMA)) {
                break;
            }
            p->pos++;
        }
        if (p->failed) {
            return true;
        }
        if (!ok) {
            continue;
        }
        if (attempt == 0) {
            gt_parse_accept(p, T_COMMA);
            if (!gt_parse_accept(p, T_RPAR)) {
                continue;
            }
        }
        if (PEEK(p, T_NEWLINE)) {
            gt_parse_error_last(p, SE_SYNTAX, "expected ':'");
            return true;
        }
    }
    p->pos = saved;
    return false;
}

static Stmt *with_stmt(Parser *p, int start, bool is_async) {
    Token *kw = TOK(p);
    p->pos++; // 'with'
    int items_start = p->pos;
    WithItemSeq items = {0};
    int cap = 0;
    bool done = false;
    if (PEEK(p, T_LPAR)) {
        // '(' with_item (',' with_item)* [','] ')' ':' -- else the parenthesis is part of the
        // first expression.
        int saved = p->pos;
        p->pos++;
        bool ok = true;
        while (ok) {
            WithItem *w = with_item(p);
            if (w == NULL) {
                ok = false;
                break;
            }
            PUSH(p, items, cap, w);
            if (!PEEK(p, T_COMMA)) {
                break;
            }
            p->pos++;
            if (PEEK(p, T_RPAR)) {
                break;
            }
        }
        if (ok && PEEK(p, T_RPAR) && gt_parse_tok(p, p->pos + 1)->kind == T_COLON) {
            p->pos++;
            done = true;
        } else {
            if (p->failed) {
                return NULL;
            }
            p->pos = saved;
            items = (WithItemSeq){0};
            cap = 0;
        }
    }
    if (!done) {
        for (;;) {
            WithItem *w = with_item(p);
            if (w == NULL) {
                return NULL;
            }
            PUSH(p, items, cap, w);
            if (!PEEK(p, T_COMMA)) {
                break;
            }
            p->pos++;
        }
    }
    if (p->call_invalid && !PEEK(p, T_COLON) && invalid_with_stmt(p, items_start)) {
        return NULL;
    }
    if (missing_colon(p) || gt_parse_expect(p, T_COLON) == NULL ||
        missing_block(p, kw, "'with' statement")) {
        return NULL;
    }
    StmtSeq body = {0};
    if (!block(p, &body)) {
        return NULL;
    }
    Stmt *s = new_stmt(p, is_async ? S_ASYNCWITH : S_WITH, start);
    if (s != NULL) {
        s->v.with.items = items;
        s->v.with.body = body;
    }
    return s;
}

// except_block or except_star_block; *star tells which it was.
static ExceptHandler *except_block(Parser *p, bool *star) {
    int start = p->pos;
    Token *kw = TOK(p);
    p->pos++; // 'except'
    *star = false;
    Expr *type = NULL;
    const char *name = NULL;
    if (PEEK(p, T_STAR)) {
        *star = true;
        p->pos++;
        if (PEEK(p, T_NEWLINE) || PEEK(p, T_COLON)) {
            if (p->call_invalid) {
                gt_parse_error_last(p, SE_SYNTAX, "expected one or more exception types");
            }
            return NULL;
        }
    }
    if (missing_colon(p)) {
        return NULL;
    }
    if (!PEEK(p, T_COLON)) {
        type = gt_parse_expression(p);
        if (type == NULL) {
            return NULL;
        }
        if (PEEK(p, T_COMMA)) {
            if (p->call_invalid) {
                // invalid_except_stmt: multiple types without parentheses.
                p->pos++;
                Expr *rest = gt_parse_star_expressions(p);
                if (rest != NULL && !p->failed) {
                    bool ok = true;
                    if (PEEK(p, T_AS)) {
                        p->pos++;
                        ok = gt_parse_accept(p, T_NAME);
                    }
                    if (ok && PEEK(p, T_COLON)) {
                        p->pos++;
                        gt_parse_error_from(p, type->loc,
                                            "multiple exception types must be parenthesized");
                    }
                }
            }
            return NULL;
        }
        if (PEEK(p, T_AS)) {
            p->pos++;
            Token *n = gt_parse_expect(p, T_NAME);
            if (n == NULL) {
                return NULL;
            }
            name = gt_parse_ident(p, n);
        }
    }
    if (missing_colon(p) || gt_parse_expect(p, T_COLON) == NULL ||
        missing_block(p, kw, *star ? "'except*' statement" : "'except' statement")) {
        return NULL;
    }
    ExceptHandler *h = gt_arena_alloc(p->arena, sizeof *h);
    if (h == NULL) {
        return gt_parse_nomem(p);
    }
    if (!block(p, &h->body)) {
        return NULL;
    }
    h->type = type;
    h->name = name;
    h->loc = gt_parse_loc(p, start);
    return h;
}

static Stmt *try_stmt(Parser *p) {
    int start = p->pos;
    Token *kw = TOK(p);
    p->pos++;
    if (p->call_invalid && PEEK(p, T_COLON)) {
        int saved = p->pos;
        p->pos++;
        if (missing_block(p, kw, "'try' statement")) {
            return NULL;
        }
        p->pos = saved;
    }
    if (gt_parse_expect_forced(p, T_COLON, ":") == NULL) {
        return NULL;
    }
    StmtSeq body = {0}, orelse = {0}, finalbody = {0};
    HandlerSeq handlers = {0};
    int hcap = 0;
    if (!block(p, &body)) {
        return NULL;
    }
    int kind = 0; // 1: except, 2: except*
    while (PEEK(p, T_EXCEPT)) {
        Token *ex = TOK(p);
        bool star = gt_parse_tok(p, p->pos + 1)->kind == T_STAR;
        if (kind != 0 && (kind == 2) != star) {
            if (p->call_invalid) {
                if (star) {
                    Token *st = gt_parse_tok(p, p->pos + 1);
                    gt_parse_error_range(p, gt_parse_tok_loc(ex), gt_parse_tok_loc(st),
                                         "cannot have both 'except' and 'except*' on the same "
                                         "'try'");
                } else {
                    gt_parse_error_tok(p, ex,
                                       "cannot have both 'except' and 'except*' on the same 'try'");
                }
            }
            return NULL;
        }
        ExceptHandler *h = except_block(p, &star);
        if (h == NULL) {
            return NULL;
        }
        kind = star ? 2 : 1;
        PUSH(p, handlers, hcap, h);
    }
    if (handlers.n > 0 && PEEK(p, T_ELSE) && !else_block(p, &orelse)) {
        return NULL;
    }
    if (PEEK(p, T_FINALLY)) {
        Token *fk = TOK(p);
        p->pos++;
        if (p->call_invalid && PEEK(p, T_COLON)) {
            int saved = p->pos;
            p->pos++;
            if (missing_block(p, fk, "'finally' statement")) {
                return NULL;
            }
            p->pos = saved;
        }
        if (gt_parse_expect_forced(p, T_COLON, ":") == NULL || !block(p, &finalbody)) {
            return NULL;
        }
    } else if (handlers.n == 0) {
        if (p->call_invalid) {
            gt_parse_error_last(p, SE_SYNTAX, "expected 'except' or 'finally' block");
        }
        return NULL;
    }
    Stmt *s = new_stmt(p, kind == 2 ? S_TRYSTAR : S_TRY, start);
    if (s != NULL) {
        s->v.try_.body = body;
        s->v.try_.handlers = handlers;
        s->v.try_.orelse = orelse;
        s->v.try_.finalbody = finalbody;
    }
    return s;
}

static Stmt *funcdef(Parser *p, int start, bool is_async, ExprSeq decorators) {
    Token *kw = TOK(p);
    p->pos++; // 'def'
    Token *name = gt_parse_expect(p, T_NAME);
    if (name == NULL || gt_parse_expect_forced(p, T_LPAR, "(") == NULL) {
        return NULL;
    }
    Arguments *args = gt_parse_params(p, false);
    if (args == NULL || gt_parse_expect(p, T_RPAR) == NULL) {
        return NULL;
    }
    Expr *returns = NULL;
    if (PEEK(p, T_RARROW)) {
        int saved = p->pos;
        p->pos++;
        returns = gt_parse_expression(p);
        if (returns == NULL) {
            if (p->failed) {
                return NULL;
            }
            p->pos = saved;
        }
    }
    if (gt_parse_expect_forced(p, T_COLON, ":") == NULL ||
        missing_block(p, kw, "function definition")) {
        return NULL;
    }
    StmtSeq body = {0};
    if (!block(p, &body)) {
        return NULL;
    }
    Stmt *s = new_stmt(p, is_async ? S_ASYNCFUNCTIONDEF : S_FUNCTIONDEF, start);
    if (s != NULL) {
        s->v.funcdef.name = gt_parse_ident(p, name);
        s->v.funcdef.args = args;
        s->v.funcdef.body = body;
        s->v.funcdef.decorators = decorators;
        s->v.funcdef.returns = returns;
    }
    return s;
}

static Stmt *classdef(Parser *p, ExprSeq decorators) {
    int start = p->pos;
    Token *kw = TOK(p);
    p->pos++; // 'class'
    Token *name = gt_parse_expect(p, T_NAME);
    if (name == NULL) {
        return NULL;
    }
    ExprSeq bases = {0};
    KeywordSeq keywords = {0};
    if (PEEK(p, T_LPAR)) {
        p->pos++;
        if (!gt_parse_call_args(p, &bases, &keywords, false)) {
            return NULL;
        }
    }
    if (missing_colon(p) || gt_parse_expect(p, T_COLON) == NULL ||
        missing_block(p, kw, "class definition")) {
        return NULL;
    }
    StmtSeq body = {0};
    if (!block(p, &body)) {
        return NULL;
    }
    Stmt *s = new_stmt(p, S_CLASSDEF, start);
    if (s != NULL) {
        s->v.classdef.name = gt_parse_ident(p, name);
        s->v.classdef.bases = bases;
        s->v.classdef.keywords = keywords;
        s->v.classdef.body = body;
        s->v.classdef.decorators = decorators;
    }
    return s;
}

static Stmt *decorated(Parser *p) {
    ExprSeq decorators = {0};
    int cap = 0;
    while (PEEK(p, T_AT)) {
        p->pos++;
        Expr *d = gt_parse_named_expression(p);
        if (d == NULL || gt_parse_expect(p, T_NEWLINE) == NULL) {
            return NULL;
        }
        PUSH(p, decorators, cap, d);
    }
    if (PEEK(p, T_DEF)) {
        return funcdef(p, p->pos, false, decorators);
    }
    if (PEEK(p, T_ASYNC) && gt_parse_tok(p, p->pos + 1)->kind == T_DEF) {
        int start = p->pos;
        p->pos++;
        return funcdef(p, start, true, decorators);
    }
    if (PEEK(p, T_CLASS)) {
        return classdef(p, decorators);
    }
    return NULL;
}

static Stmt *compound_stmt(Parser *p) {
    int start = p->pos;
    switch (TOK(p)->kind) {
        case T_DEF:
            return funcdef(p, start, false, (ExprSeq){0});
        case T_AT:
            return decorated(p);
        case T_IF:
            return if_stmt(p);
        case T_CLASS:
            return classdef(p, (ExprSeq){0});
        case T_WITH:
            return with_stmt(p, start, false);
        case T_FOR:
            return for_stmt(p, start, false);
        case T_TRY:
            return try_stmt(p);
        case T_WHILE:
            return while_stmt(p);
        case T_ASYNC: {
            p->pos++;
            switch (TOK(p)->kind) {
                case T_DEF:
                    return funcdef(p, start, true, (ExprSeq){0});
                case T_WITH:
                    return with_stmt(p, start, true);
                case T_FOR:
                    return for_stmt(p, start, true);
                default:
                    return NULL;
            }
        }
        default:
            return NULL;
    }
}

static bool is_compound_start(Parser *p) {
    switch (TOK(p)->kind) {
        case T_DEF:
        case T_AT:
        case T_IF:
        case T_CLASS:
        case T_WITH:
        case T_FOR:
        case T_TRY:
        case T_WHILE:
            return true;
        case T_ASYNC: {
            TokKind k = gt_parse_tok(p, p->pos + 1)->kind;
            return k == T_DEF || k == T_WITH || k == T_FOR;
        }
        default:
            return false;
    }
}

static bool is_name(const Token *t, const char *s) {
    return t->kind == T_NAME && (size_t)t->len == strlen(s) &&
           memcmp(t->start, s, (size_t)t->len) == 0;
}

// gilt does not run match statements, but recognises one ("match" subject ':' NEWLINE INDENT
// "case" ...) and skips its block, so that the compiler can say so instead of "invalid
// syntax". Returns NULL, at the same position, if this is not a match statement.
static Stmt *match_stmt(Parser *p) {
    int start = p->pos;
    if (!is_name(TOK(p), "match")) {
        return NULL;
    }
    TokKind k = gt_parse_tok(p, start + 1)->kind;
    if (k == T_EQUAL || k == T_COLON || k == T_NEWLINE || k == T_DOT || k == T_COMMA ||
        k == T_SEMI) {
        return NULL;
    }
    bool saved = p->call_invalid;
    p->call_invalid = false;
    p->pos++;
    Expr *subject = gt_parse_star_expressions(p);
    p->call_invalid = saved;
    if (subject == NULL || p->failed || !PEEK(p, T_COLON) ||
        gt_parse_tok(p, p->pos + 1)->kind != T_NEWLINE ||
        gt_parse_tok(p, p->pos + 2)->kind != T_INDENT ||
        !is_name(gt_parse_tok(p, p->pos + 3), "case")) {
        p->pos = start;
        return NULL;
    }
    // Skip the cases: up to the DEDENT that closes the block.
    p->pos += 3;
    int depth = 1;
    while (depth > 0) {
        TokKind t = TOK(p)->kind;
        if (t == T_ENDMARKER || t == T_ERROR) {
            return NULL;
        }
        depth += t == T_INDENT ? 1 : t == T_DEDENT ? -1 : 0;
        p->pos++;
    }
    return new_stmt(p, S_MATCH, start);
}

static bool statement(Parser *p, StmtSeq *out, int *cap) {
    if (PEEK(p, T_NAME)) {
        Stmt *m = match_stmt(p);
        if (m != NULL) {
            return push_stmt(p, out, cap, m);
        }
        if (p->failed) {
            return false;
        }
    }
    if (is_compound_start(p)) {
        if (!gt_parse_enter(p)) {
            return false;
        }
        Stmt *s = compound_stmt(p);
        LEAVE(p);
        return s != NULL && push_stmt(p, out, cap, s);
    }
    return simple_stmts(p, out, cap);
}

// ---- Units: the two passes ----

typedef bool (*UnitFn)(Parser *p, void *ctx);

// Runs fn once, and if it fails softly a second time looking for a specific error, then
// settles the error as CPython's _PyPegen_set_syntax_error does.
static bool run_unit(Parser *p, UnitFn fn, void *ctx, bool check_tail) {
    int start = p->pos;
    int depth = p->depth;
    p->call_invalid = false;
    box_of(p)->pass = 1;
    if (fn(p, ctx)) {
        return true;
    }
    box_of(p)->eof_in_pass1 = box_of(p)->hit_eof;
    if (p->failed) {
        // Errors found in the first pass (string literals, "expected ':'") are parser errors
        // too: a tokenizer error later on still replaces them.
        if (check_tail) {
            check_rest(p);
        }
        return false;
    }
    Token last = *gt_parse_tok(p, p->ntoks - 1);
    p->pos = start;
    p->depth = depth;
    p->call_invalid = true;
    box_of(p)->pass = 2;
    fn(p, ctx);
    p->call_invalid = false;
    p->depth = depth;
    if (p->failed) {
        if (check_tail) {
            check_rest(p);
        }
        return false;
    }
    if (last.kind == T_INDENT || last.kind == T_DEDENT) {
        gt_parse_error_last(p, SE_INDENTATION,
                            last.kind == T_INDENT ? "unexpected indent" : "unexpected unindent");
        return false;
    }
    gt_parse_error_tok(p, &last, "invalid syntax");
    if (check_tail) {
        check_rest(p);
    }
    return false;
}

static bool unit_file(Parser *p, void *ctx) {
    StmtSeq *body = ctx;
    int cap = 0;
    *body = (StmtSeq){0};
    while (!PEEK(p, T_ENDMARKER)) {
        if (!statement(p, body, &cap)) {
            return false;
        }
    }
    return true;
}

static bool unit_eval(Parser *p, void *ctx) {
    Expr **out = ctx;
    *out = gt_parse_expressions(p);
    if (*out == NULL) {
        return false;
    }
    while (PEEK(p, T_NEWLINE)) {
        p->pos++;
    }
    return PEEK(p, T_ENDMARKER);
}

static bool unit_single(Parser *p, void *ctx) {
    StmtSeq *body = ctx;
    int cap = 0;
    *body = (StmtSeq){0};
    if (PEEK(p, T_NAME)) {
        Stmt *m = match_stmt(p);
        if (m != NULL) {
            return push_stmt(p, body, &cap, m) && gt_parse_expect(p, T_NEWLINE) != NULL;
        }
        if (p->failed) {
            return false;
        }
    }
    if (is_compound_start(p)) {
        Stmt *s = compound_stmt(p);
        if (s == NULL || !push_stmt(p, body, &cap, s)) {
            return false;
        }
        return gt_parse_expect(p, T_NEWLINE) != NULL;
    }
    return simple_stmts(p, body, &cap);
}

static bool unit_fstring(Parser *p, void *ctx) {
    Expr **out = ctx;
    *out = gt_parse_star_expressions(p);
    return *out != NULL;
}

static void free_store(ParserBox *b) {
    free(b->p.trailer_failed);
    free(b->p.expr_memo);
    for (int i = 0; i < b->store.nblocks; i++) {
        free(b->store.blocks[i]);
    }
    free(b->store.blocks);
}

static void init_box(ParserBox *b, Arena *arena, Lexer *lx, ParseMode mode, SyntaxErr *err) {
    memset(b, 0, sizeof *b);
    b->p.arena = arena;
    b->p.lx = lx;
    b->p.mode = mode;
    b->p.err = err;
    b->errtok.kind = T_ERROR;
    b->errtok.col = b->errtok.end_col = -1;
}

Expr *gt_parse_fstring_expr(Parser *outer, const char *text, size_t len, int lineno, int col) {
    if (!gt_parse_enter(outer)) {
        return NULL;
    }
    char *src = malloc(len + 4);
    if (src == NULL) {
        LEAVE(outer);
        return gt_parse_nomem(outer);
    }
    src[0] = '(';
    memcpy(src + 1, text, len);
    src[len + 1] = ')';
    src[len + 2] = '\n';
    src[len + 3] = '\0';
    Lexer lx;
    gt_lexer_init(&lx, src, len + 3);
    ParserBox *b = malloc(sizeof *b);
    if (b == NULL) {
        free(src);
        LEAVE(outer);
        return gt_parse_nomem(outer);
    }
    init_box(b, outer->arena, &lx, PARSE_EVAL, outer->err);
    Parser *p = &b->p;
    p->fstring = true;
    p->fs_lineno = lineno;
    p->fs_col = col;
    p->depth = outer->depth;
    Expr *e = NULL;
    if (!run_unit(p, unit_fstring, &e, true)) {
        e = NULL;
    }
    if (p->failed) {
        outer->failed = true;
        e = NULL;
    }
    free_store(b);
    free(b);
    free(src);
    LEAVE(outer);
    return e;
}

// ---- Entry ----

// Does the input end with a blank line (the REPL's signal that a block is finished)?
static bool ends_with_blank_line(const char *s, size_t n) {
    while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\f')) {
        n--;
    }
    if (n == 0) {
        return true;
    }
    if (s[n - 1] != '\n') {
        return false;
    }
    n--;
    while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\f')) {
        n--;
    }
    return n == 0 || s[n - 1] == '\n';
}

// Only whitespace and comments after the read position?
static bool rest_is_blank(const char *s) {
    for (;;) {
        while (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\f') {
            s++;
        }
        if (*s == '\0') {
            return true;
        }
        if (*s != '#') {
            return false;
        }
        while (*s && *s != '\n') {
            s++;
        }
    }
}

// The first malformed UTF-8 sequence, reported as CPython's decoder reports it.
static bool check_utf8(const char *s, size_t n, SyntaxErr *err) {
    size_t i = 0, line_start = 0;
    int line = 1;
    while (i < n) {
        unsigned char c = (unsigned char)s[i];
        if (c == '\n') {
            line++;
            line_start = i + 1;
        }
        if (c < 0x80) {
            i++;
            continue;
        }
        uint32_t cp;
        int k = gt_lexer_utf8_decode(s + i, n - i, &cp);
        if (k > 1) {
            i += (size_t)k;
            continue;
        }
        const char *why = "invalid start byte";
        if (c >= 0xC2 && c <= 0xF4) {
            size_t need = c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
            why = n - i < need ? "unexpected end of data" : "invalid continuation byte";
        }
        memset(err, 0, sizeof *err);
        err->kind = SE_SYNTAX;
        snprintf(err->msg, sizeof err->msg,
                 "(unicode error) 'utf-8' codec can't decode byte 0x%02x in position %zu: %s", c,
                 i - line_start, why);
        err->lineno = err->end_lineno = line;
        err->offset = 1;
        err->end_offset = -1;
        snprintf(err->text, sizeof err->text, "\xEF\xBF\xBD\n");
        return false;
    }
    return true;
}

Mod *gt_parse(Arena *arena, const char *src, size_t len, ParseMode mode, SyntaxErr *err) {
    memset(err, 0, sizeof *err);
    if (len >= 3 && memcmp(src, "\xEF\xBB\xBF", 3) == 0) {
        src += 3;
        len -= 3;
    }
    if (memchr(src, '\0', len) != NULL) {
        simple_error(err, SE_SYNTAX, "source code string cannot contain null bytes");
        return NULL;
    }
    if (!check_utf8(src, len, err)) {
        return NULL;
    }
    // Normalise line ends to '\n', and end a file with one.
    char *norm = malloc(len + 2);
    if (norm == NULL) {
        simple_error(err, SE_MEMORY, "out of memory while parsing");
        return NULL;
    }
    size_t n = 0;
    for (size_t i = 0; i < len; i++) {
        if (src[i] == '\r') {
            norm[n++] = '\n';
            if (i + 1 < len && src[i + 1] == '\n') {
                i++;
            }
        } else {
            norm[n++] = src[i];
        }
    }
    if (mode == PARSE_FILE && (n == 0 || norm[n - 1] != '\n')) {
        norm[n++] = '\n';
    }
    norm[n] = '\0';

    Lexer lx;
    gt_lexer_init(&lx, norm, n);
    ParserBox *b = malloc(sizeof *b);
    if (b == NULL) {
        free(norm);
        simple_error(err, SE_MEMORY, "out of memory while parsing");
        return NULL;
    }
    init_box(b, arena, &lx, mode, err);
    Parser *p = &b->p;
    Mod *m = gt_arena_alloc(arena, sizeof *m);
    if (m == NULL) {
        gt_parse_nomem(p);
    } else {
        m->mode = mode;
        bool ok;
        switch (mode) {
            case PARSE_EVAL:
                ok = run_unit(p, unit_eval, &m->expr, true);
                break;
            case PARSE_SINGLE:
                if (rest_is_blank(norm)) {
                    ok = true; // nothing to run
                    break;
                }
                ok = run_unit(p, unit_single, &m->body, false);
                if (ok && !rest_is_blank(lx.cur)) {
                    gt_parse_error_last(p, SE_SYNTAX,
                                        "multiple statements found while compiling a single "
                                        "statement");
                    ok = false;
                }
                if (ok && m->body.n == 1 && !ends_with_blank_line(norm, n)) {
                    StmtKind k = m->body.items[0]->kind;
                    if (k == S_FUNCTIONDEF || k == S_ASYNCFUNCTIONDEF || k == S_CLASSDEF ||
                        k == S_FOR || k == S_ASYNCFOR || k == S_WHILE || k == S_IF || k == S_WITH ||
                        k == S_ASYNCWITH || k == S_TRY || k == S_TRYSTAR || k == S_MATCH) {
                        memset(err, 0, sizeof *err);
                        err->kind = SE_INCOMPLETE;
                        ok = false;
                        p->failed = true;
                    }
                }
                break;
            default:
                ok = run_unit(p, unit_file, &m->body, true);
                break;
        }
        if (!ok) {
            m = NULL;
            if (!p->failed) {
                gt_parse_error_last(p, SE_SYNTAX, "invalid syntax");
            }
            // The REPL reads more lines when the input stops in the middle of a statement.
            if (mode == PARSE_SINGLE && err->kind != SE_INCOMPLETE && err->kind != SE_MEMORY &&
                err->kind != SE_RECURSION) {
                bool eof_lex = lx.fail == LEX_EOF || lx.eof_in_string;
                bool eof_parse =
                    !b->lexer_error && b->eof_in_pass1 && !ends_with_blank_line(norm, n);
                if (eof_lex || eof_parse) {
                    memset(err, 0, sizeof *err);
                    err->kind = SE_INCOMPLETE;
                }
            }
        }
    }
    free_store(b);
    free(b);
    free(norm);
    return m;
}
