package config

import (
	"bufio"
	"os"
	"regexp"
	"sort"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"
)

// These tests keep the deployment files at the repository root honest: the
// variables they set must be ones Xiangcai reads, and the services must wait
// for each other's health.

type composeFile struct {
	Services map[string]composeService `yaml:"services"`
}

type composeService struct {
	Environment yaml.Node `yaml:"environment"`
	DependsOn   yaml.Node `yaml:"depends_on"`
	Healthcheck *struct {
		Test    yaml.Node `yaml:"test"`
		Disable bool      `yaml:"disable"`
	} `yaml:"healthcheck"`
}

func readCompose(t *testing.T) composeFile {
	t.Helper()
	raw, err := os.ReadFile("../docker-compose.yml")
	if err != nil {
		t.Fatalf("docker-compose.yml: %v", err)
	}
	var f composeFile
	if err := yaml.Unmarshal(raw, &f); err != nil {
		t.Fatalf("docker-compose.yml: %v", err)
	}
	if len(f.Services) == 0 {
		t.Fatal("docker-compose.yml defines no services")
	}
	return f
}

// composeEnvironment reads a service's environment in either of compose's
// forms: a mapping, or a list of NAME=value strings.
func composeEnvironment(t *testing.T, service string, n *yaml.Node) map[string]string {
	t.Helper()
	vars := map[string]string{}
	switch n.Kind {
	case 0: // no environment
	case yaml.MappingNode:
		for i := 0; i+1 < len(n.Content); i += 2 {
			vars[n.Content[i].Value] = n.Content[i+1].Value
		}
	case yaml.SequenceNode:
		for _, item := range n.Content {
			name, value, _ := strings.Cut(item.Value, "=")
			vars[name] = value
		}
	default:
		t.Fatalf("service %s: environment is neither a mapping nor a list", service)
	}
	return vars
}

func serviceNames(f composeFile) []string {
	names := make([]string, 0, len(f.Services))
	for name := range f.Services {
		names = append(names, name)
	}
	sort.Strings(names)
	return names
}

func TestComposeSetsOnlyKnownVariables(t *testing.T) {
	f := readCompose(t)
	seen := 0
	for _, name := range serviceNames(f) {
		svc := f.Services[name]
		for v := range composeEnvironment(t, name, &svc.Environment) {
			if !strings.HasPrefix(v, "XIANGCAI_") {
				continue
			}
			seen++
			if !Known(v) {
				t.Errorf("service %s sets %s, which is not in config.Variables", name, v)
			}
		}
	}
	if seen == 0 {
		t.Error("docker-compose.yml sets no XIANGCAI_ variable")
	}
}

// requiredVariable matches compose's ${NAME:?message}, which refuses to start
// when NAME is unset or empty.
var requiredVariable = regexp.MustCompile(`^\$\{[A-Za-z_][A-Za-z0-9_]*:\?[^}]*\}$`)

func TestComposeShipsNoSecret(t *testing.T) {
	f := readCompose(t)
	for _, name := range serviceNames(f) {
		svc := f.Services[name]
		for v, value := range composeEnvironment(t, name, &svc.Environment) {
			if !strings.Contains(v, "SECRET") && !strings.Contains(v, "PASSWORD") {
				continue
			}
			if !requiredVariable.MatchString(value) {
				t.Errorf("service %s: %s = %q; secrets must come from the environment as ${NAME:?message}", name, v, value)
			}
		}
	}
}

func TestComposeServerWaitsForHealthyServices(t *testing.T) {
	f := readCompose(t)
	app, ok := f.Services["xiangcai"]
	if !ok {
		t.Fatal("docker-compose.yml has no xiangcai service")
	}
	conditions := map[string]string{}
	if app.DependsOn.Kind != yaml.MappingNode {
		t.Fatal("xiangcai: depends_on must be a mapping with a condition for each service")
	}
	for i := 0; i+1 < len(app.DependsOn.Content); i += 2 {
		var dep struct {
			Condition string `yaml:"condition"`
		}
		if err := app.DependsOn.Content[i+1].Decode(&dep); err != nil {
			t.Fatalf("xiangcai: depends_on: %v", err)
		}
		conditions[app.DependsOn.Content[i].Value] = dep.Condition
	}
	for _, dep := range []string{"postgres", "minio"} {
		if conditions[dep] != "service_healthy" {
			t.Errorf("xiangcai must depend on %s with condition service_healthy, got %q", dep, conditions[dep])
		}
	}
	for _, name := range serviceNames(f) {
		hc := f.Services[name].Healthcheck
		if hc == nil || hc.Disable || hc.Test.Kind == 0 {
			t.Errorf("service %s has no healthcheck", name)
		}
	}
}

// dockerfileInstruction is one instruction of a Dockerfile, its continuation
// lines joined.
type dockerfileInstruction struct {
	Keyword string // upper case
	Args    string
}

func readDockerfile(t *testing.T) []dockerfileInstruction {
	t.Helper()
	file, err := os.Open("../Dockerfile")
	if err != nil {
		t.Fatalf("Dockerfile: %v", err)
	}
	defer file.Close()
	var out []dockerfileInstruction
	var pending string
	lines := bufio.NewScanner(file)
	for lines.Scan() {
		line := strings.TrimSpace(lines.Text())
		if strings.HasPrefix(line, "#") || (line == "" && pending == "") {
			continue
		}
		if strings.HasSuffix(line, "\\") {
			pending += strings.TrimSuffix(line, "\\") + " "
			continue
		}
		line = strings.TrimSpace(pending + line)
		pending = ""
		keyword, args, _ := strings.Cut(line, " ")
		out = append(out, dockerfileInstruction{strings.ToUpper(keyword), strings.TrimSpace(args)})
	}
	if err := lines.Err(); err != nil {
		t.Fatalf("Dockerfile: %v", err)
	}
	return out
}

func TestDockerfileRunsAsNonRoot(t *testing.T) {
	instructions := readDockerfile(t)
	last := -1
	for i, in := range instructions {
		if in.Keyword == "FROM" {
			last = i
		}
	}
	if last < 0 {
		t.Fatal("Dockerfile has no FROM")
	}
	user, healthcheck := "", false
	for _, in := range instructions[last:] {
		switch in.Keyword {
		case "USER":
			user, _, _ = strings.Cut(in.Args, ":")
		case "HEALTHCHECK":
			healthcheck = !strings.EqualFold(in.Args, "NONE")
		}
	}
	switch user {
	case "":
		t.Error("the Dockerfile's final stage sets no USER, so the server would run as root")
	case "root", "0":
		t.Errorf("the Dockerfile's final stage runs as %q", user)
	}
	if !healthcheck {
		t.Error("the Dockerfile's final stage has no HEALTHCHECK")
	}
}
