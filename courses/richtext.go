package courses

import (
	"strings"
	"sync"

	"github.com/microcosm-cc/bluemonday"
)

// richTextPolicy is bluemonday's policy for user-generated content: text
// formatting, links, images and tables, and no scripts, styles, event
// handler attributes or javascript: URLs. A policy is safe for concurrent
// use once built.
var richTextPolicy = sync.OnceValue(bluemonday.UGCPolicy)

// sanitize returns html with everything unsafe removed, trimmed, and ""
// when nothing visible remains of markup alone.
func sanitize(html string) string {
	return strings.TrimSpace(richTextPolicy().Sanitize(html))
}
