package courses

import "xiangcai"

// Term is one entry of a fixed vocabulary: the stable code stored in the
// database and sent over the API, and the label people read.
type Term[C ~string] struct {
	Code  C
	Label xiangcai.Text
}

// Vocabulary is a fixed list of terms in the order pages show them.
type Vocabulary[C ~string] []Term[C]

// Has reports whether code is one of the vocabulary's codes.
func (v Vocabulary[C]) Has(code C) bool { return v.index(code) >= 0 }

// Label returns the label of code, or the code itself in both languages
// when the vocabulary does not hold it.
func (v Vocabulary[C]) Label(code C) xiangcai.Text {
	if i := v.index(code); i >= 0 {
		return v[i].Label
	}
	return xiangcai.Text{ZH: string(code), EN: string(code)}
}

// Codes returns every code as a string, in order; the API's OpenAPI enums
// are made from it.
func (v Vocabulary[C]) Codes() []string {
	out := make([]string, len(v))
	for i, t := range v {
		out[i] = string(t.Code)
	}
	return out
}

func (v Vocabulary[C]) index(code C) int {
	for i, t := range v {
		if t.Code == code {
			return i
		}
	}
	return -1
}
