package storage_test

import (
	"bytes"
	"slices"
	"testing"

	"xiangcai"
	"xiangcai/storage"
)

// testUpload walks one chunked upload through everything that can go wrong
// on the way: parts out of order, a broken connection, a corrupt part, a
// missing part and a wrong checksum, each repaired before completing.
func testUpload(t *testing.T, s storage.Store) {
	ctx := t.Context()
	key := "videos/lesson-1.mp4"
	parts := [][]byte{randomData(storage.MinPartSize), randomData(storage.MinPartSize), randomData(1000)}
	id, err := s.StartUpload(ctx, key, "video/mp4")
	if err != nil {
		t.Fatal(err)
	}

	putPart(t, s, key, id, 3, randomData(1000), false) // replaced below
	putPart(t, s, key, id, 1, parts[0], false)
	putPart(t, s, key, id, 3, parts[2], true)

	// The connection breaks halfway through part 2: it is not received.
	_, err = s.PutPart(ctx, key, id, 2, &brokenReader{r: bytes.NewReader(parts[1]), left: 1 << 20}, int64(len(parts[1])), "")
	if err == nil {
		t.Fatal("PutPart with a broken reader succeeded")
	}
	wantParts(t, s, key, id, parts, 1, 3)

	// A corrupt copy of part 1 is refused and the good copy stays.
	corrupt := slices.Clone(parts[0])
	corrupt[12345] ^= 1
	_, err = s.PutPart(ctx, key, id, 1, bytes.NewReader(corrupt), int64(len(corrupt)), sha256Hex(parts[0]))
	wantCode(t, err, xiangcai.EINVALID, "sha256")
	wantParts(t, s, key, id, parts, 1, 3)

	_, err = s.CompleteUpload(ctx, key, id, checksum(parts))
	wantCode(t, err, xiangcai.EINVALID, "parts")

	putPart(t, s, key, id, 2, parts[1], true) // resume
	wantParts(t, s, key, id, parts, 1, 2, 3)

	_, err = s.CompleteUpload(ctx, key, id, checksum(parts[:2]))
	wantCode(t, err, xiangcai.EINVALID, "checksum")
	wantParts(t, s, key, id, parts, 1, 2, 3)

	info, err := s.CompleteUpload(ctx, key, id, checksum(parts))
	if err != nil {
		t.Fatal(err)
	}
	want := bytes.Join(parts, nil)
	if info.Key != key || info.Size != int64(len(want)) || info.ContentType != "video/mp4" {
		t.Fatalf("CompleteUpload = %+v", info)
	}
	if got := readAll(t, s, key, nil); !bytes.Equal(got, want) {
		t.Fatal("the completed object holds other bytes than its parts")
	}
	_, err = s.ListParts(ctx, key, id)
	wantCode(t, err, xiangcai.ENOTFOUND, "")
}

func testUploadNoParts(t *testing.T, s storage.Store) {
	id, err := s.StartUpload(t.Context(), "empty.bin", "")
	if err != nil {
		t.Fatal(err)
	}
	_, err = s.CompleteUpload(t.Context(), "empty.bin", id, checksum(nil))
	wantCode(t, err, xiangcai.EINVALID, "parts")
}

func testUploadSmallPart(t *testing.T, s storage.Store) {
	key := "small-parts.bin"
	parts := [][]byte{randomData(1000), randomData(1000)}
	id, err := s.StartUpload(t.Context(), key, "")
	if err != nil {
		t.Fatal(err)
	}
	putPart(t, s, key, id, 1, parts[0], true)
	putPart(t, s, key, id, 2, parts[1], true)
	_, err = s.CompleteUpload(t.Context(), key, id, checksum(parts))
	wantCode(t, err, xiangcai.EINVALID, "parts")

	// A single small part is the last part, so it is allowed.
	id, err = s.StartUpload(t.Context(), key, "")
	if err != nil {
		t.Fatal(err)
	}
	putPart(t, s, key, id, 1, parts[0], false)
	if _, err := s.CompleteUpload(t.Context(), key, id, checksum(parts[:1])); err != nil {
		t.Fatal(err)
	}
}

func testUploadBadArguments(t *testing.T, s storage.Store) {
	ctx := t.Context()
	id, err := s.StartUpload(ctx, "args.bin", "")
	if err != nil {
		t.Fatal(err)
	}
	data := randomData(10)
	for _, n := range []int{0, -1, storage.MaxParts + 1} {
		_, err := s.PutPart(ctx, "args.bin", id, n, bytes.NewReader(data), 10, "")
		wantCode(t, err, xiangcai.EINVALID, "number")
	}
	_, err = s.PutPart(ctx, "args.bin", id, 1, bytes.NewReader(data), 0, "")
	wantCode(t, err, xiangcai.EINVALID, "size")
	_, err = s.PutPart(ctx, "args.bin", id, 1, bytes.NewReader(data), 10, "not-hex")
	wantCode(t, err, xiangcai.EINVALID, "sha256")
	_, err = s.PutPart(ctx, "other.bin", id, 1, bytes.NewReader(data), 10, "")
	wantCode(t, err, xiangcai.ENOTFOUND, "")
	_, err = s.ListParts(ctx, "args.bin", "no-such-upload")
	wantCode(t, err, xiangcai.ENOTFOUND, "")
	_, err = s.ListParts(ctx, "other.bin", id)
	wantCode(t, err, xiangcai.ENOTFOUND, "")
}

func testUploadAbort(t *testing.T, s storage.Store) {
	ctx := t.Context()
	id, err := s.StartUpload(ctx, "aborted.bin", "")
	if err != nil {
		t.Fatal(err)
	}
	putPart(t, s, "aborted.bin", id, 1, randomData(100), true)
	if err := s.AbortUpload(ctx, "aborted.bin", id); err != nil {
		t.Fatal(err)
	}
	_, err = s.ListParts(ctx, "aborted.bin", id)
	wantCode(t, err, xiangcai.ENOTFOUND, "")
	_, err = s.PutPart(ctx, "aborted.bin", id, 2, bytes.NewReader([]byte("x")), 1, "")
	wantCode(t, err, xiangcai.ENOTFOUND, "")
	if err := s.AbortUpload(ctx, "aborted.bin", id); err != nil {
		t.Fatalf("aborting twice: %v", err)
	}
	_, err = s.Stat(ctx, "aborted.bin")
	wantCode(t, err, xiangcai.ENOTFOUND, "")
}
