// Umbrella header for the LLVM 19 C API, the only LLVM surface pyforac uses.
// Swift code reaches it through Sources/Codegen/LLVM/, which is the only place that
// touches raw LLVM pointers.
#ifndef PYFORAC_CLLVM_H
#define PYFORAC_CLLVM_H
#include <llvm-c/Analysis.h>
#include <llvm-c/BitWriter.h>
#include <llvm-c/Core.h>
#include <llvm-c/DebugInfo.h>
#include <llvm-c/Error.h>
#include <llvm-c/IRReader.h>
#include <llvm-c/Support.h>
#include <llvm-c/Target.h>
#include <llvm-c/TargetMachine.h>
#include <llvm-c/Transforms/PassBuilder.h>
#endif
