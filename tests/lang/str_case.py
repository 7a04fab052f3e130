# checks: upper/lower/title/capitalize/swapcase/casefold including digits, apostrophes, non-ASCII
for s in ["hello World", "HELLO", "they're bill's friends", "1st place", "ÉCOLE über straße",
          "mIxEd CaSe 42", "", "a", "hello-world_foo bar"]:
    print(repr(s.upper()), repr(s.lower()), repr(s.title()), repr(s.capitalize()), repr(s.swapcase()))
print("Straße".casefold(), "ß".upper(), "Ünïcödé".lower(), "àéîõü".upper())
