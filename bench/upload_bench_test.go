package bench

import (
	"bytes"
	"context"
	"crypto/rand"
	"net/http"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/minio/minio-go/v7"
	"github.com/minio/minio-go/v7/pkg/credentials"

	"xiangcai"
	"xiangcai/accounts"
	"xiangcai/api/apitest"
	"xiangcai/courses/media/mediatest"
)

// uploadSize is the size of the file uploaded both ways.
const uploadSize = 256 << 20

// partsInFlight is how many parts the API client sends at once: as many as
// minio-go's PutObject sends by default, so both sides upload alike.
const partsInFlight = 4

// BenchmarkUpload uploads one 256 MiB file (an MP4 header on random bytes,
// so that the first part passes as video) through the chunked API, over a
// real loopback connection to the whole server on PostgreSQL and MinIO:
// POST /api/v1/media, the parts in the default part size with their
// SHA-256s, four at a time, then POST complete with the checksum. The
// baseline puts the same bytes straight into the same MinIO with
// minio-go's PutObject and its defaults. The two take turns, three times
// each; the figures are MB/s (10^6 bytes a second) over all turns.
// Processing the video afterwards is a background job and no part of the
// upload, so no worker runs.
func BenchmarkUpload(b *testing.B) {
	if os.Getenv("XIANGCAI_TEST_S3_ENDPOINT") == "" {
		b.Skip("the upload benchmark runs on MinIO: set XIANGCAI_TEST_S3_ENDPOINT and its keys (scripts/bench does)")
	}
	env := newEnv(b)
	ctx := b.Context()
	if _, err := env.Accounts.CreateUserAsSystem(ctx, accounts.NewUser{Username: "bench-teacher", DisplayName: "讲师",
		Role: xiangcai.RoleInstructor, RegionCode: "430104", Password: apitest.Password}); err != nil {
		b.Fatal(err)
	}
	api := &uploader{base: env.Listen(b), auth: bearer(env.Login(b, "bench-teacher")), client: &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: partsInFlight}}}
	direct, bucket := directMinIO(b)
	data := mediatest.CorruptMP4(uploadSize)
	b.ResetTimer()
	for range b.N {
		var apiTime, directTime time.Duration
		for turn := range 3 {
			start := time.Now()
			if err := api.upload(ctx, data); err != nil {
				b.Fatal(err)
			}
			apiTime += time.Since(start)
			start = time.Now()
			_, err := direct.PutObject(ctx, bucket, "direct-"+strconv.Itoa(turn), bytes.NewReader(data), uploadSize,
				minio.PutObjectOptions{ContentType: "application/octet-stream"})
			if err != nil {
				b.Fatal(err)
			}
			directTime += time.Since(start)
		}
		mbps := func(d time.Duration) float64 { return 3 * uploadSize / d.Seconds() / 1e6 }
		b.ReportMetric(mbps(apiTime), "api-MB/s")
		b.ReportMetric(mbps(directTime), "direct-MB/s")
		b.ReportMetric(directTime.Seconds()/apiTime.Seconds(), "throughput-ratio")
		b.Logf("chunked API %.0f MB/s, direct PutObject %.0f MB/s, ratio %.2f (3 uploads of %d MiB each)",
			mbps(apiTime), mbps(directTime), directTime.Seconds()/apiTime.Seconds(), uploadSize>>20)
	}
}

// directMinIO returns a plain minio-go client of the test MinIO and a new
// bucket on it, removed with its objects when the benchmark ends.
func directMinIO(b *testing.B) (*minio.Client, string) {
	b.Helper()
	c, err := minio.New(os.Getenv("XIANGCAI_TEST_S3_ENDPOINT"), &minio.Options{Creds: credentials.NewStaticV4(
		os.Getenv("XIANGCAI_TEST_S3_ACCESS_KEY"), os.Getenv("XIANGCAI_TEST_S3_SECRET_KEY"), "")})
	if err != nil {
		b.Fatal(err)
	}
	bucket := "xiangcai-bench-" + strings.ToLower(rand.Text())
	if err := c.MakeBucket(b.Context(), bucket, minio.MakeBucketOptions{}); err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() {
		if err := c.RemoveBucketWithOptions(context.Background(), bucket, minio.RemoveBucketOptions{ForceDelete: true}); err != nil {
			b.Errorf("removing bucket %s: %v", bucket, err)
		}
	})
	return c, bucket
}
