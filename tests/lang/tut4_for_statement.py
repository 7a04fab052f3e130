# checks: tutorial ch.4 for: iterating sequences, and changing a collection safely via a copy or a new one
tools = ["saw", "hammer", "screwdriver"]
for t in tools:
    print(t, len(t))
accounts = {"mia": "open", "lou": "closed", "kai": "open", "ida": "closed"}
for owner, state in accounts.copy().items():
    if state == "closed":
        del accounts[owner]
print(accounts)
everyone = {"mia": "open", "lou": "closed", "kai": "open"}
still_open = {}
for owner, state in everyone.items():
    if state == "open":
        still_open[owner] = state
print(still_open)
for ch in "abc":
    print(ch.upper(), end=" ")
print()
