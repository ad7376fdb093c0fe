// Package storage keeps files (course videos, attachments, certificates) in an
// object store. Store is the one interface; MinIO implements it on MinIO or any
// S3-compatible service and Folder implements it on a local directory, the
// embedded default. Both pass the same conformance tests; package
// storagetest gives other packages' tests real stores of either kind.
//
// # Keys
//
// A key is a slash-separated path such as "courses/0190a1b2/video.mp4": at most
// MaxKeyLength bytes of UTF-8, no leading or trailing slash, no empty segment,
// no segment starting with a dot, no backslash and no control character. Keys
// are stored in the database; URLs never are.
//
// # Chunked uploads
//
// Large files are sent in numbered parts: StartUpload, then PutPart for parts
// 1..MaxParts in any order (a part may be sent again and replaces the earlier
// copy), ListParts to resume after a lost connection, and CompleteUpload or
// AbortUpload. Every part except the last must be at least MinPartSize bytes.
//
// Each part carries its SHA-256. The checksum given to CompleteUpload is the
// S3 composite checksum of the parts, written in lowercase hex:
//
//	hex(SHA-256(sha256(part 1) || sha256(part 2) || … || sha256(part N))) + "-" + N
//
// where sha256(part i) is the raw 32-byte digest of part i. CompositeChecksum
// computes it. A wrong checksum, a missing part or a part too small leaves the
// upload open, so the client can repair it and complete again.
package storage
