# checks: tutorial ch.3 text: quoting, escapes, raw strings, triple quotes, +, *, indexing, slicing, len
print('single-quoted', "double-quoted", 'can\'t stop', "won't stop", '"Hmm," she said')
print('row one\nrow two')
print(r'D:\data\notes', 'D:\\data\\notes')
print("""\
Commands:
  start     begin work
  halt N    stop after N steps
""")
print(3 * 'bo' + 'ngo', 'Gra' 'ce', ('two literals side by side '
                                      'are joined'))
word = 'Lovelace'
print(word[0], word[7], word[-1], word[-3], word[-8])
print(word[0:4], word[4:6], word[:3], word[5:], word[-4:], word[:3] + word[3:], word[:5] + word[5:])
print(word[3:99], repr(word[99:]))
try:
    word[99]
except IndexError as e:
    print('IndexError:', e)
try:
    word[0] = 'B'
except TypeError as e:
    print('TypeError:', e)
print('G' + word[1:], word[:-2] + 'ly')
s = 'supercalifragilistic'
print(len(s), s.count('i'), s[::4])
