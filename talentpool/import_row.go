package talentpool

import (
	"encoding/json"
	"slices"
	"strings"
	"time"

	"xiangcai"
	"xiangcai/pii"
	"xiangcai/talentpool/roster"
)

// importValues are a row's cleaned values: what a commit writes, sealed in
// the import between the dry run and the commit. An empty field was empty
// in the file, and keeps what a talent already in the pool has: an import
// fills in and corrects, it never erases.
type importValues struct {
	Name                   string         `json:"name,omitempty"`
	IDNumber               string         `json:"id_number"`
	Phone                  string         `json:"phone,omitempty"`
	Category               TalentCategory `json:"category,omitempty"`
	OrganizationID         string         `json:"organization_id,omitempty"`
	RegionCode             string         `json:"region_code,omitempty"`
	Qualification          Qualification  `json:"qualification,omitempty"`
	QualificationExpiresAt time.Time      `json:"qualification_expires_at,omitzero"`
	Skills                 []string       `json:"skills,omitempty"`
	// TalentID is the id a new talent gets, chosen by the dry run.
	TalentID string `json:"talent_id"`
}

// over returns in with the fields v gives put in.
func (v importValues) over(in TalentInput) TalentInput {
	for _, f := range []struct{ to, from *string }{{&in.Name, &v.Name}, {&in.IDNumber, &v.IDNumber},
		{&in.Phone, &v.Phone}, {&in.OrganizationID, &v.OrganizationID}, {&in.RegionCode, &v.RegionCode}} {
		if *f.from != "" {
			*f.to = *f.from
		}
	}
	if v.Category != "" {
		in.Category = v.Category
	}
	if v.Qualification != "" && v.Qualification != in.Qualification {
		// The expiry of another qualification does not carry over.
		in.Qualification, in.QualificationExpiresAt = v.Qualification, time.Time{}
	}
	if !v.QualificationExpiresAt.IsZero() {
		in.QualificationExpiresAt = v.QualificationExpiresAt
	}
	if len(v.Skills) > 0 {
		in.Skills = v.Skills
	}
	return in
}

// sealedRow is what a dry run keeps of a row for the commit, sealed: the
// values and the notes reading them made.
type sealedRow struct {
	Values importValues `json:"values"`
	Notes  []RowNote    `json:"notes,omitempty"`
}

// importRow is one data row on its way into the pool: read from the file,
// then planned against the pool as it is.
type importRow struct {
	position, line int
	values         importValues
	// hash is the ID number's lookup hash, when the number is valid.
	hash  string
	notes []RowNote
	// read is how many of the notes reading made; planning, which may run
	// again, adds the others.
	read   int
	layout roster.Layout
	// Planning fills in the rest: the outcome and the talent before and
	// after the row is applied (before is nil for a new talent).
	outcome       RowOutcome
	before, after *Talent
}

// regionFields are the columns a talent's region may be given in.
var regionFields = []roster.Field{roster.Region, roster.RegionCode, roster.County, roster.Township, roster.Village}

// note adds a remark about field, in the file's column for it.
func (r *importRow) note(kind NoteKind, field roster.Field, msg xiangcai.Text) {
	fields := []roster.Field{field}
	if slices.Contains(regionFields, field) {
		field, fields = roster.Region, regionFields
	}
	var columns []string
	for _, f := range fields {
		columns = append(columns, r.layout.ColumnsOf(f)...)
	}
	r.notes = append(r.notes, RowNote{Kind: kind, Field: field.Key(), Column: strings.Join(columns, "、"), Message: msg})
}

// remark adds a remark about the whole row.
func (r *importRow) remark(kind NoteKind, msg xiangcai.Text) {
	r.notes = append(r.notes, RowNote{Kind: kind, Message: msg})
}

// fixed notes each fix made to field's cell.
func (r *importRow) fixed(field roster.Field, fixes []xiangcai.Text) {
	for _, f := range fixes {
		r.note(NoteFixed, field, f)
	}
}

// fail notes the field errors of e, an invalid or conflict error whose
// fields are named as TalentInput's; an error on a field already noted
// is left out, so each problem is told once.
func (r *importRow) fail(e *xiangcai.Error) {
	if len(e.Fields) == 0 {
		r.remark(NoteError, e.Message)
	}
	for _, fe := range e.Fields {
		field, ok := inputFields[fe.Field]
		switch {
		case !ok:
			r.remark(NoteError, fe.Message)
		case !r.failed(field):
			r.note(NoteError, field, fe.Message)
		}
	}
}

// inputFields maps the fields TalentInput's errors name to roster fields.
var inputFields = map[string]roster.Field{"name": roster.Name, "id_number": roster.IDNumber, "phone": roster.Phone,
	"category": roster.Category, "organization_id": roster.Organization, "region_code": roster.Region,
	"qualification": roster.Qualification, "qualification_expires_at": roster.QualificationExpires, "skills": roster.Skills}

// failed reports whether the row has an error about field.
func (r *importRow) failed(field roster.Field) bool {
	return slices.ContainsFunc(r.notes, func(n RowNote) bool { return n.Kind == NoteError && n.Field == field.Key() })
}

// rejected reports whether the row has any error.
func (r *importRow) rejected() bool {
	return slices.ContainsFunc(r.notes, func(n RowNote) bool { return n.Kind == NoteError })
}

// report returns the stored report on the row, its values sealed with
// sealed unless the row is rejected.
func (r *importRow) report(importID string, seal func(string) []byte) *ImportRow {
	out := &ImportRow{ImportID: importID, Position: r.position, Line: r.line, Outcome: r.outcome,
		Name: r.values.Name, IDMasked: pii.MaskIDNumber(r.values.IDNumber), Notes: r.notes}
	if out.Notes == nil {
		out.Notes = []RowNote{}
	}
	for _, n := range r.notes {
		out.Fixed = out.Fixed || n.Kind == NoteFixed
		out.Warned = out.Warned || n.Kind == NoteWarning
	}
	if t := r.after; t != nil {
		out.TalentID, out.Name = t.ID, t.Name
	}
	if r.outcome != OutcomeRejected {
		payload, _ := json.Marshal(sealedRow{Values: r.values, Notes: r.notes[:r.read]}) // plain values always marshal
		out.InputEnc = seal(string(payload))
	}
	return out
}
