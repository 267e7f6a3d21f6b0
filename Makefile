# quiz: a terminal quiz engine for history.
#   make run      build in release and start quiz on the bundled banks
#   make test     build and run the whole test suite, then lint the formatting
#   make bench    build in release and print load/validate benchmarks
#   make install  install the binary and bundled banks under PREFIX (default /usr/local)

PREFIX ?= /usr/local
SWIFT ?= swift
BANKS_DIR = $(PREFIX)/share/quiz/QuestionBanks
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
# Release builds link the Swift runtime and Foundation statically: the installed binary needs no
# Swift toolchain beside it, and starts faster (no dynamic relocation of Foundation).
RELEASE = $(SWIFT) build -c release --static-swift-stdlib

.PHONY: all setup build run test lint format bench install uninstall clean

all: build

# GNU readline's headers are the one system dependency; install them when missing.
setup:
	@if [ ! -f /usr/include/readline/readline.h ]; then \
		echo "Installing libreadline-dev (GNU readline headers)..."; \
		$(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq libreadline-dev; \
	fi

build: setup
	$(RELEASE) --product quiz

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
	$(RELEASE) --product QuizBench
	$(RELEASE) --product quiz
	mkdir -p .build/bench
	printf 'import Foundation\nlet arguments = ProcessInfo.processInfo.arguments\n' > .build/bench/empty.swift
	swiftc -O .build/bench/empty.swift -o .build/bench/empty-foundation
	swiftc -O -static-stdlib .build/bench/empty.swift -o .build/bench/empty-foundation-static
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
