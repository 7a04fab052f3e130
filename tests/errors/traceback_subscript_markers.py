# checks: ~ and ^ markers for nested subscripts where the inner lookup succeeds and the outer fails
config = {"server": {"host": "example.org", "port": 80}}
print(config["server"]["host"])
print(config["server"]["timeout"])
