// ast.h - the abstract syntax tree the parser (parser.c) builds and the compiler (compiler.c)
// reads, modelled on CPython's `ast` module so that `ast.dump` is a test oracle.
//
// Every node lives in an Arena and is freed with it. Identifiers are NUL-terminated UTF-8
// strings in the arena. Locations are CPython's: lineno 1-based, col/end_col 0-based UTF-8
// byte offsets into the line, end position exclusive. The parser knows nothing of the object
// system: constants are plain C data (Const) that the compiler turns into Values.
#ifndef GILT_AST_H
#define GILT_AST_H

#include <stddef.h>
#include <stdint.h>

// ---- Arena ----
typedef struct ArenaChunk ArenaChunk;
typedef struct Arena {
    ArenaChunk *head;
    size_t total;
} Arena;
void gt_arena_init(Arena *a);
// Zeroed memory for the arena's lifetime; NULL when out of memory.
void *gt_arena_alloc(Arena *a, size_t n);
char *gt_arena_strndup(Arena *a, const char *s, size_t n);
void gt_arena_free(Arena *a);

typedef struct Loc {
    int lineno, col, end_lineno, end_col;
} Loc;

typedef struct Expr Expr;
typedef struct Stmt Stmt;

typedef struct ExprSeq {
    Expr **items;
    int n;
} ExprSeq;
typedef struct StmtSeq {
    Stmt **items;
    int n;
} StmtSeq;
typedef struct IdSeq {
    const char **items;
    int n;
} IdSeq;

// ---- Constants ----
typedef enum ConstKind {
    C_NONE,
    C_TRUE,
    C_FALSE,
    C_ELLIPSIS,
    C_INT,    // fits int64: `i`
    C_BIGINT, // does not: `s`/`len` hold the literal with underscores removed ("0x1f...", "123...")
    C_FLOAT,  // `f`
    C_COMPLEX, // imaginary literal: `f` is the imaginary part
    C_STR,    // `s`/`len`: UTF-8 after escape processing (may contain NUL bytes)
    C_BYTES,  // `s`/`len`: raw bytes
} ConstKind;

typedef struct Const {
    ConstKind kind;
    int64_t i;
    double f;
    const char *s;
    size_t len;
    int is_u; // C_STR written with a 'u' prefix (ast's Constant.kind == 'u')
} Const;

// ---- Operators ----
// BinOp and AugAssign use NB_* from object.h (NB_ADD ... NB_XOR, without NB_INPLACE).
typedef enum BoolOpKind { BOOLOP_AND, BOOLOP_OR } BoolOpKind;
typedef enum UnaryOpKind { UOP_INVERT, UOP_NOT, UOP_UADD, UOP_USUB } UnaryOpKind;
typedef enum CmpOpKind {
    CMPOP_EQ,
    CMPOP_NOTEQ,
    CMPOP_LT,
    CMPOP_LTE,
    CMPOP_GT,
    CMPOP_GTE,
    CMPOP_IS,
    CMPOP_ISNOT,
    CMPOP_IN,
    CMPOP_NOTIN
} CmpOpKind;
typedef enum ExprCtx { CTX_LOAD, CTX_STORE, CTX_DEL } ExprCtx;

// ---- Pieces ----
typedef struct Comprehension {
    Expr *target, *iter;
    ExprSeq ifs;
    int is_async;
} Comprehension;
typedef struct CompSeq {
    Comprehension **items;
    int n;
} CompSeq;

typedef struct Arg {
    const char *name;
    Expr *annotation; // NULL if none
    Loc loc;
} Arg;
typedef struct ArgSeq {
    Arg **items;
    int n;
} ArgSeq;

typedef struct Arguments {
    ArgSeq posonlyargs, args;
    Arg *vararg; // NULL if none
    ArgSeq kwonlyargs;
    ExprSeq kw_defaults; // one per kwonlyarg; NULL item = no default
    Arg *kwarg;          // NULL if none
    ExprSeq defaults;    // for the last len(defaults) of posonlyargs+args
} Arguments;

typedef struct Keyword {
    const char *arg; // NULL for **expr
    Expr *value;
    Loc loc;
} Keyword;
typedef struct KeywordSeq {
    Keyword **items;
    int n;
} KeywordSeq;

