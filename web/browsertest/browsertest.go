// Package browsertest drives a real headless Chromium from tests, through
// chromedp. Without Chromium the test is skipped on a developer's machine
// but fails under CI, so a CI image that lost its browser cannot pass
// silently.
package browsertest

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// ChromiumPath is where the browser is expected, as Debian installs it.
const ChromiumPath = "/usr/bin/chromium"

// Timeout bounds everything one test does in the browser.
const Timeout = 30 * time.Second

// New starts Chromium with a fresh profile and returns a context for
// chromedp actions on one tab. The browser stops when the test ends.
// Options add to the defaults, such as a host-resolver rule that sends a
// test host name to the test server. Media may play without a click
// (muted or not), as a test cannot make the gesture browsers ask for.
func New(t testing.TB, options ...chromedp.ExecAllocatorOption) context.Context {
	t.Helper()
	if _, err := os.Stat(ChromiumPath); err != nil {
		if inCI() {
			t.Fatalf("Chromium is required under CI: %v", err)
		}
		t.Skipf("no Chromium at %s; browser tests skipped", ChromiumPath)
	}
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), append([]chromedp.ExecAllocatorOption{
		chromedp.ExecPath(ChromiumPath),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("autoplay-policy", "no-user-gesture-required"),
		chromedp.UserDataDir(t.TempDir()),
	}, options...)...)
	timeoutCtx, cancelTimeout := context.WithTimeout(allocCtx, Timeout)
	ctx, cancelBrowser := chromedp.NewContext(timeoutCtx, chromedp.WithLogf(t.Logf))
	t.Cleanup(func() {
		cancelBrowser()
		cancelTimeout()
		cancelAlloc()
	})
	return ctx
}

// Screenshot saves a PNG of the current viewport as name.png in the folder
// named by XIANGCAI_SCREENSHOT_DIR, for a person to look at; without that
// variable it only checks that the browser can draw the page.
func Screenshot(t testing.TB, ctx context.Context, name string) {
	t.Helper()
	png, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
	if err != nil {
		t.Fatalf("screenshot %s: %v", name, err)
	}
	if len(png) == 0 {
		t.Fatalf("screenshot %s is empty", name)
	}
	dir := os.Getenv("XIANGCAI_SCREENSHOT_DIR")
	if dir == "" {
		return
	}
	file := filepath.Join(dir, name+".png")
	if err := os.WriteFile(file, png, 0o644); err != nil {
		t.Fatalf("screenshot %s: %v", name, err)
	}
	t.Logf("screenshot: %s", file)
}

// inCI reports whether the tests run under continuous integration, the way
// scripts/lib.sh decides it.
func inCI() bool {
	ci := os.Getenv("CI")
	return ci == "true" || ci == "1"
}
