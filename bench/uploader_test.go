package bench

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"sync"

	"xiangcai/storage"
)

// uploader is a client of the chunked upload API.
type uploader struct {
	base, auth string
	client     *http.Client
}

// upload sends data as a new video and completes it.
func (u *uploader) upload(ctx context.Context, data []byte) error {
	var started struct {
		Media  struct{ ID string }
		Upload struct {
			PartSize  int `json:"part_size"`
			PartCount int `json:"part_count"`
		}
	}
	start := fmt.Sprintf(`{"kind":"video","file_name":"bench.mp4","size":%d}`, len(data))
	if err := u.call(ctx, "POST", "/api/v1/media", "application/json", []byte(start), nil, http.StatusCreated, &started); err != nil {
		return err
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	id, size := started.Media.ID, started.Upload.PartSize
	digests := make([][]byte, started.Upload.PartCount)
	numbers := make(chan int)
	errs := make(chan error, partsInFlight)
	var wg sync.WaitGroup
	for range partsInFlight {
		wg.Go(func() {
			for n := range numbers {
				part := data[(n-1)*size : min(n*size, len(data))]
				sum := sha256.Sum256(part)
				digests[n-1] = sum[:]
				header := http.Header{"X-Part-SHA256": {hex.EncodeToString(sum[:])}}
				path := "/api/v1/media/" + id + "/parts/" + strconv.Itoa(n)
				if err := u.call(ctx, "PUT", path, "application/octet-stream", part, header, http.StatusOK, nil); err != nil {
					errs <- err
					cancel()
					return
				}
			}
		})
	}
	go func() {
		defer close(numbers)
		for n := 1; n <= len(digests); n++ {
			select {
			case numbers <- n:
			case <-ctx.Done():
				return
			}
		}
	}()
	wg.Wait()
	select {
	case err := <-errs:
		return err
	default:
	}
	complete := `{"checksum":"` + storage.CompositeChecksum(digests) + `"}`
	return u.call(ctx, "POST", "/api/v1/media/"+id+"/complete", "application/json", []byte(complete), nil, http.StatusOK, nil)
}

// call sends one request and checks its status; out, when not nil,
// receives the JSON answer.
func (u *uploader) call(ctx context.Context, method, path, contentType string, body []byte, header http.Header, want int, out any) error {
	req, err := http.NewRequestWithContext(ctx, method, u.base+path, bytes.NewReader(body))
	if err != nil {
		return err
	}
	for name, values := range header {
		req.Header.Set(name, values[0])
	}
	req.Header.Set("Content-Type", contentType)
	req.Header.Set("Authorization", u.auth)
	resp, err := u.client.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	answer, err := io.ReadAll(resp.Body)
	if err != nil {
		return err
	}
	if resp.StatusCode != want {
		return fmt.Errorf("%s %s: status %d, want %d: %.300s", method, path, resp.StatusCode, want, answer)
	}
	if out != nil {
		return json.Unmarshal(answer, out)
	}
	return nil
}