typedef struct Alias {
    const char *name; // dotted name, or "*"
    const char *asname; // NULL if none
    Loc loc;
} Alias;
typedef struct AliasSeq {
    Alias **items;
    int n;
} AliasSeq;

typedef struct WithItem {
    Expr *context_expr;
    Expr *optional_vars; // NULL if none
} WithItem;
typedef struct WithItemSeq {
    WithItem **items;
    int n;
} WithItemSeq;

typedef struct ExceptHandler {
    Expr *type;       // NULL for a bare except
    const char *name; // NULL if no `as`
    StmtSeq body;
    Loc loc;
} ExceptHandler;
typedef struct HandlerSeq {
    ExceptHandler **items;
    int n;
} HandlerSeq;

// ---- Expressions ----
typedef enum ExprKind {
    E_BOOLOP,
    E_NAMEDEXPR,
    E_BINOP,
    E_UNARYOP,
    E_LAMBDA,
    E_IFEXP,
    E_DICT,
    E_SET,
    E_LISTCOMP,
    E_SETCOMP,
    E_DICTCOMP,
    E_GENERATOREXP,
    E_AWAIT,
    E_YIELD,
    E_YIELDFROM,
    E_COMPARE,
    E_CALL,
    E_FORMATTEDVALUE,
    E_JOINEDSTR,
    E_CONSTANT,
    E_ATTRIBUTE,
    E_SUBSCRIPT,
    E_STARRED,
    E_NAME,
    E_LIST,
    E_TUPLE,
    E_SLICE,
} ExprKind;

struct Expr {
    ExprKind kind;
    Loc loc;
    union {
        struct {
            BoolOpKind op;
            ExprSeq values;
        } boolop;
        struct {
            Expr *target, *value;
        } namedexpr;
        struct {
            Expr *left;
            int op; // NB_*
            Expr *right;
        } binop;
        struct {
            UnaryOpKind op;
            Expr *operand;
        } unaryop;
        struct {
            Arguments *args;
            Expr *body;
        } lambda;
        struct {
            Expr *test, *body, *orelse;
        } ifexp;
        struct {
            ExprSeq keys; // NULL item: `**value`
            ExprSeq values;
        } dict;
        struct {
            ExprSeq elts;
        } set;
        struct {
            Expr *elt;   // the key for a dict comprehension
            Expr *value; // dict comprehension only
            CompSeq generators;
        } comp; // E_LISTCOMP, E_SETCOMP, E_DICTCOMP, E_GENERATOREXP
        struct {
            Expr *value; // NULL for a bare yield
        } yield;         // E_AWAIT, E_YIELD, E_YIELDFROM
        struct {
            Expr *left;
            CmpOpKind *ops;
            ExprSeq comparators; // same count as ops
        } compare;
        struct {
            Expr *func;
            ExprSeq args;
            KeywordSeq keywords;
        } call;
        struct {
            Expr *value;
            int conversion;   // -1, 's', 'r' or 'a'
            Expr *format_spec; // a JoinedStr, or NULL
        } formatted;
        struct {
            ExprSeq values; // Constant (str) and FormattedValue nodes
        } joinedstr;
        Const constant;
        struct {
            Expr *value;
            const char *attr;
            ExprCtx ctx;
        } attribute;
        struct {
            Expr *value, *slice;
            ExprCtx ctx;
        } subscript;
        struct {
            Expr *value;
            ExprCtx ctx;
        } starred;
        struct {
            const char *id;
            ExprCtx ctx;
        } name;
        struct {
            ExprSeq elts;
            ExprCtx ctx;
        } seq; // E_LIST, E_TUPLE
        struct {
            Expr *lower, *upper, *step; // each may be NULL
        } slice;
    } v;
};

// ---- Statements ----
typedef enum StmtKind {
    S_FUNCTIONDEF,
    S_ASYNCFUNCTIONDEF,
    S_CLASSDEF,
    S_RETURN,
    S_DELETE,
    S_ASSIGN,
    S_AUGASSIGN,
    S_ANNASSIGN,
    S_FOR,
    S_ASYNCFOR,
    S_WHILE,
    S_IF,
    S_WITH,
    S_ASYNCWITH,
    S_MATCH, // parsed only to report "not supported"
    S_RAISE,
    S_TRY,
    S_TRYSTAR,
    S_ASSERT,
    S_IMPORT,
    S_IMPORTFROM,
    S_GLOBAL,
    S_NONLOCAL,
    S_EXPR,
    S_PASS,
    S_BREAK,
    S_CONTINUE,
} StmtKind;

