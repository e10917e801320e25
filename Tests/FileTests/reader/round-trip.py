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
