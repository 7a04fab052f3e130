// lexer.h - the tokenizer: UTF-8 source text in, one Token at a time out.
//
// Entry points: gt_lexer_init, then gt_lexer_next until T_ENDMARKER or T_ERROR. The parser
// (parser.c) pulls tokens lazily, as CPython's does, because where an error is reported depends
// on how far the tokenizer has read. gt_lexer_error fills a SyntaxErr the way CPython's parser
// does (the source line, character offsets). Read ast.h first, then lexer.c's design notes.
#ifndef GILT_LEXER_H
#define GILT_LEXER_H

#include <stdbool.h>
#include <stdint.h>

#include "ast.h"

// CPython's limits: bracket nesting (MAXLEVEL) and indentation depth (MAXINDENT).
#define GT_LEX_MAXLEVEL 200
#define GT_LEX_MAXINDENT 100

typedef enum TokKind {
    T_ENDMARKER,
    T_NAME,
    T_NUMBER,
    T_STRING,
    T_NEWLINE,
    T_INDENT,
    T_DEDENT,
    T_ERROR, // the lexer failed; Lexer.err holds the error
    // Operators and delimiters.
    T_LPAR,
    T_RPAR,
    T_LSQB,
    T_RSQB,
    T_LBRACE,
    T_RBRACE,
    T_COLON,
    T_COMMA,
    T_SEMI,
    T_PLUS,
    T_MINUS,
    T_STAR,
    T_SLASH,
    T_VBAR,
    T_AMPER,
    T_LESS,
    T_GREATER,
    T_EQUAL,
    T_DOT,
    T_PERCENT,
    T_EQEQUAL,
    T_NOTEQUAL,
    T_LESSEQUAL,
    T_GREATEREQUAL,
    T_TILDE,
    T_CIRCUMFLEX,
    T_LEFTSHIFT,
    T_RIGHTSHIFT,
    T_DOUBLESTAR,
    T_PLUSEQUAL,
    T_MINEQUAL,
    T_STAREQUAL,
    T_SLASHEQUAL,
    T_PERCENTEQUAL,
    T_AMPEREQUAL,
    T_VBAREQUAL,
    T_CIRCUMFLEXEQUAL,
    T_LEFTSHIFTEQUAL,
    T_RIGHTSHIFTEQUAL,
    T_DOUBLESTAREQUAL,
    T_DOUBLESLASH,
    T_DOUBLESLASHEQUAL,
    T_AT,
    T_ATEQUAL,
    T_RARROW,
    T_ELLIPSIS,
    T_COLONEQUAL,
    T_OP, // a character no rule accepts ('$', '?', '!', '<>'): always a syntax error later
    // Keywords: NAME tokens that the lexer recognises.
    T_FALSE,
    T_NONE,
    T_TRUE,
    T_AND,
    T_AS,
    T_ASSERT,
    T_ASYNC,
    T_AWAIT,
    T_BREAK,
    T_CLASS,
    T_CONTINUE,
    T_DEF,
    T_DEL,
    T_ELIF,
    T_ELSE,
    T_EXCEPT,
    T_FINALLY,
    T_FOR,
    T_FROM,
    T_GLOBAL,
    T_IF,
    T_IMPORT,
    T_IN,
    T_IS,
    T_LAMBDA,
    T_NONLOCAL,
    T_NOT,
    T_OR,
    T_PASS,
    T_RAISE,
    T_RETURN,
    T_TRY,
    T_WHILE,
    T_WITH,
    T_YIELD,
    T__COUNT
} TokKind;

// One token. Columns are 0-based byte offsets into their line; INDENT, DEDENT and ENDMARKER
// have col == end_col == -1, as in CPython. A NEWLINE's end_col equals its col. The parser
// keeps every token of a file (its second pass starts over), so this is kept to 32 bytes.
typedef struct Token {
    const char *start; // the token's text in the (normalised) source
    int lineno, col, end_lineno, end_col;
    int len;
    uint8_t kind;  // a TokKind
    uint8_t level; // bracket nesting depth after this token
} Token;

// How the lexer failed, for the parser's error-priority rules (see parser.c).
typedef enum LexFail {
    LEX_OK,
    LEX_EXC,    // a "hard" tokenizer error (bad character, literal, bracket): always wins
    LEX_EOF,    // input ended inside brackets or after a backslash
    LEX_INDENT, // dedent mismatch, TabError, too deep
    LEX_LINECONT,
} LexFail;

typedef struct Lexer {
    const char *src; // NUL-terminated; lines end in '\n'; the last line too
    const char *end;
    const char *cur;        // next byte to read
    const char *line_start; // start of the line the last byte read is on
    const char *buf;        // start of the first line the current token spans (error text)
    const char *inp;        // end of the last line read (after its '\n')
    const char *tok_start;  // start of the token being read, or NULL between tokens
    int lineno;             // line of the last byte read (0 before the first)
    bool at_eof;

    int indent; // top of the indentation stacks
    int indstack[GT_LEX_MAXINDENT + 1];
    int altindstack[GT_LEX_MAXINDENT + 1]; // with tabs counted as one column (TabError check)
    int pendin;                            // INDENTs (> 0) or DEDENTs (< 0) still to emit
    bool atbol;

    int level; // bracket depth
    char parenstack[GT_LEX_MAXLEVEL];
    int parenlinenostack[GT_LEX_MAXLEVEL];
    int parencolstack[GT_LEX_MAXLEVEL];

    // For multi-line strings: where the string started.
    int first_lineno;
    const char *multi_line_start;

    LexFail fail;
    bool eof_in_string; // a triple-quoted (or continued) string ran to the end of input
    SyntaxErr err;
} Lexer;

// Prepare to tokenize src: len bytes of UTF-8 with '\n' line ends, NUL-terminated at src[len]
// and ending in '\n' unless empty (gt_parse normalises the text before calling this).
void gt_lexer_init(Lexer *lx, const char *src, size_t len);

// Read the next token into *t and return its kind. After T_ERROR or T_ENDMARKER it keeps
// returning the same kind.
TokKind gt_lexer_next(Lexer *lx, Token *t);

// Fill *err for an error the parser found, as CPython does. col1 and end_col1 are 1-based
// byte offsets (end_col1 <= 0 is passed through: -1 and 0 mean "none" to CPython); they become
// character offsets into the error text, which is chosen from the lexer's state: the lines
// being read if the error is at or after them, else the numbered line alone.
void gt_lexer_error(Lexer *lx, SyntaxErr *err, SyntaxErrKind kind, int lineno, int col1,
                    int end_lineno, int end_col1, const char *msg);

// Fill *err for "'(' was never closed" about the innermost open bracket.
void gt_lexer_unclosed_error(Lexer *lx, SyntaxErr *err);

// The keyword a NAME spells, or T_NAME.
TokKind gt_lexer_keyword(const char *s, int len);

// A short name for a token kind ("NAME", "'('", "'if'"), for tests and messages.
const char *gt_lexer_kind_name(TokKind k);

// Decode one UTF-8 sequence at s (n bytes available) into *cp; returns its length (1 for a
// malformed byte, with *cp set to that byte).
int gt_lexer_utf8_decode(const char *s, size_t n, uint32_t *cp);

// CPython's column for an error at a token that has none (INDENT, DEDENT, an error token):
// the bytes from the start of the current line to the read position, as a 1-based offset.
int gt_lexer_current_col(const Lexer *lx);

// The text of line `lineno` (1-based) of the source, without its newline: *len gets its length.
const char *gt_lexer_line(const Lexer *lx, int lineno, int *len);

#endif
