# RUN: %pyforac %s --dump-analysis effects | FileCheck %s
# Effect summaries (FunctionEffects): what each function may do besides computing its result.


# Float arithmetic that cannot fail: nothing at all.
# CHECK-DAG: func pyfn.scale$float: none
def scale(x):
    return x * 1.5


# Int arithmetic may overflow 64 bits (an implementation-limit stop); the recursive call may
# raise RecursionError; no output, no allocation, no globals.
# CHECK-DAG: func pyfn.fib$int: raises stops{{$}}
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


# Building a str allocates; str() of an int cannot fail but the call to label may raise.
# str() counts warm-up events (its C call counts a level while label is cold).
# CHECK-DAG: func pyfn.label$int: raises allocates refcounts warmup{{$}}
def label(n):
    return "n=" + str(n)


# Output through a callee: the summary includes what label does, and print's output.
# CHECK-DAG: func pyfn.shout$int: raises output allocates refcounts warmup{{$}}
# CHECK-DAG: calls pyfn.label$int{{$}}
def shout(n):
    print(label(n))


counter = 3


# Reading a global (NameError before it is assigned) and adding to it.
# CHECK-DAG: func pyfn.read_counter: raises stops reads-globals{{$}}
def read_counter():
    return counter + 1


# Indexing may raise IndexError; the list literal allocates.
# CHECK-DAG: func pyfn.pick$int: raises allocates refcounts{{$}}
def pick(n):
    return [1, 2][n]


# An assert may raise; it writes no output of its own (the traceback is the runtime's). Its
# message becomes the exception's args, a tuple made where it fails.
# CHECK-DAG: func pyfn.check$int: raises allocates refcounts{{$}}
def check(n):
    assert n > 100, "small"


# A recursion without a base case never returns (its result type is `never`).
# CHECK-DAG: func pyfn.forever$int: raises stops noreturn{{$}}
def forever(n):
    return forever(n + 1)


# The module writes globals and output, and ends in forever(0): it never returns.
# CHECK-DAG: func pyforac_module_main: raises stops output allocates refcounts reads-globals writes-globals noreturn warmup{{$}}
shout(fib(10))
print(scale(2.0), read_counter(), pick(1))
check(300)
forever(0)
