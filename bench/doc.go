// Package bench holds the load benchmarks of the courses capability: the
// catalog under 64 concurrent connections, 2,000 viewers sending
// heartbeats, and chunked uploads against direct ones. Each measures a
// baseline in the same run, taking turns with it, so that noise on the
// machine falls on both alike. The load generator lives here, apart from
// the product. The benchmarks need PostgreSQL (and MinIO for uploads) and
// skip without them; scripts/bench starts both. Figures and commands are
// in docs/PERFORMANCE.md.
package bench
