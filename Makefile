# quiz: a terminal quiz engine for history.
#   make run      build in release and start quiz on the bundled banks
#   make test     build and run the whole test suite, then lint the formatting
#   make bench    build in release and print load/validate benchmarks
#   make install  install the binary and bundled banks under PREFIX (default /usr/local)

PREFIX ?= /usr/local
SWIFT ?= swift
BANKS_DIR = $(PREFIX)/share/quiz/QuestionBanks
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: all setup build run test lint format bench install uninstall clean

all: build

# GNU readline's headers are the one system dependency; install them when missing.
setup:
	@if [ ! -f /usr/include/readline/readline.h ]; then \
		echo "Installing libreadline-dev (GNU readline headers)..."; \
		$(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq libreadline-dev; \
	fi

build: setup
	$(SWIFT) build -c release --product quiz

run: build
	./.build/release/quiz

test: setup
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build
	$(MAKE) lint

lint:
	$(SWIFT) format lint --strict --recursive Package.swift Sources Tests

format:
	$(SWIFT) format --in-place --recursive Package.swift Sources Tests

bench: setup
	$(SWIFT) build -c release --product QuizBench
	./.build/release/QuizBench $(BENCH_ARGS)

install: build
	install -d "$(DESTDIR)$(PREFIX)/bin" "$(DESTDIR)$(BANKS_DIR)"
	install -m 755 .build/release/quiz "$(DESTDIR)$(PREFIX)/bin/quiz"
	install -m 644 QuestionBanks/*.yaml QuestionBanks/README.md "$(DESTDIR)$(BANKS_DIR)/"

uninstall:
	rm -f "$(DESTDIR)$(PREFIX)/bin/quiz"
	rm -rf "$(DESTDIR)$(PREFIX)/share/quiz"

clean:
	rm -rf .build
