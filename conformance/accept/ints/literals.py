# Integer literal forms: bases, underscores, and the largest 64-bit value.
print(0x1F, 0X10, 0o17, 0O7, 0b101, 0B11, 1_000_000, 0x_ff, 0b_1010_1010)
print(9223372036854775807, 0x7fffffffffffffff, -0x7fffffffffffffff)
print(00, 0_0, 1_2_3, 0o777 + 0x1 + 0b1)
