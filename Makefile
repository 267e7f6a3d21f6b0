# quiz: a terminal quiz engine for history.
#   make run      build in release and start quiz on the bundled banks
#   make test     build and run the whole test suite, then lint the formatting
#   make bench    build in release and print benchmarks: load/validate, binary size, start-up,
#                 saving, generating, grading
#   make fuzz     run each libFuzzer target for FUZZ_TIME seconds (default 60)
#   make install  install the binary (stripped), the bundled banks, the manual page quiz(1) and
#                 bash, zsh and fish completions under PREFIX (default /usr/local)

PREFIX ?= /usr/local
SWIFT ?= swift
BANKS_DIR = $(PREFIX)/share/quiz/QuestionBanks
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
# Release builds link the Swift runtime and FoundationEssentials statically: the installed binary
# needs no Swift toolchain beside it, and starts faster (no dynamic relocation of Foundation).
# They link with lld: it is faster, and it does not relay glibc's link-time warning about mktemp,
# which FoundationEssentials references (a warning about the toolchain, not about quiz). Its
# relative relocations are packed (DT_RELR, glibc 2.36 and later): some 40,000 of them, which the
# loader would otherwise read as a table of about 1 MB at every start.
RELEASE = $(SWIFT) build -c release --static-swift-stdlib -Xswiftc -use-ld=lld \
	-Xlinker -z -Xlinker pack-relative-relocs

.PHONY: all setup test-setup build run test lint format bench fuzz install uninstall clean folding-tables

all: build

