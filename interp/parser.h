// parser.h - what the parser files share: the Parser state and its token and error helpers.
//
// Not a public header: only parser.c (statements, errors, gt_parse), parser_expr.c
// (expressions, targets), parser_args.c (call arguments, parameters) and parser_str.c (string
// literals, f-strings) include it. Read parser.c's design notes first.
#ifndef GILT_PARSER_H
#define GILT_PARSER_H

#include <stdbool.h>

#include "ast.h"
#include "lexer.h"

// How deep the parser may recurse (nested expressions, unary operators, blocks) before it
// gives up with SE_RECURSION; the deepest inputs then still parse in a 512 KB C stack.
#define GT_PARSE_MAXDEPTH 1200

// Tokens are kept in blocks of this many, so that pointers to them stay valid.
#define GT_PARSE_TOKBLOCK 512

typedef struct Parser Parser;
struct Parser {
    Arena *arena;
    Lexer *lx;
    Token **tok_blocks; // every token fetched, in blocks of GT_PARSE_TOKBLOCK
    int ntoks;
    int pos; // the next token to consume
    ParseMode mode;
    SyntaxErr *err;
    bool failed;       // a definite error is in *err: unwind
    bool call_invalid; // second pass: look for the specific errors ("invalid_" rules)
    int depth;
    // An f-string replacement field is parsed by a parser of its own over "(expr)"; its tokens
    // are moved to where the expression sits in the real source.
    bool fstring;
    int fs_lineno; // line of the sub-source's first line in the real source
    int fs_col;    // columns added to tokens on the sub-source's first line
    // Second pass: the '(' and '[' tokens whose call arguments or subscript failed to parse
    // while the checks were off. CPython memoizes primaries, so a later attempt with the
    // checks on fails too, silently (one byte per token, allocated on demand).
    unsigned char *trailer_failed;
    int trailer_failed_cap;
    // Second pass: what gt_parse_expression gave at each token, with the checks on and off
    // (CPython memoizes its expression rule; without this the checks' look-ahead parses would
    // take exponential time on long lists).
    struct ExprMemo *expr_memo;
    int expr_memo_cap;
};

// ---- Tokens (parser.c) ----
Token *gt_parse_tok_fetch(Parser *p, int i); // token i, fetching as needed (never NULL)

// Token i: the fast path for tokens already fetched.
static inline Token *gt_parse_tok(Parser *p, int i) {
    if (i < p->ntoks) {
        return &p->tok_blocks[i / GT_PARSE_TOKBLOCK][i % GT_PARSE_TOKBLOCK];
    }
    return gt_parse_tok_fetch(p, i);
}
#define TOK(p) gt_parse_tok((p), (p)->pos)
#define PEEK(p, k) (TOK(p)->kind == (k))
bool gt_parse_accept(Parser *p, TokKind k);
Token *gt_parse_expect(Parser *p, TokKind k); // soft failure (NULL) if absent
Token *gt_parse_expect_forced(Parser *p, TokKind k, const char *what); // "expected 'x'"

// ---- Errors (parser.c) ----
// A definite error at an explicit location (0-based byte columns; end_col -1 for "none").
void *gt_parse_error_at(Parser *p, SyntaxErrKind kind, int lineno, int col, int end_lineno,
                        int end_col, const char *fmt, ...) __attribute__((format(printf, 7, 8)));
