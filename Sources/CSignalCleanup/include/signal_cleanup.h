/*
 * CSignalCleanup: one temporary file that SIGINT, SIGTERM and SIGHUP remove.
 *
 * `advisor batch --output FILE` writes its records to a temporary file beside FILE and renames
 * it over FILE only when the run finishes. If the run is interrupted, the handlers installed
 * here remove the temporary file and then let the signal end the process as it would have
 * without them (so the shell reports 128 + the signal's number), leaving FILE as it was.
 *
 * The handler only does async-signal-safe work: it reads the path from a static C buffer, filled
 * before the handler is armed, calls unlink(2), restores the default disposition with
 * sigaction(2) and re-raises the signal with raise(3). Signals that were ignored when the file
 * was created (under nohup, for instance) stay ignored.
 *
 * One file at a time, for the main thread: create it, then either rename it into place or
 * remove it, then call signal_cleanup_release().
 */
#ifndef SIGNAL_CLEANUP_H
#define SIGNAL_CLEANUP_H

#include <sys/types.h>

/* Creates a new file from `template_path`, whose last six characters must be "XXXXXX", as
 * mkstemp(3) does, gives it the permission bits `mode`, remembers its path for the handlers and
 * installs them. Signals are blocked on the calling thread meanwhile, so there is no moment
 * when the file exists but a signal would leave it behind.
 *
 * Returns the open descriptor (read and write), or -1 with errno set: ENAMETOOLONG when the path
 * does not fit the buffer, EBUSY when a file is already held, else mkstemp's or fchmod's error
 * (the file is then already removed). */
int signal_cleanup_create(const char *template_path, mode_t mode);

/* The path of the file held since signal_cleanup_create(), or "" when none is held. */
const char *signal_cleanup_path(void);

/* Stops removing the file on a signal and puts back the handlers that were there before. Call it
 * once the file has been renamed into place or removed (in that order, so that a signal in between
 * finds nothing left to remove rather than a file it would no longer remove). */
void signal_cleanup_release(void);

#endif /* SIGNAL_CLEANUP_H */
