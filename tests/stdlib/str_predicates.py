# checks: isalpha/isdigit/isdecimal/isnumeric/isalnum/isspace/isupper/islower/istitle/isidentifier/isprintable/isascii on ASCII and Unicode
samples = ["", "abc", "ABC", "Abc", "aBC", "abc123", "123", "١٢٣", "²³", "½", "Ⅻ", "一二三", "३४",
           " ", " \t\n\r\x0b\x0c", "\u00a0", "\u2003", "\u200b", "é", "É", "ß", "Σίσυφος", "ΣΊΣΥΦΟΣ",
           "Привет", "ПРИВЕТ", "Hello World", "Hello world", "HeLLo", "ǅ", "ǅemal", "_name", "name1",
           "1name", "na me", "é_ü", "𝔘𝔫𝔦", "😀", "a😀", "\x00", "\x7f", "a\nb", "\u00ad", "₹", "ℌ",
           "Ⅷ", "ⅷ", "ª", "ǈa", "A1 B2", "a_b", "class", "__init__", "ℕ", "٣.١٤", "x\u0301"]
names = ["isalpha", "isdigit", "isdecimal", "isnumeric", "isalnum", "isspace", "isupper",
         "islower", "istitle", "isidentifier", "isprintable", "isascii"]
for s in samples:
    print(repr(s), " ".join(n[2:] + "=" + "TF"[not getattr(s, n)()] for n in names))

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

show(lambda: "a".isalpha(1))
show(lambda: "a".isdigit(x=1))
show(lambda: "a".isidentifier(None))
show(lambda: str.isupper("A"))
show(lambda: str.isupper(1))
show(lambda: str.isupper())
