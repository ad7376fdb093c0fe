package talentpool

import (
	"github.com/uptrace/bun"

	"xiangcai"
	"xiangcai/database"
)

// signedIn returns the unauthorized error for an anonymous principal.
func signedIn(p xiangcai.Principal) error {
	if p.Anonymous() {
		return xiangcai.Errorf(xiangcai.EUNAUTHORIZED, "请先登录", "please sign in")
	}
	return nil
}

// visible returns nil when p administers city, and otherwise the not_found
// error about what: a row p may not read is not found, so guessing another
// city's identifiers tells nothing.
func visible(p xiangcai.Principal, city string, what xiangcai.Text) error {
	if err := signedIn(p); err != nil {
		return err
	}
	if !p.CanManageCity(city) {
		return xiangcai.NotFound(what.ZH, what.EN)
	}
	return nil
}

// requireAdmin returns an error unless p administers a city or the province.
func requireAdmin(p xiangcai.Principal) error {
	return p.RequireRole(xiangcai.RoleCityAdmin, xiangcai.RoleProvinceAdmin)
}

// scopeCity returns the city a list asked for by p covers: a city
// administrator's own city when none is asked for, and forbidden when p
// may not read the city asked for. The province's empty city means all.
func scopeCity(p xiangcai.Principal, city string) (string, error) {
	if err := requireAdmin(p); err != nil {
		return "", err
	}
	if p.Role == xiangcai.RoleCityAdmin && city == "" {
		city = p.CityCode
	}
	if city != "" {
		return city, p.RequireCity(city)
	}
	return city, nil
}

// forUpdate locks the rows of the table with alias that q selects until
// the transaction ends, on PostgreSQL; SQLite transactions here take the
// write lock when they begin, so they need no row locks.
func forUpdate(q *bun.SelectQuery, db bun.IDB, alias string) *bun.SelectQuery {
	if database.IsPostgres(db) {
		return q.For("UPDATE OF ?", bun.Ident(alias))
	}
	return q
}
