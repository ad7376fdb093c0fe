package demo_test

import (
	"testing"
	"time"

	"xiangcai"
	"xiangcai/api/apitest"
	"xiangcai/demo"
	"xiangcai/pii"
	"xiangcai/talentpool"
)

func TestFakeIDNumbersPassTheCheckButNameNoRegion(t *testing.T) {
	birth := time.Date(1990, 2, 28, 0, 0, 0, 0, time.UTC)
	for seq := range 50 {
		id := demo.FakeIDNumber(seq%14+1, birth, seq)
		if _, err := pii.ValidateIDNumber("id", id, time.Now()); err != nil || id[:4] != "4399" {
			t.Fatalf("%s: %v", id, err)
		}
		if g, _ := pii.IDGender(id); (g == pii.GenderMale) != (seq%2 == 1) {
			t.Fatalf("%s records %s", id, g)
		}
	}
}

func TestSeedTalentsFillsEveryCityOnce(t *testing.T) {
	t.Parallel()
	env := apitest.New(t)
	pool := env.Deps.Talents
	began := time.Now()
	if err := demo.SeedTalents(t.Context(), pool); err != nil {
		t.Fatal(err)
	}
	t.Logf("seeded the talent pools in %s", time.Since(began).Round(time.Millisecond))
	if err := demo.SeedTalents(t.Context(), pool); err != nil {
		t.Fatal(err)
	}
	province := xiangcai.Principal{UserID: "test", Role: xiangcai.RoleProvinceAdmin}
	_, orgs, err := pool.FindOrganizations(t.Context(), province, talentpool.OrganizationFilter{})
	if err != nil || orgs != 14*20 {
		t.Fatalf("%d organizations, %v", orgs, err)
	}
	_, talents, _ := pool.FindTalents(t.Context(), province, talentpool.TalentFilter{})
	_, priority, _ := pool.FindTalents(t.Context(), province, talentpool.TalentFilter{Priority: new(true)})
	_, exited, _ := pool.FindTalents(t.Context(), province, talentpool.TalentFilter{Status: talentpool.StatusExited})
	if talents != 14*50 || priority != 14 || exited != 14*2 {
		t.Fatalf("%d talents, %d priority, %d exited", talents, priority, exited)
	}
}
