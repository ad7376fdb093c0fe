package courses

import "xiangcai"

// Status is where a course is in its life: a draft only its editors see, a
// published course in the catalog, or an archived course that is read-only,
// gone from the catalog and still open to those enrolled in it.
type Status string

// The statuses, in the only order a course moves through them.
const (
	StatusDraft     Status = "draft"
	StatusPublished Status = "published"
	StatusArchived  Status = "archived"
)

// Statuses lists every status in life order.
var Statuses = Vocabulary[Status]{
	{StatusDraft, xiangcai.Text{ZH: "草稿", EN: "Draft"}},
	{StatusPublished, xiangcai.Text{ZH: "已发布", EN: "Published"}},
	{StatusArchived, xiangcai.Text{ZH: "已归档", EN: "Archived"}},
}
