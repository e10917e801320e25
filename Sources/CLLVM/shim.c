// Anchors the CLLVM target (SwiftPM needs one source file); all API comes from the header.
#include "CLLVM.h"
void pyforac_cllvm_anchor(void) {}
