package talentpool_test

import (
	"encoding/json"
	"reflect"
	"testing"

	"xiangcai"
	"xiangcai/audit"
	"xiangcai/talentpool"
)

func TestOrganizationRejectsBadInputNamingEachField(t *testing.T) {
	f := newFixture(t)
	_, err := f.svc.CreateOrganization(t.Context(), f.changsha, talentpool.OrganizationInput{
		Name: "", CreditCode: "91430100MA4L16JQ9A", Status: "other", CategoryID: xiangcai.NewID(),
		RegionCode: "439999999", SocialWorkers: -1, ContactPhone: "12345",
	})
	for _, field := range []string{"name", "credit_code", "status", "category_id", "region_code", "social_workers", "contact_phone"} {
		wantCode(t, err, xiangcai.EINVALID, field)
	}
	_, err = f.svc.CreateOrganization(t.Context(), f.changsha, talentpool.OrganizationInput{
		Name: "县级组织", Status: talentpool.OrganizationFiled, CategoryID: f.category, RegionCode: yueluCounty})
	wantCode(t, err, xiangcai.EINVALID, "region_code")
	if n := f.count(t, "organizations", "1 = 1"); n != 0 {
		t.Fatalf("%d organizations saved from bad input", n)
	}
}

func TestOrganizationChangesAreHistory(t *testing.T) {
	f := newFixture(t)
	ctx := t.Context()
	o := f.org(t, f.changsha, "岳麓街道邻里互助会", township, func(in *talentpool.OrganizationInput) {
		in.CreditCode, in.ContactPhone = "91430100MA4L16JQ9D", "13800138000"
	})
	if o.CityCode != changshaCode || o.CountyCode != yueluCounty || o.TownshipCode != township {
		t.Fatalf("place not worked out: %+v", o)
	}
	if o.ContactPhoneMasked != "138****8000" || string(o.ContactPhoneEnc) == "13800138000" {
		t.Fatalf("phone not protected: %q", o.ContactPhoneMasked)
	}
	name, hub := "岳麓街道社区社会组织联合会", true
	f.clock.Advance(60e9)
	u, err := f.svc.UpdateOrganization(ctx, f.changsha, o.ID, talentpool.OrganizationPatch{Name: &name, IsHub: &hub})
	if err != nil || u.Name != name || !u.IsHub || u.ContactPhoneMasked != "138****8000" {
		t.Fatalf("update: %+v %v", u, err)
	}
	// A patch that changes nothing writes nothing.
	if _, err := f.svc.UpdateOrganization(ctx, f.changsha, o.ID, talentpool.OrganizationPatch{Name: &name}); err != nil {
		t.Fatal(err)
	}
	events, total, err := f.svc.OrganizationHistory(ctx, f.changsha, o.ID, xiangcai.Page{})
	if err != nil || total != 2 {
		t.Fatalf("history: %d %v", total, err)
	}
	var change audit.Change
	if err := json.Unmarshal(events[0].Detail, &change); err != nil {
		t.Fatal(err)
	}
	want := audit.Change{Before: map[string]any{"is_hub": false, "name": "岳麓街道邻里互助会"},
		After: map[string]any{"is_hub": true, "name": name}}
	if events[0].Action != "organization.update" || events[0].ActorUserID != f.changsha.UserID || !reflect.DeepEqual(change, want) {
		t.Fatalf("latest history entry: %+v %s", events[0], events[0].Detail)
	}
	if _, _, err := f.svc.OrganizationHistory(ctx, f.zhuzhou, o.ID, xiangcai.Page{}); xiangcai.ErrorCode(err) != xiangcai.ENOTFOUND {
		t.Fatalf("another city reads the history: %v", err)
	}
}

func TestCreditCodeIsUniqueAmongLiveOrganizations(t *testing.T) {
	f := newFixture(t)
	ctx := t.Context()
	code := func(in *talentpool.OrganizationInput) { in.CreditCode = "91430100MA4L16JQ9D" }
	first := f.org(t, f.changsha, "甲", township, code)
	_, err := f.svc.CreateOrganization(ctx, f.zhuzhou, talentpool.OrganizationInput{Name: "乙",
		CreditCode: "91430100MA4L16JQ9D", Status: talentpool.OrganizationRegistered, CategoryID: f.category, RegionCode: zhuzhouTown})
	wantCode(t, err, xiangcai.ECONFLICT, "credit_code")
	if err := f.svc.DeleteOrganization(ctx, f.changsha, first.ID); err != nil {
		t.Fatal(err)
	}
	f.org(t, f.zhuzhou, "乙", zhuzhouTown, code)
}