struct Stmt {
    StmtKind kind;
    Loc loc;
    union {
        struct {
            const char *name;
            Arguments *args;
            StmtSeq body;
            ExprSeq decorators;
            Expr *returns; // NULL if none
        } funcdef;
        struct {
            const char *name;
            ExprSeq bases;
            KeywordSeq keywords;
            StmtSeq body;
            ExprSeq decorators;
        } classdef;
        struct {
            Expr *value; // NULL for a bare return
        } ret;
        struct {
            ExprSeq targets;
        } del;
        struct {
            ExprSeq targets;
            Expr *value;
        } assign;
        struct {
            Expr *target;
            int op; // NB_*
            Expr *value;
        } augassign;
        struct {
            Expr *target, *annotation, *value; // value may be NULL
            int simple;
        } annassign;
        struct {
            Expr *target, *iter;
            StmtSeq body, orelse;
        } for_;
        struct {
            Expr *test;
            StmtSeq body, orelse;
        } while_;
        struct {
            Expr *test;
            StmtSeq body, orelse;
        } if_;
        struct {
            WithItemSeq items;
            StmtSeq body;
        } with;
        struct {
            Expr *exc, *cause; // each may be NULL
        } raise;
        struct {
            StmtSeq body;
            HandlerSeq handlers;
            StmtSeq orelse, finalbody;
        } try_;
        struct {
            Expr *test, *msg;
        } assert_;
        struct {
            AliasSeq names;
        } import;
        struct {
            const char *module; // NULL for `from . import x`
            AliasSeq names;
            int level;
        } importfrom;
        struct {
            IdSeq names;
        } global; // S_GLOBAL, S_NONLOCAL
        struct {
            Expr *value;
        } expr;
    } v;
};

// ---- Parsing ----
typedef enum ParseMode {
    PARSE_FILE,   // a module: statements to the end
    PARSE_SINGLE, // one interactive statement (the REPL)
    PARSE_EVAL,   // one expression
} ParseMode;

typedef struct Mod {
    ParseMode mode;
    StmtSeq body; // PARSE_FILE, PARSE_SINGLE
    Expr *expr;   // PARSE_EVAL
} Mod;

typedef enum SyntaxErrKind {
    SE_NONE = 0,
    SE_SYNTAX,      // SyntaxError
    SE_INDENTATION, // IndentationError
    SE_TAB,         // TabError
    SE_MEMORY,      // out of memory while parsing (raise MemoryError)
    SE_INCOMPLETE,  // PARSE_SINGLE only: input ends inside a statement; the REPL reads more
    SE_RECURSION,   // nesting too deep for the parser (raise RecursionError)
} SyntaxErrKind;

// A syntax error as CPython's SyntaxError carries it: lineno and end_lineno 1-based; offset
// and end_offset 1-based CHARACTER columns (0 or -1 where CPython reports those); text is the
// source line the error is on (NUL-terminated, with its newline), or empty. lineno -1 (with
// all positions -1) means the error has no location (CPython's None): null bytes in the
// source, SE_MEMORY, SE_RECURSION.
typedef struct SyntaxErr {
    SyntaxErrKind kind;
    char msg[256];
    int lineno, offset, end_lineno, end_offset;
    char text[1024];
} SyntaxErr;

// Parse src (UTF-8, len bytes; need not be NUL-terminated). Returns the tree, or NULL with
// *err filled in. All nodes are allocated in `arena`.
Mod *gt_parse(Arena *arena, const char *src, size_t len, ParseMode mode, SyntaxErr *err);

// Helper for the compiler's own syntax errors ('return' outside function...): fill *err for
// a node location in src.
void gt_syntax_error_at(SyntaxErr *err, SyntaxErrKind kind, const char *src, size_t len,
                        Loc loc, const char *msg);

#endif
