package courses

import "xiangcai"

// Topic is the subject area of a course; the catalog filters by it.
type Topic string

// The topics of the catalog.
const (
	TopicPartyBuilding    Topic = "party_building"    // 党建引领
	TopicCultivation      Topic = "cultivation"       // 培育发展
	TopicCapacityBuilding Topic = "capacity_building" // 能力建设
	TopicDailyOperation   Topic = "daily_operation"   // 日常运作
	TopicSocialWork       Topic = "social_work"       // 社会工作专业知识
	TopicEmergencySafety  Topic = "emergency_safety"  // 应急与平安社区
	TopicVolunteering     Topic = "volunteering"      // 志愿服务
	TopicCommunityCulture Topic = "community_culture" // 社区文化
)

// Topics lists every topic in catalog order.
var Topics = Vocabulary[Topic]{
	{TopicPartyBuilding, xiangcai.Text{ZH: "党建引领", EN: "Party building"}},
	{TopicCultivation, xiangcai.Text{ZH: "培育发展", EN: "Cultivation and development"}},
	{TopicCapacityBuilding, xiangcai.Text{ZH: "能力建设", EN: "Capacity building"}},
	{TopicDailyOperation, xiangcai.Text{ZH: "日常运作", EN: "Daily operation"}},
	{TopicSocialWork, xiangcai.Text{ZH: "社会工作专业知识", EN: "Social work knowledge"}},
	{TopicEmergencySafety, xiangcai.Text{ZH: "应急与平安社区", EN: "Emergencies and safe communities"}},
	{TopicVolunteering, xiangcai.Text{ZH: "志愿服务", EN: "Volunteering"}},
	{TopicCommunityCulture, xiangcai.Text{ZH: "社区文化", EN: "Community culture"}},
}
