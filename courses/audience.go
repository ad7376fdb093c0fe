package courses

import "xiangcai"

// Audience is a group of people a course is meant for.
type Audience string

// The audiences of the catalog.
const (
	AudienceCivilAffairsStaff  Audience = "civil_affairs_staff" // 民政干部
	AudienceCommunityWorker    Audience = "community_worker"    // 社区工作者
	AudienceChildrensDirector  Audience = "childrens_director"  // 儿童主任
	AudienceOrganizationLeader Audience = "organization_leader" // 社会组织负责人
	AudienceSocialWorker       Audience = "social_worker"       // 社会工作者
	AudienceVolunteer          Audience = "volunteer"           // 志愿者
)

// Audiences lists every audience in catalog order.
var Audiences = Vocabulary[Audience]{
	{AudienceCivilAffairsStaff, xiangcai.Text{ZH: "民政干部", EN: "Civil-affairs staff"}},
	{AudienceCommunityWorker, xiangcai.Text{ZH: "社区工作者", EN: "Community workers"}},
	{AudienceChildrensDirector, xiangcai.Text{ZH: "儿童主任", EN: "Children's directors"}},
	{AudienceOrganizationLeader, xiangcai.Text{ZH: "社会组织负责人", EN: "Organization leaders"}},
	{AudienceSocialWorker, xiangcai.Text{ZH: "社会工作者", EN: "Social workers"}},
	{AudienceVolunteer, xiangcai.Text{ZH: "志愿者", EN: "Volunteers"}},
}
