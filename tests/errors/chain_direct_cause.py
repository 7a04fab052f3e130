# checks: explicit chaining with raise ... from: "The above exception was the direct cause of the following exception:"
class ConfigError(Exception):
    pass

def parse_port(text):
    try:
        return int(text)
    except ValueError as exc:
        raise ConfigError(f"invalid port {text!r}") from exc

print(parse_port("8080"))
print(parse_port("eighty"))
