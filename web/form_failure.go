package web

import (
	"maps"
	"slices"
	"strings"

	"github.com/gofiber/fiber/v2"

	"xiangcai/api"
)

// showFailure shows a page again after an action on it failed, with the
// reason, in the status the reason calls for. load gathers the page as it
// now stands and puts the reason where the page shows it; if the page
// itself cannot be loaded, the action's error stands alone.
func (s *site) showFailure(c *fiber.Ctx, err error, view string, load func(problem *api.Problem) (any, error)) error {
	problem := api.Explain(c, err)
	data, loadErr := load(problem)
	if loadErr != nil {
		return err
	}
	return s.render(c, problem.GetStatus(), view, s.newPage(c, data))
}

// describe is a problem in one sentence: its message and what is wrong
// with each field, for forms too small to show a message by each field.
func describe(problem *api.Problem, lang string) string {
	if len(problem.Body.Fields) == 0 {
		return problem.Body.Message
	}
	var details []string
	for _, field := range slices.Sorted(maps.Keys(problem.Body.Fields)) {
		details = append(details, problem.Body.Fields[field])
	}
	if lang == "en" {
		return problem.Body.Message + ": " + strings.Join(details, "; ")
	}
	return problem.Body.Message + "：" + strings.Join(details, "；")
}
