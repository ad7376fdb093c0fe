package web

import (
	"strings"

	"github.com/gofiber/fiber/v2"

	"xiangcai"
)

// poolPager is the keyset paging of a list page: how many rows match, and
// links to the first page (when not on it) and the next one (when there is
// one). Links keep the list's filters.
type poolPager struct {
	Total       int
	First, Next string
}

// cursored is a row that knows the cursor of the page after it.
type cursored interface{ Cursor() string }

// newPoolPager pages a list shown at the request's path with page asked for:
// a full page has a next page after its last row.
func newPoolPager[T cursored](c *fiber.Ctx, rows []T, total int, page xiangcai.Page) poolPager {
	pg := poolPager{Total: total}
	if page.Cursor != "" {
		pg.First = withQuery(c, "cursor", "")
	}
	if len(rows) > 0 && len(rows) == page.Size() {
		pg.Next = withQuery(c, "cursor", rows[len(rows)-1].Cursor())
	}
	return pg
}

// withQuery returns the request's path and query with the parameter name
// set to value, or removed when value is "".
func withQuery(c *fiber.Ctx, name, value string) string {
	args := fiber.AcquireArgs()
	defer fiber.ReleaseArgs(args)
	c.Request().URI().QueryArgs().CopyTo(args)
	args.Del(name)
	if value != "" {
		args.Set(name, value)
	}
	if args.Len() == 0 {
		return c.Path()
	}
	return c.Path() + "?" + args.String()
}

// pageAsked asks for the page of a list the request names by its cursor.
func pageAsked(c *fiber.Ctx) xiangcai.Page { return xiangcai.Page{Cursor: c.Query("cursor")} }

// activeFilters counts the filters the request's query sets, a region
// picker's levels as one.
func activeFilters(c *fiber.Ctx) int {
	n, region := 0, false
	c.Request().URI().QueryArgs().VisitAll(func(key, value []byte) {
		switch k := string(key); {
		case len(value) == 0 || k == "cursor":
		case strings.HasPrefix(k, "region_"):
			region = true
		default:
			n++
		}
	})
	if region {
		n++
	}
	return n
}
