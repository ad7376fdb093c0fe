package database

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"fmt"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/stdlib"
)

// longStatement is the length from which a query is sent unprepared
// instead of being prepared and kept in its connection's statement cache.
//
// pgx prepares each query once per connection and keeps up to 512 of them
// (its default mode, cache_statement), so a query that repeats word for
// word is parsed and planned by PostgreSQL only once: the catalog page that
// every trainee of a city asks for, the session look-up of each request.
// Bun writes values into the SQL text, so a bulk statement (a thousand rows
// inserted, a long IN list) is new every time and hundreds of KiB long;
// kept, a few hundred of them held 200 MiB during a roster import. The
// short statements that make up ordinary requests stay under this length.
const longStatement = 8 << 10

// openPostgres opens a pool of pgx connections that prepare and cache short
// statements and send long ones unprepared, unless the URL chooses its own
// default_query_exec_mode.
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
	return conn{dc.(*stdlib.Conn)}, nil
}

// conn is a pgx connection that sends long queries without preparing them.
// Everything else is pgx's own.
type conn struct{ *stdlib.Conn }

// QueryContext runs a query, unprepared when it is long and has no
// arguments (pgx reads a leading QueryExecMode argument as an option).
func (c conn) QueryContext(ctx context.Context, query string, args []driver.NamedValue) (driver.Rows, error) {
	if len(query) >= longStatement && len(args) == 0 {
		args = []driver.NamedValue{{Ordinal: 1, Value: pgx.QueryExecModeExec}}
	}
	return c.Conn.QueryContext(ctx, query, args)
}
