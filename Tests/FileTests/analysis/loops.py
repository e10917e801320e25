# RUN: %pyforac %s --no-parallel --dump-analysis loops | FileCheck %s
# Loop records (LoopRecord): each for/while/comprehension keeps its shape in the IR (of the
# sequential program: plan-parallel outlines the comprehensions it splits).


# CHECK-LABEL: func pyfn.total$list[int]:
# A for over enumerate: the sequence index is the induction variable, enumerate counts too;
# `break` leaves to the block after the loop.
# CHECK-NEXT: loop [[H:bb[0-9]+]] line [[#@LINE+4]]: for over enumerate(items of list[int] %{{[0-9]+}} (len %{{[0-9]+}})) counting $enum.{{[0-9.]+}}, induction $idx.{{[0-9.]+}}, body bb{{[0-9]+}}, latch bb{{[0-9]+}}, exit bb{{[0-9]+}}, break to bb{{[0-9]+}}{{$}}
# CHECK-NOT: loop
def total(xs):
    s = 0
    for i, x in enumerate(xs):
        if x < 0:
            break
        s += i * x
    return s


# CHECK-LABEL: func pyfn.grid$int:
# A nested comprehension: the outer for appends to the outer list, the inner one (inside the
# outer's body) to its own list.
# CHECK-NEXT: loop [[OUTER:bb[0-9]+]] line [[#@LINE+4]]: for over range(stop %{{[0-9]+}}, step 1), induction $range.{{[0-9.]+}}, appends to [[OUTERLIST:\$comp[0-9.]+]], body
# CHECK-NEXT: loop bb{{[0-9]+}} line [[#@LINE+3]]: for over range(stop %{{[0-9]+}}, step 2), induction $range.{{[0-9.]+}}, appends to $comp.{{[0-9.]+}}, body {{.*}}, in loop [[OUTER]]{{$}}
# CHECK-NOT: appends to [[OUTERLIST]], body {{.*}} in loop
def grid(n):
    return [[i * j for j in range(0, n, 2)] for i in range(1, n)]


# CHECK-LABEL: func pyfn.collatz$int:
# A while loop: no induction variable, no latch.
# CHECK-NEXT: loop bb{{[0-9]+}} line [[#@LINE+3]]: while, body bb{{[0-9]+}}, exit bb{{[0-9]+}}{{$}}
def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


# sum() of a generator: a comprehension loop builds the list, a reduction loop folds it.
# CHECK-LABEL: func pyfn.squares$int:
# CHECK-NEXT: loop bb{{[0-9]+}} line [[#@LINE+4]]: for over range(stop %{{[0-9]+}}, step 1), induction $range.{{[0-9.]+}}, appends to [[LIST:\$comp[0-9.]+]], body
# CHECK-NEXT: loop [[SUM:bb[0-9]+]] line [[#@LINE+3]]: for over items of list[int] %{{[0-9]+}} (len %{{[0-9]+}}), induction $sumidx.{{[0-9.]+}}, reduces by add into $sum.{{[0-9.]+}}, body [[BODY:bb[0-9]+]], latch [[BODY]], exit
# CHECK-NOT: loop
def squares(n):
    return sum(x * x for x in range(n))


# A for whose body always returns runs at most once: no loop record.
# CHECK-NOT: func pyfn.first$list[int]:
def first(xs):
    for x in xs:
        return x
    return -1


print(total([3, 1, 4]), grid(5), collatz(27), first([5]), squares(10))
