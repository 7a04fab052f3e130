#!/usr/bin/env python3
"""Generate interp/unicode_db.h: the Unicode character tables behind str's methods.

Usage: gen_unicode_db.py > interp/unicode_db.h

The tables come from the Unicode database of the Python running this script (Python 3.11
ships Unicode 14.0), so gilt's str.upper(), str.isalpha() and friends agree with CPython's
character by character. Three tables are written, all sorted by code point for binary search:

- property runs: ucd_prop_lo[i] is the first code point of a run whose characters all have the
  property bits ucd_prop_bits[i] (UCD_ALPHA, UCD_DECIMAL, ...); the run ends where the next
  one starts.
- case runs, one table per mapping (upper, lower, title, casefold): the code points c in
  [lo, hi] with (c - lo) % step == 0 map to c + delta (simple one-to-one mappings only).
- special cases: characters with a one-to-many mapping (e.g. U+00DF 'ß'.upper() == 'SS'),
  with all four full mappings spelled out.
"""
import sys
import unicodedata

# Word_Break MidLetter / MidNumLet / Single_Quote: case-ignorable by definition (Unicode
# section 3.13) although their general category is not one of the ignorable ones.
WORD_BREAK_MID = {0x27, 0x2E, 0x3A, 0xB7, 0x387, 0x55F, 0x5F4, 0x2018, 0x2019, 0x2024,
                  0x2027, 0xFE13, 0xFE52, 0xFE55, 0xFF07, 0xFF0E, 0xFF1A}

BITS = [
    ('ALPHA', lambda ch: ch.isalpha()),
    ('DECIMAL', lambda ch: ch.isdecimal()),
    ('DIGIT', lambda ch: ch.isdigit()),
    ('NUMERIC', lambda ch: ch.isnumeric()),
    ('SPACE', lambda ch: ch.isspace()),
    ('PRINTABLE', lambda ch: ch.isprintable()),
    ('LOWER', lambda ch: ch.islower()),
    ('UPPER', lambda ch: ch.isupper()),
    ('TITLE', lambda ch: unicodedata.category(ch) == 'Lt'),
    ('XID_START', lambda ch: ch.isidentifier()),
    ('XID_CONTINUE', lambda ch: ('a' + ch).isidentifier()),
    ('CASE_IGNORABLE', lambda ch: unicodedata.category(ch) in ('Mn', 'Me', 'Cf', 'Lm', 'Sk')
     or ord(ch) in WORD_BREAK_MID),
]


def props(cp):
    if 0xD800 <= cp <= 0xDFFF:
        return 0
    ch = chr(cp)
    mask = 0
    for i, (_, test) in enumerate(BITS):
        if test(ch):
            mask |= 1 << i
    return mask


def case_runs(func, special):
    entries = []
    for cp in range(0x110000):
        if 0xD800 <= cp <= 0xDFFF or cp in special:
            continue
        r = func(chr(cp))
        if len(r) == 1 and ord(r) != cp:
            entries.append((cp, ord(r) - cp))
    runs = []
    i = 0
    while i < len(entries):
        cp, delta = entries[i]
        j = i
        step = 1
        if i + 1 < len(entries) and entries[i + 1][1] == delta and entries[i + 1][0] - cp in (1, 2):
            step = entries[i + 1][0] - cp
            while (j + 1 < len(entries) and entries[j + 1][1] == delta
                   and entries[j + 1][0] - entries[j][0] == step):
                j += 1
        runs.append((cp, entries[j][0], delta, step))
        i = j + 1
    return runs


def main():
    out = sys.stdout
    funcs = [('upper', str.upper), ('lower', str.lower), ('title', str.title),
             ('fold', str.casefold)]
    special = []
    for cp in range(0x110000):
        if 0xD800 <= cp <= 0xDFFF:
            continue
        ch = chr(cp)
        if any(len(f(ch)) != 1 for _, f in funcs):
            special.append(cp)
    special_set = set(special)

    out.write('// unicode_db.h - Unicode character tables for str (generated: do not edit).\n')
    out.write('//\n// Made by tools/gen_unicode_db.py from the Unicode %s database; included only by\n'
              % unicodedata.unidata_version)
    out.write('// strmethods.c, which explains the layout (see the script for details).\n')
    out.write('#ifndef GILT_UNICODE_DB_H\n#define GILT_UNICODE_DB_H\n\n#include <stdint.h>\n\n')
    for i, (name, _) in enumerate(BITS):
        out.write('#define UCD_%s 0x%04x\n' % (name, 1 << i))
    out.write('\n')

    los, masks = [], []
    prev = None
    for cp in range(0x110000):
        m = props(cp)
        if m != prev:
            los.append(cp)
            masks.append(m)
            prev = m
    out.write('#define UCD_PROP_RUNS %d\n' % len(los))
    out.write('static const uint32_t ucd_prop_lo[UCD_PROP_RUNS] = {\n')
    for i in range(0, len(los), 10):
        out.write('    ' + ', '.join('0x%x' % x for x in los[i:i + 10]) + ',\n')
    out.write('};\nstatic const uint16_t ucd_prop_bits[UCD_PROP_RUNS] = {\n')
    for i in range(0, len(masks), 12):
        out.write('    ' + ', '.join('0x%x' % x for x in masks[i:i + 12]) + ',\n')
    out.write('};\n\n')

    out.write('typedef struct UcdCaseRun {\n    uint32_t lo, hi;\n    int32_t delta;\n'
              '    uint32_t step;\n} UcdCaseRun;\n\n')
    for name, f in funcs:
        runs = case_runs(f, special_set)
        out.write('#define UCD_%s_RUNS %d\n' % (name.upper(), len(runs)))
        out.write('static const UcdCaseRun ucd_%s_runs[UCD_%s_RUNS] = {\n' % (name, name.upper()))
        for i in range(0, len(runs), 3):
            out.write('    ' + ' '.join('{0x%x, 0x%x, %d, %d},' % r for r in runs[i:i + 3]) + '\n')
        out.write('};\n\n')

    out.write('// One-to-many mappings: upper, lower, title, casefold of cp (0 ends a mapping).\n')
    out.write('typedef struct UcdSpecial {\n    uint32_t cp;\n    uint32_t map[4][3];\n'
              '} UcdSpecial;\n\n')
    out.write('#define UCD_SPECIALS %d\n' % len(special))
    out.write('static const UcdSpecial ucd_specials[UCD_SPECIALS] = {\n')
    for cp in special:
        maps = []
        for _, f in funcs:
            r = [ord(c) for c in f(chr(cp))]
            assert len(r) <= 3
            r += [0] * (3 - len(r))
            maps.append('{' + ', '.join('0x%x' % x for x in r) + '}')
        line = '    {0x%x, {%s}},' % (cp, ', '.join(maps))
        if len(line) > 100:
            line = '    {0x%x, {%s,\n             %s}},' % (cp, ', '.join(maps[:2]), ', '.join(maps[2:]))
        out.write(line + '\n')
    out.write('};\n\n#endif\n')


if __name__ == '__main__':
    main()
