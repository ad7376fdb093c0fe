package storage_test

import (
	"bytes"
	"io"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"xiangcai"
	"xiangcai/storage"
)

func testPing(t *testing.T, s storage.Store) {
	if err := s.Ping(t.Context()); err != nil {
		t.Fatal(err)
	}
}

func testPutGetStatDelete(t *testing.T, s storage.Store) {
	ctx := t.Context()
	key := "courses/c1/讲义 第1章.txt"
	data := []byte("湘才 — hello, world")
	info, err := s.Put(ctx, key, bytes.NewReader(data), int64(len(data)), "text/plain; charset=utf-8")
	if err != nil {
		t.Fatal(err)
	}
	if info.Key != key || info.Size != int64(len(data)) || info.ContentType != "text/plain; charset=utf-8" ||
		info.ETag == "" || time.Since(info.ModTime).Abs() > time.Minute {
		t.Fatalf("Put returned %+v", info)
	}
	if got := readAll(t, s, key, nil); !bytes.Equal(got, data) {
		t.Fatalf("Get = %q, want %q", got, data)
	}
	stat, err := s.Stat(ctx, key)
	if err != nil || stat.Size != info.Size || stat.ETag != info.ETag || stat.ContentType != info.ContentType {
		t.Fatalf("Stat = %+v, %v; Put gave %+v", stat, err, info)
	}

	again, err := s.Put(ctx, key, strings.NewReader("changed"), 7, "")
	if err != nil || again.ETag == info.ETag || again.ContentType != "application/octet-stream" {
		t.Fatalf("overwriting Put = %+v, %v", again, err)
	}
	if got := readAll(t, s, key, nil); string(got) != "changed" {
		t.Fatalf("Get after overwrite = %q", got)
	}

	if err := s.Delete(ctx, key); err != nil {
		t.Fatal(err)
	}
	_, err = s.Stat(ctx, key)
	wantCode(t, err, xiangcai.ENOTFOUND, "")
	_, _, err = s.Get(ctx, key, nil)
	wantCode(t, err, xiangcai.ENOTFOUND, "")
	if err := s.Delete(ctx, key); err != nil {
		t.Fatalf("deleting a missing key: %v", err)
	}
}

func testPutUnknownSize(t *testing.T, s storage.Store) {
	data := bytes.Repeat([]byte("0123456789"), 1000)
	info, err := s.Put(t.Context(), "unknown-size.bin", bytes.NewReader(data), -1, "")
	if err != nil || info.Size != int64(len(data)) {
		t.Fatalf("Put = %+v, %v", info, err)
	}
	if got := readAll(t, s, "unknown-size.bin", nil); !bytes.Equal(got, data) {
		t.Fatal("Get returned other bytes")
	}
}

func testRangedReads(t *testing.T, s storage.Store) {
	data := []byte("0123456789abcdefghij")
	if _, err := s.Put(t.Context(), "range.txt", bytes.NewReader(data), int64(len(data)), "text/plain"); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		rng  storage.Range
		want string
	}{
		{storage.Range{Start: 0, End: 4}, "01234"},
		{storage.Range{Start: 10, End: -1}, "abcdefghij"},
		{storage.Range{Start: 15, End: 1000}, "fghij"},
		{storage.Range{Start: 19, End: 19}, "j"},
		{storage.Range{Start: 0, End: -1}, string(data)},
	} {
		if got := readAll(t, s, "range.txt", &tc.rng); string(got) != tc.want {
			t.Errorf("range %+v = %q, want %q", tc.rng, got, tc.want)
		}
	}
	r, info, err := s.Get(t.Context(), "range.txt", &storage.Range{Start: 2, End: 3})
	if err != nil {
		t.Fatal(err)
	}
	r.Close()
	if info.Size != int64(len(data)) || info.ContentType != "text/plain" {
		t.Errorf("ranged Get gave %+v, want the whole object's size and type", info)
	}
	for _, rng := range []storage.Range{{Start: 20, End: -1}, {Start: 25, End: 30}, {Start: 5, End: 3}, {Start: -1, End: 3}} {
		r, _, err := s.Get(t.Context(), "range.txt", &rng)
		if err == nil {
			r.Close()
		}
		wantCode(t, err, xiangcai.EINVALID, "range")
	}
}

func testInvalidKeys(t *testing.T, s storage.Store) {
	ctx := t.Context()
	for _, key := range []string{"", "/abs", "a//b", "trailing/", "../up", "a/../b", "a/./b", ".hidden",
		"a/.uploads/x", `back\slash`, "ctl\nchar", strings.Repeat("k", storage.MaxKeyLength+1)} {
		_, err := s.Put(ctx, key, strings.NewReader("x"), 1, "")
		wantCode(t, err, xiangcai.EINVALID, "key")
		_, _, err = s.Get(ctx, key, nil)
		wantCode(t, err, xiangcai.EINVALID, "key")
		_, err = s.Stat(ctx, key)
		wantCode(t, err, xiangcai.EINVALID, "key")
		wantCode(t, s.Delete(ctx, key), xiangcai.EINVALID, "key")
		_, err = s.SignedURL(ctx, key, time.Minute, "")
		wantCode(t, err, xiangcai.EINVALID, "key")
		_, err = s.StartUpload(ctx, key, "")
		wantCode(t, err, xiangcai.EINVALID, "key")
	}
}

func testKeysSharingPrefix(t *testing.T, s storage.Store) {
	ctx := t.Context()
	for _, key := range []string{"p/q", "p", "p/q/r"} {
		if _, err := s.Put(ctx, key, strings.NewReader(key), int64(len(key)), ""); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.Delete(ctx, "p/q"); err != nil {
		t.Fatal(err)
	}
	_, err := s.Stat(ctx, "p/q")
	wantCode(t, err, xiangcai.ENOTFOUND, "")
	for _, key := range []string{"p", "p/q/r"} {
		if got := readAll(t, s, key, nil); string(got) != key {
			t.Fatalf("Get(%q) = %q", key, got)
		}
	}
}

// testConcurrentPuts overwrites one key from several goroutines while
// others read it: every read sees one whole version, never a mix.
func testConcurrentPuts(t *testing.T, s storage.Store) {
	ctx := t.Context()
	versions := make([][]byte, 8)
	for i := range versions {
		versions[i] = bytes.Repeat([]byte{byte('a' + i)}, 64<<10+i)
	}
	if _, err := s.Put(ctx, "busy.bin", bytes.NewReader(versions[0]), int64(len(versions[0])), ""); err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	for _, v := range versions {
		wg.Go(func() {
			if _, err := s.Put(ctx, "busy.bin", bytes.NewReader(v), int64(len(v)), ""); err != nil {
				t.Error(err)
			}
		})
		wg.Go(func() {
			r, info, err := s.Get(ctx, "busy.bin", nil)
			if err != nil {
				t.Error(err)
				return
			}
			defer r.Close()
			b, err := io.ReadAll(r)
			if err != nil || int64(len(b)) != info.Size || !slices.ContainsFunc(versions, func(v []byte) bool { return bytes.Equal(v, b) }) {
				t.Errorf("read %d bytes (info says %d), err %v: not one whole version", len(b), info.Size, err)
			}
		})
	}
	wg.Wait()
}
