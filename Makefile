# Edgeplan: `make run` opens the window on the bundled sample, `make test`
# runs every test, `make bench` prints the performance table, `make package`
# builds the Debian package and `make install` installs under PREFIX. Each
# installs the Debian packages that are missing first.

SHELL := /bin/bash

BUILD_DIR ?= build
BUILD_TYPE ?= Debug
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
EDGEPLAN := $(BUILD_DIR)/bin/edgeplan

ASAN_DIR ?= build-asan
FUZZ_DIR ?= build-fuzz
BENCH_DIR ?= build-release
# make package and make install: an optimised build of the program alone.
PACKAGE_DIR ?= build-package
PREFIX ?= /usr/local
DESTDIR ?=
FUZZ_SECONDS ?= 60
FUZZ_TARGETS := project catalog import

.PHONY: all deps deps-run deps-test deps-fuzz deps-package configure build run test test-plain test-sanitizers \
	monkey fuzz bench package package-build install uninstall clean

all: build

deps:
	@sh tools/install-deps.sh build

deps-run:
	@sh tools/install-deps.sh run

deps-test:
	@sh tools/install-deps.sh test

deps-fuzz:
	@sh tools/install-deps.sh fuzz

deps-package:
	@sh tools/install-deps.sh package

$(BUILD_DIR)/CMakeCache.txt:
	cmake -S . -B $(BUILD_DIR) -DCMAKE_BUILD_TYPE=$(BUILD_TYPE)

configure: $(BUILD_DIR)/CMakeCache.txt

build: deps configure
	cmake --build $(BUILD_DIR) --parallel $(JOBS)

run: deps-run configure
	cmake --build $(BUILD_DIR) --parallel $(JOBS)
	$(EDGEPLAN) --sample federation-edge

# The whole suite, then the whole suite again built with AddressSanitizer
# and UndefinedBehaviorSanitizer in a second build folder.
test: test-plain test-sanitizers

test-plain: deps-test configure
	cmake --build $(BUILD_DIR) --parallel $(JOBS)
	cd $(BUILD_DIR) && QT_QPA_PLATFORM=offscreen ctest --output-on-failure --timeout 600

test-sanitizers: deps-test
	cmake -S . -B $(ASAN_DIR) -DCMAKE_BUILD_TYPE=Debug -DEDGEPLAN_SANITIZE=ON
	cmake --build $(ASAN_DIR) --parallel $(JOBS)
	cd $(ASAN_DIR) && QT_QPA_PLATFORM=offscreen \
		ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 \
		UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
		ctest --output-on-failure --timeout 900

# The randomized action test with more seeds than `make test` runs, under the
# sanitizers: `make monkey SEEDS=50 ACTIONS=3000`. A failing seed prints the
# shortest action list that reproduces it, and the command that replays it.
SEEDS ?= 20
ACTIONS ?= 2000
monkey: deps-test
	cmake -S . -B $(ASAN_DIR) -DCMAKE_BUILD_TYPE=Debug -DEDGEPLAN_SANITIZE=ON
	cmake --build $(ASAN_DIR) --parallel $(JOBS) --target tst_monkey
	cd $(ASAN_DIR) && QT_QPA_PLATFORM=offscreen \
		ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 \
		UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
		EDGEPLAN_MONKEY_SEEDS=$(SEEDS) EDGEPLAN_MONKEY_ACTIONS_PER_SEED=$(ACTIONS) \
		tests/tst_monkey seeds

# Timings as ratios against baselines measured in the same run; apart from
# `make test`, and never a pass or fail. Optimised code in a build folder of
# its own: a Debug build's figures say nothing about the program users run.
bench: deps
	cmake -S . -B $(BENCH_DIR) -DCMAKE_BUILD_TYPE=Release
	cmake --build $(BENCH_DIR) --parallel $(JOBS) --target edgeplan_bench
	$(BENCH_DIR)/bin/edgeplan_bench

# The program, its icons and everything `cmake --install` installs, built
# Release in a folder of its own; the tests are not built.
package-build: deps
	cmake -S . -B $(PACKAGE_DIR) -DCMAKE_BUILD_TYPE=Release
	cmake --build $(PACKAGE_DIR) --parallel $(JOBS) --target edgeplan edgeplan_icons

# edgeplan_<version>_<arch>.deb here, for `sudo apt-get install ./edgeplan_*.deb`.
package: deps-package package-build
	cd $(PACKAGE_DIR) && cpack -G DEB
	cp $(PACKAGE_DIR)/edgeplan_*.deb .
	@ls -1 edgeplan_*.deb

# Installs under PREFIX (default /usr/local), staged under DESTDIR if given.
# Straight onto this system, the desktop's caches are refreshed as a
# package's triggers would.
install: package-build
	DESTDIR="$(DESTDIR)" cmake --install $(PACKAGE_DIR) --prefix $(PREFIX) --strip
	@if [ -z "$(DESTDIR)" ]; then \
		command -v update-desktop-database >/dev/null && update-desktop-database -q $(PREFIX)/share/applications || true; \
		command -v update-mime-database >/dev/null && update-mime-database $(PREFIX)/share/mime || true; \
		command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t $(PREFIX)/share/icons/hicolor || true; \
	fi

# Removes what the last `make install` installed (CMake's install manifest).
uninstall:
	@test -f $(PACKAGE_DIR)/install_manifest.txt || { echo "nothing installed from $(PACKAGE_DIR)"; exit 1; }
	xargs -d '\n' rm -f -- < $(PACKAGE_DIR)/install_manifest.txt

# libFuzzer on the project and catalog loaders, FUZZ_SECONDS each (clang).
fuzz: deps-fuzz
	CXX=clang++ cmake -S tests/fuzz -B $(FUZZ_DIR) -DCMAKE_BUILD_TYPE=RelWithDebInfo
	cmake --build $(FUZZ_DIR) --parallel $(JOBS)
	@for target in $(FUZZ_TARGETS); do \
		mkdir -p $(FUZZ_DIR)/corpus-$$target $(FUZZ_DIR)/crashes && \
		echo "fuzz_$$target: $(FUZZ_SECONDS) s" && \
		if $(FUZZ_DIR)/fuzz_$$target -max_total_time=$(FUZZ_SECONDS) -max_len=65536 -print_final_stats=1 \
			-artifact_prefix=$(FUZZ_DIR)/crashes/$$target- \
			$(FUZZ_DIR)/corpus-$$target tests/fuzz/corpus/$$target > $(FUZZ_DIR)/fuzz_$$target.log 2>&1; then \
			grep -E "^(Done|stat::number_of_executed_units)" $(FUZZ_DIR)/fuzz_$$target.log; \
		else \
			echo "fuzz_$$target found a problem; the end of its log:"; \
			grep -v "^#" $(FUZZ_DIR)/fuzz_$$target.log | tail -n 80; \
			exit 1; \
		fi; \
	done
clean:
	rm -rf $(BUILD_DIR) $(ASAN_DIR) $(FUZZ_DIR) $(BENCH_DIR) $(PACKAGE_DIR)
