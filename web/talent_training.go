package web

import "xiangcai/talentpool"

// trainingView is a talent's training record as their page shows it.
type trainingView struct {
	// Linked is false when the talent has no account, so Xiangcai knows
	// of no training.
	Linked bool
	Year   int
	// Courses counts the courses completed; hours are credit hours this
	// year and in all.
	Courses               int
	YearHours, TotalHours string
	Entries               []trainingRow
}

// trainingRow is one course, class or exam completed.
type trainingRow struct{ Kind, Title, Hours, Date string }

// trainingOf shows a training record in lang.
func trainingOf(lang string, rec *talentpool.TrainingRecord) trainingView {
	v := trainingView{Linked: rec.Linked, Year: rec.Year, YearHours: tenths(rec.YearTenths), TotalHours: tenths(rec.TotalTenths)}
	for _, e := range rec.Entries {
		if e.SourceKind == "course" {
			v.Courses++
		}
		v.Entries = append(v.Entries, trainingRow{Kind: say(lang, "pool.training."+e.SourceKind), Title: e.Title,
			Hours: tenths(e.CreditTenths), Date: isoDate(e.CompletedAt)})
	}
	return v
}

// tenths shows credit hours kept in tenths, such as 12.5.
func tenths(n int) string { return hours(float64(n) / 10) }
