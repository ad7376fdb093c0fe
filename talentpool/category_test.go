package talentpool_test

import (
	"testing"

	"xiangcai"
	"xiangcai/talentpool"
)

func TestOnlyTheProvinceEditsCategories(t *testing.T) {
	f := newFixture(t)
	ctx := t.Context()
	for _, p := range []xiangcai.Principal{f.changsha, f.trainee, f.instructor} {
		_, err := f.svc.CreateCategory(ctx, p, talentpool.CategoryChange{Name: "养老服务"})
		wantCode(t, err, xiangcai.EFORBIDDEN, "")
	}
	c, err := f.svc.CreateCategory(ctx, f.province, talentpool.CategoryChange{Name: " 养老服务 "})
	if err != nil || c.Name != "养老服务" || c.Position != 7 {
		t.Fatalf("create: %+v %v", c, err)
	}
	_, err = f.svc.CreateCategory(ctx, f.province, talentpool.CategoryChange{Name: "养老服务"})
	wantCode(t, err, xiangcai.ECONFLICT, "")
	_, err = f.svc.CreateCategory(ctx, f.province, talentpool.CategoryChange{Name: "", Position: -1})
	wantCode(t, err, xiangcai.EINVALID, "name")
	wantCode(t, err, xiangcai.EINVALID, "position")
	c, err = f.svc.UpdateCategory(ctx, f.province, c.ID, talentpool.CategoryChange{Name: "养老助残", Position: 1})
	if err != nil || c.Name != "养老助残" {
		t.Fatalf("update: %+v %v", c, err)
	}
	list, _ := f.svc.FindCategories(ctx)
	if len(list) != 7 || list[0].ID != c.ID && list[1].ID != c.ID {
		t.Fatalf("list after the move: %+v", list)
	}
	f.org(t, f.changsha, "甲", township, func(in *talentpool.OrganizationInput) { in.CategoryID = c.ID })
	wantCode(t, f.svc.DeleteCategory(ctx, f.province, c.ID), xiangcai.ECONFLICT, "")
	wantCode(t, f.svc.DeleteCategory(ctx, f.changsha, f.category), xiangcai.EFORBIDDEN, "")
	wantCode(t, f.svc.DeleteCategory(ctx, f.province, "nope"), xiangcai.ENOTFOUND, "")
	unused := list[len(list)-1].ID
	if err := f.svc.DeleteCategory(ctx, f.province, unused); err != nil {
		t.Fatal(err)
	}
	if n := f.count(t, "audit_events", "object_type = 'organization_category' AND city_code IS NULL"); n != 3 {
		t.Fatalf("%d category changes audited, want 3", n)
	}
}
