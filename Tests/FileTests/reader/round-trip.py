# RUN: %pyforac %s --emit ir -o %t.ir
# RUN: %pyforac %t.ir --passes none --emit ir -o %t.again.ir
# RUN: diff %t.ir %t.again.ir
# RUN: %pyforac %s --dump-ir after:lower -o %t.exe > %t.lowered.ir
# RUN: %pyforac %t.lowered.ir -o %t.from-ir
# RUN: %t.from-ir | FileCheck %s
# IR printed and read back prints the same; IR dumped after lowering, read back and put
# through the pipeline, compiles to a program that runs like the source.
# CHECK: [1, 1, 2, 3, 5, 8] fib {{\[}}(0, 'a'), (1, 'b')]
# CHECK-NEXT: é"\\n{{$}}
# CHECK-NEXT: 6 0 1-2
# Generator frames entered below a builtin's C call (`belowC`, `belowC cold KEY`) and the
# warm-up counts that decide the latter travel through the IR text too:
# RUN: grep -q "pushFrame .* <genexpr> line .* belowC cold def" %t.lowered.ir
# RUN: grep -q "pushFrame .* <genexpr> line .* belowC$" %t.lowered.ir
# RUN: grep -q "warmup def" %t.lowered.ir


def fibs(n):
    out = []
    a, b = 1, 1
    while len(out) < n:
        out = out + [a]
        a, b = b, a + b
    return out


pairs = [(i, c) for i, c in enumerate("ab")]
print(fibs(6), "fib", pairs)
print(repr("é\"\\n")[1:-1])


def folds(n):
    return sum(i for i in range(n)), min(i for i in range(n)), "-".join(str(i) for i in [1, 2])


a, b, c = folds(4)
print(a, b, c)
