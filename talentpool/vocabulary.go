package talentpool

import (
	"xiangcai"
	"xiangcai/courses"
)

// TalentCategory is the kind of work a talent does. The categories are the
// audiences of courses, so a course meant for children's directors is
// meant for the pool's children's directors.
type TalentCategory = courses.Audience

// The talent categories the plan names, under the talent pool's names.
const (
	CivilAffairsStaff  = courses.AudienceCivilAffairsStaff
	CommunityWorker    = courses.AudienceCommunityWorker
	ChildrensDirector  = courses.AudienceChildrensDirector
	OrganizationLeader = courses.AudienceOrganizationLeader
	SocialWorker       = courses.AudienceSocialWorker
	Volunteer          = courses.AudienceVolunteer
)

// TalentCategories lists the categories in the order forms show them.
var TalentCategories = courses.Audiences

// Qualification is a talent's national social-work qualification.
type Qualification string

// The qualifications, from none to the highest.
const (
	QualificationNone         Qualification = "none"
	QualificationAssistant    Qualification = "assistant"    // 助理社会工作师
	QualificationIntermediate Qualification = "intermediate" // 社会工作师
	QualificationSenior       Qualification = "senior"       // 高级社会工作师
)

// Qualifications lists the qualifications from none to the highest.
var Qualifications = courses.Vocabulary[Qualification]{
	{Code: QualificationNone, Label: xiangcai.Text{ZH: "无", EN: "None"}},
	{Code: QualificationAssistant, Label: xiangcai.Text{ZH: "助理社会工作师", EN: "Assistant social worker"}},
	{Code: QualificationIntermediate, Label: xiangcai.Text{ZH: "社会工作师", EN: "Social worker"}},
	{Code: QualificationSenior, Label: xiangcai.Text{ZH: "高级社会工作师", EN: "Senior social worker"}},
}
