/// Placeholder: prints what CPython's `ast.dump(ast.parse(source))` prints (to be implemented).
public enum ASTDumper {
  public static func dump(_ module: Module) -> String {
    "Module(body=[], type_ignores=[])"
  }
}
