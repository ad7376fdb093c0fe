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
// foreign key conflict too, and a transaction PostgreSQL gave up on to let
// another go on (a deadlock, a serialization failure) unavailable, which a
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
	case pgCode(err) == "40P01" || pgCode(err) == "40001":
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

func isForeignKeyViolation(err error) bool {
	if code := pgCode(err); code != "" {
		return code == "23503"
	}
	var liteErr *sqlite.Error
	return errors.As(err, &liteErr) && liteErr.Code() == sqliteConstraintForeignKey
}
