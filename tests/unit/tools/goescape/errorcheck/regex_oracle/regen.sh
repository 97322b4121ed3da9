#!/bin/sh
# regen.sh: regenerate regex_golden.jsonl, go1.19's regexp results for the
# hand-written cases (cases.json) and for every ERROR pattern of Go's -m
# errorcheck tests paired with gc's messages (oracle.go explains). Run
# tests/lit/errorcheck/regen.sh first if the gc outputs are missing.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
lit=$here/../../../../../lit/errorcheck
export PATH=/usr/lib/go-1.19/bin:$PATH GOFLAGS= GOENV=off
cd "$here"
go run oracle.go -cases cases.json -tests /usr/share/go-1.19/test \
  -list "$lit/Inputs/m-tests.txt" -gcoutput "$lit/Inputs/gc-output" > regex_golden.jsonl
echo "regex_golden.jsonl: $(wc -l < regex_golden.jsonl) cases"
