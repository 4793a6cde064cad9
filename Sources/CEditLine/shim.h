/*
 * CEditLine: the native libedit (histedit.h) API for Swift.
 *
 * Swift cannot call C variadic functions, so each el_set / el_get / history
 * operation the LineEditor target needs gets a small non-variadic wrapper
 * here. Everything else (el_init, el_gets, el_line, el_insertstr,
 * el_deletestr, el_source, el_end, history_init, history_end) is called
 * from Swift directly.
 */
#ifndef CEDITLINE_SHIM_H
#define CEDITLINE_SHIM_H

#include <histedit.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>

/* ---- Editor ---------------------------------------------------------- */

/* el_init on the process's standard streams (stdin, stdout, stderr). */
static inline EditLine *ceditline_init(const char *program_name) {
    return el_init(program_name, stdin, stdout, stderr);
}

/* EL_PROMPT: the function libedit calls to get the prompt text. */
static inline int ceditline_set_prompt(EditLine *el, char *(*prompt)(EditLine *)) {
    return el_set(el, EL_PROMPT, prompt);
}

/* EL_EDITOR: "emacs" or "vi" key bindings. */
static inline int ceditline_set_editor(EditLine *el, const char *mode) {
    return el_set(el, EL_EDITOR, mode);
}

/* EL_SIGNAL: when non-zero, libedit restores the tty modes while a signal
 * is handled and reinstates them afterwards. */
static inline int ceditline_set_signal_handling(EditLine *el, int enabled) {
    return el_set(el, EL_SIGNAL, enabled);
}

/* EL_HIST: use this History for the editor's history commands. */
static inline int ceditline_set_history(EditLine *el, History *hist) {
    return el_set(el, EL_HIST, history, hist);
}

/* EL_ADDFN: register a named editor function (for EL_BIND). */
static inline int ceditline_add_function(EditLine *el, const char *name, const char *help,
                                         unsigned char (*function)(EditLine *, int)) {
    return el_set(el, EL_ADDFN, name, help, function);
}

/* EL_BIND: bind a key sequence (e.g. "^I") to a named editor function. */
static inline int ceditline_bind(EditLine *el, const char *keys, const char *function_name) {
    return el_set(el, EL_BIND, keys, function_name, (const char *)NULL);
}

/* EL_CLIENTDATA: an opaque pointer the callbacks can get back. */
static inline int ceditline_set_client_data(EditLine *el, void *data) {
    return el_set(el, EL_CLIENTDATA, data);
}

static inline void *ceditline_client_data(EditLine *el) {
    void *data = NULL;
    if (el_get(el, EL_CLIENTDATA, &data) != 0) {
        return NULL;
    }
    return data;
}

/* ---- History --------------------------------------------------------- */

/* H_SETSIZE: keep at most `size` entries. */
static inline int ceditline_history_set_size(History *hist, int size) {
    HistEvent event;
    return history(hist, &event, H_SETSIZE, size);
}

/* H_SETUNIQUE: when non-zero, do not enter a line equal to the last one. */
static inline int ceditline_history_set_unique(History *hist, int unique) {
    HistEvent event;
    return history(hist, &event, H_SETUNIQUE, unique);
}

/* H_ENTER: append a line. */
static inline int ceditline_history_enter(History *hist, const char *line) {
    HistEvent event;
    return history(hist, &event, H_ENTER, line);
}

/* H_SAVE_FP: write all entries to an open stream; -1 on failure. */
static inline int ceditline_history_save(History *hist, FILE *stream) {
    HistEvent event;
    return history(hist, &event, H_SAVE_FP, stream);
}

/* H_LOAD: read entries from a file written by H_SAVE / H_SAVE_FP. */
static inline int ceditline_history_load(History *hist, const char *path) {
    HistEvent event;
    return history(hist, &event, H_LOAD, path);
}

/* ---- Signals ----------------------------------------------------------
 *
 * While LineEditor reads a line, SIGINT, SIGTERM and SIGHUP go to this
 * handler (libedit's own EL_SIGNAL handler runs first, restores the tty and
 * passes the signal on). It only does async-signal-safe work:
 *   - it records the signal number in a sig_atomic_t;
 *   - it makes standard input non-blocking, so that el_gets returns even if
 *     the signal came while libedit was not blocked in read() (for instance
 *     while echoing a key): its next read() fails with EAGAIN at once.
 * It is installed without SA_RESTART, so a read() that is blocked fails with
 * EINTR. The Swift side then makes standard input blocking again and acts on
 * the recorded number.
 *
 * The variable is `static` in a header: every object file that uses these
 * functions gets its own copy. Only one Swift file (SignalTrap.swift) may
 * call them.
 */
static volatile sig_atomic_t ceditline_caught_signal_number = 0;

static inline void ceditline_record_signal(int signal_number) {
    int saved_errno = errno;
    ceditline_caught_signal_number = signal_number;
    int flags = fcntl(0 /* standard input */, F_GETFL);
    if (flags != -1) {
        fcntl(0 /* standard input */, F_SETFL, flags | O_NONBLOCK);
    }
    errno = saved_errno;
}

/* Installs the recording handler for `signal_number` (no SA_RESTART) and
 * stores the previous disposition in `previous`. Returns sigaction's result. */
static inline int ceditline_trap_signal(int signal_number, struct sigaction *previous) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = ceditline_record_signal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0;
    return sigaction(signal_number, &action, previous);
}

/* Returns the last recorded signal number (0 if none) and clears it, in one
 * atomic step so a signal arriving meanwhile is not lost. */
static inline int ceditline_take_caught_signal(void) {
    return __atomic_exchange_n(&ceditline_caught_signal_number, 0, __ATOMIC_SEQ_CST);
}

#endif /* CEDITLINE_SHIM_H */
