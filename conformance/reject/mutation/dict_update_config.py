DEFAULTS = {"rate": 0.1, "epochs": 10, "verbose": False}


def configure(overrides):
    config = dict(DEFAULTS)
    config.update(overrides)  # expect-error: mutation-call
    return config


def describe(config):
    return ", ".join(f"{k}={v}" for k, v in sorted(config.items()))


print(describe(configure({"epochs": 20})))