// At an expression or token range.
void *gt_parse_error_expr(Parser *p, const Expr *e, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
void *gt_parse_error_range(Parser *p, Loc a, Loc b, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
void *gt_parse_error_tok(Parser *p, const Token *t, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
// From a to the tokenizer's read position (CPython's RAISE_SYNTAX_ERROR_STARTING_FROM).
void *gt_parse_error_from(Parser *p, Loc a, const char *msg);
// At the last token fetched, like CPython's RAISE_SYNTAX_ERROR.
void *gt_parse_error_last(Parser *p, SyntaxErrKind kind, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
void *gt_parse_nomem(Parser *p);
bool gt_parse_enter(Parser *p); // recursion guard; false (with an error) when too deep
#define LEAVE(p) ((p)->depth--)

// ---- Nodes (parser.c) ----
Loc gt_parse_loc(Parser *p, int start); // from token `start` to the last token consumed
Loc gt_parse_tok_loc(const Token *t);
Expr *gt_parse_new_expr(Parser *p, ExprKind kind, Loc loc);
void *gt_parse_grow(Parser *p, void *old, int *cap, size_t elsize, int n);
const char *gt_parse_ident(Parser *p, const Token *t);

// Append x to seq (a *Seq with items/n), growing it in the arena; returns NULL from the
// calling function when out of memory.
#define PUSH(p, seq, cap, x)                                                                       \
    do {                                                                                           \
        if ((seq).n == (cap)) {                                                                    \
            void *nw_ = gt_parse_grow((p), (seq).items, &(cap), sizeof *(seq).items, (seq).n);     \
            if (nw_ == NULL) {                                                                     \
                return NULL;                                                                       \
            }                                                                                      \
            (seq).items = nw_;                                                                     \
        }                                                                                          \
        (seq).items[(seq).n++] = (x);                                                              \
    } while (0)

// ---- Expressions (parser_expr.c) ----
Expr *gt_parse_expression(Parser *p);       // expression: ternary, lambda
Expr *gt_parse_named_expression(Parser *p); // expression or NAME ':=' expression
Expr *gt_parse_star_expressions(Parser *p); // a, *b, c  (a Tuple if there is a comma)
Expr *gt_parse_star_named_expression(Parser *p);
Expr *gt_parse_expressions(Parser *p); // eval input: expression (',' expression)*
Expr *gt_parse_yield_expr(Parser *p);
typedef struct ExprMemo {
    int state; // 0: not parsed, 1: failed, 2: parsed
    int end;   // the position after it
    Expr *e;
} ExprMemo;
ExprMemo *gt_parse_expr_memo(Parser *p, int tok); // NULL outside the second pass
bool gt_parse_trailer_failed(Parser *p, int tok); // see Parser.trailer_failed
void gt_parse_set_trailer_failed(Parser *p, int tok);
Expr *gt_parse_disjunction(Parser *p);
Expr *gt_parse_bitwise_or(Parser *p);
Expr *gt_parse_star_targets(Parser *p);                 // for-loop and with targets, as Store
bool gt_parse_for_if_clauses(Parser *p, CompSeq *gens); // ('for' target 'in' ...)+

// ---- Arguments and parameters (parser_args.c) ----
// Parameters up to (not including) ')' for a def, ':' for a lambda.
Arguments *gt_parse_params(Parser *p, bool lambda);
// Call arguments after '(' up to and including ')'; allow_genexp: a lone unparenthesised
// generator expression is accepted (calls, not class bases).
bool gt_parse_call_args(Parser *p, ExprSeq *args, KeywordSeq *kws, bool allow_genexp);

// Targets: which rule is checking them decides the messages.
typedef enum TargetsType { STAR_TARGETS, DEL_TARGETS, FOR_TARGETS } TargetsType;
const Expr *gt_parse_invalid_target(const Expr *e, TargetsType type);
const char *gt_parse_expr_name(const Expr *e);
bool gt_parse_set_ctx(Parser *p, Expr *e, ExprCtx ctx); // on a valid target
void *gt_parse_invalid_target_error(Parser *p, const Expr *e, TargetsType type);
bool gt_parse_is_target(const Expr *e, bool allow_star);

// ---- Strings (parser_str.c) ----
// The atom made of the adjacent STRING tokens starting at the current one.
Expr *gt_parse_strings(Parser *p);
// Decode a NUMBER token into a Constant.
Expr *gt_parse_number(Parser *p, const Token *t);

// ---- Sub-parsers (parser.c) ----
// Parse "(text)" as an f-string replacement field: lineno/col are the real position of the
// sub-source's first line. Returns the expression or NULL with *outer failed.
Expr *gt_parse_fstring_expr(Parser *outer, const char *text, size_t len, int lineno, int col);

#endif
