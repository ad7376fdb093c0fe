package storage

import (
	"crypto/sha256"
	"encoding/hex"
	"strconv"
	"strings"

	"xiangcai"
)

// CompositeChecksum returns the checksum CompleteUpload expects for parts
// whose raw SHA-256 digests are partDigests, in part order.
func CompositeChecksum(partDigests [][]byte) string {
	h := sha256.New()
	for _, d := range partDigests {
		h.Write(d)
	}
	return hex.EncodeToString(h.Sum(nil)) + "-" + strconv.Itoa(len(partDigests))
}

// checkPart validates PutPart's arguments and returns sha256hex in lower case.
func checkPart(number int, size int64, sha256hex string) (string, error) {
	if number < 1 || number > MaxParts {
		return "", xiangcai.Invalid("number", "分片编号须在 1 到 10000 之间", "the part number must be from 1 to 10000")
	}
	if size < 1 || size > MaxPartSize {
		return "", xiangcai.Invalid("size", "分片大小须在 1 字节到 5 GiB 之间", "the part size must be from 1 byte to 5 GiB")
	}
	sha256hex = strings.ToLower(sha256hex)
	if b, err := hex.DecodeString(sha256hex); err != nil || (len(b) != sha256.Size && sha256hex != "") {
		return "", xiangcai.Invalid("sha256", "分片校验值须为 64 位十六进制数", "the part SHA-256 must be 64 hex digits")
	}
	return sha256hex, nil
}

// checkComplete returns an invalid error unless parts (sorted by number) are
// numbered 1..N without gaps, all but the last are at least MinPartSize,
// and checksum is their composite checksum.
func checkComplete(parts []Part, checksum string) error {
	if len(parts) == 0 {
		return xiangcai.Invalid("parts", "尚未上传任何分片", "no parts have been uploaded")
	}
	digests := make([][]byte, len(parts))
	for i, p := range parts {
		if p.Number != i+1 {
			return xiangcai.Invalid("parts", "缺少第 "+strconv.Itoa(i+1)+" 个分片",
				"part "+strconv.Itoa(i+1)+" is missing")
		}
		if p.Size < MinPartSize && i < len(parts)-1 {
			return xiangcai.Invalid("parts", "除最后一个分片外，每个分片至少 5 MiB",
				"every part but the last must be at least 5 MiB")
		}
		d, err := hex.DecodeString(p.SHA256)
		if err != nil {
			return xiangcai.Internal(err)
		}
		digests[i] = d
	}
	if strings.ToLower(checksum) != CompositeChecksum(digests) {
		return xiangcai.Invalid("checksum", "文件校验值不符", "the checksum does not match the parts")
	}
	return nil
}
