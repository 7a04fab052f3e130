# checks: AttributeError on a str method typo suggests the right method name
name = "ada lovelace"
print(name.title())
print(name.uper())
