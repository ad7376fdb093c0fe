# Everyday commands. The scripts in scripts/ do the work; see each one's
# header for its options.

GO ?= go
PKGS ?= ./...

.PHONY: demo test build bench fmt vet deps clean

## demo: build, load demo data and serve on http://localhost:8080 (SQLite, ./data)
demo:
	bash scripts/demo

## test: gofmt, go vet, then go test -race on SQLite + folder and on PostgreSQL + MinIO
test:
	bash scripts/test $(PKGS)

## build: compile bin/xiangcai
build:
	$(GO) build -o bin/xiangcai ./cmd/xiangcai

## bench: run the benchmarks (each reports its baseline from the same run) on
## SQLite + folder and on PostgreSQL + MinIO. Figures: docs/PERFORMANCE.md
bench:
	bash scripts/bench $(PKGS)

## fmt: format the Go code
fmt:
	$(GO) fmt $(PKGS)

## vet: go vet
vet:
	$(GO) vet $(PKGS)

## deps: install what the tests need (chromium, ffmpeg, PostgreSQL, MinIO)
deps:
	bash scripts/deps

clean:
	rm -rf bin
