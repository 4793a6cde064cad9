// Z3's C API (the header from Debian's libz3-dev), called through function pointers read from
// libz3 at run time: the advisor links no solver, and loads it only when a question needs it.
#ifndef ADVISOR_CZ3_H
#define ADVISOR_CZ3_H

#include <stddef.h>
#include <z3.h>

#define CZ3_FUNCTION(name) __typeof__(Z3_##name) *_Nonnull name

/// The functions of Z3's C API that the advisor calls.
typedef struct {
    CZ3_FUNCTION(mk_config);
    CZ3_FUNCTION(del_config);
    CZ3_FUNCTION(mk_context);
    CZ3_FUNCTION(del_context);
    CZ3_FUNCTION(set_error_handler);
    CZ3_FUNCTION(mk_bool_sort);
    CZ3_FUNCTION(mk_string_symbol);
    CZ3_FUNCTION(mk_const);
    CZ3_FUNCTION(mk_true);
    CZ3_FUNCTION(mk_false);
    CZ3_FUNCTION(mk_not);
    CZ3_FUNCTION(mk_and);
    CZ3_FUNCTION(mk_or);
    CZ3_FUNCTION(mk_iff);
    CZ3_FUNCTION(mk_implies);
    CZ3_FUNCTION(mk_pble);
    CZ3_FUNCTION(mk_pbeq);
    CZ3_FUNCTION(mk_params);
    CZ3_FUNCTION(params_inc_ref);
    CZ3_FUNCTION(params_dec_ref);
    CZ3_FUNCTION(params_set_uint);
    CZ3_FUNCTION(mk_solver_for_logic);
    CZ3_FUNCTION(solver_inc_ref);
    CZ3_FUNCTION(solver_dec_ref);
    CZ3_FUNCTION(solver_set_params);
    CZ3_FUNCTION(solver_assert);
    CZ3_FUNCTION(solver_check);
    CZ3_FUNCTION(solver_get_reason_unknown);
    CZ3_FUNCTION(solver_get_model);
    CZ3_FUNCTION(model_inc_ref);
    CZ3_FUNCTION(model_dec_ref);
    CZ3_FUNCTION(model_eval);
    CZ3_FUNCTION(get_bool_value);
} CZ3Functions;

#undef CZ3_FUNCTION

/// Opens the shared library at `path` and reads every function. Returns them, or NULL with a
/// message (the dynamic linker's, or the missing function's name) in `error`. Not thread-safe:
/// the caller loads once (AdvisorKit's `Z3Library`, a lazily set global).
const CZ3Functions *_Nullable cz3_load(const char *_Nonnull path, char *_Nonnull error, size_t errorSize);

#endif
