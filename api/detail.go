package api

import "strings"

// detailTranslations gives Chinese for the validation messages huma writes
// in English, matched by prefix.
var detailTranslations = []struct{ prefix, zh string }{
	{"expected required property", "缺少必填字段"},
	{"unexpected property", "未知字段"},
	{"expected string", "类型错误，应为字符串"},
	{"expected number", "类型错误，应为数字"},
	{"expected integer", "类型错误，应为整数"},
	{"expected boolean", "类型错误，应为布尔值"},
	{"expected object", "类型错误，应为对象"},
	{"expected array", "类型错误，应为数组"},
	{"expected length >=", "太短"},
	{"expected length <=", "太长"},
	{"expected number >=", "数值太小"},
	{"expected number <=", "数值太大"},
	{"expected value to be one of", "取值不在允许范围内"},
	{"expected string to match pattern", "格式不正确"},
	{"invalid character", "JSON 格式错误"},
	{"unexpected end of JSON input", "JSON 不完整"},
	{"invalid JSON", "JSON 格式错误"},
	{"request body is required", "缺少请求体"},
}

// translateDetail returns a validation message in Chinese and English.
func translateDetail(en string) (zh, enOut string) {
	for _, t := range detailTranslations {
		if strings.HasPrefix(en, t.prefix) {
			return t.zh, en
		}
	}
	return "输入有误：" + en, en
}
