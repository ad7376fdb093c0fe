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
	// sqliteBusy is the primary result code of every SQLITE_BUSY variant.
	sqliteBusy = 5
)

// Err turns a database error into the application's vocabulary at the Bun
// boundary: no rows becomes not_found, a unique violation conflict, a broken
// foreign key conflict too, and a transaction the database gave up on to
// let another go on (a PostgreSQL deadlock or serialization failure, a
// SQLite writer that waited too long for its turn) unavailable, which a
// client may simply send again. Other errors become internal errors whose
// cause is logged, never sent. The nil error stays nil.
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
	case isContention(err):
		e := xiangcai.Errorf(xiangcai.EUNAVAILABLE, "同时修改的人较多，请重试", "others were changing the same records; try again")
		e.Cause = err
		return e
	}
	return xiangcai.Internal(err)
}

// IsUniqueViolation reports whether err comes from a unique or primary-key
// constraint on either database.
func IsUniqueViolation(err error) bool {
	if code := pgCode(err); code != "" {
		return code == "23505"
	}
	var liteErr *sqlite.Error
	if errors.As(err, &liteErr) {
		return liteErr.Code() == sqliteConstraintUnique || liteErr.Code() == sqliteConstraintPrimaryKey
	}
	return false
}

// pgCode returns the SQLSTATE of a PostgreSQL error, or "".
func pgCode(err error) string {
	var pgErr *pgconn.PgError
	if errors.As(err, &pgErr) {
		return pgErr.Code
	}
	return ""
}

// isContention reports whether err ended a statement or transaction so that
// another could go on.
func isContention(err error) bool {
	if code := pgCode(err); code != "" {
		return code == "40P01" || code == "40001"
	}
	var liteErr *sqlite.Error
	if errors.As(err, &liteErr) {
		return liteErr.Code()&0xff == sqliteBusy
	}
	return errors.Is(err, errWriterBusy)
}

func isForeignKeyViolation(err error) bool {
	if code := pgCode(err); code != "" {
		return code == "23503"
	}
	var liteErr *sqlite.Error
	return errors.As(err, &liteErr) && liteErr.Code() == sqliteConstraintForeignKey
}
