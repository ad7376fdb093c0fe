package media

import (
	"context"

	"xiangcai"
)

// Viewers answers whether p may view the asset mediaID for a reason media
// does not know about: in practice, because p may see a lesson that shows
// it. The courses package implements it; it is consulted only after the
// owner and administrator rule said no.
type Viewers interface {
	MayView(ctx context.Context, p xiangcai.Principal, mediaID string) (bool, error)
}

// mayChange reports whether p may upload to, complete or cancel a: its
// owner and the administrators of the owner's city.
func mayChange(p xiangcai.Principal, a *Asset) bool {
	return !p.Anonymous() && (p.UserID == a.OwnerID || p.CanManageCity(a.CityCode))
}

// requireChange returns an error unless p may change a.
func requireChange(p xiangcai.Principal, a *Asset) error {
	if mayChange(p, a) {
		return nil
	}
	return denied(p)
}

// requireView returns an error unless p may view a: who may change it
// always may, anyone else when Viewers says so.
func (s *Service) requireView(ctx context.Context, p xiangcai.Principal, a *Asset) error {
	if mayChange(p, a) {
		return nil
	}
	if s.o.Viewers != nil {
		ok, err := s.o.Viewers.MayView(ctx, p, a.ID)
		if err != nil || ok {
			return err
		}
	}
	return denied(p)
}

// denied is the error for someone without rights: sign in first, or
// forbidden.
func denied(p xiangcai.Principal) error {
	if p.Anonymous() {
		return xiangcai.Errorf(xiangcai.EUNAUTHORIZED, "请先登录", "please sign in")
	}
	return xiangcai.Forbidden()
}
