package talentpool

import (
	"time"

	"github.com/uptrace/bun"

	"xiangcai"
	"xiangcai/regions"
	"xiangcai/talentpool/roster"
)

// importText names an import in not_found and conflict messages.
var importText = xiangcai.Text{ZH: "名册导入", EN: "roster import"}

// Limits of one import: rows beyond maxImportRows make the file too
// large; a dry run not committed within importTTL expires, and its sealed
// rows are deleted by the next dry run.
const (
	maxImportRows = 200_000
	importBatch   = 1_000
	importTTL     = 7 * 24 * time.Hour
)

// RegionTree is what reading region names in a roster needs beyond
// Regions; *regions.Table has it.
type RegionTree interface {
	Children(code string) []regions.Region
}

// Importer loads talent rosters into a city's pool. A dry run reads the
// file and stores what importing each row would do; a commit then applies
// exactly that. Access is the pool's: city administrators import into
// their own city, the province into any city it names.
type Importer struct {
	svc  *Service
	tree RegionTree
}

// NewImporter returns an importer into svc's pools; tree names the regions
// a roster may give by name.
func NewImporter(svc *Service, tree RegionTree) *Importer {
	return &Importer{svc: svc, tree: tree}
}

// ImportStatus is where an import stands.
type ImportStatus string

// A dry run is parsing while it reads the file, ready once it has, and
// committed once its rows are in the pool.
const (
	ImportParsing   ImportStatus = "parsing"
	ImportReady     ImportStatus = "ready"
	ImportCommitted ImportStatus = "committed"
)

// Import is one roster file read into one city's pool, with the counts of
// its rows by outcome.
type Import struct {
	bun.BaseModel `bun:"table:talent_imports,alias:ti"`

	ID       string `bun:"id,pk"`
	CityCode string
	FileName string
	Format   string
	// Sheet is the workbook sheet read; "" for CSV.
	Sheet  string
	Layout roster.Layout
	Status ImportStatus
	// The counts: data rows in the file, then rows by outcome, and rows
	// with fixes and with warnings, which are also counted by outcome.
	TotalRows     int
	NewRows       int
	UpdatedRows   int
	UnchangedRows int
	RejectedRows  int
	FixedRows     int
	WarnedRows    int
	// CommittedThrough is the position of the last row a commit has
	// written, so that an interrupted commit resumes after it.
	CommittedThrough int
	CreatedBy        string
	CreatedAt        time.Time
	CommittedBy      string    `bun:"committed_by,nullzero"`
	CommittedAt      time.Time `bun:"committed_at,nullzero"`
}

// Expired reports whether the dry run is too old to be committed at now.
func (imp *Import) Expired(now time.Time) bool {
	return imp.Status != ImportCommitted && now.Sub(imp.CreatedAt) > importTTL
}

// RowOutcome is what importing a row does.
type RowOutcome string

// A row adds a talent, updates the talent with its ID number, finds that
// talent already as the row has them, or is rejected.
const (
	OutcomeNew       RowOutcome = "new"
	OutcomeUpdate    RowOutcome = "update"
	OutcomeUnchanged RowOutcome = "unchanged"
	OutcomeRejected  RowOutcome = "rejected"
)

// ImportRow is the report on one data row of a roster.
type ImportRow struct {
	bun.BaseModel `bun:"table:talent_import_rows,alias:tir"`

	ImportID string `bun:"import_id,pk"`
	// Position is the row's place among the file's data rows, from 1;
	// Line is its row number in the spreadsheet.
	Position int `bun:"position,pk"`
	Line     int
	Outcome  RowOutcome
	// TalentID is the talent the row updates, or the one it adds.
	TalentID string `bun:"talent_id,nullzero"`
	Name     string
	IDMasked string
	Fixed    bool
	Warned   bool
	Notes    []RowNote
	// InputEnc is the row's cleaned values, sealed, until it is committed.
	InputEnc []byte `bun:"input_enc"`
}

// Cursor returns the cursor of the page that follows r in FindImportRows.
func (r *ImportRow) Cursor() string { return xiangcai.EncodeCursor(r.Position) }

// NoteKind says whether a note is a fix made, a warning or an error.
type NoteKind string

// The kinds of notes: a value cleaned to be read, something the user
// should know about an accepted row, and why a row is rejected.
const (
	NoteFixed   NoteKind = "fixed"
	NoteWarning NoteKind = "warning"
	NoteError   NoteKind = "error"
)

// RowNote is one remark on a row: about field (a roster field's key, such
// as id_number) in the file's column of that header, or about the whole
// row when Field is empty.
type RowNote struct {
	Kind    NoteKind      `json:"kind"`
	Field   string        `json:"field,omitempty"`
	Column  string        `json:"column,omitempty"`
	Message xiangcai.Text `json:"message"`
}
