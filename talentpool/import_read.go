package talentpool

import (
	"fmt"
	"strings"
	"time"
	"unicode"

	"xiangcai"
	"xiangcai/pii"
	"xiangcai/talentpool/roster"
)

// rowReader turns the records of one roster into rows for one city's
// pool: it cleans each cell, reads words (志愿者, 助理社工师), names of
// organizations and regions, and notes what it fixed and what is wrong.
type rowReader struct {
	layout roster.Layout
	places *placeIndex
	orgs   *orgIndex
	cipher *pii.Cipher
	now    time.Time
	// seen maps the ID hashes read so far to their lines, so the same
	// person twice in one file is caught.
	seen map[string]int
	// cutShort is set once the file has shown an ID number Excel cut short.
	cutShort bool
}

// read reads the record at position among the file's data rows.
func (rr *rowReader) read(rec roster.Record, position int) *importRow {
	r := &importRow{position: position, line: rec.Line, layout: rr.layout}
	v := &r.values
	var fixes []xiangcai.Text
	v.Name, fixes = roster.Text(rec.Value(roster.Name))
	r.fixed(roster.Name, fixes)
	rr.readID(r, rec.Value(roster.IDNumber))
	rr.checkGender(r, rec.Value(roster.Gender))
	rr.checkBirthDate(r, rec.Value(roster.BirthDate))
	var lost bool
	v.Phone, fixes, lost = roster.Code(rec.Value(roster.Phone))
	r.fixed(roster.Phone, fixes)
	if lost {
		r.note(NoteError, roster.Phone, roster.TruncatedNumber)
	}
	v.Category = readWord(r, roster.Category, rec.Value(roster.Category), TalentCategories, categoryWords)
	v.Qualification = readWord(r, roster.Qualification, rec.Value(roster.Qualification), Qualifications, qualificationWords)
	if raw := rec.Value(roster.QualificationExpires); strings.TrimSpace(raw) != "" {
		var err error
		v.QualificationExpiresAt, fixes, err = roster.Date("qualification_expires_at", raw)
		r.fixed(roster.QualificationExpires, fixes)
		if err != nil {
			r.note(NoteError, roster.QualificationExpires, err.(*xiangcai.Error).Fields[0].Message)
		}
	}
	v.Skills = readSkills(rec.Value(roster.Skills))
	v.OrganizationID = rr.orgs.find(r, rec.Value(roster.Organization))
	v.RegionCode = rr.places.find(r, rec)
	r.read = len(r.notes)
	return r
}

// readID reads the ID number: cut short by Excel, not valid, or a person
// the file already had are errors; otherwise the row gets its hash. A
// valid number that ends in 000 may be one Excel cut short whose check
// digit happens to hold: once the file has shown a number cut short, such
// a number is an error too, and before that a warning.
func (rr *rowReader) readID(r *importRow, raw string) {
	id, fixes, lost := roster.Code(raw)
	r.values.IDNumber = id
	r.fixed(roster.IDNumber, fixes)
	valid, err := pii.ValidateIDNumber("id_number", id, rr.now)
	switch {
	case lost || err != nil && roster.CutShort(id):
		rr.cutShort = true
		r.note(NoteError, roster.IDNumber, roster.TruncatedID)
		return
	case err != nil:
		r.fail(err.(*xiangcai.Error))
		return
	case roster.CutShort(valid) && rr.cutShort:
		r.note(NoteError, roster.IDNumber, roster.TruncatedID)
		return
	case roster.CutShort(valid):
		r.note(NoteWarning, roster.IDNumber, xiangcai.Text{ZH: "身份证号以000结尾，如果该列曾被 Excel 当作数字，后三位已丢失，请核对",
			EN: "the ID number ends in 000: if Excel ever treated the column as numbers, the last three digits are lost; please check"})
	}
	r.values.IDNumber, r.hash = valid, rr.cipher.Hash(idKind, valid)
	if line, ok := rr.seen[r.hash]; ok {
		r.note(NoteError, roster.IDNumber, xiangcai.Text{ZH: fmt.Sprintf("与第%d行是同一人（身份证号相同）", line),
			EN: fmt.Sprintf("the same person as in row %d (same ID number)", line)})
		r.hash = ""
		return
	}
	rr.seen[r.hash] = r.line
}

// checkGender warns when a gender cell disagrees with the ID number, which
// the pool reads the gender from.
func (rr *rowReader) checkGender(r *importRow, raw string) {
	text, _ := roster.Text(raw)
	want, ok := pii.IDGender(r.values.IDNumber)
	if text == "" || r.hash == "" || !ok {
		return
	}
	got, known := map[string]pii.Gender{"男": pii.GenderMale, "女": pii.GenderFemale, "male": pii.GenderMale,
		"female": pii.GenderFemale, "m": pii.GenderMale, "f": pii.GenderFemale}[roster.Key(text)]
	if !known || got != want {
		r.note(NoteWarning, roster.Gender, xiangcai.Text{ZH: "性别“" + text + "”与身份证号不符，以身份证号为准",
			EN: "the gender “" + text + "” does not match the ID number, which is used"})
	}
}

// checkBirthDate warns when a birth-date cell disagrees with the ID
// number, which the pool reads the birth date from.
func (rr *rowReader) checkBirthDate(r *importRow, raw string) {
	want, ok := pii.IDBirthDate(r.values.IDNumber)
	if strings.TrimSpace(raw) == "" || r.hash == "" || !ok {
		return
	}
	got, fixes, err := roster.Date("birth_date", raw)
	if err == nil && got.Equal(want) {
		r.fixed(roster.BirthDate, fixes)
		return
	}
	r.note(NoteWarning, roster.BirthDate, xiangcai.Text{ZH: "出生日期与身份证号不符，以身份证号为准",
		EN: "the birth date does not match the ID number, which is used"})
}

// readSkills splits a skills cell at the separators people use, white
// space among them.
func readSkills(raw string) []string {
	var out []string
	for _, part := range strings.FieldsFunc(raw, func(c rune) bool { return strings.ContainsRune("、,，;；/|", c) || unicode.IsSpace(c) }) {
		if skill, _ := roster.Text(part); skill != "" {
			out = append(out, skill)
		}
	}
	return out
}
