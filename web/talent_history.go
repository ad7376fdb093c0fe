package web

import (
	"encoding/json"
	"html/template"
	"slices"

	"github.com/gofiber/fiber/v2"

	"xiangcai/api"
	"xiangcai/audit"
)

// poolEvent is one event of a record's history as a page shows it: when,
// who, what, and the fields that changed.
type poolEvent struct {
	At, Actor, Summary string
	Changes            []fieldChange
}

// fieldChange is one field that changed, with its values before and after.
type fieldChange struct{ Field, Before, After string }

// history shows events for the visitor, with the fields of changes named
// and their values described in the page's language. A record made or
// removed shows its summary only: its every field would say little.
func (pp *poolPages) history(c *fiber.Ctx, events []*audit.Event) ([]poolEvent, error) {
	lang := api.Language(c)
	value, err := pp.describer(c)
	if err != nil {
		return nil, err
	}
	names := map[string]string{}
	out := make([]poolEvent, 0, len(events))
	for _, e := range events {
		h := poolEvent{At: whenText(e.At), Actor: pp.actorName(c, names, e), Summary: e.Summary}
		var ch audit.Change
		if json.Unmarshal(e.Detail, &ch) == nil && len(ch.Before) > 0 && len(ch.After) > 0 {
			keys := make([]string, 0, len(ch.After))
			for k := range ch.After {
				keys = append(keys, k)
			}
			slices.Sort(keys)
			for _, k := range keys {
				h.Changes = append(h.Changes, fieldChange{Field: fieldName(lang, k), Before: value(k, ch.Before[k]), After: value(k, ch.After[k])})
			}
		}
		out = append(out, h)
	}
	return out, nil
}

// actorName names who made an event: the user's name when the visitor may
// see the user, otherwise their role. names remembers users already named.
func (pp *poolPages) actorName(c *fiber.Ctx, names map[string]string, e *audit.Event) string {
	lang := api.Language(c)
	if e.ActorUserID == "" {
		return say(lang, "pool.system")
	}
	return pp.userName(c, names, e.ActorUserID, say(lang, "role."+string(e.ActorRole)))
}

// userName names the user id when the visitor may see the user, and
// otherwise says fallback. names remembers users already named.
func (pp *poolPages) userName(c *fiber.Ctx, names map[string]string, id, fallback string) string {
	if name, ok := names[id]; ok {
		return name
	}
	name := fallback
	if u, err := pp.accounts.FindUserByID(c.UserContext(), principalOf(c), id); err == nil {
		name = u.DisplayName
	}
	names[id] = name
	return name
}

// fieldName names a field of a record in lang, or shows its code when the
// catalog does not name it.
func fieldName(lang, key string) string {
	if _, ok := messages["pool.field."+key]; ok {
		return say(lang, "pool.field."+key)
	}
	return key
}

// historyView is what the history widget draws.
type historyView struct {
	Heading, Empty        string
	FirstLabel, NextLabel string
	Entries               []poolEvent
	Pager                 *poolPager
}

// historyPage draws one page of a record's history, as a service returned
// it for the page the request asked for.
func (pp *poolPages) historyPage(c *fiber.Ctx, events []*audit.Event, total int, err error) (template.HTML, error) {
	if err != nil {
		return "", err
	}
	lang := api.Language(c)
	v := historyView{Heading: say(lang, "pool.history", total), Empty: say(lang, "pool.history_empty"),
		FirstLabel: say(lang, "pool.first_page"), NextLabel: say(lang, "pool.next_page")}
	if v.Entries, err = pp.history(c, events); err != nil {
		return "", err
	}
	if pg := newPoolPager(c, events, total, pageAsked(c)); pg.First != "" || pg.Next != "" {
		v.Pager = &pg
	}
	return pp.drawWidget("history", v)
}
