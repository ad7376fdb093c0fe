package talentpool

import (
	"context"
	"fmt"
	"io"

	"github.com/uptrace/bun"

	"xiangcai"
	"xiangcai/audit"
	"xiangcai/database"
	"xiangcai/talentpool/roster"
)

// exportPage is how many talents an export reads at a time.
const exportPage = 1_000

// TalentExport is a list of talents checked and counted, ready to be
// written out as a roster by Write.
type TalentExport struct {
	svc   *Service
	match func(*bun.SelectQuery) *bun.SelectQuery
	// Reveal writes ID numbers and phones in full instead of masked.
	Reveal bool
	// Total is how many talents the export holds.
	Total int
}

// ExportTalents prepares an export of the talents that match f in the
// pools p may read, the same talents FindTalents lists, f's page aside.
// ID numbers and phones are masked unless reveal is set. Every export is
// recorded in the audit trail with its filter and count before a byte is
// written, so an unmasked export never goes unlogged.
func (s *Service) ExportTalents(ctx context.Context, p xiangcai.Principal, f TalentFilter, reveal bool) (*TalentExport, error) {
	match, err := s.talentMatch(p, f)
	if err != nil {
		return nil, err
	}
	total, err := s.db.NewSelect().Model((*Talent)(nil)).Apply(match).Count(ctx)
	if err != nil {
		return nil, database.Err(err, talentText)
	}
	summary := "导出人才名册（已脱敏）"
	if reveal {
		summary = "导出人才名册（含完整身份证号和手机号）"
	}
	// The event belongs to the city the export covers; "" for the province.
	region, _ := s.listRegion(p, f.RegionCode)
	city := ""
	if path := s.regions.Path(region); len(path) > 1 {
		city = path[1].Code
	}
	err = s.record(ctx, s.db, p, audit.Entry{Action: "talent.export", ObjectType: "talent_export", ObjectID: xiangcai.NewID(),
		CityCode: city, Summary: fmt.Sprintf("%s：%d人", summary, total), Detail: map[string]any{"reveal": reveal,
			"count": total, "region_code": region, "category": f.Category, "status": f.Status,
			"organization_id": f.OrganizationID, "qualification": f.Qualification, "priority": f.Priority,
			"query": f.Query, "as_of": f.AsOf}})
	if err != nil {
		return nil, err
	}
	return &TalentExport{svc: s, match: match, Reveal: reveal, Total: int(total)}, nil
}

// Write writes the export to out as a roster in format (roster.FormatXLSX
// or roster.FormatCSV), newest talents first, reading them a page at a
// time by keyset, so memory stays the same for any number of rows.
func (e *TalentExport) Write(ctx context.Context, out io.Writer, format string) error {
	w, err := roster.NewWriter(format, out, exportHeader)
	if err != nil {
		return err
	}
	cells := newExportCells(e.svc, e.Reveal)
	after := ""
	for {
		var page []*Talent
		q := e.svc.db.NewSelect().Model(&page).Apply(e.match).OrderExpr("t.id DESC").Limit(exportPage)
		if after != "" {
			q = q.Where("t.id < ?", after)
		}
		if err := q.Scan(ctx); err != nil {
			return database.Err(err, talentText)
		}
		for _, t := range page {
			row, err := cells.row(t)
			if err != nil {
				return err
			}
			if err := w.Write(row); err != nil {
				return err
			}
		}
		if len(page) < exportPage {
			return w.Close()
		}
		after = page[len(page)-1].ID
	}
}
