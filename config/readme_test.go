package config

import (
	"os"
	"strings"
	"testing"
)

// TestReadmeListsEveryVariable keeps the README's configuration table in step
// with Variables: each variable appears in a row with its default.
func TestReadmeListsEveryVariable(t *testing.T) {
	readme, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	rows := map[string]string{}
	for _, line := range strings.Split(string(readme), "\n") {
		cells := strings.Split(line, "|")
		if len(cells) > 3 && strings.HasPrefix(strings.TrimSpace(cells[1]), "`XIANGCAI_") {
			rows[strings.Trim(strings.TrimSpace(cells[1]), "`")] = strings.Trim(strings.TrimSpace(cells[2]), "`")
		}
	}
	for _, v := range Variables {
		def, ok := rows[v.Name]
		if !ok {
			t.Errorf("README does not list %s", v.Name)
			continue
		}
		if want := v.Default; def != want && !(want == "" && def == "(empty)") {
			t.Errorf("README gives %s the default %q, the code %q", v.Name, def, want)
		}
	}
	if len(rows) != len(Variables) {
		t.Errorf("README lists %d variables, the code knows %d", len(rows), len(Variables))
	}
}
