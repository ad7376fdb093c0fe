package dashboard

import (
	"math"

	"xiangcai"
)

// Label names one thing a dashboard shows, a category on a chart's axis or
// one of its series: a code for programs and names in Chinese and English.
// Place names are Chinese in both languages.
type Label struct {
	Code string `json:"code" doc:"stable code, such as active, 430100 or hubs"`
	ZH   string `json:"zh" doc:"name in Chinese"`
	EN   string `json:"en" doc:"name in English"`
}

// label makes a Label from a code and its text.
func label(code string, t xiangcai.Text) Label { return Label{Code: code, ZH: t.ZH, EN: t.EN} }

// In returns the label's name in lang ("en…" picks English).
func (l Label) In(lang string) string { return xiangcai.Text{ZH: l.ZH, EN: l.EN}.In(lang) }

// Series is one row of a chart's values: one value for each label of the
// chart, in the same order.
type Series struct {
	Label
	Values []float64 `json:"values"`
}

// Chart is figures shaped for a chart library such as ECharts: the labels
// of the category axis (xAxis.data, or the names of a pie's slices) and
// one or more series with a value per label (series[].data).
type Chart struct {
	Labels []Label  `json:"labels"`
	Series []Series `json:"series"`
}

// tallyChart returns a chart of one series named by name, with the count
// of each label.
func tallyChart(name Label, labels []Label, count func(Label) int) Chart {
	values := make([]float64, len(labels))
	for i, l := range labels {
		values[i] = float64(count(l))
	}
	return Chart{Labels: labels, Series: []Series{{Label: name, Values: values}}}
}

// Ratio is a part of a whole: Count of Of, and the share it makes.
type Ratio struct {
	Count int `json:"count" doc:"the part"`
	Of    int `json:"of" doc:"the whole"`
	// Share is Count ÷ Of rounded to four places; 0 when Of is 0.
	Share float64 `json:"share" doc:"count ÷ of, rounded to 4 places; 0 when of is 0"`
}

// ratio returns count of of with its share.
func ratio(count, of int) Ratio {
	r := Ratio{Count: count, Of: of}
	if of > 0 {
		r.Share = math.Round(float64(count)/float64(of)*10000) / 10000
	}
	return r
}
