package storage

import "xiangcai"

// errObjectNotFound is returned by Get and Stat for a missing key.
func errObjectNotFound() error { return xiangcai.NotFound("文件", "object") }

// errUploadNotFound is returned for an upload ID that is unknown, finished or
// belongs to another key.
func errUploadNotFound() error { return xiangcai.NotFound("上传任务", "upload") }

// errRangeStart is returned for a range that starts at or past the end.
func errRangeStart() error {
	return xiangcai.Invalid("range", "读取范围超出文件末尾", "the range starts past the end of the object")
}

// errPartSHA256 is returned when a part's bytes do not match its digest.
func errPartSHA256() error {
	return xiangcai.Invalid("sha256", "分片校验值不符", "the part does not match its SHA-256")
}

// errForbiddenURL is returned by Verify for a link that is forged or expired.
func errForbiddenURL() error {
	return xiangcai.Errorf(xiangcai.EFORBIDDEN, "下载链接无效或已过期", "the download link is invalid or has expired")
}
