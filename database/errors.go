package database

import (
	"database/sql"
	"errors"

	"github.com/jackc/pgx/v5/pgconn"
	"modernc.org/sqlite"

	"xiangcai"
)

// SQLite extended result codes for constraint violations (see sqlite3.h).
const (
	sqliteConstraintForeignKey = 787
	sqliteConstraintPrimaryKey = 1555
	sqliteConstraintUnique     = 2067
)

// Err turns a database error into the application's vocabulary at the Bun
// boundary: no rows becomes not_found, a unique violation conflict, a broken
// foreign key conflict too. Other errors become internal errors whose cause
// is logged, never sent. The nil error stays nil.
func Err(err error, what xiangcai.Text) error {
	if err == nil {
		return nil
	}
	var appErr *xiangcai.Error
	switch {
	case errors.As(err, &appErr):
		return err
	case errors.Is(err, sql.ErrNoRows):
		return xiangcai.NotFound(what.ZH, what.EN)
	case IsUniqueViolation(err):
		e := xiangcai.Errorf(xiangcai.ECONFLICT, what.ZH+"已存在", what.EN+" already exists")
		e.Cause = err
		return e
	case isForeignKeyViolation(err):
		e := xiangcai.Errorf(xiangcai.ECONFLICT, "相关记录不存在或仍被引用", "a related record is missing or still in use")
		e.Cause = err
		return e
	}
	return xiangcai.Internal(err)
}

// IsUniqueViolation reports whether err comes from a unique or primary-key
// constraint on either database.
func IsUniqueViolation(err error) bool {
	var pgErr *pgconn.PgError
	if errors.As(err, &pgErr) {
		return pgErr.Code == "23505"
	}
	var liteErr *sqlite.Error
	if errors.As(err, &liteErr) {
		return liteErr.Code() == sqliteConstraintUnique || liteErr.Code() == sqliteConstraintPrimaryKey
	}
	return false
}

func isForeignKeyViolation(err error) bool {
	var pgErr *pgconn.PgError
	if errors.As(err, &pgErr) {
		return pgErr.Code == "23503"
	}
	var liteErr *sqlite.Error
	return errors.As(err, &liteErr) && liteErr.Code() == sqliteConstraintForeignKey
}
