package demo

import "xiangcai/courses"

// demoCourse describes one course of the demo catalog. A first lesson
// titled introVideo is the province's short generated introduction video
// (rich text when ffmpeg is not at hand); every other lesson is rich text
// written from the course's points.
type demoCourse struct {
	title, summary string
	topic          courses.Topic
	audiences      []courses.Audience
	level          courses.ProviderLevel
	region         string // the city or county; "" for the province
	author         string // the login of the demo user who writes it
	hours          float64
	chapters       []demoChapter
	points         []string
}

// demoChapter is a chapter and its lessons' titles.
type demoChapter struct {
	title   string
	lessons []string
}

// introVideo is the title of the lessons that show a video.
const introVideo = "导学视频"

// Audiences, shortened for the table below.
var (
	staff     = courses.AudienceCivilAffairsStaff
	worker    = courses.AudienceCommunityWorker
	director  = courses.AudienceChildrensDirector
	leader    = courses.AudienceOrganizationLeader
	social    = courses.AudienceSocialWorker
	volunteer = courses.AudienceVolunteer
)

// catalog is the demo catalog: twelve courses over every topic, the three
// provider levels, and the cities of the demo accounts (长沙 and 株洲), so
// that city scoping can be seen. Titles are unique: seeding finds a course
// it made before by its title.
var catalog = []demoCourse{
	{title: "党建引领社会组织高质量发展", summary: "学习社会组织党建工作的基本要求，掌握以党建引领社会组织规范发展、服务群众的方法。",
		topic: courses.TopicPartyBuilding, audiences: []courses.Audience{staff, leader}, level: courses.LevelProvince,
		author: "admin", hours: 2,
		chapters: []demoChapter{{"党建工作基础", []string{introVideo, "社会组织党组织的设置"}}, {"党建与业务融合", []string{"党建活动与服务项目结合", "典型案例分析"}}},
		points:   []string{"社会组织党的组织和工作全覆盖的要求", "党组织在重大事项决策中的把关作用", "以党建带动志愿服务和社区服务"}},
	{title: "社区社会组织培育孵化实务", summary: "从需求调研到登记备案，系统了解社区社会组织的培育、孵化与扶持。",
		topic: courses.TopicCultivation, audiences: []courses.Audience{staff, worker, leader}, level: courses.LevelProvince,
		author: "admin", hours: 1.5,
		chapters: []demoChapter{{"培育发展", []string{"社区需求调研", "登记与备案的区别"}}, {"孵化支持", []string{"孵化基地的运营", "枢纽型社会组织的作用"}}},
		points:   []string{"以居民需求为导向确定组织方向", "登记和备案两种身份的条件与程序", "孵化基地提供场地、培训和陪伴式指导"}},
	{title: "社会组织财务管理基础", summary: "面向社会组织负责人和财务人员，讲解票据、预算、资金使用与信息公开。",
		topic: courses.TopicDailyOperation, audiences: []courses.Audience{leader}, level: courses.LevelProvince,
		author: "admin", hours: 2,
		chapters: []demoChapter{{"财务制度", []string{introVideo, "预算编制与执行"}}, {"合规与公开", []string{"捐赠票据的使用", "年度财务信息公开"}}},
		points:   []string{"收支全部纳入组织账户统一核算", "专项资金专款专用、留存凭证", "按要求向社会公开财务信息"}},
	{title: "社区社会组织日常运作与规范管理", summary: "章程、会议、档案和年度报告：让社区社会组织规范、有序地运转。",
		topic: courses.TopicDailyOperation, audiences: []courses.Audience{leader, worker}, level: courses.LevelProvince,
		author: "admin", hours: 1,
		chapters: []demoChapter{{"规范运作", []string{"章程与议事规则", "会议记录与档案管理"}}},
		points:   []string{"依照章程召开会员大会和理事会", "重要事项集体决策并留存记录", "按时提交年度工作报告"}},
	{title: "社会工作专业方法：个案与小组", summary: "社会工作者必备的个案工作与小组工作方法，配合社区实务案例讲解。",
		topic: courses.TopicSocialWork, audiences: []courses.Audience{social, worker}, level: courses.LevelProvince,
		author: "admin", hours: 3,
		chapters: []demoChapter{{"个案工作", []string{introVideo, "接案与预估", "服务计划与介入"}}, {"小组工作", []string{"小组的筹备", "带领小组的技巧"}}},
		points:   []string{"尊重服务对象的自决权与隐私", "以优势视角开展预估", "小组目标清晰、过程有记录、结束有评估"}},
	{title: "社会组织项目申报与评估", summary: "如何写好一份项目申报书，以及项目执行中的监测与评估。",
		topic: courses.TopicCapacityBuilding, audiences: []courses.Audience{leader, social}, level: courses.LevelProvince,
		author: "admin", hours: 1.5,
		chapters: []demoChapter{{"项目申报", []string{"问题分析与目标设定", "预算与进度安排"}}, {"项目评估", []string{"过程监测", "成效评估与报告"}}},
		points:   []string{"用数据说明社区问题", "目标具体、可衡量、可实现", "评估指标与项目目标一一对应"}},
	{title: "社区应急处置与平安建设", summary: "长沙市社区应急预案、应急演练与群防群治的实务做法。",
		topic: courses.TopicEmergencySafety, audiences: []courses.Audience{worker, volunteer, staff}, level: courses.LevelCity,
		region: "430100", author: "changsha", hours: 1.5,
		chapters: []demoChapter{{"应急准备", []string{introVideo, "社区应急预案的编制"}}, {"平安建设", []string{"应急演练的组织", "群防群治队伍建设"}}},
		points:   []string{"摸清辖区风险点和重点人群", "预案明确分工、联络方式和物资清单", "每年至少组织一次全员演练"}},
	{title: "志愿服务项目设计与管理", summary: "从招募、培训到激励，设计一个可持续的社区志愿服务项目。",
		topic: courses.TopicVolunteering, audiences: []courses.Audience{volunteer, leader}, level: courses.LevelCity,
		region: "430100", author: "teacher", hours: 2,
		chapters: []demoChapter{{"项目设计", []string{introVideo, "志愿者招募与培训"}}, {"项目管理", []string{"服务记录与时长认定", "志愿者激励"}}},
		points:   []string{"岗位说明清楚、服务时间灵活", "服务前培训、服务中督导", "及时记录服务时长并给予认可"}},
	{title: "老年助餐与社区养老服务", summary: "长沙市社区助餐点的运营经验与居家养老服务的组织方式。",
		topic: courses.TopicCultivation, audiences: []courses.Audience{worker, leader}, level: courses.LevelCity,
		region: "430100", author: "changsha", hours: 1.5,
		chapters: []demoChapter{{"社区助餐", []string{"助餐点的选址与运营", "食品安全管理"}}, {"居家养老", []string{"上门服务的组织", "志愿者结对帮扶"}}},
		points:   []string{"优先保障高龄、独居和困难老人", "严格执行食品留样和台账制度", "发动邻里互助形成长效机制"}},
	{title: "社区文化活动策划", summary: "岳麓区社区文化活动的策划、组织与宣传，让居民愿意来、留得住。",
		topic: courses.TopicCommunityCulture, audiences: []courses.Audience{worker, volunteer}, level: courses.LevelCounty,
		region: "430104", author: "changsha", hours: 1,
		chapters: []demoChapter{{"活动策划", []string{"了解居民兴趣", "活动方案的撰写"}}},
		points:   []string{"活动主题贴近居民生活", "发挥文体类社区社会组织的骨干作用", "活动结束后及时总结和宣传"}},
	{title: "儿童主任工作指南", summary: "株洲市儿童主任的职责、困境儿童的发现报告与关爱服务。",
		topic: courses.TopicSocialWork, audiences: []courses.Audience{director, social}, level: courses.LevelCity,
		region: "430200", author: "zhuzhou", hours: 2,
		chapters: []demoChapter{{"职责与要求", []string{introVideo, "儿童主任的工作职责"}}, {"关爱服务", []string{"困境儿童的发现与报告", "家访与档案管理"}}},
		points:   []string{"定期走访、建立一人一档", "发现风险第一时间报告", "链接学校、医疗和社会组织资源"}},
	{title: "防汛防灾社区动员", summary: "芦淞区社区防汛防灾的预警、转移安置与志愿者动员。",
		topic: courses.TopicEmergencySafety, audiences: []courses.Audience{worker, volunteer}, level: courses.LevelCounty,
		region: "430203", author: "zhuzhou", hours: 1,
		chapters: []demoChapter{{"防汛准备", []string{"汛期风险排查", "转移安置与志愿者动员"}}},
		points:   []string{"汛前排查低洼易涝点位", "预警信息到户到人", "转移安置有名单、有路线、有场所"}},
}

// publisherOf names the demo administrator who publishes a course: the
// province's for province courses, the city's otherwise.
func publisherOf(c demoCourse) string {
	switch {
	case c.level == courses.LevelProvince:
		return "admin"
	case c.region[:4] == "4302":
		return "zhuzhou"
	}
	return "changsha"
}
