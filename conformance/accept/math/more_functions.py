# More of the math module, and the int builtins hex/oct/bin/pow/round(int, n)/int(s, base).
import math
from math import gcd, comb
print(math.tan(1), math.atan2(1, 2), math.hypot(3, 4), math.log(8, 2), math.log2(1024), math.log10(0.001))
print(math.isnan(float("nan")), math.isinf(1e308 * 10), math.isfinite(3), math.degrees(math.pi), math.radians(180))
print(gcd(12, 18), math.lcm(4, 6), comb(10, 3), math.perm(5, 2), math.factorial(20), math.isqrt(99))
print(math.trunc(-3.7), math.trunc(5), math.fsum([0.1] * 10), sum([0.1] * 10), math.copysign(3, -0.0), math.fmod(-7, 3), math.pow(2, 0.5))
print(hex(255), oct(8), bin(-5), hex(0), pow(2, 10), pow(3, 4, 5), pow(2, -1), pow(3, -1, 7), round(1234, -2), round(1250, -2), round(-15, -1))
print(int("ff", 16), int("0b101", 0), int(" 42 ", 10), int("z", 36), math.asin(1), math.cosh(0), math.expm1(1e-10))
