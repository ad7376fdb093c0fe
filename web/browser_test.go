package web_test

import (
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"xiangcai"
	"xiangcai/web/browsertest"
)

// TestBrowserSignIn signs in the way a trainee does, on a phone-sized
// screen in a real browser, and expects the home page with their name.
func TestBrowserSignIn(t *testing.T) {
	site := newSite(t)
	a := site.addUser(xiangcai.RoleTrainee, "李华", "430104")
	base := site.env.Listen(t)
	ctx := browsertest.New(t)

	err := chromedp.Do(ctx,
		chromedp.EmulateViewport(390, 844, chromedp.EmulateScale(2), chromedp.EmulateMobile, chromedp.EmulatePortrait),
		chromedp.Navigate(base+"/"),
		chromedp.WaitVisible(chromedp.ID("login")),
		chromedp.Click(chromedp.CSS(`.languages a[lang="zh-CN"]`)),
		chromedp.WaitVisible(chromedp.CSS(`.languages span[lang="zh-CN"]`)),
	)
	if err != nil {
		t.Fatal(err)
	}
	browsertest.Screenshot(t, ctx, "login")

	if err := chromedp.Do(ctx,
		chromedp.SendKeys(chromedp.ID("login"), a.Login),
		chromedp.SendKeys(chromedp.ID("password"), a.Password),
		chromedp.Click(chromedp.CSS("button.primary")),
		chromedp.WaitVisible(chromedp.CSS("main h1")),
		chromedp.WaitNotPresent(chromedp.ID("password")),
	); err != nil {
		t.Fatal(err)
	}
	heading, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS("main h1")))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(heading, "您好，李华") {
		t.Errorf("after signing in the page says %q, want the greeting with the name", heading)
	}
	url, err := chromedp.Run(ctx, chromedp.Location())
	if err != nil {
		t.Fatal(err)
	}
	if url != base+"/" {
		t.Errorf("after signing in the browser is at %s, want the home page", url)
	}
	browsertest.Screenshot(t, ctx, "home")
}

// TestBrowserAPIDocs checks that the docs script runs under the site's
// Content-Security-Policy and lists the operations.
func TestBrowserAPIDocs(t *testing.T) {
	site := newSite(t)
	base := site.env.Listen(t)
	ctx := browsertest.New(t)
	if err := chromedp.Do(ctx,
		chromedp.Navigate(base+"/api/docs"),
		chromedp.WaitVisible(chromedp.CSS("details#login > summary")),
	); err != nil {
		t.Fatal(err)
	}
	summary, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS("details#login > summary")))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(summary, "POST") || !strings.Contains(summary, "/api/v1/auth/login") {
		t.Errorf("the login operation reads %q", summary)
	}
}
