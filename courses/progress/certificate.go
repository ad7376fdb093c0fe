package progress

import (
	"context"
	"crypto/rand"
	"strings"
	"time"

	"github.com/uptrace/bun"

	"xiangcai"
	"xiangcai/courses"
	"xiangcai/database"
	"xiangcai/pii"
)

// Certificate is issued when a trainee completes a course. Its Code is what
// anyone can use to verify it.
type Certificate struct {
	bun.BaseModel `bun:"table:certificates,alias:cert"`

	ID           string    `bun:"id,pk"`
	Code         string    `bun:"code"`
	UserID       string    `bun:"user_id"`
	CourseID     string    `bun:"course_id"`
	HolderName   string    `bun:"holder_name"`
	CourseTitle  string    `bun:"course_title"`
	CreditTenths int       `bun:"credit_tenths"`
	Issuer       string    `bun:"issuer"`
	IssuedAt     time.Time `bun:"issued_at"`
}

// CreditHours is the certified credit hours (学时).
func (c *Certificate) CreditHours() float64 { return float64(c.CreditTenths) / 10 }

// Verification is what the public verification page shows: enough to
// confirm a certificate, with the holder's name masked.
type Verification struct {
	Code        string
	MaskedName  string
	CourseTitle string
	CreditHours float64
	Issuer      string
	IssuedAt    time.Time
}

// issueCertificate writes the certificate of a completed course, with the
// holder's name and the course as they stand now.
func (s *Service) issueCertificate(ctx context.Context, p xiangcai.Principal, c *courses.Course, at time.Time) error {
	var name string
	err := s.db.NewSelect().Table("users").Column("display_name").Where("id = ?", p.UserID).Scan(ctx, &name)
	if err != nil {
		return database.Err(err, certificateText)
	}
	cert := &Certificate{ID: xiangcai.NewID(), Code: newCode(), UserID: p.UserID, CourseID: c.ID, HolderName: name,
		CourseTitle: c.Title, CreditTenths: c.CreditTenths, Issuer: s.issuer(c), IssuedAt: at}
	_, err = s.db.NewInsert().Model(cert).On("CONFLICT (user_id, course_id) DO NOTHING").Exec(ctx)
	return database.Err(err, certificateText)
}

// issuer names the civil-affairs office of the course's provider level.
func (s *Service) issuer(c *courses.Course) string {
	if c.ProviderLevel == courses.LevelProvince {
		return "湖南省民政厅"
	}
	if r, ok := s.regions.Find(c.RegionCode); ok {
		return r.Name + "民政局"
	}
	return "湖南省民政厅"
}

// newCode returns a verification code such as "K7QM-2XHD-9PRA": twelve
// random characters from an alphabet without look-alikes, 60 bits, so codes
// cannot be guessed.
func newCode() string {
	const alphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"
	b := make([]byte, 12)
	rand.Read(b)
	var out strings.Builder
	for i, c := range b {
		if i > 0 && i%4 == 0 {
			out.WriteByte('-')
		}
		out.WriteByte(alphabet[int(c)%len(alphabet)])
	}
	return out.String()
}

// Verify confirms a certificate by its code to anyone, without signing in.
func (s *Service) Verify(ctx context.Context, code string) (*Verification, error) {
	cert, err := s.byCode(ctx, code)
	if err != nil {
		return nil, err
	}
	return &Verification{Code: cert.Code, MaskedName: pii.MaskName(cert.HolderName), CourseTitle: cert.CourseTitle,
		CreditHours: cert.CreditHours(), Issuer: cert.Issuer, IssuedAt: cert.IssuedAt}, nil
}

// FindCertificate returns a certificate in full to its holder and to the
// administrators of the holder's city, for the printable page.
func (s *Service) FindCertificate(ctx context.Context, p xiangcai.Principal, code string) (*Certificate, error) {
	cert, err := s.byCode(ctx, code)
	if err != nil {
		return nil, err
	}
	if p.UserID == cert.UserID {
		return cert, nil
	}
	var city string
	err = s.db.NewSelect().Table("users").ColumnExpr("coalesce(city_code, '')").Where("id = ?", cert.UserID).Scan(ctx, &city)
	if err != nil {
		return nil, database.Err(err, certificateText)
	}
	if err := p.RequireCity(city); err != nil {
		return nil, err
	}
	return cert, nil
}

// FindMyCertificates lists p's certificates, newest first.
func (s *Service) FindMyCertificates(ctx context.Context, p xiangcai.Principal) ([]*Certificate, error) {
	if p.Anonymous() {
		return nil, xiangcai.Errorf(xiangcai.EUNAUTHORIZED, "请先登录", "please sign in")
	}
	var list []*Certificate
	err := s.db.NewSelect().Model(&list).Where("cert.user_id = ?", p.UserID).OrderExpr("cert.issued_at DESC").Scan(ctx)
	return list, database.Err(err, certificateText)
}

func (s *Service) byCode(ctx context.Context, code string) (*Certificate, error) {
	code = strings.ToUpper(strings.TrimSpace(code))
	if len(code) != 14 {
		return nil, xiangcai.NotFound(certificateText.ZH, certificateText.EN)
	}
	cert := new(Certificate)
	if err := s.db.NewSelect().Model(cert).Where("cert.code = ?", code).Scan(ctx); err != nil {
		return nil, database.Err(err, certificateText)
	}
	return cert, nil
}
