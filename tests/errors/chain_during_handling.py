# checks: implicit chaining: "During handling of the above exception, another exception occurred:"
def load(config):
    try:
        return config["path"]
    except KeyError:
        return config["fallback"].strip()

load({"other": 1})
