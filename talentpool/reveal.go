package talentpool

import (
	"context"

	"github.com/uptrace/bun"

	"xiangcai"
	"xiangcai/audit"
)

// RevealIDNumber returns a talent's ID number unmasked to an administrator
// of the talent's city or the province who asks for it, and records the
// view in the audit trail first: no unmasked view goes unlogged. The talent
// themselves sees the masked number only.
func (s *Service) RevealIDNumber(ctx context.Context, p xiangcai.Principal, talentID string) (string, error) {
	return s.reveal(ctx, p, talentID, "id_number", "身份证号", func(t *Talent) []byte { return t.IDEnc })
}

// RevealPhone returns a talent's phone unmasked, under the same rules as
// RevealIDNumber; a talent without a phone gives "".
func (s *Service) RevealPhone(ctx context.Context, p xiangcai.Principal, talentID string) (string, error) {
	return s.reveal(ctx, p, talentID, "phone", "手机号", func(t *Talent) []byte { return t.PhoneEnc })
}

// reveal decrypts the field of a talent that sealed returns, after
// recording who saw it.
func (s *Service) reveal(ctx context.Context, p xiangcai.Principal, talentID, field, label string, sealed func(*Talent) []byte) (string, error) {
	var plain string
	err := s.db.RunInTx(ctx, nil, func(ctx context.Context, tx bun.Tx) error {
		t, err := s.adminTalent(ctx, tx, p, talentID, false)
		if err != nil {
			return err
		}
		if len(sealed(t)) == 0 {
			return nil
		}
		if plain, err = s.cipher.Decrypt(sealed(t)); err != nil {
			return err
		}
		return s.record(ctx, tx, p, audit.Entry{Action: "talent.reveal", ObjectType: "talent", ObjectID: t.ID,
			CityCode: t.CityCode, Summary: "查看完整" + label + "：" + t.Name, Detail: map[string]string{"field": field}})
	})
	if err != nil {
		return "", err
	}
	return plain, nil
}
