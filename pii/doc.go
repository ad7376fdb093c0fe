// Package pii protects personal data: it validates and normalises resident
// ID numbers (居民身份证号, GB 11643), unified social credit codes
// (统一社会信用代码, GB 32100) and mainland mobile numbers; encrypts values
// for storage and gives keyed hashes to find them again; and masks them for
// display. It does no I/O.
package pii
