// Command testsum reads `go test -json` on standard input and prints what a
// plain `go test` would (the output of failed tests, then each package's
// ok/FAIL line), followed by one closing line that counts the tests:
//
//	sqlite: 212 passed, 0 failed, 3 skipped
//
// scripts/test uses it so that each pass of the suite ends with a count.
// Lines that are not JSON (go command errors) are printed as they come.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
)

func main() {
	label := flag.String("label", "tests", "one word that starts the closing line")
	verbose := flag.Bool("v", false, "print all test output, as go test -v does")
	summary := flag.String("summary", "", "also write the closing line to this file")
	flag.Parse()

	closing := summarize(os.Stdin, os.Stdout, *label, *verbose)
	if *summary != "" {
		if err := os.WriteFile(*summary, []byte(closing), 0o644); err != nil {
			fmt.Fprintf(os.Stderr, "testsum: %v\n", err)
		}
	}
}

type event struct {
	Action  string
	Package string
	Test    string
	Output  string
}

type key struct{ pkg, test string }

// summarize copies the test output from in to out as described above and
// returns the closing line it printed last.
func summarize(in io.Reader, w io.Writer, label string, verbose bool) string {
	out := bufio.NewWriter(w)
	defer out.Flush()
	var passed, failed, skipped int
	buffered := map[key]*strings.Builder{}
	testFailed := map[string]bool{}

	lines := bufio.NewScanner(in)
	lines.Buffer(make([]byte, 1<<20), 16<<20)
	for lines.Scan() {
		line := lines.Bytes()
		var e event
		if len(line) == 0 || line[0] != '{' || json.Unmarshal(line, &e) != nil {
			fmt.Fprintf(out, "%s\n", line)
			out.Flush()
			continue
		}
		k := key{e.Package, e.Test}
		switch {
		case e.Action == "build-output":
			out.WriteString(e.Output)
		case e.Test == "" && e.Action == "output":
			if strings.HasPrefix(e.Output, "FAIL") {
				flushPackage(out, buffered, e.Package)
			}
			if verbose || e.Output != "PASS\n" {
				out.WriteString(e.Output)
			}
		case e.Test == "" && e.Action == "fail":
			// A package that failed with no failed test (build error, panic
			// outside a test, timeout) still counts as one failure.
			if !testFailed[e.Package] {
				failed++
			}
			flushPackage(out, buffered, e.Package)
		case e.Test == "" && (e.Action == "pass" || e.Action == "skip"):
			flushPackage(out, buffered, e.Package)
		case e.Test == "":
		case e.Action == "output":
			if verbose {
				out.WriteString(e.Output)
			} else if !isProgress(e.Output) {
				b := buffered[k]
				if b == nil {
					b = &strings.Builder{}
					buffered[k] = b
				}
				b.WriteString(e.Output)
			}
		case e.Action == "pass":
			passed++
			delete(buffered, k)
		case e.Action == "skip":
			skipped++
			delete(buffered, k)
		case e.Action == "fail":
			failed++
			testFailed[e.Package] = true
			if b := buffered[k]; b != nil {
				out.WriteString(resultFirst(b.String(), e.Test))
			}
			delete(buffered, k)
		}
		out.Flush()
	}
	if err := lines.Err(); err != nil {
		fmt.Fprintf(out, "testsum: reading go test output: %v\n", err)
		failed++
	}
	closing := fmt.Sprintf("%s: %d passed, %d failed, %d skipped\n", label, passed, failed, skipped)
	out.WriteString(closing)
	return closing
}

// resultFirst moves a failed test's "--- FAIL: Name" line before its log
// lines, where a plain go test prints it.
func resultFirst(output, test string) string {
	lines := strings.SplitAfter(output, "\n")
	for i := len(lines) - 1; i > 0; i-- {
		if strings.HasPrefix(strings.TrimLeft(lines[i], " "), "--- FAIL: "+test+" ") {
			result := lines[i]
			copy(lines[1:i+1], lines[:i])
			lines[0] = result
			break
		}
	}
	return strings.Join(lines, "")
}

// isProgress reports whether a line is one of go test -v's progress markers,
// which a plain go test does not print.
func isProgress(s string) bool {
	for _, p := range []string{"=== RUN", "=== PAUSE", "=== CONT", "=== NAME"} {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// flushPackage prints the output of tests that never reported a result, such
// as the one running when the test binary panicked or timed out.
func flushPackage(out *bufio.Writer, buffered map[key]*strings.Builder, pkg string) {
	var tests []string
	for k := range buffered {
		if k.pkg == pkg {
			tests = append(tests, k.test)
		}
	}
	sort.Strings(tests)
	for _, t := range tests {
		out.WriteString(buffered[key{pkg, t}].String())
		delete(buffered, key{pkg, t})
	}
}
