# Edgeplan: `make run` opens the window on the bundled sample, `make test`
# runs every test. Both install the Debian packages that are missing first.

BUILD_DIR ?= build
BUILD_TYPE ?= Debug
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
EDGEPLAN := $(BUILD_DIR)/bin/edgeplan

.PHONY: all deps deps-run deps-test configure build run test clean

all: build

deps:
	@sh tools/install-deps.sh build

deps-run:
	@sh tools/install-deps.sh run

deps-test:
	@sh tools/install-deps.sh test

$(BUILD_DIR)/CMakeCache.txt:
	cmake -S . -B $(BUILD_DIR) -DCMAKE_BUILD_TYPE=$(BUILD_TYPE)

configure: $(BUILD_DIR)/CMakeCache.txt

build: deps configure
	cmake --build $(BUILD_DIR) --parallel $(JOBS)

run: deps-run configure
	cmake --build $(BUILD_DIR) --parallel $(JOBS)
	$(EDGEPLAN)

test: deps-test configure
	cmake --build $(BUILD_DIR) --parallel $(JOBS)
	cd $(BUILD_DIR) && QT_QPA_PLATFORM=offscreen ctest --output-on-failure --timeout 600

clean:
	rm -rf $(BUILD_DIR)
