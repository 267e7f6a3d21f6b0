extension Quiz {
    /// What `quiz --help` and the manual page say beyond the commands: the start menu, what to
    /// type in a quiz, the files quiz keeps and the environment it reads.
    ///
    /// Every line after a paragraph's first is indented: the manual page's typesetter starts a
    /// new line only there, and fills the rest. Paths begin their lines, so that the typesetter
    /// never hyphenates one across two; and the text is ASCII, which alone reaches the page.
    static let discussion = """
        With no subcommand, quiz lists the banks it can find (the bundled QuestionBanks folder, \
        folders given with --banks, and the colon-separated folders in QUIZ_BANKS), asks which one \
        and how many questions, and starts the quiz.

        In a quiz, type the answer and press Enter, or a command:
          :hint    reveal part of the answer (each hint halves the credit; in a
                   timeline game, narrow down the slots)
          :skip    pass this question
          :score   the score so far
          :quit    end the quiz (Ctrl-D too); every answer is saved as it is
                   graded
          :help    list these commands
          Tab completes commands, never answers. Ctrl-C clears the line.

        Files:
          $XDG_DATA_HOME/quiz/progress.json
                   your progress, unless --progress or QUIZ_PROGRESS names
                   another file
          $XDG_DATA_HOME/quiz/progress.jsonl
                   every answer, one a line, beside the progress file (for
                   mine.dat, mine.dat.jsonl)
          $XDG_STATE_HOME/quiz/history
                   the commands typed at the prompt, never the answers
          $XDG_CACHE_HOME/quiz/quizzes
                   quizzes made before, so that they start at once; safe to
                   delete

        Environment:
          QUIZ_BANKS       more folders of banks, separated by colons
          QUIZ_PROGRESS    the progress file, when --progress is not given
          QUIZ_CACHE       off: keep no quizzes made before
          XDG_DATA_HOME    where the progress file is kept; when unset,
                           ~/.local/share
          XDG_STATE_HOME   where the history of commands is kept; when unset,
                           ~/.local/state
          XDG_CACHE_HOME   where quizzes made before are kept; when unset,
                           ~/.cache
          NO_COLOR         set and not empty: no colour, as with --no-color
          TERM             dumb: no colour
          COLUMNS          the width to wrap to, when the terminal does not
                           say
        """
}
