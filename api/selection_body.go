package api

import (
	"time"

	"xiangcai/talentpool"
)

// SelectionBody is an annual selection as lists show it.
type SelectionBody struct {
	ID           string     `json:"id"`
	CityCode     string     `json:"city_code"`
	Year         int        `json:"year"`
	Status       string     `json:"status" enum:"draft,scoring,approved,published"`
	CreatedAt    time.Time  `json:"created_at"`
	CreatedBy    string     `json:"created_by"`
	ApprovedAt   *time.Time `json:"approved_at,omitempty"`
	ApprovedBy   string     `json:"approved_by,omitempty"`
	PublishedAt  *time.Time `json:"published_at,omitempty"`
	PublishedBy  string     `json:"published_by,omitempty"`
	ReopenedAt   *time.Time `json:"reopened_at,omitempty" doc:"the latest reopening by the province"`
	ReopenedBy   string     `json:"reopened_by,omitempty"`
	ReopenReason string     `json:"reopen_reason,omitempty"`
	Tally        TallyBody  `json:"tally"`
}

// TallyBody counts the nominees marked selected against the plan's target.
type TallyBody struct {
	Organizations int          `json:"organizations" doc:"organizations marked selected"`
	Leaders       int          `json:"leaders" doc:"leaders marked selected"`
	Target        int          `json:"target" doc:"the fewest of each the plan asks for every year: 10"`
	BelowTarget   bool         `json:"below_target"`
	Warning       *WarningBody `json:"warning,omitempty" doc:"present while either count is below the target"`
}

// WarningBody is a warning shown to administrators, in both languages.
type WarningBody struct {
	ZH string `json:"zh"`
	EN string `json:"en"`
}

func tallyBody(t talentpool.Tally) TallyBody {
	b := TallyBody{Organizations: t.Organizations, Leaders: t.Leaders, Target: talentpool.SelectionTarget, BelowTarget: t.Short()}
	if w := t.Warning(); w != nil {
		b.Warning = &WarningBody{ZH: w.ZH, EN: w.EN}
	}
	return b
}

func selectionBody(s *talentpool.Selection) SelectionBody {
	return SelectionBody{ID: s.ID, CityCode: s.CityCode, Year: s.Year, Status: string(s.Status), CreatedAt: s.CreatedAt,
		CreatedBy: s.CreatedBy, ApprovedAt: timeOrNil(s.ApprovedAt), ApprovedBy: s.ApprovedBy,
		PublishedAt: timeOrNil(s.PublishedAt), PublishedBy: s.PublishedBy, ReopenedAt: timeOrNil(s.ReopenedAt),
		ReopenedBy: s.ReopenedBy, ReopenReason: s.ReopenReason, Tally: tallyBody(s.Tally)}
}

// SelectionDetailBody is a selection with its criteria and its nominees,
// ranked: organizations first, then by total, highest first.
type SelectionDetailBody struct {
	SelectionBody
	MaxTotal int             `json:"max_total" doc:"the sum of the criteria's maximums"`
	Criteria []CriterionBody `json:"criteria"`
	Nominees []NomineeBody   `json:"nominees"`
}

// CriterionBody is one scoring criterion.
type CriterionBody struct {
	ID          string `json:"id"`
	Name        string `json:"name"`
	Description string `json:"description,omitempty"`
	MaxPoints   int    `json:"max_points" doc:"the most points it gives, which is also its weight"`
}

// NomineeBody is an organization or a leader nominated in a selection.
type NomineeBody struct {
	ID               string      `json:"id"`
	Kind             string      `json:"kind" enum:"organization,leader"`
	OrganizationID   string      `json:"organization_id,omitempty" doc:"the nominated organization"`
	TalentID         string      `json:"talent_id,omitempty" doc:"the nominated leader"`
	Name             string      `json:"name"`
	OrganizationName string      `json:"organization_name,omitempty" doc:"a leader's organization"`
	RegionCode       string      `json:"region_code"`
	Reason           string      `json:"reason,omitempty" doc:"why the nominee stands out"`
	Selected         bool        `json:"selected" doc:"on the list to approve"`
	Scores           []ScoreBody `json:"scores" doc:"in the order of the criteria; unscored criteria are absent"`
	Total            float64     `json:"total" doc:"the sum of the scores"`
}

// ScoreBody is the points a nominee got for one criterion.
type ScoreBody struct {
	CriterionID string    `json:"criterion_id"`
	Points      float64   `json:"points"`
	ScoredAt    time.Time `json:"scored_at"`
	ScoredBy    string    `json:"scored_by"`
}

func nomineeBody(n *talentpool.Nominee) NomineeBody {
	return NomineeBody{ID: n.ID, Kind: string(n.Kind), OrganizationID: n.OrganizationID, TalentID: n.TalentID, Name: n.Name,
		OrganizationName: n.OrganizationName, RegionCode: n.RegionCode, Reason: n.Reason, Selected: n.Selected,
		Total: n.TotalPoints(), Scores: poolBodies(n.Scores, func(sc *talentpool.Score) ScoreBody {
			return ScoreBody{CriterionID: sc.CriterionID, Points: sc.Points(), ScoredAt: sc.ScoredAt, ScoredBy: sc.ScoredBy}
		})}
}

// SelectionOutput is one selection with its criteria and nominees.
type SelectionOutput struct {
	Body struct {
		Selection SelectionDetailBody `json:"selection"`
	}
}

func selectionOutput(s *talentpool.Selection, err error) (*SelectionOutput, error) {
	if err != nil {
		return nil, err
	}
	out := &SelectionOutput{}
	out.Body.Selection = SelectionDetailBody{SelectionBody: selectionBody(s), MaxTotal: s.MaxTotal(),
		Criteria: poolBodies(s.Criteria, func(c *talentpool.Criterion) CriterionBody {
			return CriterionBody{ID: c.ID, Name: c.Name, Description: c.Description, MaxPoints: c.MaxPoints}
		}),
		Nominees: poolBodies(s.Nominees, nomineeBody)}
	return out, nil
}

// SelectionsOutput is a list of selections.
type SelectionsOutput struct {
	Body struct {
		Selections []SelectionBody `json:"selections"`
	}
}

// NomineeOutput is one nominee.
type NomineeOutput struct {
	Body struct {
		Nominee NomineeBody `json:"nominee"`
	}
}

func nomineeOutput(n *talentpool.Nominee, err error) (*NomineeOutput, error) {
	if err != nil {
		return nil, err
	}
	out := &NomineeOutput{}
	out.Body.Nominee = nomineeBody(n)
	return out, nil
}