# GNU readline and libyaml are the system dependencies; install their headers when missing.
setup:
	@if [ ! -f /usr/include/readline/readline.h ]; then \
		echo "Installing libreadline-dev (GNU readline headers)..."; \
		$(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq libreadline-dev; \
	fi
	@if [ ! -f /usr/include/yaml.h ]; then \
		echo "Installing libyaml-dev (the YAML parser)..."; \
		$(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq libyaml-dev; \
	fi

# strace lets the tests check, from the binary's system calls, that every answer is fsynced
# before its verdict is shown; without it that test is skipped (a recorded file system checks
# the same in-process).
test-setup: setup
	@if ! command -v strace >/dev/null; then \
		echo "Installing strace (for the durability test)..."; \
		$(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq strace || true; \
	fi

build: setup
	@[ -x .build/release/quiz ] || echo "Building quiz in release mode (first time: a few minutes)…"
	$(RELEASE) --product quiz

run: build
	./.build/release/quiz

test: test-setup
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build
	$(MAKE) lint

lint:
	$(SWIFT) format lint --strict --recursive Package.swift Sources Tests

format:
	$(SWIFT) format --in-place --recursive Package.swift Sources Tests

# The benchmarks time quiz as `make install` ships it, installed under .build/bench/install, against
# an empty statically linked (and stripped) Swift program that imports Foundation.
BENCH = .build/bench

bench: setup
	$(RELEASE) --product QuizBench
	rm -rf $(BENCH)/install
	mkdir -p $(BENCH)
	$(MAKE) --no-print-directory install DESTDIR="$(CURDIR)/$(BENCH)/install" PREFIX=/usr/local
	printf 'import Foundation\nlet arguments = ProcessInfo.processInfo.arguments\n' > $(BENCH)/empty.swift
	@# The default linker, as a plain 'swiftc -static-stdlib' build is made; its mktemp warning is
	@# kept in a log, shown only if the build fails.
	swiftc -O -static-stdlib $(BENCH)/empty.swift -o $(BENCH)/empty-foundation-static 2>$(BENCH)/empty.log \
		|| { cat $(BENCH)/empty.log; exit 1; }
	strip $(BENCH)/empty-foundation-static
	./.build/release/QuizBench --installed $(BENCH)/install/usr/local/bin/quiz \
		--floor $(BENCH)/empty-foundation-static $(BENCH_ARGS)

# libFuzzer with AddressSanitizer, in its own build folder. Each target starts from the seed
# corpus in Tests/Fuzz/Corpus and keeps what it learns in .build-fuzz/corpus; a crash stops the
# run and leaves its input in .build-fuzz/crashes (copy it to Tests/Fuzz/Regressions/<target>/
# once fixed: the normal suite replays that folder).
FUZZ_TIME ?= 60
FUZZ_TARGETS ?= yaml json gift aiken bsd csv timeline progress grader repl archive
FUZZ_BUILD = $(SWIFT) build -c release --build-path .build-fuzz --product QuizFuzz \
	-Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library -Xswiftc -DFUZZING

fuzz: setup
	$(FUZZ_BUILD)
	mkdir -p .build-fuzz/crashes
	@for target in $(FUZZ_TARGETS); do \
		mkdir -p .build-fuzz/corpus/$$target; \
		echo "== $$target: $(FUZZ_TIME) s"; \
		QUIZ_FUZZ_TARGET=$$target ./.build-fuzz/release/QuizFuzz .build-fuzz/corpus/$$target \
			Tests/Fuzz/Corpus/$$target Tests/Fuzz/Regressions/$$target \
			-max_total_time=$(FUZZ_TIME) -timeout=10 -rss_limit_mb=4096 -max_len=65536 \
			-print_final_stats=1 -artifact_prefix=.build-fuzz/crashes/$$target- \
			2>.build-fuzz/$$target.log || { tail -40 .build-fuzz/$$target.log; exit 1; }; \
		grep -E '^(stat::number_of_executed_units|stat::peak_rss_mb)|INITED|DONE' .build-fuzz/$$target.log \
			| sed 's/^/   /'; \
		echo "   corpus: $$(ls .build-fuzz/corpus/$$target | wc -l) files"; \
	done

# The manual page quiz(1) and the shell completions are generated from the command's own
# definition, so they never fall out of step with it.
SHARE = $(DESTDIR)$(PREFIX)/share

install: build
	$(RELEASE) --product generate-manual
	rm -rf .build/man .build/completions
	mkdir -p .build/man .build/completions
	./.build/release/generate-manual .build/release/quiz --output-directory .build/man
	@# A blank line of the help text is a paragraph break in the page (man warns of blank lines).
	sed -i 's/^$$/.Pp/' .build/man/quiz.1
	./.build/release/quiz --generate-completion-script bash > .build/completions/quiz.bash
	./.build/release/quiz --generate-completion-script zsh > .build/completions/_quiz
	./.build/release/quiz --generate-completion-script fish > .build/completions/quiz.fish
	install -d "$(DESTDIR)$(PREFIX)/bin" "$(DESTDIR)$(BANKS_DIR)" "$(SHARE)/man/man1" \
		"$(SHARE)/bash-completion/completions" "$(SHARE)/zsh/site-functions" "$(SHARE)/fish/vendor_completions.d"
	install -s -m 755 .build/release/quiz "$(DESTDIR)$(PREFIX)/bin/quiz"
	install -m 644 QuestionBanks/*.yaml QuestionBanks/README.md "$(DESTDIR)$(BANKS_DIR)/"
	install -m 644 .build/man/quiz.1 "$(SHARE)/man/man1/quiz.1"
	install -m 644 .build/completions/quiz.bash "$(SHARE)/bash-completion/completions/quiz"
	install -m 644 .build/completions/_quiz "$(SHARE)/zsh/site-functions/_quiz"
	install -m 644 .build/completions/quiz.fish "$(SHARE)/fish/vendor_completions.d/quiz.fish"

uninstall:
	rm -f "$(DESTDIR)$(PREFIX)/bin/quiz" "$(SHARE)/man/man1/quiz.1" "$(SHARE)/bash-completion/completions/quiz" \
		"$(SHARE)/zsh/site-functions/_quiz" "$(SHARE)/fish/vendor_completions.d/quiz.fish"
	rm -rf "$(DESTDIR)$(PREFIX)/share/quiz"

# The answer normaliser's folding tables, regenerated from full Foundation's folding; the tests
# compare them with Foundation again.
folding-tables:
	mkdir -p .build/tables
	swiftc -O Scripts/generate-folding-tables.swift -o .build/tables/generate
	./.build/tables/generate > Sources/QuizCore/Text/FoldingTables.swift

clean:
	rm -rf .build .build-fuzz
