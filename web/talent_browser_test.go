package web_test

import (
	"context"
	"fmt"
	"testing"

	"github.com/chromedp/chromedp"

	"xiangcai/talentpool"
	"xiangcai/web/browsertest"
)

// TestBrowserPoolPages opens the talent pool's main pages in a real
// browser, as 长沙's administrator on a phone and on a desktop, and takes
// their pictures (XIANGCAI_SCREENSHOT_DIR keeps them): they must draw under
// the site's Content-Security-Policy, with the region picker's script.
func TestBrowserPoolPages(t *testing.T) {
	w := newPoolWorld(t)
	ctx := context.Background()
	hub := w.org(w.changsha, "岳麓区社区社会组织联合会", yueluTown, func(in *talentpool.OrganizationInput) {
		in.IsHub, in.IsIncubationBase, in.SocialWorkers = true, true, 2
	})
	w.org(w.changsha, "桃花岭邻里互助会", yueluTown)
	var first *talentpool.Talent
	for i, name := range []string{"周敏", "吴建国", "郑晓燕", "王芳", "冯志强"} {
		tl := w.talent(w.changsha, 10+i, name, yueluTown, func(in *talentpool.NewTalent) {
			in.OrganizationID, in.Category = hub.ID, talentpool.OrganizationLeader
		})
		if first == nil {
			first = tl
		}
	}
	year := w.env.Clock.Now().Year()
	rv, err := w.pool.StartAnnualReview(ctx, w.changsha.Principal, changsha, year)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := w.pool.CreateSelection(ctx, w.changsha.Principal, changsha, year); err != nil {
		t.Fatal(err)
	}
	if _, err := w.pool.SetCriteria(ctx, w.changsha.Principal, changsha, year, []talentpool.CriterionInput{
		{Name: "服务成效", MaxPoints: 40}, {Name: "群众评价", MaxPoints: 30}, {Name: "规范建设", MaxPoints: 30}}); err != nil {
		t.Fatal(err)
	}
	if _, err := w.pool.Nominate(ctx, w.changsha.Principal, changsha, year, talentpool.NomineeInput{
		Kind: talentpool.NomineeOrganization, OrganizationID: hub.ID, Reason: "带动全区组织发展"}); err != nil {
		t.Fatal(err)
	}

	base := w.env.Listen(t)
	pages := []struct{ name, path, ready string }{
		{"talents", "/talents", "table.list"},
		{"talent", "/talents/" + first.ID, "dl.facts"},
		{"talent-form", "/talents/new", "#talent-name"},
		{"organizations", "/organizations", "table.list"},
		{"organization", "/organizations/" + hub.ID, ".history"},
		{"review", "/reviews/" + rv.ID, ".review-item"},
		{"selection", fmt.Sprintf("/selections/%s/%d/manage", changsha, year), ".nominee"},
		{"dashboard", "/dashboard", ".chart.drawn canvas"},
		{"import", "/import", "#import-file"},
	}
	for _, size := range []struct {
		name string
		view chromedp.Action[chromedp.Void]
	}{
		{"phone", chromedp.EmulateViewport(390, 844, chromedp.EmulateScale(2), chromedp.EmulateMobile)},
		{"desktop", chromedp.EmulateViewport(1280, 900)},
	} {
		t.Run(size.name, func(t *testing.T) {
			b := browserAs(t, base, w.changsha, size.view)
			for _, p := range pages {
				if err := chromedp.Do(b, chromedp.Navigate(base+p.path), chromedp.WaitVisible(chromedp.CSS(p.ready))); err != nil {
					t.Fatalf("%s: %v", p.path, err)
				}
				browsertest.Screenshot(t, b, "pool-"+p.name+"-"+size.name)
			}
		})
	}
	t.Run("province", func(t *testing.T) {
		b := browserAs(t, base, w.province, chromedp.EmulateViewport(1280, 900))
		if err := chromedp.Do(b, chromedp.Navigate(base+"/dashboard"), chromedp.WaitVisible(chromedp.CSS(".wide-chart .chart.drawn canvas"))); err != nil {
			t.Fatal(err)
		}
		browsertest.Screenshot(t, b, "pool-dashboard-province")
	})
	t.Run("region picker", func(t *testing.T) {
		b := browserAs(t, base, w.changsha, chromedp.EmulateViewport(1280, 900))
		if err := chromedp.Do(b, chromedp.Navigate(base+"/organizations/new"), chromedp.WaitVisible(chromedp.ID("org-region_county"))); err != nil {
			t.Fatal(err)
		}
		if _, err := chromedp.Run(b, chromedp.Evaluate[bool](`(s => { s.value = "430102"; return s.dispatchEvent(new Event("change")); })(document.getElementById("org-region_county"))`)); err != nil {
			t.Fatal(err)
		}
		if err := chromedp.Do(b, chromedp.WaitReady(chromedp.CSS(`#org-region_township option[value="430102001"]`))); err != nil {
			t.Fatalf("the region picker did not list the townships: %v", err)
		}
	})
}

// browserAs opens a browser on a screen that view sets, signed in as who,
// in Chinese.
func browserAs(t *testing.T, base string, who person, view chromedp.Action[chromedp.Void]) context.Context {
	t.Helper()
	b := browsertest.New(t)
	if err := chromedp.Do(b, view,
		chromedp.Navigate(base+"/lang?to=zh-CN&back=/login"),
		chromedp.SendKeys(chromedp.ID("login"), who.Login),
		chromedp.SendKeys(chromedp.ID("password"), who.Password),
		chromedp.Click(chromedp.CSS("button.primary")),
		chromedp.WaitVisible(chromedp.CSS(".menu")),
	); err != nil {
		t.Fatal(err)
	}
	return b
}