func TestDeletedOrganizationKeepsItsTalents(t *testing.T) {
	f := newFixture(t)
	ctx := t.Context()
	base := f.org(t, f.changsha, "岳麓区社会组织孵化基地", township, func(in *talentpool.OrganizationInput) { in.IsIncubationBase = true })
	head := f.talent(t, f.changsha, 1, township, func(in *talentpool.NewTalent) {
		in.Category, in.OrganizationID = talentpool.OrganizationLeader, base.ID
	})
	if !head.Priority || head.PriorityMarked {
		t.Fatalf("the head of an incubation base is not priority: %+v", head)
	}
	if err := f.svc.DeleteOrganization(ctx, f.zhuzhou, base.ID); xiangcai.ErrorCode(err) != xiangcai.ENOTFOUND {
		t.Fatalf("another city deletes: %v", err)
	}
	if err := f.svc.DeleteOrganization(ctx, f.changsha, base.ID); err != nil {
		t.Fatal(err)
	}
	if err := f.svc.DeleteOrganization(ctx, f.changsha, base.ID); err != nil {
		t.Fatalf("deleting twice: %v", err)
	}
	got, err := f.svc.FindTalentByID(ctx, f.changsha, head.ID)
	if err != nil || got.OrganizationID != base.ID || got.Organization == nil || !got.Organization.Deleted() || got.Priority {
		t.Fatalf("talent after its organization was deleted: %+v %+v %v", got, got.Organization, err)
	}
	// Editing the talent keeps the link to the deleted organization; a new
	// link to it is refused.
	phone := "13900139000"
	if _, err := f.svc.UpdateTalent(ctx, f.changsha, head.ID, talentpool.TalentPatch{Phone: &phone}); err != nil {
		t.Fatalf("edit a talent of a deleted organization: %v", err)
	}
	_, err = f.svc.CreateTalent(ctx, f.changsha, talentpool.NewTalent{TalentInput: talentpool.TalentInput{
		Name: "李四", IDNumber: idNumber(2), Category: talentpool.Volunteer, RegionCode: township, OrganizationID: base.ID}})
	wantCode(t, err, xiangcai.EINVALID, "organization_id")
	name := "新名字"
	_, err = f.svc.UpdateOrganization(ctx, f.changsha, base.ID, talentpool.OrganizationPatch{Name: &name})
	wantCode(t, err, xiangcai.ECONFLICT, "")
	list, total, err := f.svc.FindOrganizations(ctx, f.changsha, talentpool.OrganizationFilter{})
	if err != nil || total != 0 || len(list) != 0 {
		t.Fatalf("deleted organizations are listed: %d %v", total, err)
	}
	_, total, _ = f.svc.FindOrganizations(ctx, f.changsha, talentpool.OrganizationFilter{IncludeDeleted: true})
	if total != 1 {
		t.Fatalf("include_deleted lists %d", total)
	}
}

func TestOrganizationMovesCityOnlyWithoutTalents(t *testing.T) {
	f := newFixture(t)
	ctx := t.Context()
	o := f.org(t, f.changsha, "甲", township)
	elsewhere := zhuzhouTown
	_, err := f.svc.UpdateOrganization(ctx, f.changsha, o.ID, talentpool.OrganizationPatch{RegionCode: &elsewhere})
	wantCode(t, err, xiangcai.EFORBIDDEN, "")
	f.talent(t, f.changsha, 1, township, func(in *talentpool.NewTalent) { in.OrganizationID = o.ID })
	_, err = f.svc.UpdateOrganization(ctx, f.province, o.ID, talentpool.OrganizationPatch{RegionCode: &elsewhere})
	wantCode(t, err, xiangcai.EINVALID, "region_code")
}

func TestOrganizationListFilters(t *testing.T) {
	f := newFixture(t)
	ctx := t.Context()
	f.org(t, f.changsha, "岳麓枢纽", township, func(in *talentpool.OrganizationInput) { in.IsHub = true })
	f.org(t, f.changsha, "岳麓公益", "430104007001")
	f.org(t, f.zhuzhou, "株洲组织", zhuzhouTown)
	yes := true
	cases := []struct {
		p    xiangcai.Principal
		f    talentpool.OrganizationFilter
		want int
		code string
	}{
		{f.province, talentpool.OrganizationFilter{}, 3, ""},
		{f.changsha, talentpool.OrganizationFilter{}, 2, ""},
		{f.changsha, talentpool.OrganizationFilter{Hub: &yes}, 1, ""},
		{f.changsha, talentpool.OrganizationFilter{Query: "公益"}, 1, ""},
		{f.changsha, talentpool.OrganizationFilter{RegionCode: "430104007001"}, 1, ""},
		{f.province, talentpool.OrganizationFilter{RegionCode: zhuzhouCode}, 1, ""},
		{f.changsha, talentpool.OrganizationFilter{RegionCode: zhuzhouCode}, 0, xiangcai.EFORBIDDEN},
		{f.changsha, talentpool.OrganizationFilter{RegionCode: "999"}, 0, xiangcai.EINVALID},
		{f.trainee, talentpool.OrganizationFilter{}, 0, xiangcai.EFORBIDDEN},
		{f.instructor, talentpool.OrganizationFilter{}, 0, xiangcai.EFORBIDDEN},
		{xiangcai.Principal{}, talentpool.OrganizationFilter{}, 0, xiangcai.EUNAUTHORIZED},
	}
	for i, c := range cases {
		_, total, err := f.svc.FindOrganizations(ctx, c.p, c.f)
		if xiangcai.ErrorCode(err) != c.code || total != c.want {
			t.Errorf("case %d: %d %v, want %d %q", i, total, err, c.want, c.code)
		}
	}
}
