#ifndef CREADLINE_SHIM_H
#define CREADLINE_SHIM_H

// readline 8.x includes <stdio.h> itself; older releases did not, so it comes first.
#include <stdio.h>
#include <stdlib.h>
#include <readline/readline.h>
#include <readline/history.h>

// Swift 6 refuses direct access to imported mutable C globals, so every touch of readline's
// globals goes through these setters and stays on the C side.

static inline void creadline_set_name(const char *name) {
    rl_readline_name = name;
}

static inline void creadline_set_attempted_completion(rl_completion_func_t *fn) {
    rl_attempted_completion_function = fn;
}

/// Stops readline from falling back to file-name completion.
static inline void creadline_completion_over(void) {
    rl_attempted_completion_over = 1;
}

static inline const char *creadline_line_buffer(void) {
    return rl_line_buffer;
}

static inline void creadline_set_signal_event_hook(rl_hook_func_t *fn) {
    rl_signal_event_hook = fn;
}

/// Called while readline waits for input (every keyboard-input timeout, 100 ms by default): a
/// Ctrl-C that arrived outside read() is handled here instead of waiting for the next key.
static inline void creadline_set_event_hook(rl_hook_func_t *fn) {
    rl_event_hook = fn;
}

/// Sets the history aside and starts an empty one (readline's documented way of keeping
/// several histories); returns the history set aside, for `creadline_restore_history`.
static inline HISTORY_STATE *creadline_set_history_aside(void) {
    HISTORY_STATE *kept = history_get_history_state();
    HISTORY_STATE empty = {0};
    empty.flags = kept->flags;
    history_set_history_state(&empty);
    return kept;
}

/// Frees the history begun by `creadline_set_history_aside`, and brings back the one it set aside.
static inline void creadline_restore_history(HISTORY_STATE *kept) {
    clear_history();
    HISTORY_STATE *current = history_get_history_state();
    free(current->entries);  // clear_history frees the entries, not the array that held them
    free(current);
    history_set_history_state(kept);
    free(kept);
}

/// The version of the linked library, for `quiz --version`.
static inline const char *creadline_library_version(void) {
    return rl_library_version;
}

#endif
