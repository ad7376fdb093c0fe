// Package xiangcai holds the shared vocabulary of Xiangcai (湘才), the
// learning-management system for the key talent of Hunan's community social
// organizations: the application error, who is asking (Principal), pages and
// cursors, and the clock. It does no I/O, so every other package may import it.
package xiangcai

import "github.com/google/uuid"

// NewID returns a new opaque identifier for a row. It is a UUIDv7, so rows
// sort roughly by creation time in indexes while URLs reveal no counts.
func NewID() string {
	return uuid.Must(uuid.NewV7()).String()
}

// ValidID reports whether s has the shape of an identifier made by NewID.
// Handlers use it to turn a malformed path parameter into a not_found error
// before it reaches the database.
func ValidID(s string) bool {
	_, err := uuid.Parse(s)
	return err == nil && len(s) == 36
}
