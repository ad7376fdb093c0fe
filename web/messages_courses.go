package web

import "xiangcai"

// courseMessages are the texts of the learning pages.
var courseMessages = map[string]xiangcai.Text{
	"catalog.title":       {ZH: "课程", EN: "Courses"},
	"catalog.search":      {ZH: "搜索课程", EN: "Search courses"},
	"catalog.search_hint": {ZH: "搜索课程名称或简介", EN: "Search titles and summaries"},
	"catalog.filters":     {ZH: "筛选与排序", EN: "Filter and sort"},
	"catalog.any":         {ZH: "不限", EN: "Any"},
	"catalog.city":        {ZH: "市州", EN: "City"},
	"catalog.sort":        {ZH: "排序", EN: "Sort by"},
	"catalog.apply":       {ZH: "搜索", EN: "Search"},
	"catalog.count":       {ZH: "共 %d 门课程", EN: "Courses found: %d"},
	"catalog.empty":       {ZH: "没有找到符合条件的课程。", EN: "No course matches."},
	"catalog.more":        {ZH: "加载更多", EN: "More"},

	"course.topic":            {ZH: "主题", EN: "Topic"},
	"course.audience":         {ZH: "适用对象", EN: "For"},
	"course.level":            {ZH: "提供层级", EN: "Provider level"},
	"course.credit":           {ZH: "学时", EN: "Credit hours"},
	"course.hours":            {ZH: "%s 学时", EN: "Credit hours: %s"},
	"course.provider":         {ZH: "提供单位", EN: "Provided by"},
	"course.instructors":      {ZH: "授课教师", EN: "Instructors"},
	"course.seats":            {ZH: "名额", EN: "Seats"},
	"course.seats_left":       {ZH: "剩余 %d / 共 %d", EN: "%d of %d left"},
	"course.progress":         {ZH: "必修课时已完成 %d / %d", EN: "%d of %d required lessons complete"},
	"course.completed":        {ZH: "您已完成本课程，学时已记入培训档案。", EN: "You have completed this course; its credit hours are in your training record."},
	"course.certificate":      {ZH: "查看结业证书", EN: "View the certificate"},
	"course.continue":         {ZH: "继续学习", EN: "Continue"},
	"course.enrol":            {ZH: "报名学习", EN: "Enrol"},
	"course.sign_in_to_enrol": {ZH: "登录后报名", EN: "Sign in to enrol"},
	"course.edit":             {ZH: "编辑课程", EN: "Edit the course"},
	"course.outline":          {ZH: "课程目录", EN: "Outline"},
	"course.optional":         {ZH: "选修", EN: "optional"},
	"course.lesson_done":      {ZH: "已完成", EN: "done"},
	"course.no_lessons":       {ZH: "课程内容正在准备中。", EN: "The lessons are being prepared."},
	"course.withdraw":         {ZH: "退出课程", EN: "Withdraw from the course"},
	"course.withdraw_confirm": {ZH: "退出后名额会释放给他人；已记录的学习进度会保留，重新报名即可继续。", EN: "Your seat goes to someone else; your progress is kept if you enrol again."},
	"course.withdraw_button":  {ZH: "确认退出", EN: "Withdraw"},
	"course.enrolled":         {ZH: "报名成功，开始学习吧！", EN: "You are enrolled. Enjoy the course!"},
	"course.withdrawn":        {ZH: "您已退出本课程。", EN: "You have withdrawn from the course."},

	"lesson.preview":           {ZH: "预览模式：不记录学习进度。", EN: "Preview: progress is not recorded."},
	"lesson.watched":           {ZH: "已观看 %d%%", EN: "%d%% watched"},
	"lesson.video_done":        {ZH: "本课时已完成", EN: "Lesson complete"},
	"lesson.course_done":       {ZH: "恭喜，您已完成本课程！", EN: "Congratulations, you have completed the course!"},
	"lesson.offline":           {ZH: "网络不稳定，学习进度稍后补报。", EN: "The network is unsteady; progress will be reported later."},
	"lesson.refused":           {ZH: "有一段观看未被计入（上报的时长超过了实际经过的时间）。", EN: "A stretch was not counted: it claimed more time than had passed."},
	"lesson.signed_out":        {ZH: "登录已过期，学习进度未能保存，请重新登录。", EN: "Your sign-in has expired and progress is not saved; sign in again."},
	"lesson.unplayable":        {ZH: "视频无法播放，请稍后再试或更换浏览器。", EN: "The video cannot be played; try later or another browser."},
	"lesson.download_video":    {ZH: "下载视频", EN: "Download the video"},
	"lesson.speed":             {ZH: "倍速", EN: "Speed"},
	"lesson.video_rule":        {ZH: "看完视频的 %d%% 即算完成；拖动进度条跳过的部分和超过 2 倍速播放的部分不计入。", EN: "Watching %d%% of the video completes it; skipped parts and playback faster than double speed do not count."},
	"lesson.noscript":          {ZH: "请启用 JavaScript，否则无法记录观看进度。", EN: "Turn on JavaScript, or your viewing cannot be recorded."},
	"lesson.open_document":     {ZH: "打开文档", EN: "Open the document"},
	"lesson.download_document": {ZH: "下载", EN: "Download"},
	"lesson.practice":          {ZH: "本课时是考试练习。练习题将随备考功能一同开放，届时可在这里作答；目前不影响课程完成。", EN: "This lesson is exam practice. The practice sets open with exam preparation; until then it does not hold the course back."},
	"lesson.read":              {ZH: "本课时已学完。", EN: "You have read this lesson."},
	"lesson.mark_done":         {ZH: "学完了", EN: "Mark as done"},
	"lesson.marked_done":       {ZH: "已记录：本课时学完了。", EN: "Recorded: lesson done."},
	"lesson.back_to_course":    {ZH: "返回课程", EN: "Back to the course"},
	"lesson.pager":             {ZH: "上一课时与下一课时", EN: "Previous and next lesson"},

	"learning.title":        {ZH: "我的学习", EN: "My learning"},
	"learning.hours":        {ZH: "已获 %s 学时", EN: "Credit hours earned: %s"},
	"learning.hours_note":   {ZH: "来自 %d 张结业证书", EN: "Certificates: %d"},
	"learning.courses":      {ZH: "我的课程（%d）", EN: "My courses (%d)"},
	"learning.completed":    {ZH: "已完成", EN: "Completed"},
	"learning.percent":      {ZH: "进度 %d%%", EN: "%d%% done"},
	"learning.none":         {ZH: "您还没有报名任何课程。", EN: "You have not enrolled in a course yet."},
	"learning.browse":       {ZH: "去看看课程", EN: "Browse the courses"},
	"learning.certificates": {ZH: "我的证书", EN: "My certificates"},

	"certificate.title":      {ZH: "结业证书", EN: "Certificate of completion"},
	"certificate.kicker":     {ZH: "湖南省社区社会组织骨干人才培训", EN: "Training for the key talent of Hunan's community social organizations"},
	"certificate.text":       {ZH: "%s 同志完成了《%s》课程的学习，成绩合格，计 %s 学时，特发此证。", EN: "This certifies that %s has completed the course “%s”. Credit hours: %s."},
	"certificate.holder":     {ZH: "姓名", EN: "Name"},
	"certificate.course":     {ZH: "课程", EN: "Course"},
	"certificate.date":       {ZH: "发证日期", EN: "Issued on"},
	"certificate.issuer":     {ZH: "发证单位", EN: "Issued by"},
	"certificate.code":       {ZH: "证书编号", EN: "Certificate code"},
	"certificate.verify_at":  {ZH: "查验网址：", EN: "Verify at:"},
	"certificate.print":      {ZH: "打印证书", EN: "Print"},
	"certificate.print_hint": {ZH: "可打印或另存为 PDF。", EN: "Print it or save it as a PDF."},

	"verify.title":  {ZH: "证书查验", EN: "Verify a certificate"},
	"verify.intro":  {ZH: "输入证书上的编号，查验证书是否真实有效。", EN: "Enter the code printed on a certificate to check that it is genuine."},
	"verify.valid":  {ZH: "证书有效。", EN: "The certificate is genuine."},
	"verify.submit": {ZH: "查验", EN: "Verify"},
}

func init() { addMessages(courseMessages) }

// addMessages merges a capability's texts into the catalog of messages; a
// key defined twice is a mistake that stops the program at once.
func addMessages(texts map[string]xiangcai.Text) {
	for key, text := range texts {
		if _, taken := messages[key]; taken {
			panic("web: message " + key + " is defined twice")
		}
		messages[key] = text
	}
}
