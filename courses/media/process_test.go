package media_test

import (
	"bytes"
	"io"
	"math"
	"slices"
	"strings"
	"testing"

	"xiangcai/courses/media"
	"xiangcai/courses/media/mediatest"
)

// TestProcessVideos transcodes a landscape video with sound and a silent
// portrait one, and checks every output is in the store.
func TestProcessVideos(t *testing.T) {
	mediatest.RequireFFmpeg(t)
	cases := []struct {
		name       string
		video      mediatest.Video
		renditions []media.Rendition
		segments   int // of four seconds
	}{
		{"landscape", mediatest.Video{Seconds: 5, Size: "640x360"},
			[]media.Rendition{{Name: "240p", Width: 426, Height: 240, Bandwidth: 546000}, {Name: "360p", Width: 640, Height: 360, Bandwidth: 896000}}, 2},
		{"portrait", mediatest.Video{Seconds: 2, Size: "360x640", Silent: true},
			[]media.Rendition{{Name: "240p", Width: 240, Height: 426, Bandwidth: 546000}, {Name: "360p", Width: 360, Height: 640, Bandwidth: 896000}}, 1},
	}
	eachStore(t, func(t *testing.T, f *fixture) {
		for _, c := range cases {
			a := f.upload(t, media.KindVideo, c.name+".mp4", c.video.Make(t))
			if a.Status != media.StatusReady || a.ContentType != "video/mp4" {
				t.Fatalf("%s: %s %q (%s)", c.name, a.Status, a.ContentType, a.Failure().EN)
			}
			if math.Abs(a.DurationSeconds-float64(c.video.Seconds)) > 0.5 || !slices.Equal(a.Renditions, c.renditions) {
				t.Errorf("%s: %.2f s, %+v", c.name, a.DurationSeconds, a.Renditions)
			}
			keys := []string{a.HLSPrefix + "/master.m3u8", a.MP4Key, a.PosterKey}
			for _, r := range a.Renditions {
				keys = append(keys, a.HLSPrefix+"/"+r.Name+"/index.m3u8", a.HLSPrefix+"/"+r.Name+"/seg_00000.ts")
			}
			for _, key := range keys {
				if _, err := f.store.Stat(ctx, key); err != nil {
					t.Errorf("%s: %s: %v", c.name, key, err)
				}
			}
			master, err := f.svc.Playlist(ctx, f.owner, a.ID, media.MasterPlaylist)
			if err != nil || !bytes.Contains(master, []byte("\n240p.m3u8\n")) || !bytes.Contains(master, []byte("\n360p.m3u8\n")) {
				t.Errorf("%s: master playlist %v\n%s", c.name, err, master)
			}
			// Segment URIs are signed links now, not bare names.
			variant, err := f.svc.Playlist(ctx, f.owner, a.ID, "360p")
			if err != nil || strings.Count(string(variant), "/seg_0000") != c.segments || strings.Contains(string(variant), "\nseg_") {
				t.Errorf("%s: rendition playlist %v:\n%s", c.name, err, variant)
			}
		}
	})
}

// TestUnusableFilesFail checks that files the sniffer let through but that
// cannot be used end failed, with a reason for the uploader.
func TestUnusableFilesFail(t *testing.T) {
	mediatest.RequireFFmpeg(t)
	truncated := mediatest.PDF()
	truncated = truncated[:len(truncated)-10]
	cases := []struct {
		name   string
		kind   media.Kind
		data   []byte
		reason string
	}{
		{"sound.mp4", media.KindVideo, mediatest.Sound(t, 1), "the file contains no video picture"},
		{"corrupt.mp4", media.KindVideo, mediatest.CorruptMP4(64 << 10), "the file could not be read as a video; it may be damaged or in an unsupported format"},
		{"cut.pdf", media.KindDocument, truncated, "the file is not a complete PDF document"},
		{"whole.pdf", media.KindDocument, mediatest.PDF(), ""},
	}
	eachStore(t, func(t *testing.T, f *fixture) {
		for _, c := range cases {
			a := f.upload(t, c.kind, c.name, c.data)
			if c.reason == "" {
				if a.Status != media.StatusReady {
					t.Errorf("%s: %s (%s), want ready", c.name, a.Status, a.Failure().EN)
				}
				continue
			}
			if a.Status != media.StatusFailed || a.Failure().EN != c.reason || a.Failure().ZH == "" {
				t.Errorf("%s: %s %+v, want failed: %s", c.name, a.Status, a.Failure(), c.reason)
			}
			if _, err := f.svc.Playback(ctx, f.owner, a.ID); err == nil {
				t.Errorf("%s: a failed asset plays", c.name)
			}
		}
	})
}

// TestProcessingGivesUp loses an original from the store: the job retries,
// then gives up, and the asset says so.
func TestProcessingGivesUp(t *testing.T) {
	f := newFixtureOnFolder(t)
	a, checksum := f.start(t, media.KindDocument, "lost.pdf", mediatest.PDF())
	if _, err := f.svc.CompleteUpload(ctx, f.owner, a.ID, checksum); err != nil {
		t.Fatal(err)
	}
	if err := f.store.Delete(ctx, a.OriginalKey); err != nil {
		t.Fatal(err)
	}
	a = f.process(t, a.ID)
	if a.Status != media.StatusFailed || !strings.Contains(a.Failure().EN, "failed several times") {
		t.Fatalf("%s %+v, want failed after retries", a.Status, a.Failure())
	}
}

// TestCompleteAfterTheStoreFinished repairs an upload the store completed
// when recording it failed: completing again starts processing.
func TestCompleteAfterTheStoreFinished(t *testing.T) {
	f := newFixtureOnFolder(t)
	a, checksum := f.start(t, media.KindDocument, "again.pdf", mediatest.PDF())
	if _, err := f.store.CompleteUpload(ctx, a.OriginalKey, a.UploadID, checksum); err != nil {
		t.Fatal(err)
	}
	a, err := f.svc.CompleteUpload(ctx, f.owner, a.ID, checksum)
	if err != nil || a.Status != media.StatusProcessing {
		t.Fatalf("%+v %v", a, err)
	}
	body, _, err := f.store.Get(ctx, a.OriginalKey, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer body.Close()
	if b, _ := io.ReadAll(body); !bytes.Equal(b, mediatest.PDF()) {
		t.Fatal("the stored original differs from the upload")
	}
}
