package database

import "testing"

func TestExecModeKeepsTheOperatorsChoice(t *testing.T) {
	cases := map[string]string{
		"postgres://u@h/db":                                        "postgres://u@h/db?default_query_exec_mode=exec",
		"postgres://u@h/db?sslmode=disable":                        "postgres://u@h/db?default_query_exec_mode=exec&sslmode=disable",
		"postgres://u@h/db?default_query_exec_mode=cache_describe": "postgres://u@h/db?default_query_exec_mode=cache_describe",
	}
	for in, want := range cases {
		if got := execMode(in); got != want {
			t.Errorf("execMode(%q) = %q, want %q", in, got, want)
		}
	}
}
