package talentpool

import (
	"time"

	"github.com/uptrace/bun"

	"xiangcai"
	"xiangcai/courses"
)

// The annual selection (年度推选): each city picks outstanding community
// social organizations and their leaders (负责人) every year, at least
// SelectionTarget of each. A selection moves draft → scoring → approved →
// published. In draft the city sets its criteria and nominates; in scoring
// it scores the nominees (and may still nominate, withdraw and choose) and
// marks the ones selected; approving freezes the list of selected nominees;
// publishing makes it public. After approval nothing changes until the
// province reopens the selection, with a reason, which sends it back to
// scoring and takes a published list off the public page until it is
// published again.
//
// Access follows the talent pool's rules: a city administrator reads and
// changes their own city's selections, the province every city's; only the
// province reopens. Another city's selection is not found; creating one
// for another city is forbidden. Every change is audited under the object
// type "selection". The published list is public, with leaders' names
// masked.

// selectionText names an annual selection in not_found and conflict messages.
var selectionText = xiangcai.Text{ZH: "年度推选", EN: "annual selection"}

// SelectionTarget is the fewest outstanding organizations, and the fewest
// leaders, the plan asks each city to select every year (不少于10个).
const SelectionTarget = 10

// SelectionStatus is where an annual selection stands.
type SelectionStatus string

// The statuses, in the order a selection goes through them.
const (
	SelectionDraft     SelectionStatus = "draft"
	SelectionScoring   SelectionStatus = "scoring"
	SelectionApproved  SelectionStatus = "approved"
	SelectionPublished SelectionStatus = "published"
)

// SelectionStatuses lists the statuses in order.
var SelectionStatuses = courses.Vocabulary[SelectionStatus]{
	{Code: SelectionDraft, Label: xiangcai.Text{ZH: "草稿", EN: "Draft"}},
	{Code: SelectionScoring, Label: xiangcai.Text{ZH: "评分中", EN: "Scoring"}},
	{Code: SelectionApproved, Label: xiangcai.Text{ZH: "已批准", EN: "Approved"}},
	{Code: SelectionPublished, Label: xiangcai.Text{ZH: "已公布", EN: "Published"}},
}

// Final reports whether the list of a selection with status s is approved,
// and so frozen: approved or published.
func (s SelectionStatus) Final() bool { return s == SelectionApproved || s == SelectionPublished }

// NomineeKind says what a nominee is.
type NomineeKind string

// The kinds of nominee: an organization of the city that is not deleted,
// or a leader, an active talent of the city's pool in the category
// organization leader (社区社会组织负责人), as the plan picks
// "优秀社区社会组织和负责人".
const (
	NomineeOrganization NomineeKind = "organization"
	NomineeLeader       NomineeKind = "leader"
)

// NomineeKinds lists the kinds, organizations first, as lists show them.
var NomineeKinds = courses.Vocabulary[NomineeKind]{
	{Code: NomineeOrganization, Label: xiangcai.Text{ZH: "优秀社区社会组织", EN: "Outstanding organization"}},
	{Code: NomineeLeader, Label: xiangcai.Text{ZH: "优秀负责人", EN: "Outstanding leader"}},
}

// Selection is one city's annual selection for one calendar year. The
// times and users of approval and publication are those of the latest
// ones, cleared when the province reopens it; the latest reopening keeps
// its reason.
type Selection struct {
	bun.BaseModel `bun:"table:selections,alias:se"`

	ID           string `bun:"id,pk"`
	CityCode     string
	Year         int
	Status       SelectionStatus
	CreatedAt    time.Time
	CreatedBy    string
	ApprovedAt   time.Time `bun:"approved_at,nullzero"`
	ApprovedBy   string    `bun:"approved_by,nullzero"`
	PublishedAt  time.Time `bun:"published_at,nullzero"`
	PublishedBy  string    `bun:"published_by,nullzero"`
	ReopenedAt   time.Time `bun:"reopened_at,nullzero"`
	ReopenedBy   string    `bun:"reopened_by,nullzero"`
	ReopenReason string    `bun:"reopen_reason,nullzero"`

	// Criteria and Nominees are read with the selection by FindSelection,
	// nominees ranked: organizations first, then by total, highest first.
	Criteria []*Criterion `bun:"-"`
	Nominees []*Nominee   `bun:"-"`
	// Tally counts the nominees marked selected.
	Tally Tally `bun:"-"`
}

// MaxTotal is the most points a nominee can get: the sum of the criteria's
// maximums.
func (s *Selection) MaxTotal() int {
	total := 0
	for _, c := range s.Criteria {
		total += c.MaxPoints
	}
	return total
}

// Criterion is one of a selection's scoring criteria (评分标准). Its
// maximum is also its weight: a criterion worth 30 of 100 points weighs
// three times one worth 10.
type Criterion struct {
	bun.BaseModel `bun:"table:selection_criteria,alias:sc" json:"-"`

	ID          string `bun:"id,pk" json:"id"`
	SelectionID string `json:"-"`
	Position    int    `json:"-"`
	Name        string `json:"name"`
	Description string `bun:"description,nullzero" json:"description,omitempty"`
	MaxPoints   int    `json:"max_points"`
}

// Nominee is an organization or a leader nominated in a selection. Name,
// OrganizationName (a leader's organization) and RegionCode are copied
// from the pool when nominated and again when the list is approved.
type Nominee struct {
	bun.BaseModel `bun:"table:selection_nominees,alias:sn" json:"-"`

	ID               string      `bun:"id,pk" json:"id"`
	SelectionID      string      `json:"-"`
	Kind             NomineeKind `json:"kind"`
	OrganizationID   string      `bun:"organization_id,nullzero" json:"organization_id,omitempty"`
	TalentID         string      `bun:"talent_id,nullzero" json:"talent_id,omitempty"`
	Name             string      `json:"name"`
	OrganizationName string      `bun:"organization_name,nullzero" json:"organization_name,omitempty"`
	RegionCode       string      `json:"region_code"`
	// Reason is the nomination's statement (推荐理由).
	Reason      string    `bun:"reason,nullzero" json:"reason,omitempty"`
	Selected    bool      `json:"selected"`
	NominatedAt time.Time `json:"-"`
	NominatedBy string    `json:"-"`

	// Scores are the nominee's scores in the order of the criteria, and
	// TotalTenths their sum, read with the nominee.
	Scores      []*Score `bun:"-" json:"-"`
	TotalTenths int      `bun:"-" json:"-"`
}

// Score is the points one nominee got for one criterion, in tenths.
type Score struct {
	bun.BaseModel `bun:"table:selection_scores,alias:ss"`

	NomineeID   string `bun:"nominee_id,pk"`
	CriterionID string `bun:"criterion_id,pk"`
	SelectionID string
	Tenths      int
	ScoredAt    time.Time
	ScoredBy    string
}
