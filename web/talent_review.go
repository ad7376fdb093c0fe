package web

import (
	"html/template"

	"github.com/gofiber/fiber/v2"

	"xiangcai/talentpool"
)

// reviewList is the data of the annual reviews' page.
type reviewList struct {
	Start   template.HTML
	Reviews []reviewRow
}

// reviewRow is one annual review in the list, or the heading of its page.
type reviewRow struct {
	ID, City, Started, Completed    string
	Year, Talents, Flagged, Pending int
}

// reviewList answers GET /reviews: the annual reviews of the cities the
// visitor administers, latest first, and the form that starts one.
func (pp *poolPages) reviewList(c *fiber.Ctx) error {
	return pp.showReviews(c, fiber.StatusOK, pp.reviewStartForm(c, "", 0))
}

// showReviews answers with the list of reviews and the start form f.
func (pp *poolPages) showReviews(c *fiber.Ctx, status int, f *poolForm) error {
	list, err := pp.pool.FindReviews(c.UserContext(), principalOf(c), talentpool.ReviewFilter{})
	if err != nil {
		return err
	}
	var data reviewList
	for _, rv := range list {
		data.Reviews = append(data.Reviews, pp.reviewRow(rv))
	}
	if data.Start, err = pp.drawForm(c, f); err != nil {
		return err
	}
	return pp.render(c, status, "talent_reviews", pp.newPage(c, data))
}

// reviewRow shows an annual review.
func (pp *poolPages) reviewRow(rv *talentpool.Review) reviewRow {
	return reviewRow{ID: rv.ID, City: pp.cityName(rv.CityCode), Started: whenText(rv.StartedAt), Completed: whenText(rv.CompletedAt),
		Year: rv.Year, Talents: rv.Talents, Flagged: rv.Flagged, Pending: rv.Pending}
}

// reviewStartForm is the form that starts a city's review of a year.
func (pp *poolPages) reviewStartForm(c *fiber.Ctx, city string, year int) *poolForm {
	return pp.cityYearForm(c, "start", "/reviews", "review.start", city, year, 0)
}

// reviewStart answers POST /reviews: the new review's page, or the list
// again with what is wrong.
func (pp *poolPages) reviewStart(c *fiber.Ctx) error {
	form := func(city string, year int) *poolForm { return pp.reviewStartForm(c, city, year) }
	start := func(city string, year int) (string, error) {
		rv, err := pp.pool.StartAnnualReview(c.UserContext(), principalOf(c), city, year)
		if err != nil {
			return "", err
		}
		return "/reviews/" + rv.ID, nil
	}
	return pp.startCityYear(c, form, start, func(status int, f *poolForm) error { return pp.showReviews(c, status, f) })
}
