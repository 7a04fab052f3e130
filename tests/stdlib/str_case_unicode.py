# checks: case mapping (upper/lower/casefold/title/capitalize/swapcase) for Latin-1, Latin Extended-A, Greek (final sigma), Cyrillic, special full mappings
samples = ["hello World", "ÀÉÎÕÜ àéîõü ÿ Ÿ", "straße STRASSE ß", "ĀāĂăĄą Ĳĳ Łł Őő Žž ſ ŉ İ ı",
           "ΑΒΓΔ αβγδ ΌΣΟΣ ΣΊΣΥΦΟΣ ς", "Οδυσσευς ΟΔΥΣΣΕΥΣ", "Σ", "ΑΣ", "ΑΣ Β", "Α.Σ", "ΑΣ'Α",
           "Привет МИР ёЁ ђЂ ѢѣѤ", "ﬁne ﬂour ﬀ", "ǅǆǄ ǈ ǋ", "Ꭰꭰ", "𐐀𐐨", "ǰ ΐ ΰ և",
           "they're bill's friends", "élan vital", "ÉCOLE", "mIxEd 123 ₹😀", "", "x", "É", "ß", "ǆ"]
for s in samples:
    print(repr(s))
    print("  ", repr(s.upper()), repr(s.lower()), repr(s.casefold()))
    print("  ", repr(s.title()), repr(s.capitalize()), repr(s.swapcase()))
print("ß".upper(), "ß".title(), "ß".casefold(), "ß".capitalize(), "ẞ".lower(), "ﬃ".upper(), "ﬃ".title())
print("İ".lower(), len("İ".lower()), "ŉ".upper(), "µ".upper(), "ÿ".upper(), "ı".upper(), "ſ".upper())
print("ΣΑΣ".lower(), "ΣΑΣ ΣΑΣ".title(), "ΌΣΟΣ.".lower(), "ΣΣ".lower(), "aΣb".lower(), "ΣaΣ".swapcase())
print("hello world".title(), "HELLO WORLD".title(), "3rd place".title(), "o'neil mc-donald".title())
print("hELLO".capitalize(), "élan".capitalize(), "ǆemal".capitalize(), "123abc".capitalize())
print("ABC".lower() == "abc", "straße".casefold() == "STRASSE".casefold())
