/*
 * CProcessSpawn: what PseudoTerminalTesting needs from the C library that Swift does not import:
 * glibc declares POSIX_SPAWN_SETSID only under _GNU_SOURCE, and the wait-status macros
 * (WIFEXITED and the others) are macros with arguments.
 */
#ifndef PROCESS_SPAWN_H
#define PROCESS_SPAWN_H

/* POSIX_SPAWN_SETSID: the child starts a new session (and so can get a controlling terminal). */
short process_spawn_setsid_flag(void);

/* Decodes a waitpid(2) status: returns 1 and sets *code when the child exited, returns 2 and
 * sets *code to the signal's number when a signal ended it, returns 0 otherwise. */
int process_spawn_termination(int status, int *code);

#endif /* PROCESS_SPAWN_H */
