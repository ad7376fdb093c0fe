package web

import (
	"strconv"

	"github.com/gofiber/fiber/v2"

	"xiangcai"
	"xiangcai/api"
	"xiangcai/talentpool"
)

// publicSelection is the data of a city's published list.
type publicSelection struct {
	Title, Published string
	Groups           []publicGroup
}

// publicGroup is the organizations or the leaders on a published list.
type publicGroup struct {
	Heading string
	Entries []talentpool.PublishedNominee
}

// selectionPublic answers GET /selections/:city/:year: a city's published
// list, which anyone may read, signed in or not. Leaders' names are masked.
func (pp *poolPages) selectionPublic(c *fiber.Ctx) error {
	year, err := strconv.Atoi(c.Params("year"))
	if err != nil {
		return xiangcai.NotFound("年度推选", "annual selection")
	}
	pub, err := pp.pool.FindPublishedSelection(c.UserContext(), c.Params("city"), year)
	if err != nil {
		return err
	}
	lang := api.Language(c)
	data := publicSelection{Title: say(lang, "selection.public_title", pub.CityName, pub.Year), Published: whenText(pub.PublishedAt)}
	for _, g := range []struct {
		kind    talentpool.NomineeKind
		entries []talentpool.PublishedNominee
	}{{talentpool.NomineeOrganization, pub.Organizations}, {talentpool.NomineeLeader, pub.Leaders}} {
		data.Groups = append(data.Groups, publicGroup{Heading: talentpool.NomineeKinds.Label(g.kind).In(lang), Entries: g.entries})
	}
	return pp.render(c, fiber.StatusOK, "selection_public", pp.newPage(c, data))
}
