package database

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"fmt"
	"hash/maphash"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/stdlib"
)

// longStatement is the length from which a query is sent unprepared
// instead of being prepared and kept in its connection's statement cache.
//
// pgx can prepare each query once per connection and keep up to 512 of them
// (its cache_statement mode), so a query that repeats word for word is
// parsed and planned by PostgreSQL only once: the catalog page that every
// trainee of a city asks for, the session look-up of each request. Bun
// writes values into the SQL text, so a bulk statement (a thousand rows
// inserted, a long IN list) is new every time and hundreds of KiB long;
// kept, a few hundred of them held 200 MiB during a roster import. The
// short statements that make up ordinary requests stay under this length.
const longStatement = 8 << 10

// prepareAfter is how many times a connection sends a query unprepared
// before it prepares and keeps it, as PgJDBC's prepareThreshold does. A
// query sent once (a write with its values in the text, a count for one
// city) then costs one round trip, not the two a prepared one does the
// first time, and does not push a repeating query out of the cache.
const prepareAfter = 1

// seenAtMost bounds the queries a connection remembers having seen; it
// forgets them all when it has seen more.
const seenAtMost = 4096

// openPostgres opens a pool of pgx connections that prepare and cache
// short statements that repeat and send the others unprepared, unless the
// URL chooses its own default_query_exec_mode.
func openPostgres(url string) (*sql.DB, error) {
	config, err := pgx.ParseConfig(url)
	if err != nil {
		return nil, fmt.Errorf("open PostgreSQL: %w", err)
	}
	return sql.OpenDB(connector{stdlib.GetConnector(*config), config.DefaultQueryExecMode}), nil
}

// connector opens the pool's connections as conns.
type connector struct {
	driver.Connector
	mode pgx.QueryExecMode
}

// Connect opens a connection.
func (c connector) Connect(ctx context.Context) (driver.Conn, error) {
	dc, err := c.Connector.Connect(ctx)
	if err != nil {
		return nil, err
	}
	if c.mode != pgx.QueryExecModeCacheStatement && c.mode != pgx.QueryExecModeCacheDescribe {
		return dc, nil
	}
	return &conn{Conn: dc.(*stdlib.Conn), seen: map[uint64]int{}}, nil
}

// conn is a pgx connection that prepares only the short queries it has
// seen before. Everything else is pgx's own. database/sql uses a
// connection from one goroutine at a time, so seen needs no lock.
type conn struct {
	*stdlib.Conn
	seen map[uint64]int // times each query was sent, by its hash
}

// hashSeed makes the hashes of queries.
var hashSeed = maphash.MakeSeed()

// QueryContext runs a query, unprepared when it is long or new to the
// connection and has no arguments (pgx reads a leading QueryExecMode
// argument as an option).
func (c *conn) QueryContext(ctx context.Context, query string, args []driver.NamedValue) (driver.Rows, error) {
	if len(args) == 0 && !c.repeats(query) {
		args = []driver.NamedValue{{Ordinal: 1, Value: pgx.QueryExecModeExec}}
	}
	return c.Conn.QueryContext(ctx, query, args)
}

// repeats reports whether query is short and the connection sent it
// prepareAfter times before.
func (c *conn) repeats(query string) bool {
	if len(query) >= longStatement {
		return false
	}
	h := maphash.String(hashSeed, query)
	n := c.seen[h]
	if n >= prepareAfter {
		return true
	}
	if len(c.seen) >= seenAtMost {
		clear(c.seen)
	}
	c.seen[h] = n + 1
	return false
}
