// Z3's C API (Debian's libz3-dev), for the solver behind `rules diff`.
#include <z3.h>
