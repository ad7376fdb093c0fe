package talentpool

import (
	"slices"
	"time"

	"github.com/uptrace/bun"

	"xiangcai"
	"xiangcai/courses"
)

// Status is where a talent stands in the lifecycle of the pool.
type Status string

// The lifecycle: nominated → under review → active → suspended / exited.
const (
	StatusNominated   Status = "nominated"    // 已提名
	StatusUnderReview Status = "under_review" // 审核中
	StatusActive      Status = "active"       // 在库
	StatusSuspended   Status = "suspended"    // 暂停
	StatusExited      Status = "exited"       // 已退出
)

// Statuses lists the statuses in lifecycle order.
var Statuses = courses.Vocabulary[Status]{
	{Code: StatusNominated, Label: xiangcai.Text{ZH: "已提名", EN: "Nominated"}},
	{Code: StatusUnderReview, Label: xiangcai.Text{ZH: "审核中", EN: "Under review"}},
	{Code: StatusActive, Label: xiangcai.Text{ZH: "在库", EN: "Active"}},
	{Code: StatusSuspended, Label: xiangcai.Text{ZH: "暂停", EN: "Suspended"}},
	{Code: StatusExited, Label: xiangcai.Text{ZH: "已退出", EN: "Exited"}},
}

// next lists the statuses each status may change to. A nominee goes to
// review or is withdrawn; a review admits, sends back or rejects; an active
// talent is suspended or exits; a suspended one comes back or exits.
// Exited is final.
var next = map[Status][]Status{
	StatusNominated:   {StatusUnderReview, StatusExited},
	StatusUnderReview: {StatusActive, StatusNominated, StatusExited},
	StatusActive:      {StatusSuspended, StatusExited},
	StatusSuspended:   {StatusActive, StatusExited},
}

// CanBecome reports whether a talent with status s may change to to.
func (s Status) CanBecome(to Status) bool { return slices.Contains(next[s], to) }

// Transition is one step in a talent's history: a change of status, or a
// move to another city's pool with the status unchanged. The first
// transition of every talent, with no FromStatus, is their entry into the
// pool. The pool on any past date is rebuilt from these rows.
type Transition struct {
	bun.BaseModel `bun:"table:talent_transitions,alias:tt"`

	ID       string `bun:"id,pk"`
	TalentID string
	// CityCode is the pool the talent is in from At on.
	CityCode   string
	FromStatus Status `bun:"from_status,nullzero"`
	ToStatus   Status
	At         time.Time
	ByUserID   string
	Reason     string
}

// checkReason trims and checks the reason every transition needs.
func checkReason(reason string) (string, error) {
	return checkText("reason", reason, 500, true, true)
}

// requireNext returns a conflict unless a talent with status from may
// change to to.
func requireNext(from, to Status) error {
	if !Statuses.Has(to) {
		return xiangcai.Invalid("to_status", "状态无效", "unknown status")
	}
	if !from.CanBecome(to) {
		f, t := Statuses.Label(from), Statuses.Label(to)
		e := xiangcai.Errorf(xiangcai.ECONFLICT, "不能从「"+f.ZH+"」变为「"+t.ZH+"」", "a talent cannot go from "+f.EN+" to "+t.EN)
		return e.WithField("to_status", e.Message.ZH, e.Message.EN)
	}
	return nil
}
