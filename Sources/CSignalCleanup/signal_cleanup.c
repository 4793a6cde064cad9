#include "signal_cleanup.h"

#include <errno.h>
#include <limits.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static const int cleanup_signals[] = {SIGINT, SIGTERM, SIGHUP};
enum { cleanup_signal_count = sizeof cleanup_signals / sizeof cleanup_signals[0] };

/* The file to remove; the handler reads it only while `cleanup_armed` is 1. */
static char cleanup_path[PATH_MAX];
static volatile sig_atomic_t cleanup_armed = 0;
/* Whether a file is held (main thread only). */
static int cleanup_holding = 0;

static struct sigaction previous_actions[cleanup_signal_count];
static int replaced[cleanup_signal_count];
/* SIG_DFL with an empty mask, filled in before any handler is installed. */
static struct sigaction default_action;

static void cleanup_handler(int signal_number) {
    if (cleanup_armed) {
        int saved_errno = errno;
        unlink(cleanup_path);
        errno = saved_errno;
    }
    /* The signal is blocked while this handler runs; once it returns, the pending signal is
     * delivered with its default action, which ends the process. */
    sigaction(signal_number, &default_action, NULL);
    raise(signal_number);
}

static void cleanup_signal_set(sigset_t *set) {
    sigemptyset(set);
    for (int index = 0; index < cleanup_signal_count; index++) {
        sigaddset(set, cleanup_signals[index]);
    }
}

/* Puts back the handlers cleanup_install() replaced. */
static void cleanup_restore(void) {
    for (int index = 0; index < cleanup_signal_count; index++) {
        if (replaced[index]) sigaction(cleanup_signals[index], &previous_actions[index], NULL);
        replaced[index] = 0;
    }
}

/* Installs the handler for each signal that is not ignored, remembering what was there. */
static void cleanup_install(void) {
    memset(&default_action, 0, sizeof default_action);
    default_action.sa_handler = SIG_DFL;
    sigemptyset(&default_action.sa_mask);

    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = cleanup_handler;
    /* While one of the signals is handled on a thread, the others wait on that thread; should
     * two threads handle one each, the path is unlinked twice, which is harmless. */
    cleanup_signal_set(&action.sa_mask);
    action.sa_flags = 0;
    for (int index = 0; index < cleanup_signal_count; index++) {
        replaced[index] = 0;
        if (sigaction(cleanup_signals[index], NULL, &previous_actions[index]) != 0) continue;
        if (previous_actions[index].sa_handler == SIG_IGN) continue;
        if (sigaction(cleanup_signals[index], &action, NULL) == 0) replaced[index] = 1;
    }
}

int signal_cleanup_create(const char *template_path, mode_t mode) {
    if (cleanup_holding) {
        errno = EBUSY;
        return -1;
    }
    size_t length = strlen(template_path);
    if (length >= sizeof cleanup_path) {
        errno = ENAMETOOLONG;
        return -1;
    }
    sigset_t blocked, previous_mask;
    cleanup_signal_set(&blocked);
    pthread_sigmask(SIG_BLOCK, &blocked, &previous_mask);

    cleanup_install();
    memcpy(cleanup_path, template_path, length + 1);
    int descriptor = mkstemp(cleanup_path);
    int failure = 0;
    if (descriptor >= 0 && fchmod(descriptor, mode) != 0) {
        failure = errno;
        close(descriptor);
        unlink(cleanup_path);
        descriptor = -1;
    } else if (descriptor < 0) {
        failure = errno;
    }
    if (descriptor >= 0) {
        cleanup_holding = 1;
        cleanup_armed = 1;
    } else {
        cleanup_restore();
    }

    pthread_sigmask(SIG_SETMASK, &previous_mask, NULL);
    if (descriptor < 0) errno = failure;
    return descriptor;
}

const char *signal_cleanup_path(void) {
    return cleanup_holding ? cleanup_path : "";
}

void signal_cleanup_release(void) {
    if (!cleanup_holding) return;
    cleanup_armed = 0;
    cleanup_restore();
    cleanup_holding = 0;
}
