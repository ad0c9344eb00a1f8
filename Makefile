# Balansplan. The two commands a fresh Debian or Ubuntu machine needs:
#   make run    set up, build and start the app with the demo plan
#   make test   set up and run every test and check
# Both install what is missing first (.ci/deps.sh: apt packages when run as
# root or with sudo, then the Go modules). `make help` lists every target.
#
# A line "## target: what it does" right above a target is its entry in
# `make help`; help takes the name from the target line itself, so the list
# cannot name a target that does not exist.

GO        ?= go
BIN       := bin/balansplan
# The desktop application, started by $(BIN) from its own folder.
GUIBIN    := $(dir $(BIN))balansplan-gui
DEMO      := demo.balans
IMG       := docs/img
FUZZTIME  ?= 10s
STATICCHECK_VERSION := v0.8.2
GOBIN     := $(shell $(GO) env GOPATH)/bin

.PHONY: run help build deps deps-test test check unit fuzz smoke bench floor goldens screenshots clean

## run: set up, build and start the app with the demo plan (writes demo.balans once)
run: deps build
	@test -f $(DEMO) || ./$(BIN) demo --out $(DEMO)
	./$(BIN) $(DEMO)

## help: list the targets, one line each
help:
	@awk '/^## [a-z-]+: / { sub(/^## /, ""); desc = $$0; next } \
	  desc != "" && /^[a-z-]+:/ { name = $$1; sub(/:.*/, "", name); \
	    d = desc; sub(/^[a-z-]+: /, "", d); printf "  make %-12s %s\n", name, d } \
	  { desc = "" }' $(firstword $(MAKEFILE_LIST))

# Two programs in one folder: the command line and the desktop application
# it starts (cmd/internal/desktop says why they are two).
## build: compile bin/balansplan (the command line) and bin/balansplan-gui (the app it starts)
build:
	$(GO) build -o $(BIN) ./cmd/balansplan
	$(GO) build -o $(GUIBIN) ./cmd/balansplan-gui

## deps: install the C compiler and GL/X11 headers (apt) and the Go modules
deps:
	@./.ci/deps.sh

## deps-test: deps plus the test tools (Xvfb, ImageMagick, poppler, qpdf, sqlite3, staticcheck)
deps-test:
	@./.ci/deps.sh --test
	@test -x $(GOBIN)/staticcheck || GOFLAGS= $(GO) install honnef.co/go/tools/cmd/staticcheck@$(STATICCHECK_VERSION)

# Everything CI runs: static checks, short fuzz runs of every parser, the
# smoke test of the real binary under Xvfb, and last every unit and
# integration test, closing with the count "N passed, N failed".
## test: everything CI runs: check, fuzz, smoke and unit, after deps-test
test: deps-test check fuzz smoke unit

## check: gofmt, go vet, staticcheck and the layering rule (.ci/layers.sh)
check:
	@unformatted=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go')); \
	  if [ -n "$$unformatted" ]; then echo "not gofmt-ed: $$unformatted"; exit 1; fi
	$(GO) vet ./...
	$(GOBIN)/staticcheck ./...
	@./.ci/layers.sh

# .ci/postgres.sh runs them beside a throwaway PostgreSQL server (docs/postgres.md).
## unit: every Go test once, closing with "N passed, N failed, N skipped"
unit:
	@./.ci/postgres.sh run ./.ci/gotest.sh

## fuzz: short fuzz runs (FUZZTIME each) of every parser that reads what a user hands in
# Each target is "package:FuzzName". The corpus each run finds stays in
# the Go build cache; a failing input is written to the package's
# testdata/fuzz and fails the run (.ci/fuzz.sh says when a run is retried).
FUZZ_TARGETS := ./model:FuzzDecodeJSON ./model:FuzzParseMoney ./model/store:FuzzOpen ./model/store:FuzzPackedRow \
  ./model/merge:FuzzMerge ./model/answers:FuzzRead ./model/answers:FuzzMapping \
  ./planning/workshop:FuzzParseQuestionSet ./cmd/balansplan:FuzzImportCommand \
  ./model/theme:FuzzParse
fuzz:
	@./.ci/fuzz.sh $(FUZZTIME) $(FUZZ_TARGETS)

## smoke: start the real binary under Xvfb and check its window (ui/smoke.sh)
smoke: build
	./ui/smoke.sh $(BIN)

## bench: every benchmark (figures in docs/performance.md)
bench:
	$(GO) test -run '^$$' -bench . -benchmem ./...

# Every golden file is written by its test under -update (planning: the
# worked example's analysis JSON; export: the report structure; ui: the
# widget tree of each screen and dialog). The other tests run as usual.
## goldens: rewrite the golden files (planning, export, ui) after an intended change; review the diff
goldens:
	$(GO) test -count=1 ./planning/ ./export/ ./ui/... -update
	@git status --short -- '*/testdata/*' 2>/dev/null || true

