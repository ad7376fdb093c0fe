package web

import (
	"io/fs"
	"regexp"
	"testing"

	"xiangcai"
)

func TestMessagesAreBilingual(t *testing.T) {
	for key, text := range messages {
		if text.ZH == "" || text.EN == "" {
			t.Errorf("message %q lacks a language: %+v", key, text)
		}
	}
	for _, role := range xiangcai.Roles {
		if _, ok := messages["role."+string(role)]; !ok {
			t.Errorf("no message names the role %s", role)
		}
	}
}

// TestTemplatesUseKnownMessages catches a misspelt key in a branch of a
// template that the page tests may not reach.
func TestTemplatesUseKnownMessages(t *testing.T) {
	uses := regexp.MustCompile(`\bt "([^"]+)"`)
	err := fs.WalkDir(templateFiles, "templates", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		body, err := templateFiles.ReadFile(path)
		for _, m := range uses.FindAllStringSubmatch(string(body), -1) {
			if _, ok := messages[m[1]]; !ok {
				t.Errorf("%s uses the unknown message %q", path, m[1])
			}
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
}

func TestTranslate(t *testing.T) {
	if got, _ := translate("en", "home.greeting", "Li Hua"); got != "Hello, Li Hua" {
		t.Errorf("English greeting = %q", got)
	}
	if got, _ := translate("zh-CN", "home.greeting", "李华"); got != "您好，李华" {
		t.Errorf("Chinese greeting = %q", got)
	}
	if _, err := translate("zh-CN", "no.such.key"); err == nil {
		t.Error("an unknown key gave no error")
	}
}
