package talentpool_test

import (
	"testing"
	"time"

	"xiangcai"
	"xiangcai/pii"
	"xiangcai/talentpool"
)

func TestTalentIDNumberIsCheckedProtectedAndDerived(t *testing.T) {
	f := newFixture(t)
	ctx := t.Context()
	good := idNumber(3)
	bad := good[:17] + string("0123456789X"[(1+indexOf(good[17]))%11])
	_, err := f.svc.CreateTalent(ctx, f.changsha, talentpool.NewTalent{TalentInput: talentpool.TalentInput{
		Name: "", IDNumber: bad, Category: "chef", RegionCode: "430199", Phone: "123", Qualification: "master"}})
	for _, field := range []string{"name", "id_number", "category", "region_code", "phone", "qualification"} {
		wantCode(t, err, xiangcai.EINVALID, field)
	}
	tal := f.talent(t, f.changsha, 3, township, func(in *talentpool.NewTalent) { in.Phone = "138 0013 8000" })
	if tal.IDMasked != good[:3]+"***********"+good[14:] || tal.PhoneMasked != "138****8000" {
		t.Fatalf("not masked: %q %q", tal.IDMasked, tal.PhoneMasked)
	}
	if tal.Gender != pii.GenderMale || !tal.BirthDate.Equal(time.Date(1980, 5, 17, 0, 0, 0, 0, time.UTC)) {
		t.Fatalf("gender %s, birth %s", tal.Gender, tal.BirthDate)
	}
	if string(tal.IDEnc) == good || tal.IDHash == good || len(tal.IDEnc) == 0 {
		t.Fatal("the ID number is stored in the clear")
	}
	if tal.CityCode != changshaCode || tal.Status != talentpool.StatusActive || tal.Qualification != talentpool.QualificationNone {
		t.Fatalf("defaults: %+v", tal)
	}
}

// indexOf returns the value of an ID number's check character.
func indexOf(c byte) int {
	for i, x := range []byte("0123456789X") {
		if x == c {
			return i
		}
	}
	return -1
}

func TestOnePersonOnePoolAndOnlyTheProvinceLearnsWhich(t *testing.T) {
	f := newFixture(t)
	ctx := t.Context()
	f.talent(t, f.changsha, 5, township)
	in := talentpool.NewTalent{TalentInput: talentpool.TalentInput{Name: "张三", IDNumber: " " + idNumber(5) + " ",
		Category: talentpool.Volunteer, RegionCode: zhuzhouTown}}
	cases := []struct {
		p    xiangcai.Principal
		city string
		want string
	}{
		{f.zhuzhou, zhuzhouTown, "该人员已在其他市州人才库中"},
		{f.province, zhuzhouTown, "该人员已在长沙市人才库中"},
		{f.changsha, township, "该人员已在本市州人才库中"},
	}
	for _, c := range cases {
		in.RegionCode = c.city
		_, err := f.svc.CreateTalent(ctx, c.p, in)
		wantCode(t, err, xiangcai.ECONFLICT, "id_number")
		if msg := err.(*xiangcai.Error).Message.ZH; msg != c.want {
			t.Errorf("%s sees %q, want %q", c.p.Role, msg, c.want)
		}
	}
	// Changing someone's ID number to another talent's is refused too.
	other := f.talent(t, f.zhuzhou, 6, zhuzhouTown)
	taken := idNumber(5)
	_, err := f.svc.UpdateTalent(ctx, f.zhuzhou, other.ID, talentpool.TalentPatch{IDNumber: &taken})
	wantCode(t, err, xiangcai.ECONFLICT, "id_number")
	if n := f.count(t, "talents", "1 = 1"); n != 2 {
		t.Fatalf("%d talents", n)
	}
}

func TestRevealIsForAdministratorsAndLogged(t *testing.T) {
	f := newFixture(t)
	ctx := t.Context()
	tal := f.talent(t, f.changsha, 7, township, func(in *talentpool.NewTalent) {
		in.Phone, in.UserID = "13800138000", f.trainee.UserID
	})
	for _, p := range []xiangcai.Principal{f.changsha, f.province} {
		id, err := f.svc.RevealIDNumber(ctx, p, tal.ID)
		if err != nil || id != idNumber(7) {
			t.Fatalf("%s reveal: %q %v", p.Role, id, err)
		}
	}
	if phone, err := f.svc.RevealPhone(ctx, f.changsha, tal.ID); err != nil || phone != "13800138000" {
		t.Fatalf("reveal phone: %q %v", phone, err)
	}
	if n := f.count(t, "audit_events", "action = 'talent.reveal' AND object_id = ?", tal.ID); n != 3 {
		t.Fatalf("%d reveals logged, want 3", n)
	}
	var actors []string
	if err := f.db.NewSelect().Table("audit_events").Column("actor_user_id").Where("action = 'talent.reveal'").
		OrderExpr("id").Scan(ctx, &actors); err != nil || actors[0] != f.changsha.UserID || actors[1] != f.province.UserID {
		t.Fatalf("reveal actors: %v %v", actors, err)
	}
	refusals := []struct {
		p    xiangcai.Principal
		code string
	}{
		{f.zhuzhou, xiangcai.ENOTFOUND}, {f.instructor, xiangcai.EFORBIDDEN},
		{f.trainee, xiangcai.EFORBIDDEN}, {xiangcai.Principal{}, xiangcai.EUNAUTHORIZED},
	}
	for _, r := range refusals {
		if _, err := f.svc.RevealIDNumber(ctx, r.p, tal.ID); xiangcai.ErrorCode(err) != r.code {
			t.Errorf("%q reveals: %v, want %s", r.p.Role, err, r.code)
		}
	}
	if n := f.count(t, "audit_events", "action = 'talent.reveal'"); n != 3 {
		t.Fatalf("refused reveals were logged: %d", n)
	}
	mine, err := f.svc.FindMyTalent(ctx, f.trainee)
	if err != nil || mine.ID != tal.ID || mine.IDMasked == idNumber(7) {
		t.Fatalf("own profile: %+v %v", mine, err)
	}
}

