package courses

import (
	"bytes"
	"image"
	"image/png"
	"testing"

	"xiangcai"
)

// pngBytes returns a small real PNG image.
func pngBytes(t testing.TB) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := png.Encode(&b, image.NewRGBA(image.Rect(0, 0, 4, 3))); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// TestSetCover stores covers by sniffed type, replaces the old one, and
// refuses what is not a small image.
func TestSetCover(t *testing.T) {
	f := newFixture(t)
	c := f.course(t, NewCourse{ProviderLevel: LevelCity, RegionCode: changsha, InstructorIDs: []string{f.teacher.UserID}})
	first, err := f.SetCover(ctx, f.teacher, c.ID, pngBytes(t))
	if err != nil {
		t.Fatal(err)
	}
	info, err := f.store.Stat(ctx, first.CoverKey)
	if err != nil || info.ContentType != "image/png" {
		t.Fatalf("stored cover: %+v %v", info, err)
	}
	second, err := f.SetCover(ctx, f.csAdmin, c.ID, pngBytes(t))
	if err != nil || second.CoverKey == first.CoverKey {
		t.Fatalf("replace cover: %+v %v", second, err)
	}
	if _, err := f.store.Stat(ctx, first.CoverKey); xiangcai.ErrorCode(err) != xiangcai.ENOTFOUND {
		t.Fatalf("the old cover is still stored: %v", err)
	}
	if stored, _ := f.FindCourseByID(ctx, f.province, c.ID); stored.CoverKey != second.CoverKey {
		t.Fatalf("stored key %q, want %q", stored.CoverKey, second.CoverKey)
	}
	wantFields(t, errOf(f.SetCover(ctx, f.teacher, c.ID, []byte("<html>not an image</html>"))), "image")
	huge := append(pngBytes(t), make([]byte, MaxCoverSize)...)
	wantCode(t, errOf(f.SetCover(ctx, f.teacher, c.ID, huge)), xiangcai.ETOOLARGE)
	wantCode(t, errOf(f.SetCover(ctx, f.zzAdmin, c.ID, pngBytes(t))), xiangcai.ENOTFOUND)
	wantCode(t, errOf(f.SetCover(ctx, f.learner, c.ID, pngBytes(t))), xiangcai.ENOTFOUND)
}
