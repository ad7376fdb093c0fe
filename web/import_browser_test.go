package web_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"xiangcai/web/browsertest"
)

// TestBrowserImportRoster is a city administrator's import in a real
// browser: sign in, note the pool's size on the dashboard, upload a roster
// with bad rows, read the report with the rejected rows and why, commit,
// and find the dashboard grown by the rows accepted.
func TestBrowserImportRoster(t *testing.T) {
	w := newPoolWorld(t)
	w.talent(w.changsha, 1, "原有人才", yuelu)
	file := filepath.Join(t.TempDir(), "长沙名册.xlsx")
	if err := os.WriteFile(file, roster(t), 0o644); err != nil {
		t.Fatal(err)
	}
	base := w.env.Listen(t)
	b := browserAs(t, base, w.changsha, chromedp.EmulateViewport(1280, 900))
	active := `.tiles .tile:first-child .figure`
	if err := chromedp.Do(b, chromedp.Navigate(base+"/dashboard"), chromedp.WaitVisible(chromedp.CSS(active))); err != nil {
		t.Fatal(err)
	}
	if before := pageText(t, b, active); before != "1" {
		t.Fatalf("the dashboard counts %q active talents before the import, want 1", before)
	}

	if err := chromedp.Do(b,
		chromedp.Navigate(base+"/import"),
		chromedp.WaitVisible(chromedp.ID("import-file")),
		chromedp.SetUploadFiles(chromedp.ID("import-file"), []string{file}),
		chromedp.Click(chromedp.CSS(`form[action="/import"] button.primary`)),
		chromedp.WaitVisible(chromedp.CSS("table.report")),
	); err != nil {
		t.Fatal(err)
	}
	browsertest.Screenshot(t, b, "import-report")
	report := pageText(t, b, "table.report")
	for _, want := range []string{"错校验", "校验位", "无此区", "不存在区", "被截断", "被 Excel 截断", "欧阳华"} {
		if !strings.Contains(report, want) {
			t.Errorf("the report lacks %q:\n%s", want, report)
		}
	}

	if err := chromedp.Do(b,
		chromedp.Click(chromedp.CSS(`form[action$="/commit"] button`)),
		chromedp.WaitVisible(chromedp.CSS(".alert.done")),
		chromedp.Navigate(base+"/dashboard"),
		chromedp.WaitVisible(chromedp.CSS(active)),
	); err != nil {
		t.Fatal(err)
	}
	browsertest.Screenshot(t, b, "import-dashboard")
	if after := pageText(t, b, active); after != "4" {
		t.Errorf("the dashboard counts %q active talents after the import, want 4", after)
	}
}

// pageText reads the text of the element sel finds.
func pageText(t *testing.T, b context.Context, sel string) string {
	t.Helper()
	s, err := chromedp.Run(b, chromedp.Text(chromedp.CSS(sel)))
	if err != nil {
		t.Fatalf("read %s: %v", sel, err)
	}
	return strings.TrimSpace(s)
}
