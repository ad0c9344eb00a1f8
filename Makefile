# Balansplan. The two commands a fresh Debian or Ubuntu machine needs:
#   make run    set up, build and start the app with the demo plan
#   make test   set up and run every test and check
# Both install what is missing first (.ci/deps.sh: apt packages when run as
# root or with sudo, then the Go modules).

GO        ?= go
BIN       := bin/balansplan
DEMO      := demo.balans
FUZZTIME  ?= 20s
STATICCHECK_VERSION := v0.8.2
GOBIN     := $(shell $(GO) env GOPATH)/bin

.PHONY: run build deps deps-test test check unit fuzz smoke bench screenshots clean

run: deps build
	@test -f $(DEMO) || ./$(BIN) demo --out $(DEMO)
	./$(BIN) $(DEMO)

build:
	$(GO) build -o $(BIN) ./cmd/balansplan

deps:
	@./.ci/deps.sh

deps-test:
	@./.ci/deps.sh --test
	@test -x $(GOBIN)/staticcheck || GOFLAGS= $(GO) install honnef.co/go/tools/cmd/staticcheck@$(STATICCHECK_VERSION)

# Everything CI runs: static checks, short fuzz runs of the two parsers' entry
# points, the smoke test of the real binary under Xvfb, and last every unit
# and integration test, closing with the count "N passed, N failed".
test: deps-test check fuzz smoke unit

check:
	@unformatted=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go')); \
	  if [ -n "$$unformatted" ]; then echo "not gofmt-ed: $$unformatted"; exit 1; fi
	$(GO) vet ./...
	$(GOBIN)/staticcheck ./...
	@./.ci/layers.sh

unit:
	@./.ci/gotest.sh

fuzz:
	$(GO) test -run '^$$' -fuzz '^FuzzDecodeJSON$$' -fuzztime $(FUZZTIME) -fuzzminimizetime 2s ./model/
	$(GO) test -run '^$$' -fuzz '^FuzzImportCommand$$' -fuzztime $(FUZZTIME) -fuzzminimizetime 2s ./cmd/balansplan/

smoke: build
	./ui/smoke.sh $(BIN)

bench:
	$(GO) test -run '^$$' -bench . -benchmem ./...

clean:
	rm -rf bin $(DEMO)
