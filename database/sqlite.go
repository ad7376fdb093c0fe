package database

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"sync"
	"time"

	"modernc.org/sqlite"
)

// writerWait bounds how long a transaction waits for its turn to write, as
// the busy timeout bounds SQLite's own wait for its lock.
const writerWait = 10 * time.Second

// errWriterBusy is returned by a transaction that waited writerWait for
// the transactions queued before it.
var errWriterBusy = errors.New("sqlite: waited too long for the other writers")

// openSQLite opens the file with write-ahead logging, a busy timeout and
// foreign keys on. Transactions begin IMMEDIATE so that two writers wait for
// each other instead of failing when a reader upgrades to a writer, and they
// take turns in the order they began (see writerQueue).
func openSQLite(path string) (*sql.DB, error) {
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return nil, fmt.Errorf("create the data folder: %w", err)
	}
	// The busy timeout comes first, so that switching to WAL waits for a
	// connection opened at the same moment instead of failing.
	q := url.Values{}
	q.Add("_pragma", "busy_timeout(10000)")
	q.Add("_pragma", "journal_mode(WAL)")
	q.Add("_pragma", "foreign_keys(1)")
	q.Add("_pragma", "synchronous(NORMAL)")
	q.Set("_txlock", "immediate")
	base, err := sqlite.NewConnector("file:" + path + "?" + q.Encode())
	if err != nil {
		return nil, fmt.Errorf("open SQLite: %w", err)
	}
	sqldb := sql.OpenDB(writerQueue{base, make(chan struct{}, 1)})
	sqldb.SetMaxOpenConns(8)
	return sqldb, nil
}

// writerQueue opens connections whose transactions take turns, first come
// first served.
//
// SQLite lets one transaction write at a time, and a transaction that finds
// the lock taken polls for it, sleeping up to 100 ms between tries. A writer
// that commits and begins again at once, as a roster import does batch after
// batch, takes the lock back before a poller wakes, so the poller waits out
// the busy timeout and fails. Waiting on a channel instead queues the
// transactions in order: each waits for the ones before it, never longer.
type writerQueue struct {
	driver.Connector
	turn chan struct{} // holds a token while a transaction is open
}

// sqliteConn is the set of interfaces every connection of the SQLite
// driver implements, which a wrapper must pass on (see sqlite.NewConnector).
type sqliteConn interface {
	driver.Conn
	driver.ConnBeginTx
	driver.ConnPrepareContext
	driver.ExecerContext
	driver.QueryerContext
	driver.Pinger
	driver.SessionResetter
	driver.Validator
}

// Connect opens a connection.
func (q writerQueue) Connect(ctx context.Context) (driver.Conn, error) {
	c, err := q.Connector.Connect(ctx)
	if err != nil {
		return nil, err
	}
	return queuedConn{c.(sqliteConn), q.turn}, nil
}

// queuedConn is a SQLite connection whose transactions wait for their turn.
type queuedConn struct {
	sqliteConn
	turn chan struct{}
}

// Unwrap returns the driver's own connection.
func (c queuedConn) Unwrap() driver.Conn { return c.sqliteConn }

// BeginTx waits for the transactions that began before it to end, then
// begins. A read-only transaction does not write and does not wait.
func (c queuedConn) BeginTx(ctx context.Context, opts driver.TxOptions) (driver.Tx, error) {
	if opts.ReadOnly {
		return c.sqliteConn.BeginTx(ctx, opts)
	}
	wait := time.NewTimer(writerWait)
	defer wait.Stop()
	select {
	case c.turn <- struct{}{}:
	case <-ctx.Done():
		return nil, ctx.Err()
	case <-wait.C:
		return nil, errWriterBusy
	}
	tx, err := c.sqliteConn.BeginTx(ctx, opts)
	if err != nil {
		<-c.turn
		return nil, err
	}
	return &queuedTx{Tx: tx, turn: c.turn}, nil
}

// queuedTx is a transaction that gives the next one its turn when it ends.
type queuedTx struct {
	driver.Tx
	turn chan struct{}
	end  sync.Once
}

// Commit commits and gives up the turn.
func (t *queuedTx) Commit() error {
	defer t.end.Do(func() { <-t.turn })
	return t.Tx.Commit()
}

// Rollback rolls back and gives up the turn.
func (t *queuedTx) Rollback() error {
	defer t.end.Do(func() { <-t.turn })
	return t.Tx.Rollback()
}
