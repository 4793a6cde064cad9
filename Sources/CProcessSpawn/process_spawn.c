#define _GNU_SOURCE
#include "process_spawn.h"

#include <spawn.h>
#include <sys/wait.h>

short process_spawn_setsid_flag(void) {
    return POSIX_SPAWN_SETSID;
}

int process_spawn_termination(int status, int *code) {
    if (WIFEXITED(status)) {
        *code = WEXITSTATUS(status);
        return 1;
    }
    if (WIFSIGNALED(status)) {
        *code = WTERMSIG(status);
        return 2;
    }
    return 0;
}
