# Literals: numbers, strings, bytes, f-strings, constants (checked by parser_oracle.py).
i = 0, 7, 00, 0_0, 1_000_000, 0x1F, 0XfF, 0o17, 0O7_7, 0b1010, 0B1_1
big = 123456789012345678901234567890, 0xFFFFFFFFFFFFFFFFFFFF, 0o777777777777777777777777
edge = 9223372036854775807, 9223372036854775808, -9223372036854775808
f = 0.0, 1.5, .5, 5., 1e10, 1E-10, 1.5e+3, 1_0.0_1, 0.1, 1e16, 1e-5, 123456789.123456789
f2 = 3.141592653589793, 2.718281828459045, 1e308, 1e309, 5e-324, 0.30000000000000004
c = 1j, 1.5J, 0j, 1e3j, 1_0j, .5j, 1e-7j, 1e20j
s = 'single', "double", '''triple single''', """triple double""", '', ""
esc = '\n\t\\\'\"\a\b\f\v\r\0\x41\101\u00e9\U0001F600\N{BULLET}\N{em dash}', "\777"
unk = '\d\w\s \[', r'\d\w raw \n', R'raw', '\
continued'
uni = 'héllo wörld — 中文 😀', "\u00a0\u200b\ufeff", 'tab\there'
quotes = '"', "'", '\'"', "\"'", '''it's "quoted"''', """ ' " """
b = b'bytes', B"BYTES", b'\x00\xff\n\\', rb'\d', Rb'x', bR'y', BR'z', br'w', b''
u = u'unicode', U'UPPER', u"", u'a' 'b'
cat = 'a' 'b' "c" '''d''', ('multi'
    'line'
    "concat")
ml = """line one
line two\
 continued
    indented"""
bm = b'''bytes
multi'''
consts = True, False, None, ...
x = y = w = p = n = 1
fs = f'{x}', f"{x!r}", f'{x!s}', f'{x!a}', f'{x:>10}', f'{x:{w}.{p}}', f'{x=}', f'{x = }'
fs2 = f'{x=!r:>10}', f'{x=:5}', f'{{literal}}', f'{{{x}}}', f'a{x}b{y}c', F'{x}', fr'\d{x}'
fs3 = rf'{x}\n', f'{"nested"}', f"{'q'}", f'''{x
}''', f'{x:%Y-%m-%d}', f'{3.14159:.2f}', f'{x!r:^{w}}', f'{[1, 2][0]}', f'{ {1: 2}[1] }'
fs4 = f'{x if y else n}', f'{lambda_ if 1 else 2}', f'{(lambda: 1)()}', f'{x,}', f'{x, y}'
fs5 = 'a' f'{x}' 'b', f'' '', f'{x}' f'{y}', u'u' f'{x}', f'{x:}', f'{x!r:}', f'{x:{y}}' f'{n}'
fs6 = f'\N{BULLET} {x}', f'{x}\N{BULLET}', f'\{x}', f'tab\t{x}', f'{x!r}\n', f'{f"{x}"}'
fs7 = f"""
    multi {x}
    line {y!r:>{w}}
""", f'{x:a{y}b{n}c}', f'{x:{y:>3}}', f'{x!=y}', f'{x==y}', f'{x<=y}', f'{x>=y}'
lambda_ = 1
