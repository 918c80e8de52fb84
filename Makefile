# Edgeplan: `make run` opens the window on the bundled sample, `make test`
# runs every test, `make bench` prints the performance table. Each installs
# the Debian packages that are missing first.

SHELL := /bin/bash

BUILD_DIR ?= build
BUILD_TYPE ?= Debug
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
EDGEPLAN := $(BUILD_DIR)/bin/edgeplan

ASAN_DIR ?= build-asan
FUZZ_DIR ?= build-fuzz
BENCH_DIR ?= build-release
FUZZ_SECONDS ?= 60
FUZZ_TARGETS := project catalog import

.PHONY: all deps deps-run deps-test deps-fuzz configure build run test test-plain test-sanitizers fuzz bench clean

all: build

deps:
	@sh tools/install-deps.sh build

deps-run:
	@sh tools/install-deps.sh run

deps-test:
	@sh tools/install-deps.sh test

deps-fuzz:
	@sh tools/install-deps.sh fuzz

$(BUILD_DIR)/CMakeCache.txt:
	cmake -S . -B $(BUILD_DIR) -DCMAKE_BUILD_TYPE=$(BUILD_TYPE)

configure: $(BUILD_DIR)/CMakeCache.txt

build: deps configure
	cmake --build $(BUILD_DIR) --parallel $(JOBS)

run: deps-run configure
	cmake --build $(BUILD_DIR) --parallel $(JOBS)
	$(EDGEPLAN)

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

# Timings as ratios against baselines measured in the same run; apart from
# `make test`, and never a pass or fail. Optimised code in a build folder of
# its own: a Debug build's figures say nothing about the program users run.
bench: deps
	cmake -S . -B $(BENCH_DIR) -DCMAKE_BUILD_TYPE=Release
	cmake --build $(BENCH_DIR) --parallel $(JOBS) --target edgeplan_bench
	$(BENCH_DIR)/bin/edgeplan_bench

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
	rm -rf $(BUILD_DIR) $(ASAN_DIR) $(FUZZ_DIR) $(BENCH_DIR)
