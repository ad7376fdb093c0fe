package accounts

import (
	"testing"
	"time"

	"xiangcai"
)

// TestPurgeSessionsKeepsAMonthAfterExpiry signs in three times a month
// apart (sessions last an hour here): a purge deletes only the session
// that expired more than a month ago.
func TestPurgeSessionsKeepsAMonthAfterExpiry(t *testing.T) {
	f := newFixture(t)
	f.user(t, NewUser{Username: "zhang.san", Role: xiangcai.RoleTrainee})
	var tokens []string
	for i := range 3 {
		if i > 0 {
			f.clock.Advance(30 * 24 * time.Hour)
		}
		_, token, err := f.login("zhang.san", goodPassword, "10.0.0.1")
		if err != nil {
			t.Fatal(err)
		}
		tokens = append(tokens, token)
	}
	// The first session expired 60 days less an hour ago, the second 30
	// days less an hour ago, the third expires in an hour.
	n, err := f.PurgeSessions(ctx)
	if err != nil || n != 1 {
		t.Fatalf("purged %d, %v; want the session that expired over a month ago", n, err)
	}
	kept, err := f.db.NewSelect().Model((*Session)(nil)).Where("token_hash IN (?, ?)", hashToken(tokens[1]), hashToken(tokens[2])).Count(ctx)
	if err != nil || kept != 2 {
		t.Fatalf("%d of the two newer sessions kept, %v", kept, err)
	}
	if _, _, err := f.Authenticate(ctx, tokens[2]); err != nil {
		t.Fatalf("the live session after the purge: %v", err)
	}
}
