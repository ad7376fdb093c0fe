package media_test

import (
	"testing"
	"time"

	"xiangcai"
	"xiangcai/courses/media"
	"xiangcai/courses/media/mediatest"
)

// TestDiscardStaleUploads leaves an upload unfinished for longer than the
// upload window, completes another as old, and starts a third: only the
// first is discarded, its parts gone from the store.
func TestDiscardStaleUploads(t *testing.T) {
	eachStore(t, func(t *testing.T, f *fixture) {
		file := mediatest.CorruptMP4(2 * media.MinPartSize)
		left, _ := f.start(t, media.KindVideo, "left.mp4", file)
		done, checksum := f.start(t, media.KindVideo, "done.mp4", file)
		if _, err := f.svc.CompleteUpload(ctx, f.owner, done.ID, checksum); err != nil {
			t.Fatal(err)
		}
		f.clock.Advance(media.UploadWindow + time.Minute)
		fresh, _ := f.start(t, media.KindVideo, "fresh.mp4", file)
		n, err := f.svc.DiscardStaleUploads(ctx)
		if err != nil || n != 1 {
			t.Fatalf("discarded %d, %v; want the upload left unfinished", n, err)
		}
		if _, _, err := f.svc.ListParts(ctx, f.owner, left.ID); xiangcai.ErrorCode(err) != xiangcai.ENOTFOUND {
			t.Fatalf("the stale upload: %v", err)
		}
		if _, err := f.store.ListParts(ctx, left.OriginalKey, left.UploadID); xiangcai.ErrorCode(err) != xiangcai.ENOTFOUND {
			t.Fatalf("the stale upload's parts in the store: %v", err)
		}
		if _, parts, err := f.svc.ListParts(ctx, f.owner, fresh.ID); err != nil || len(parts) != 2 {
			t.Fatalf("the fresh upload: %d parts, %v", len(parts), err)
		}
		if _, err := f.svc.FindAssetByID(ctx, f.owner, done.ID); err != nil {
			t.Fatalf("the completed upload: %v", err)
		}
	})
}
