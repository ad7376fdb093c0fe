package web

import (
	"html/template"

	"github.com/gofiber/fiber/v2"

	"xiangcai/api"
	"xiangcai/talentpool"
)

// reviewPage is the data of one annual review's page: its counts and a
// page of its items, those waiting for a decision with the form that makes
// it.
type reviewPage struct {
	Review reviewRow
	Tabs   []poolTab
	Items  []reviewItemRow
	Pager  poolPager
}

// reviewItemRow is one talent of a review.
type reviewItemRow struct {
	TalentID, Name, Organization, Hours, Decision, Reason string
	Flags                                                 []string
	Resolve                                               template.HTML
}

// reviewShows are the item lists a review's page offers.
var reviewShows = []string{"pending", "flagged", "all"}

// reviewDetail answers GET /reviews/:id?show=pending|flagged|all.
func (pp *poolPages) reviewDetail(c *fiber.Ctx) error {
	return pp.showReview(c, fiber.StatusOK, "", nil)
}

// showReview answers with a review's page; the item failed, if any, shows
// its form f with what was wrong.
func (pp *poolPages) showReview(c *fiber.Ctx, status int, failed string, f *poolForm) error {
	p, lang := principalOf(c), api.Language(c)
	rv, err := pp.pool.FindReviewByID(c.UserContext(), p, c.Params("id"))
	if err != nil {
		return err
	}
	data, show := reviewPage{Review: pp.reviewRow(rv)}, c.Query("show", "pending")
	for _, s := range reviewShows {
		data.Tabs = append(data.Tabs, poolTab{Label: say(lang, "review.show_"+s), Href: "/reviews/" + rv.ID + "?show=" + s, Current: s == show})
	}
	filter := talentpool.ReviewItemFilter{Pending: show == "pending", Flagged: show == "flagged", Page: pageAsked(c)}
	items, total, err := pp.pool.FindReviewItems(c.UserContext(), p, rv.ID, filter)
	if err != nil {
		return err
	}
	data.Pager = newPoolPager(c, items, total, filter.Page)
	for _, it := range items {
		row := reviewItemRow{TalentID: it.TalentID, Name: it.Talent.Name, Hours: tenths(it.CreditTenths),
			Decision: talentpool.Decisions.Label(it.Decision).In(lang), Reason: it.Reason}
		if o := it.Talent.Organization; o != nil {
			row.Organization = o.Name
		}
		for _, flag := range [...]struct {
			key string
			set bool
		}{{"no_credit_hours", it.NoCreditHours}, {"left_organization", it.LeftOrganization}, {"qualification_expired", it.QualificationExpired}} {
			if flag.set {
				row.Flags = append(row.Flags, say(lang, "review.flag_"+flag.key))
			}
		}
		if it.Decision == talentpool.DecisionPending {
			form := f
			if it.ID != failed {
				form = resolveForm(lang, rv.ID, it.ID, "", "")
			}
			if row.Resolve, err = pp.drawForm(c, form); err != nil {
				return err
			}
		}
		data.Items = append(data.Items, row)
	}
	return pp.render(c, status, "talent_review", pp.newPage(c, data))
}

// resolveForm is the form that decides a review item, with what was typed.
func resolveForm(lang, review, item, decision, reason string) *poolForm {
	decisions := options(talentpool.Decisions[1:], lang, talentpool.Decision(decision))
	return &poolForm{ID: "item-" + item, Action: "/reviews/" + review + "/items/" + item, Class: "inline",
		Submit: say(lang, "review.decide"), Fields: []formField{
			{Name: "decision", Label: say(lang, "review.decision"), Kind: "select", Required: true, Options: withBlank(say(lang, "pool.choose"), decisions)},
			{Name: "reason", Label: say(lang, "review.reason"), Kind: "text", Value: reason, Required: true},
		}}
}

// reviewResolve answers POST /reviews/:id/items/:item: the review's page
// after the decision, or again with what is wrong.
func (pp *poolPages) reviewResolve(c *fiber.Ctx) error {
	decision, reason := c.FormValue("decision"), c.FormValue("reason")
	_, err := pp.pool.ResolveReviewItem(c.UserContext(), principalOf(c), c.Params("item"), talentpool.Decision(decision), reason)
	if err == nil {
		return seeOther(c, "/reviews/"+c.Params("id"))
	}
	f := resolveForm(api.Language(c), c.Params("id"), c.Params("item"), decision, reason)
	status, err := f.explain(c, err)
	if err != nil {
		return err
	}
	return pp.showReview(c, status, c.Params("item"), f)
}
