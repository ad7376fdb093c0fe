package web_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"xiangcai"
	"xiangcai/storage/storagetest"
	"xiangcai/web/browsertest"
)

// openBrowser serves the site and starts a browser that reaches it as
// storagetest.BaseURL, the address the folder store signs its links for,
// so that pages, playlists and segments share one origin as they do in
// production. Links signed by MinIO point at MinIO itself.
func openBrowser(t *testing.T, site *testSite) (context.Context, string) {
	t.Helper()
	listening := site.env.Listen(t)
	host := strings.TrimPrefix(storagetest.BaseURL, "http://")
	ctx := browsertest.New(t, chromedp.Flag("host-resolver-rules", "MAP "+host+" "+strings.TrimPrefix(listening, "http://")))
	return ctx, storagetest.BaseURL
}

// followRealTime moves the test's fixed clock along with the real one
// until the test ends: the server credits watching only as fast as its
// clock runs.
func followRealTime(t *testing.T, clock *xiangcai.FixedClock) {
	stop := make(chan struct{})
	t.Cleanup(func() { close(stop) })
	go func() {
		tick := time.NewTicker(50 * time.Millisecond)
		defer tick.Stop()
		last := time.Now()
		for {
			select {
			case <-stop:
				return
			case now := <-tick.C:
				clock.Advance(now.Sub(last))
				last = now
			}
		}
	}()
}

// signIn signs in through the sign-in page, in Chinese.
func signIn(base string, a account) chromedp.Action[chromedp.Void] {
	steps := []chromedp.Action[chromedp.Void]{
		chromedp.Navigate(base + "/lang?to=zh-CN&back=/login"),
		chromedp.SendKeys(chromedp.ID("login"), a.Login),
		chromedp.SendKeys(chromedp.ID("password"), a.Password),
		chromedp.Click(chromedp.CSS("button.primary")),
		chromedp.WaitNotPresent(chromedp.ID("password")),
	}
	return func(ctx context.Context, t *chromedp.Target) (chromedp.Void, error) {
		for _, step := range steps {
			if _, err := step(ctx, t); err != nil {
				return chromedp.Void{}, err
			}
		}
		return chromedp.Void{}, nil
	}
}
