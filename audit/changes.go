package audit

import (
	"encoding/json"
	"reflect"
)

// Change is the detail of an event that changed a record: the values of
// the fields that changed, before and after. A created record has only
// After, with every field.
type Change struct {
	Before map[string]any `json:"before,omitempty"`
	After  map[string]any `json:"after,omitempty"`
}

// Changes compares two snapshots of a record, values that marshal to JSON
// objects, and returns the fields that differ. It reports false when
// nothing changed. A nil before (a nil pointer too) describes a record being
// created; a nil after, one being removed.
func Changes(before, after any) (Change, bool) {
	b, a := fields(before), fields(after)
	if b == nil {
		return Change{After: a}, len(a) > 0
	}
	c := Change{Before: map[string]any{}, After: map[string]any{}}
	for _, m := range []map[string]any{b, a} {
		for key := range m {
			if !reflect.DeepEqual(b[key], a[key]) {
				c.Before[key], c.After[key] = b[key], a[key]
			}
		}
	}
	return c, len(c.After) > 0
}

// fields returns the JSON object v marshals to, as a map; nil for nil.
func fields(v any) map[string]any {
	raw, err := json.Marshal(v)
	if err != nil {
		panic(err) // snapshots are plain structs; failing to marshal one is a bug
	}
	var m map[string]any
	if err := json.Unmarshal(raw, &m); err != nil {
		panic(err)
	}
	return m
}
