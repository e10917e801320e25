# lit configuration of pyforac's filetests: small programs whose dumps (--dump-analysis,
# --emit ir, diagnostics) are checked with FileCheck, the way LLVM and Swift test their passes.
# Run: lit -v Tests/FileTests --param pyforac=.build/release/pyforac   (scripts/filetests.sh)
import os
import shutil

import lit.formats

config.name = "pyforac-filetests"
config.test_format = lit.formats.ShTest(execute_external=False)
config.suffixes = [".py", ".ir"]
config.excludes = ["lit.cfg.py"]
config.test_source_root = os.path.dirname(__file__)

pyforac = lit_config.params.get("pyforac")
if not pyforac:
    lit_config.fatal("pass --param pyforac=PATH (the compiler under test)")
filecheck = lit_config.params.get("filecheck") or shutil.which("FileCheck") \
    or "/usr/lib/llvm-19/bin/FileCheck"
if not os.path.exists(filecheck):
    lit_config.fatal(f"FileCheck not found ({filecheck}): install llvm-19-tools")
config.substitutions.append(("%pyforac", os.path.abspath(pyforac)))
config.substitutions.append(("FileCheck", filecheck))
