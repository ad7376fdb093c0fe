package storage

import (
	"strings"
	"unicode/utf8"

	"xiangcai"
)

// checkKey returns an invalid error on field "key" unless key follows the
// rules in the package documentation. Segments starting with a dot are
// refused so that keys never meet the folder store's own files (".uploads",
// ".tmp", sidecars), and so that "." and ".." never reach a path.
func checkKey(key string) error {
	switch {
	case key == "":
		return xiangcai.Invalid("key", "文件路径不能为空", "the key must not be empty")
	case len(key) > MaxKeyLength:
		return xiangcai.Invalid("key", "文件路径过长", "the key is too long")
	case !utf8.ValidString(key):
		return xiangcai.Invalid("key", "文件路径不是有效的 UTF-8", "the key is not valid UTF-8")
	case strings.ContainsRune(key, '\\'):
		return xiangcai.Invalid("key", "文件路径不能包含反斜杠", "the key must not contain a backslash")
	}
	for _, r := range key {
		if r < 0x20 || r == 0x7f {
			return xiangcai.Invalid("key", "文件路径不能包含控制字符", "the key must not contain control characters")
		}
	}
	for seg := range strings.SplitSeq(key, "/") {
		if seg == "" {
			return xiangcai.Invalid("key", "文件路径不能以斜杠开头或结尾，也不能有空段",
				"the key must not start or end with a slash or have empty segments")
		}
		if seg[0] == '.' {
			return xiangcai.Invalid("key", "文件路径的各段不能以点开头", "no key segment may start with a dot")
		}
	}
	return nil
}
