package media

import (
	"context"
	"log/slog"
	"os"
	"time"

	"github.com/uptrace/bun"

	"xiangcai"
	"xiangcai/database"
	"xiangcai/storage"
)

// Options configure a Service; the zero value of each field means its
// production default.
type Options struct {
	Clock xiangcai.Clock // default xiangcai.SystemClock
	// Viewers says who else may view an asset: the people who may see a
	// lesson that shows it. Nil means only the owner and the owner's
	// administrators, which is the whole rule while no lesson points at
	// assets.
	Viewers Viewers
	// OnReady, when set, hears of every asset that becomes ready, with its
	// duration in seconds (0 for documents): the lessons that show it record
	// the duration. It may be called more than once for one asset.
	OnReady func(ctx context.Context, assetID string, durationSeconds int) error
	// FFmpeg and FFprobe are the programs that process video; default
	// "ffmpeg" and "ffprobe" on the PATH.
	FFmpeg, FFprobe string
	// TempDir holds an original and its outputs while a job works on them;
	// default os.TempDir(). It needs room for about twice the largest video.
	TempDir string
	// Threads bounds the threads ffmpeg uses (default 2).
	Threads int
	Logger  *slog.Logger // default slog.Default()
}

// Service uploads, processes and plays media assets. It works on a bun.IDB,
// so it runs the same inside or outside a transaction.
type Service struct {
	db    bun.IDB
	store storage.Store
	o     Options
}

// NewService returns a Service over db and store.
func NewService(db bun.IDB, store storage.Store, o Options) *Service {
	if o.Clock == nil {
		o.Clock = xiangcai.SystemClock{}
	}
	if o.FFmpeg == "" {
		o.FFmpeg = "ffmpeg"
	}
	if o.FFprobe == "" {
		o.FFprobe = "ffprobe"
	}
	if o.TempDir == "" {
		o.TempDir = os.TempDir()
	}
	if o.Threads <= 0 {
		o.Threads = 2
	}
	if o.Logger == nil {
		o.Logger = slog.Default()
	}
	return &Service{db: db, store: store, o: o}
}

// now reads the clock in UTC, the zone every stored time is written in.
func (s *Service) now() time.Time { return s.o.Clock.Now().UTC() }

// find loads an asset without asking anyone's permission.
func (s *Service) find(ctx context.Context, id string) (*Asset, error) {
	if !xiangcai.ValidID(id) {
		return nil, xiangcai.NotFound(assetText.ZH, assetText.EN)
	}
	a := new(Asset)
	if err := s.db.NewSelect().Model(a).Where("m.id = ?", id).Scan(ctx); err != nil {
		return nil, database.Err(err, assetText)
	}
	return a, nil
}

// FindAssetByID returns the asset with id, if p may view it.
func (s *Service) FindAssetByID(ctx context.Context, p xiangcai.Principal, id string) (*Asset, error) {
	a, err := s.find(ctx, id)
	if err != nil {
		return nil, err
	}
	if err := s.requireView(ctx, p, a); err != nil {
		return nil, err
	}
	return a, nil
}
