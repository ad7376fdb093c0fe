package talentpool

import (
	"time"

	"github.com/uptrace/bun"

	"xiangcai"
	"xiangcai/courses"
)

// reviewText names an annual review in not_found and conflict messages.
var reviewText = xiangcai.Text{ZH: "年度复核", EN: "annual review"}

// Review is the annual review of one city's pool for one calendar year.
// Starting it walks every active talent once and writes an item for each;
// it is complete when no item waits for a decision.
type Review struct {
	bun.BaseModel `bun:"table:talent_reviews,alias:rv"`

	ID        string `bun:"id,pk"`
	CityCode  string
	Year      int
	StartedAt time.Time
	StartedBy string
	// Talents is how many active talents the review walked; Flagged how
	// many had a flag; Pending how many still wait for a decision.
	Talents     int
	Flagged     int
	Pending     int
	CompletedAt time.Time `bun:"completed_at,nullzero"`
}

// Decision is what an annual review decided for one talent.
type Decision string

// The decisions. Items without flags are kept automatically; flagged ones
// are pending until an administrator keeps, suspends or exits the talent.
const (
	DecisionPending Decision = "pending"
	DecisionKeep    Decision = "keep"
	DecisionSuspend Decision = "suspend"
	DecisionExit    Decision = "exit"
)

// Decisions lists the decisions.
var Decisions = courses.Vocabulary[Decision]{
	{Code: DecisionPending, Label: xiangcai.Text{ZH: "待处理", EN: "Pending"}},
	{Code: DecisionKeep, Label: xiangcai.Text{ZH: "保留", EN: "Keep"}},
	{Code: DecisionSuspend, Label: xiangcai.Text{ZH: "暂停", EN: "Suspend"}},
	{Code: DecisionExit, Label: xiangcai.Text{ZH: "退出", EN: "Exit"}},
}

// decisionStatus is the status each decision moves a talent to.
var decisionStatus = map[Decision]Status{DecisionKeep: StatusActive, DecisionSuspend: StatusSuspended, DecisionExit: StatusExited}

// ReviewItem is one talent in an annual review, with the flags found when
// it started.
type ReviewItem struct {
	bun.BaseModel `bun:"table:talent_review_items,alias:ri"`

	ID       string `bun:"id,pk"`
	ReviewID string
	TalentID string
	// OrganizationID is the talent's organization when the review started.
	OrganizationID string `bun:"organization_id,nullzero"`
	// CreditTenths is the talent's credit hours in the review's year, in
	// tenths, when the review started.
	CreditTenths int
	// NoCreditHours: no credit hours in the year (a talent with no linked
	// account has none that Xiangcai can see).
	NoCreditHours bool
	// LeftOrganization: the organization was deleted, or the talent's link
	// to an organization was cleared or changed since the city's previous
	// review (or since the year began, for a city's first review).
	LeftOrganization bool
	// QualificationExpired: the registration of the qualification ran out
	// before the review started.
	QualificationExpired bool
	Decision             Decision
	DecidedAt            time.Time `bun:"decided_at,nullzero"`
	DecidedBy            string    `bun:"decided_by,nullzero"`
	Reason               string    `bun:"reason,nullzero"`

	// Talent is read with the item, for lists.
	Talent *Talent `bun:"rel:belongs-to,join:talent_id=id"`
}

// Flagged reports whether the review found anything about the talent.
func (i *ReviewItem) Flagged() bool {
	return i.NoCreditHours || i.LeftOrganization || i.QualificationExpired
}

// Cursor returns the cursor of the page that follows i in FindReviewItems.
func (i *ReviewItem) Cursor() string { return xiangcai.EncodeCursor(i.ID) }
