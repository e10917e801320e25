# The fake compiler dumps a wrong AST for this file: the ast check must fail.  fake-bad-ast
print(abs(-3))
