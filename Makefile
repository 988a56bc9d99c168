# The two commands of the README. Both set up (idempotently), configure and build first.
BUILD ?= build
PLAN ?= fixtures/plans/matmul_bfloat16_metal2026.json
OUT ?= out
JOBS ?= $(shell nproc)

.PHONY: setup build run test bench clean

setup:
	bash scripts/setup.sh

build: setup
	cmake -S . -B $(BUILD) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
	cmake --build $(BUILD) -j $(JOBS)

# Generate the bundled default plan into out/, check it, say where the files are.
run: build
	$(BUILD)/tool/tt-astgen generate $(PLAN) -o $(OUT)
	$(BUILD)/tool/tt-astgen check $(OUT)
	@echo "Generated program: $(abspath $(OUT))/{main,reader,compute,writer}.cpp"

# Build and run every test.
test: build
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

# Build every benchmark and print each headline figure (check vs clang, batch, warm run, dry-run
# execute vs naive matmul, Python vs C++) side by side; docs/performance.md holds the last figures.
bench: setup
	bash scripts/bench.sh $(BUILD)

clean:
	rm -rf $(BUILD) $(OUT)