# The README's pictures. The app screens come from the smoke test, which
# visits every screen of the sidebar; the PDF pages are the cover, the
# first page of the summary and the first page of the Balans chapter of
# the demo plan's Dutch PDF, found by the chapter's own heading (a line
# "1  Samenvatting" with nothing after it, which the contents page, with
# its page numbers, never has) rather than by number, so that a longer
# chapter does not shift them. The workshop
# pictures (app-workshop*.png) need a guided session and a presentation
# that the smoke test does not drive; they are taken by hand.
## screenshots: retake docs/img: every app screen under Xvfb and three pages of the demo PDF
screenshots: build
	./ui/smoke.sh $(BIN) --screenshots $(IMG)
	@set -e; tmp=$$(mktemp -d); trap 'rm -rf "$$tmp"' EXIT; \
	  $(BIN) demo --out "$$tmp/demo.balans"; \
	  $(BIN) export --in "$$tmp/demo.balans" --out "$$tmp/plan.pdf" --lang nl; \
	  pages=$$(pdfinfo "$$tmp/plan.pdf" | awk '/^Pages:/ { print $$2 }'); \
	  page() { for i in $$(seq 1 $$pages); do \
	      pdftotext -f $$i -l $$i -layout "$$tmp/plan.pdf" - | grep -qE "$$1" && { echo $$i; return; }; \
	    done; echo "screenshots: no page with the heading /$$1/ in the demo PDF" >&2; exit 1; }; \
	  shot() { pdftoppm -png -r 60 -f $$2 -l $$2 -singlefile "$$tmp/plan.pdf" $(IMG)/pdf-$$1; \
	    echo "screenshots: saved $(IMG)/pdf-$$1.png (page $$2)"; }; \
	  summary=$$(page '^ *1 +Samenvatting *$$'); chart=$$(page '^ *[0-9]+ +Balans *$$'); \
	  shot cover 1; shot summary $$summary; shot chart $$chart

## floor: the command line's start-up against a do-nothing Go program (paired runs)
floor: build
	$(GO) run ./cmd/floor -bin $(BIN)

## clean: remove bin/ and demo.balans
clean:
	rm -rf bin $(DEMO)

# --- Release and install (docs/release.md) -----------------------------------
# make release builds every package into dist/ (.ci/release.sh); make
# install puts the Linux build in place in rymdport's manner: PREFIX, and
# DESTDIR for a staging root (the .deb is made that way). The programs come
# from RELEASE_DIR, which make release-linux fills; install builds nothing,
# so that `sudo make install` writes nothing into the work tree.
PREFIX      ?= /usr/local
DIST        := dist
RELEASE_DIR ?= $(DIST)/linux
APPID       := nl.balansplan.app
ICON_SIZES  := 16 24 32 48 64 128 256 512
MIME_SIZES  := 16 24 32 48 64 128 256
SHARE        = $(DESTDIR)$(PREFIX)/share

.PHONY: release release-linux release-windows install uninstall wine-check

## release: build dist/: Linux programs and .deb, Windows .exe and .msi (installs mingw-w64, wixl)
release:
	@./.ci/release.sh all

## release-linux: the Linux half of release only: dist/linux and the .deb
release-linux:
	@./.ci/release.sh linux

## release-windows: the Windows half of release only: dist/windows and the .msi
release-windows:
	@./.ci/release.sh windows

## install: install the release-linux build into $(DESTDIR)$(PREFIX) with desktop file, icons, MIME type, metainfo
install:
	@test -x $(RELEASE_DIR)/balansplan-gui || { echo "install: no $(RELEASE_DIR)/balansplan-gui; run make release-linux first"; exit 1; }
	install -Dm0755 $(RELEASE_DIR)/balansplan $(DESTDIR)$(PREFIX)/bin/balansplan
	install -Dm0755 $(RELEASE_DIR)/balansplan-gui $(DESTDIR)$(PREFIX)/bin/balansplan-gui
	install -Dm0644 assets/packaging/linux/$(APPID).desktop $(SHARE)/applications/$(APPID).desktop
	install -Dm0644 $(RELEASE_DIR)/$(APPID).metainfo.xml $(SHARE)/metainfo/$(APPID).metainfo.xml
	install -Dm0644 assets/packaging/linux/$(APPID).xml $(SHARE)/mime/packages/$(APPID).xml
	@for s in $(ICON_SIZES); do \
	  install -Dm0644 $(DIST)/icons/hicolor/$${s}x$${s}/apps/$(APPID).png $(SHARE)/icons/hicolor/$${s}x$${s}/apps/$(APPID).png; done
	@for s in $(MIME_SIZES); do \
	  install -Dm0644 $(DIST)/icons/hicolor/$${s}x$${s}/mimetypes/application-x-balansplan.png \
	    $(SHARE)/icons/hicolor/$${s}x$${s}/mimetypes/application-x-balansplan.png; done
	@# Into the live system (no DESTDIR): tell the desktop about the new
	@# file type, application and icons. A package's triggers do this itself.
	@if [ -z "$(DESTDIR)" ]; then \
	  update-mime-database $(SHARE)/mime 2>/dev/null || true; \
	  update-desktop-database -q $(SHARE)/applications 2>/dev/null || true; \
	  gtk-update-icon-cache -q -t -f $(SHARE)/icons/hicolor 2>/dev/null || true; fi

## uninstall: remove what install put into $(DESTDIR)$(PREFIX)
uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/balansplan $(DESTDIR)$(PREFIX)/bin/balansplan-gui
	rm -f $(SHARE)/applications/$(APPID).desktop $(SHARE)/metainfo/$(APPID).metainfo.xml $(SHARE)/mime/packages/$(APPID).xml
	@for s in $(ICON_SIZES); do rm -f $(SHARE)/icons/hicolor/$${s}x$${s}/apps/$(APPID).png; done
	@for s in $(MIME_SIZES); do rm -f $(SHARE)/icons/hicolor/$${s}x$${s}/mimetypes/application-x-balansplan.png; done
	@if [ -z "$(DESTDIR)" ]; then update-mime-database $(SHARE)/mime 2>/dev/null || true; \
	  update-desktop-database -q $(SHARE)/applications 2>/dev/null || true; fi

## wine-check: run the Windows command line under Wine on the demo plan and compare with Linux (after release)
wine-check:
	@./.ci/wine-check.sh
