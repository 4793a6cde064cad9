#include "CZ3.h"

#include <dlfcn.h>
#include <stdio.h>

static CZ3Functions loaded;

const CZ3Functions *cz3_load(const char *path, char *error, size_t errorSize) {
    CZ3Functions read;
    CZ3Functions *functions = &read;
    void *library = dlopen(path, RTLD_NOW | RTLD_LOCAL);
    if (library == NULL) {
        const char *reason = dlerror();
        snprintf(error, errorSize, "%s", reason != NULL ? reason : path);
        return NULL;
    }
#define CZ3_READ(name)                                                                  \
    functions->name = (__typeof__(functions->name))dlsym(library, "Z3_" #name);         \
    if (functions->name == NULL) {                                                      \
        snprintf(error, errorSize, "%s has no function Z3_%s", path, #name);            \
        dlclose(library);                                                               \
        return NULL;                                                                      \
    }
    CZ3_READ(mk_config)
    CZ3_READ(del_config)
    CZ3_READ(mk_context)
    CZ3_READ(del_context)
    CZ3_READ(set_error_handler)
    CZ3_READ(mk_bool_sort)
    CZ3_READ(mk_string_symbol)
    CZ3_READ(mk_const)
    CZ3_READ(mk_true)
    CZ3_READ(mk_false)
    CZ3_READ(mk_not)
    CZ3_READ(mk_and)
    CZ3_READ(mk_or)
    CZ3_READ(mk_iff)
    CZ3_READ(mk_implies)
    CZ3_READ(mk_pble)
    CZ3_READ(mk_pbeq)
    CZ3_READ(mk_params)
    CZ3_READ(params_inc_ref)
    CZ3_READ(params_dec_ref)
    CZ3_READ(params_set_uint)
    CZ3_READ(mk_solver_for_logic)
    CZ3_READ(solver_inc_ref)
    CZ3_READ(solver_dec_ref)
    CZ3_READ(solver_set_params)
    CZ3_READ(solver_assert)
    CZ3_READ(solver_check)
    CZ3_READ(solver_get_reason_unknown)
    CZ3_READ(solver_get_model)
    CZ3_READ(model_inc_ref)
    CZ3_READ(model_dec_ref)
    CZ3_READ(model_eval)
    CZ3_READ(get_bool_value)
#undef CZ3_READ
    // The library stays open for the rest of the process: its functions are used from here on.
    loaded = read;
    return &loaded;
}
