# atsmatch developer targets. Every setup step CI needs lives here.
GO        ?= go
BIN       := bin/atsmatch
PKG       := github.com/atsmatch/atsmatch
VERSION   ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
COMMIT    ?= $(shell git rev-parse --short HEAD 2>/dev/null || echo none)
LDFLAGS   := -s -w -X $(PKG)/pkg/cli.version=$(VERSION) -X $(PKG)/pkg/cli.commit=$(COMMIT)
SHARED    ?= ../shared
FUZZTIME  ?= 10s
export CGO_ENABLED := 0

.PHONY: all build demo test test-corpus e2e bench fuzz-short lint staticcheck generate check-generated golden eval eval-pdf tidy-check clean

all: build

build:
	$(GO) build -trimpath -ldflags "$(LDFLAGS)" -o $(BIN) ./cmd/atsmatch

## demo: run atsmatch on the bundled example job and resume.
demo: build
	./$(BIN) match --job testdata/examples/job-backend.txt testdata/examples/resume-backend.md

## test: unit, golden and CLI script tests with the race detector (needs cgo for -race); under a
## minute on 2 cores. The race runtime sleeps 1 s at every exit by default, and testscript runs
## the binary once per command: atexit_sleep_ms=0 saves about a minute.
test:
	CGO_ENABLED=1 GORACE=atexit_sleep_ms=0 $(GO) test -race -count=1 ./...

## test-corpus: the corpus and evaluation tests (build tag corpus, no -race): every file under
## $(SHARED)/data read, PDF text against pdftotext (installed when apt-get can, else F1 is
## skipped), the whole evaluation run. Each skips cleanly without $(SHARED).
test-corpus:
	command -v pdftotext >/dev/null || (apt-get update -qq && apt-get install -y -qq poppler-utils >/dev/null) || echo "pdftotext not installed: PDF text F1 not measured"
	$(GO) test -tags corpus -count=1 -run '^(TestCorpus|TestCorpusAll|TestRunShared|TestPairsShared|TestRequirementsShared)$$' ./...

e2e:
	$(GO) test -count=1 ./pkg/cli -run TestScript

bench:
	$(GO) test -run '^$$' -bench . -benchmem ./...

## fuzz-short: run every fuzz target briefly (FUZZTIME each).
fuzz-short:
	@set -e; for pkg in $$($(GO) list ./...); do \
	  for f in $$($(GO) test -list '^Fuzz' $$pkg 2>/dev/null | grep '^Fuzz' || true); do \
	    echo "== $$pkg $$f"; $(GO) test -run '^$$' -fuzz "^$$f$$" -fuzztime $(FUZZTIME) $$pkg; \
	  done; done

lint: staticcheck
	@out=$$(gofmt -s -l $$(git ls-files '*.go')); if [ -n "$$out" ]; then echo "gofmt -s needed:"; echo "$$out"; exit 1; fi
	$(GO) vet ./...
	$(GO) vet -tags corpus ./...

## staticcheck: pinned, fetched through the module proxy by go run (CI needs nothing else).
STATICCHECK := honnef.co/go/tools/cmd/staticcheck@v0.8.2
staticcheck:
	$(GO) run $(STATICCHECK) ./...
	$(GO) run $(STATICCHECK) -tags corpus ./...

generate:
	$(GO) generate ./...

check-generated: generate
	git diff --exit-code -- pkg/keywords/data

## golden: rewrite every golden file (each package with an -update flag, and the CLI scripts).
golden:
	$(GO) test -count=1 $$(grep -rl --include='*_test.go' 'flag.Bool("update"' pkg | xargs -n1 dirname | sort -u | sed 's|^|./|') -update
	ATSMATCH_UPDATE=1 $(GO) test -count=1 ./pkg/cli -run TestScript

tidy-check:
	$(GO) mod tidy -diff

clean:
	rm -rf bin

## import-dict: regenerate data/src/imported-*.yaml from the public data sets, then keywords.json.
## WORDS is an English word list (Debian wamerican: /usr/share/dict/words); optional.
WORDS     ?= /usr/share/dict/words
.PHONY: import-dict
import-dict:
	$(GO) run ./pkg/keywords/internal/importer -shared $(SHARED) -out pkg/keywords/data/src $(if $(wildcard $(WORDS)),-english $(WORDS))
	$(GO) generate ./pkg/keywords

## eval: accuracy on the seed posting and SkillSpan, breadth per job family, a relevance proxy, atsmatch check's
## findings and document kinds, and the recruiter pairs' verdicts and scores (prints "skipped" without ../shared). EVAL_FLAGS='-false-hits dev.json' also lists each
## false hard hit with its sentence; EVAL_FLAGS='-missed train.json' each missed gold knowledge span by head word;
## EVAL_FLAGS=-pairs-detail every recruiter-pair ask with its verdict;
## EVAL_FLAGS=-checks only the check evaluation.
eval:
	$(GO) run ./pkg/internal/eval -shared $(SHARED) $(EVAL_FLAGS)

## eval-pdf: atsmatch's PDF text vs poppler's pdftotext on the shared PDFs (words F1, time ratio,
## in-process files/s). pdftotext is a dev-time reference only, never a runtime dependency.
eval-pdf: build
	command -v pdftotext || (apt-get update && apt-get install -y poppler-utils)
	$(GO) run ./pkg/internal/evalpdf -shared $(SHARED) -bin $(BIN)

## e2e-html: load the match and rank HTML reports in headless Chromium (DOM dump + screenshot; the
## rank page's sort and filter script run in a 420-pixel frame). Chromium is a dev-time check only:
## the pages read the same without scripts.
.PHONY: e2e-html
e2e-html:
	command -v chromium || (apt-get update && apt-get install -y chromium)
	ATSMATCH_BROWSER=$$(command -v chromium) $(GO) test -run 'HTMLInBrowser' -count=1 ./pkg/render
