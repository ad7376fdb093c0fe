package main

import (
	"strings"
	"testing"
)

// stream is go test -json output, trimmed, for a passing package, a package
// with a failing test, a failing subtest and a skip, and one that did not build.
const stream = `{"Action":"start","Package":"x/ok"}
{"Action":"run","Package":"x/ok","Test":"TestOK"}
{"Action":"output","Package":"x/ok","Test":"TestOK","Output":"=== RUN   TestOK\n"}
{"Action":"output","Package":"x/ok","Test":"TestOK","Output":"    ok_test.go:7: quiet when passing\n"}
{"Action":"output","Package":"x/ok","Test":"TestOK","Output":"--- PASS: TestOK (0.00s)\n"}
{"Action":"pass","Package":"x/ok","Test":"TestOK"}
{"Action":"output","Package":"x/ok","Output":"PASS\n"}
{"Action":"output","Package":"x/ok","Output":"ok  \tx/ok\t0.01s\n"}
{"Action":"pass","Package":"x/ok"}
{"Action":"start","Package":"x/a"}
{"Action":"run","Package":"x/a","Test":"TestFail"}
{"Action":"output","Package":"x/a","Test":"TestFail","Output":"=== RUN   TestFail\n"}
{"Action":"output","Package":"x/a","Test":"TestFail","Output":"    a_test.go:9: boom\n"}
{"Action":"output","Package":"x/a","Test":"TestFail","Output":"--- FAIL: TestFail (0.00s)\n"}
{"Action":"fail","Package":"x/a","Test":"TestFail"}
{"Action":"run","Package":"x/a","Test":"TestSub/bad"}
{"Action":"output","Package":"x/a","Test":"TestSub/bad","Output":"    a_test.go:14: sub boom\n"}
{"Action":"output","Package":"x/a","Test":"TestSub/bad","Output":"    --- FAIL: TestSub/bad (0.00s)\n"}
{"Action":"fail","Package":"x/a","Test":"TestSub/bad"}
{"Action":"output","Package":"x/a","Test":"TestSub","Output":"--- FAIL: TestSub (0.00s)\n"}
{"Action":"fail","Package":"x/a","Test":"TestSub"}
{"Action":"output","Package":"x/a","Test":"TestSkip","Output":"--- SKIP: TestSkip (0.00s)\n"}
{"Action":"skip","Package":"x/a","Test":"TestSkip"}
{"Action":"output","Package":"x/a","Output":"FAIL\n"}
{"Action":"output","Package":"x/a","Output":"FAIL\tx/a\t0.01s\n"}
{"Action":"fail","Package":"x/a"}
{"ImportPath":"x/b","Action":"build-output","Output":"b/b.go:3:1: syntax error\n"}
{"ImportPath":"x/b","Action":"build-fail"}
{"Action":"output","Package":"x/b","Output":"FAIL\tx/b [build failed]\n"}
{"Action":"fail","Package":"x/b","FailedBuild":"x/b"}
go: warning: not JSON
`

const want = `ok  	x/ok	0.01s
--- FAIL: TestFail (0.00s)
    a_test.go:9: boom
    --- FAIL: TestSub/bad (0.00s)
    a_test.go:14: sub boom
--- FAIL: TestSub (0.00s)
FAIL
FAIL	x/a	0.01s
b/b.go:3:1: syntax error
FAIL	x/b [build failed]
go: warning: not JSON
sqlite: 1 passed, 4 failed, 1 skipped
`

func TestSummarizePrintsWhatPlainGoTestWouldAndCounts(t *testing.T) {
	var out strings.Builder
	closing := summarize(strings.NewReader(stream), &out, "sqlite", false)
	if out.String() != want {
		t.Errorf("output:\n%s\nwant:\n%s", out.String(), want)
	}
	if closing != "sqlite: 1 passed, 4 failed, 1 skipped\n" {
		t.Errorf("closing line %q", closing)
	}
}

func TestSummarizePrintsOutputOfATestThatNeverEnded(t *testing.T) {
	const panicked = `{"Action":"output","Package":"x/p","Test":"TestHang","Output":"panic: test timed out\n"}
{"Action":"output","Package":"x/p","Output":"FAIL\tx/p\t600s\n"}
{"Action":"fail","Package":"x/p"}
`
	var out strings.Builder
	summarize(strings.NewReader(panicked), &out, "t", false)
	if want := "panic: test timed out\nFAIL\tx/p\t600s\nt: 0 passed, 1 failed, 0 skipped\n"; out.String() != want {
		t.Errorf("output:\n%s\nwant:\n%s", out.String(), want)
	}
}
