# Instances made on another rank hold the very object they were given: identity (==, in,
# dict keys) survives the trip between ranks.
class Cfg:
    pass

class Item:
    def __init__(self, cfg):
        self.cfg = cfg

def make(cfg):
    return Item(cfg)

def main():
    shared = Cfg()
    items = [make(shared) for i in range(200000)]
    print(len([1 for it in items if it.cfg == shared]))
    print(items[150000].cfg == shared)
    print(items[150000].cfg in {shared: 1})

main()
