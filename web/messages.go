package web

import (
	"fmt"

	"xiangcai"
)

// messages is the catalog of every text the pages show, keyed by a dotted
// name, in Chinese first and in English. Templates look texts up with
// {{t "key"}}; a key that is missing here fails the page's test.
var messages = map[string]xiangcai.Text{
	"app.name":    {ZH: "湘才", EN: "Xiangcai"},
	"app.tagline": {ZH: "湖南省社区社会组织骨干人才培训", EN: "Training for the key talent of Hunan's community social organizations"},
	"app.footer":  {ZH: "湘才 · 湖南省社区社会组织骨干人才培训平台", EN: "Xiangcai · the training platform for the key talent of Hunan's community social organizations"},

	"lang.label": {ZH: "语言", EN: "Language"},
	"nav.label":  {ZH: "主导航", EN: "Main navigation"},
	"nav.logout": {ZH: "退出登录", EN: "Sign out"},

	"role.trainee":        {ZH: "学员", EN: "Trainee"},
	"role.instructor":     {ZH: "讲师", EN: "Instructor"},
	"role.city_admin":     {ZH: "市州管理员", EN: "City administrator"},
	"role.province_admin": {ZH: "省级管理员", EN: "Provincial administrator"},

	"login.title":        {ZH: "登录", EN: "Sign in"},
	"login.intro":        {ZH: "请使用管理员为您开通的账号登录。", EN: "Sign in with the account your administrator created for you."},
	"login.account":      {ZH: "账号", EN: "Account"},
	"login.account_hint": {ZH: "用户名或手机号", EN: "Username or mobile phone number"},
	"login.password":     {ZH: "密码", EN: "Password"},
	"login.submit":       {ZH: "登录", EN: "Sign in"},
	"login.help":         {ZH: "忘记密码或还没有账号？请联系所在市州的管理员。", EN: "Forgot your password or have no account yet? Ask the administrator of your city."},

	"home.title":      {ZH: "首页", EN: "Home"},
	"home.greeting":   {ZH: "您好，%s", EN: "Hello, %s"},
	"home.account":    {ZH: "我的账号", EN: "My account"},
	"home.name":       {ZH: "姓名", EN: "Name"},
	"home.role":       {ZH: "角色", EN: "Role"},
	"home.region":     {ZH: "所在地区", EN: "Region"},
	"home.city":       {ZH: "管辖市州", EN: "City you administer"},
	"home.not_set":    {ZH: "未填写", EN: "Not set"},
	"home.trainee":    {ZH: "在“课程”中找到课程并报名，在“我的学习”中继续学习、查看学时和证书。培训班签到和考试练习开放后，也会出现在上方的导航里。", EN: "Find and enrol in courses under Courses; continue learning and see your credit hours and certificates under My learning. Class check-in and exam practice will join the navigation above when they open."},
	"home.instructor": {ZH: "湘才正在建设中。课程和培训班的教学功能开放后，会出现在这个页面和上方的导航里。", EN: "Xiangcai is being built. Teaching courses and training classes will appear on this page and in the navigation above once they open."},
	"home.city_admin": {ZH: "您负责%s的学员、培训班和骨干人才库。管理功能正在建设中，开放后会出现在上方的导航里；对接其他系统可参阅 API 文档。",
		EN: "You look after the trainees, training classes and talent pool of %s. The management pages are being built and will appear in the navigation above; to connect other systems, see the API docs."},
	"home.province_admin": {ZH: "您负责全省各市州的学员、培训班和骨干人才库。管理功能正在建设中，开放后会出现在上方的导航里；对接其他系统可参阅 API 文档。",
		EN: "You look after the trainees, training classes and talent pools of every city in the province. The management pages are being built and will appear in the navigation above; to connect other systems, see the API docs."},
	"home.cities":    {ZH: "全省市州（%d 个）", EN: "Cities of Hunan (%d)"},
	"home.city_name": {ZH: "市州", EN: "City"},
	"home.counties":  {ZH: "县市区", EN: "Counties"},
	"home.townships": {ZH: "街道乡镇", EN: "Townships"},

	"docs.title":       {ZH: "API 文档", EN: "API docs"},
	"docs.intro":       {ZH: "以下内容由服务器生成的 OpenAPI 文档实时整理而成。", EN: "This page is drawn from the OpenAPI document the server generates."},
	"docs.download":    {ZH: "下载 OpenAPI 文档（JSON）", EN: "Download the OpenAPI document (JSON)"},
	"docs.noscript":    {ZH: "本页需要 JavaScript 才能显示接口列表；也可以直接下载上面的 OpenAPI 文档。", EN: "This page needs JavaScript to list the operations; you can also download the OpenAPI document above."},
	"docs.loading":     {ZH: "正在加载……", EN: "Loading…"},
	"docs.failed":      {ZH: "无法加载 API 描述，请稍后刷新重试。", EN: "Could not load the API description; reload the page later."},
	"docs.parameters":  {ZH: "参数", EN: "Parameters"},
	"docs.request":     {ZH: "请求体", EN: "Request body"},
	"docs.responses":   {ZH: "响应", EN: "Responses"},
	"docs.name":        {ZH: "名称", EN: "Name"},
	"docs.in":          {ZH: "位置", EN: "In"},
	"docs.type":        {ZH: "类型", EN: "Type"},
	"docs.required":    {ZH: "必填", EN: "required"},
	"docs.description": {ZH: "说明", EN: "Description"},
	"docs.untagged":    {ZH: "其他", EN: "Other"},
	"docs.signin":      {ZH: "需要登录", EN: "sign-in required"},

	"error.title": {ZH: "出错了", EN: "Something went wrong"},
	"error.home":  {ZH: "返回首页", EN: "Back to the home page"},
}

// translate returns the message named key in lang, formatted with args when
// there are any. An unknown key is an error, so a typo in a template fails
// loudly instead of showing the key to users.
func translate(lang, key string, args ...any) (string, error) {
	text, ok := messages[key]
	if !ok {
		return "", fmt.Errorf("web: no message %q in the catalog", key)
	}
	if len(args) == 0 {
		return text.In(lang), nil
	}
	return fmt.Sprintf(text.In(lang), args...), nil
}
