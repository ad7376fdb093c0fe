package database

import (
	"fmt"
	"testing"

	"xiangcai"
)

// TestWriterWaitIsUnavailable checks that a SQLite transaction that
// waited too long for its turn reaches clients as unavailable (503: send
// it again), wrapped or not, rather than as an internal error.
func TestWriterWaitIsUnavailable(t *testing.T) {
	what := xiangcai.Text{ZH: "记录", EN: "record"}
	for _, err := range []error{errWriterBusy, fmt.Errorf("begin: %w", errWriterBusy)} {
		if code := xiangcai.ErrorCode(Err(err, what)); code != xiangcai.EUNAVAILABLE {
			t.Errorf("%v: %s", err, code)
		}
	}
}
