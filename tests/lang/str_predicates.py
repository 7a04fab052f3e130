# checks: isdigit/isdecimal/isnumeric/isalpha/isalnum/isspace/isupper/islower/istitle/isidentifier
tests = ["123", "12.5", "-1", "abc", "aBc", "ABC", "abc123", "  ", "\t\n", "", "Hello World",
         "Hello world", "HELLO WORLD", "é", "²", "½", "ABC1", "abc_def", "_x", "9lives", "日本"]
for s in tests:
    print(repr(s), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalpha(), s.isalnum(),
          s.isspace(), s.isupper(), s.islower(), s.istitle(), s.isidentifier())
print("Hello".isascii(), "héllo".isascii(), "".isascii(), "abc\x7f".isprintable(), "tab\t".isprintable())
