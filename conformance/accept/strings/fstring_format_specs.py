# f-string format specs: CPython 3.11's format-spec mini-language for int, bool, float and str.
def show_int(n):
    print(f"[{n:#06x}] [{n:#08b}] [{n:#08o}] [{n:#010X}] [{n:*=#12x}] [{n:=#8x}]")
    print(f"[{n:_b}] [{n:_x}] [{n:_o}] [{n:#_X}] [{n:,}] [{n:_}] [{n:010,}] [{n:012_}]")
    print(f"[{n:+}] [{n: }] [{n:-}] [{n:<8}] [{n:^9}] [{n:>7}] [{n:=+9}] [{n:0=+12,}]")
    print(f"[{n:n}] [{n:d}] [{n:08d}] [{n:<08}] [{n:e}] [{n:.2f}] [{n:.1%}] [{n:G}]")


def show_float(x):
    print(f"[{x}] [{x:.3}] [{x:.0}] [{x:#}] [{x:#.3}] [{x:g}] [{x:#g}] [{x:.2g}] [{x:n}]")
    print(f"[{x:f}] [{x:.2f}] [{x:.0f}] [{x:#.0f}] [{x:e}] [{x:.3E}] [{x:#.0e}] [{x:%}]")
    print(f"[{x:,}] [{x:_}] [{x:012,.2f}] [{x:+010.3f}] [{x: .1e}] [{x:*^16.4g}] [{x:z.1f}]")
    print(f"[{x:<12}] [{x:>12}] [{x:=12}] [{x:^12}] [{x:F}] [{x:G}] [{x:015_.2f}]")


def show_str(s):
    print(f"[{s:05}] [{s:>6}] [{s:^7}] [{s:*<8}] [{s:.2}] [{s:10.3}] [{s:é^9}] [{s:s}]")


for n in [0, 1, -1, 7, 255, -255, 1000, 65536, 1234567, -9876543210, 9223372036854775807]:
    show_int(n)
for x in [0.0, -0.0, 1.0, -1.5, 2.5, 0.125, 123.0, 1234.5, 999999.5, 1e-05, 0.0001, 1e16,
          -123456.789, 3.141592653589793, 1e300, 5e-324]:
    show_float(x)
for x in [float("inf"), float("-inf"), float("nan")]:
    print(f"[{x}] [{x:010}] [{x:+.2f}] [{x:E}] [{x:%}] [{x:^9}] [{x:010,}]")
for s in ["", "ab", "héllo", "日本語", "a longer string"]:
    show_str(s)
for b in [True, False]:
    print(f"[{b:d}] [{b:5}] [{b:#x}] [{b:.2f}] [{b:<3}] [{b:c}] [{b:+}]")
for code in [65, 0xE9, 0x65E5, 0x1F600]:
    print(f"[{code:c}] [{code:>4c}] [{code:0=4c}] [{code:^5c}]")
print(f"{255:#06x} {255:_b} {1234567:_x} {2**62:_x} {255:010,} {1.5:012,.2f}")
print(f"{999999.5:#g} {1e-05:#} {123.0:.3} {-0.0:.0} {1234.5:.4} {'ab':05} {2.5:n}")
print(f"{-0.0:z} {-0.001:z.2f} {-0.5:z.0f} {-0.6:z.0f} {-1e-9:z.3e}")
