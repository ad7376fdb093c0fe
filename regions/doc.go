// Package regions holds Hunan's administrative divisions (行政区划): the
// province, its 14 cities (市州), the county-level areas (县市区), townships
// and streets (街道乡镇), and villages and communities (村社区), each with
// its statistical code and its parent.
//
// The table is reference data with a version. Hunan returns the copy
// embedded in the binary; Load reads any table in the same format. Divisions
// change over time, so records store a region's code, not a link into the
// table, and keep that code when a newer table no longer has it: Find then
// simply reports false, and the record is neither changed nor rejected
// until someone edits its region. Only Validate, called when a record is
// written, insists that a code exists in the current table.
package regions