func TestTalentLinksAccountAndOrganizationOfItsCity(t *testing.T) {
	f := newFixture(t)
	ctx := t.Context()
	zz := f.org(t, f.zhuzhou, "株洲组织", zhuzhouTown)
	_, err := f.svc.CreateTalent(ctx, f.changsha, talentpool.NewTalent{TalentInput: talentpool.TalentInput{Name: "王五",
		IDNumber: idNumber(9), Category: talentpool.Volunteer, RegionCode: township, OrganizationID: zz.ID,
		UserID: f.zhuzhou.UserID}})
	wantCode(t, err, xiangcai.EINVALID, "organization_id")
	wantCode(t, err, xiangcai.EINVALID, "user_id")
	f.talent(t, f.changsha, 9, township, func(in *talentpool.NewTalent) { in.UserID = f.trainee.UserID })
	_, err = f.svc.CreateTalent(ctx, f.changsha, talentpool.NewTalent{TalentInput: talentpool.TalentInput{Name: "赵六",
		IDNumber: idNumber(11), Category: talentpool.Volunteer, RegionCode: township, UserID: f.trainee.UserID}})
	wantCode(t, err, xiangcai.ECONFLICT, "user_id")
	_, err = f.svc.CreateTalent(ctx, f.changsha, talentpool.NewTalent{Status: talentpool.StatusExited,
		TalentInput: talentpool.TalentInput{Name: "赵六", IDNumber: idNumber(11), Category: talentpool.Volunteer,
			RegionCode: township, QualificationExpiresAt: start}})
	wantCode(t, err, xiangcai.EINVALID, "status")
	wantCode(t, err, xiangcai.EINVALID, "qualification_expires_at")
}

func TestCityAdministratorWorksOnlyInTheirCity(t *testing.T) {
	f := newFixture(t)
	ctx := t.Context()
	_, err := f.svc.CreateTalent(ctx, f.changsha, talentpool.NewTalent{TalentInput: talentpool.TalentInput{Name: "张三",
		IDNumber: idNumber(1), Category: talentpool.Volunteer, RegionCode: zhuzhouTown}})
	wantCode(t, err, xiangcai.EFORBIDDEN, "")
	tal := f.talent(t, f.changsha, 1, township)
	name, elsewhere := "李四", zhuzhouTown
	// Reading someone else's talent is not found, for another city's
	// administrator and for an instructor alike; changing one is not found
	// for the administrator and forbidden to a role that never changes any.
	for _, c := range []struct {
		p           xiangcai.Principal
		read, write string
	}{{f.zhuzhou, xiangcai.ENOTFOUND, xiangcai.ENOTFOUND}, {f.instructor, xiangcai.ENOTFOUND, xiangcai.EFORBIDDEN}} {
		if _, err := f.svc.FindTalentByID(ctx, c.p, tal.ID); xiangcai.ErrorCode(err) != c.read {
			t.Errorf("%s reads another city's talent: %v", c.p.Role, err)
		}
		if _, err := f.svc.TrainingRecord(ctx, c.p, tal.ID); xiangcai.ErrorCode(err) != c.read {
			t.Errorf("%s reads another city's training record: %v", c.p.Role, err)
		}
		if _, err := f.svc.UpdateTalent(ctx, c.p, tal.ID, talentpool.TalentPatch{Name: &name}); xiangcai.ErrorCode(err) != c.write {
			t.Errorf("%s changes another city's talent: %v", c.p.Role, err)
		}
		if _, err := f.svc.TransitionTalent(ctx, c.p, tal.ID, talentpool.StatusSuspended, "x"); xiangcai.ErrorCode(err) != c.write {
			t.Errorf("%s moves another city's talent: %v", c.p.Role, err)
		}
	}
	_, err = f.svc.UpdateTalent(ctx, f.changsha, tal.ID, talentpool.TalentPatch{RegionCode: &elsewhere})
	wantCode(t, err, xiangcai.EFORBIDDEN, "")
	_, _, err = f.svc.FindTalents(ctx, f.changsha, talentpool.TalentFilter{RegionCode: zhuzhouCode})
	wantCode(t, err, xiangcai.EFORBIDDEN, "")
	for _, p := range []xiangcai.Principal{f.trainee, f.instructor} {
		_, _, err := f.svc.FindTalents(ctx, p, talentpool.TalentFilter{})
		wantCode(t, err, xiangcai.EFORBIDDEN, "")
	}
	// The province moves a talent to another city's pool; the move is a transition.
	moved, err := f.svc.UpdateTalent(ctx, f.province, tal.ID, talentpool.TalentPatch{RegionCode: &elsewhere})
	if err != nil || moved.CityCode != zhuzhouCode {
		t.Fatalf("move: %+v %v", moved, err)
	}
	list, err := f.svc.FindTransitions(ctx, f.zhuzhou, tal.ID)
	if err != nil || len(list) != 2 || list[1].CityCode != zhuzhouCode || list[1].Reason != "由长沙市调入株洲市" {
		t.Fatalf("transitions after the move: %+v %v", list, err)
	}
}
