package api

import (
	"time"

	"xiangcai/talentpool"
)

// TalentImportOutput is an import with one page of its report.
type TalentImportOutput struct {
	Body struct {
		Import     TalentImportBody      `json:"import"`
		Rows       []TalentImportRowBody `json:"rows"`
		Total      int                   `json:"total" doc:"rows matching the filter, on all pages"`
		NextCursor string                `json:"next_cursor,omitempty" doc:"pass as cursor for the next page; absent on the last page"`
	}
}

// TalentImportBody is a roster import: the file, the columns read, and
// the rows by outcome.
type TalentImportBody struct {
	ID          string                   `json:"id"`
	CityCode    string                   `json:"city_code" doc:"the city whose pool the roster goes into"`
	FileName    string                   `json:"file_name"`
	Format      string                   `json:"format" enum:"xlsx,csv"`
	Sheet       string                   `json:"sheet,omitempty" doc:"the workbook's sheet read"`
	HeaderLine  int                      `json:"header_line" doc:"the spreadsheet row the header starts on"`
	HeaderRows  int                      `json:"header_rows" doc:"1, or 2 for a header with groups above the columns"`
	Columns     []TalentImportColumnBody `json:"columns" doc:"the columns read"`
	Ignored     []string                 `json:"ignored" doc:"headers of the columns not read"`
	Status      string                   `json:"status" enum:"parsing,ready,committed"`
	Rows        int                      `json:"rows" doc:"data rows in the file"`
	New         int                      `json:"new" doc:"rows that add a talent"`
	Updated     int                      `json:"updated" doc:"rows that change a talent with their ID number"`
	Unchanged   int                      `json:"unchanged" doc:"rows whose talent is already as the row has them"`
	Rejected    int                      `json:"rejected" doc:"rows skipped, with the reasons in their notes"`
	Fixed       int                      `json:"fixed" doc:"rows with values fixed while reading"`
	Warned      int                      `json:"warned" doc:"rows with warnings"`
	CreatedAt   time.Time                `json:"created_at"`
	CommittedAt *time.Time               `json:"committed_at,omitempty"`
}

// TalentImportColumnBody is a column of the roster and the field it holds.
type TalentImportColumnBody struct {
	Letter string `json:"letter" doc:"the spreadsheet column, such as C"`
	Header string `json:"header" doc:"its header in the file"`
	Field  string `json:"field" doc:"name, id_number, gender, birth_date, phone, category, organization, region, region_code, county, township, village, qualification, qualification_expires_at or skills"`
}

// TalentImportRowBody is the report on one data row.
type TalentImportRowBody struct {
	Position int                    `json:"position" doc:"the row's place among the file's data rows, from 1"`
	Line     int                    `json:"line" doc:"the row's number in the spreadsheet"`
	Outcome  string                 `json:"outcome" enum:"new,update,unchanged,rejected"`
	TalentID string                 `json:"talent_id,omitempty" doc:"the talent the row updates, or adds"`
	Name     string                 `json:"name"`
	IDNumber string                 `json:"id_number" doc:"masked"`
	Fixed    bool                   `json:"fixed"`
	Warned   bool                   `json:"warned"`
	Notes    []TalentImportNoteBody `json:"notes"`
}

// TalentImportNoteBody is a fix made, a warning, or why a row is rejected.
type TalentImportNoteBody struct {
	Kind   string `json:"kind" enum:"fixed,warning,error"`
	Field  string `json:"field,omitempty" doc:"the field, as in columns; absent for the whole row"`
	Column string `json:"column,omitempty" doc:"the header of the field's column in the file"`
	ZH     string `json:"zh"`
	EN     string `json:"en"`
}

func importBody(imp *talentpool.Import) TalentImportBody {
	b := TalentImportBody{ID: imp.ID, CityCode: imp.CityCode, FileName: imp.FileName, Format: imp.Format, Sheet: imp.Sheet,
		HeaderLine: imp.Layout.HeaderLine, HeaderRows: imp.Layout.HeaderRows, Ignored: imp.Layout.Ignored,
		Status: string(imp.Status), Rows: imp.TotalRows, New: imp.NewRows, Updated: imp.UpdatedRows,
		Unchanged: imp.UnchangedRows, Rejected: imp.RejectedRows, Fixed: imp.FixedRows, Warned: imp.WarnedRows,
		CreatedAt: imp.CreatedAt, Columns: []TalentImportColumnBody{}}
	if b.Ignored == nil {
		b.Ignored = []string{}
	}
	for _, c := range imp.Layout.Columns {
		b.Columns = append(b.Columns, TalentImportColumnBody{Letter: c.Letter, Header: c.Header, Field: c.Key})
	}
	if !imp.CommittedAt.IsZero() {
		b.CommittedAt = &imp.CommittedAt
	}
	return b
}

func importRowBody(r *talentpool.ImportRow) TalentImportRowBody {
	b := TalentImportRowBody{Position: r.Position, Line: r.Line, Outcome: string(r.Outcome), TalentID: r.TalentID,
		Name: r.Name, IDNumber: r.IDMasked, Fixed: r.Fixed, Warned: r.Warned, Notes: []TalentImportNoteBody{}}
	for _, n := range r.Notes {
		b.Notes = append(b.Notes, TalentImportNoteBody{Kind: string(n.Kind), Field: n.Field, Column: n.Column,
			ZH: n.Message.ZH, EN: n.Message.EN})
	}
	return b
}
