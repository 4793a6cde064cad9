// Z3's C API (Debian's libz3-dev), for AdvisorKit's ScoreSolver (`rules diff`, and the chat's rare hard relevance questions).
#include <z3.h>
