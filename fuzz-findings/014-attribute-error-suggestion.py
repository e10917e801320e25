# From the session 8 divergence hunt on classes (hand-written). Failure class: run1:stderr.
# CPython 3.11: an uncaught AttributeError's last line ends with its suggestion:
#   AttributeError: 'Animal' object has no attribute 'agee'. Did you mean: 'age'?
# pyforac: AttributeError: 'Animal' object has no attribute 'agee'   (no suggestion; exit
# status, frames and str(e) are the same)
class Animal:
    def __init__(self, age):
        self.age = age


print(Animal(3).agee)
