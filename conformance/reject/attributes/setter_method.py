class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance

    def deposit(self, amount):
        self.balance += amount  # expect-error: attribute-assignment
        return self


acct = Account("ada", 10)
print(acct.deposit(5).balance)
