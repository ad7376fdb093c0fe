// Package progress records what trainees watch and read, and decides when a
// lesson and a course are complete. The server, not the player, decides:
// heartbeats report the stretch of video played since the last one, and the
// server credits it only if wall-clock time allows it at no more than double
// speed. Distinct seconds watched are kept as merged intervals, so replaying
// or dragging the bar earns nothing.
package progress
