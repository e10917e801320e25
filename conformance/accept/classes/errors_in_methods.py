# Exceptions raised in methods and __init__ show their frames (named after the method) in
# the traceback; a field assigned on one branch only is an AttributeError when read.
class Account:
    def __init__(self, owner, balance):
        if balance < 0:
            raise ValueError(f"negative balance for {owner}: {balance}")
        self.owner = owner
        self.balance = balance
        if balance > 100:
            self.vip = True

    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError("insufficient funds")
        return Account(self.owner, self.balance - amount)

    def status(self):
        return "vip" if self.vip else "regular"


a = Account("ann", 150)
print(a.status(), a.withdraw(20).balance)
try:
    Account("bob", -5)
except ValueError as e:
    print("caught:", e)
b = Account("cy", 50)
try:
    print(b.status())
except AttributeError as e:
    print("caught:", e)
try:
    b.withdraw(80)
except ValueError as e:
    print("caught:", e, type(e).__name__)
print(b.withdraw(10).withdraw(10).balance)
b.withdraw(10).withdraw(100)
