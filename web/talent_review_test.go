package web_test

import (
	"net/http"
	"strings"
	"testing"
	"time"
)

// TestReviewPages starts 长沙's annual review, which flags a talent with
// no credit hours, and decides it.
func TestReviewPages(t *testing.T) {
	w := newPoolWorld(t)
	tl := w.talent(w.changsha, 5, "王不学", yuelu)
	v := w.as(w.changsha)
	list := v.get("/reviews")
	wantPage(t, "reviews", list, http.StatusOK, "还没有年度评审", `name="city_code"`, "长沙市")
	if strings.Contains(list.Body, "株洲市") {
		t.Error("a city administrator may choose another city")
	}
	year := w.env.Clock.Now().In(time.FixedZone("CST", 8*3600)).Format("2006")
	started := v.post("/reviews", formOf(list.csrf(t), "city_code", changsha, "year", year))
	if started.Status != http.StatusSeeOther {
		t.Fatalf("start: %d\n%s", started.Status, started.Body)
	}
	again := v.post("/reviews", formOf(list.csrf(t), "city_code", changsha, "year", year))
	wantPage(t, "second start", again, http.StatusConflict, "已经开始")

	review := v.get(started.Location)
	wantPage(t, "review", review, http.StatusOK, "王不学", "本年度无学时", `action="/reviews/`, "待处理")
	item := strings.Split(strings.Split(review.Body, `action="/reviews/`)[1], `"`)[0]
	noReason := v.post("/reviews/"+item, formOf(review.csrf(t), "decision", "suspend", "reason", ""))
	wantPage(t, "no reason", noReason, http.StatusUnprocessableEntity, "此项必填", `field-error`)
	decided := v.post("/reviews/"+item, formOf(review.csrf(t), "decision", "suspend", "reason", "全年未参加培训"))
	if decided.Status != http.StatusSeeOther {
		t.Fatalf("decide: %d\n%s", decided.Status, decided.Body)
	}
	wantPage(t, "decided", v.get(started.Location+"?show=all"), http.StatusOK, "全年未参加培训", "已于")
	wantPage(t, "talent after the review", v.get("/talents/"+tl.ID), http.StatusOK, "年度复核：全年未参加培训")
	wantPage(t, "other city", w.as(w.zhuzhou).get(started.Location), http.StatusNotFound)
}
