package talentpool

import (
	"strings"

	"xiangcai"
	"xiangcai/courses"
	"xiangcai/talentpool/roster"
)

// categoryWords are the words rosters use for the talent categories,
// besides the categories' own labels and codes.
var categoryWords = map[string]TalentCategory{
	"民政工作人员": CivilAffairsStaff, "民政专干": CivilAffairsStaff, "民政干部职工": CivilAffairsStaff,
	"社区干部": CommunityWorker, "社区专职工作者": CommunityWorker, "社区工作人员": CommunityWorker,
	"社会组织负责人": OrganizationLeader, "组织负责人": OrganizationLeader, "社会组织带头人": OrganizationLeader,
	"带头人": OrganizationLeader, "负责人": OrganizationLeader,
	"社工": SocialWorker, "专职社工": SocialWorker,
	"志愿服务者": Volunteer, "社区志愿者": Volunteer,
}

// qualificationWords are the words rosters use for the social-work
// qualifications, besides their own labels and codes.
var qualificationWords = map[string]Qualification{
	"没有": QualificationNone, "暂无": QualificationNone, "无证": QualificationNone, "-": QualificationNone,
	"助理社工师": QualificationAssistant, "初级": QualificationAssistant, "初级社会工作者": QualificationAssistant,
	"助理社会工作者": QualificationAssistant,
	"社工师":     QualificationIntermediate, "中级": QualificationIntermediate, "中级社会工作者": QualificationIntermediate,
	"高级社工师": QualificationSenior, "高级": QualificationSenior, "高级社会工作者": QualificationSenior,
}

// readWord reads a cell of field that holds one of vocabulary's terms, by
// its code, its label in either language or one of words. An empty cell
// gives ""; an unknown word is an error that lists the labels.
func readWord[C ~string](r *importRow, field roster.Field, raw string, vocabulary courses.Vocabulary[C], words map[string]C) C {
	text, fixes := roster.Text(raw)
	r.fixed(field, fixes)
	if text == "" {
		return ""
	}
	key := roster.Key(text)
	for _, t := range vocabulary {
		if key == roster.Key(string(t.Code)) || key == roster.Key(t.Label.ZH) || key == roster.Key(t.Label.EN) {
			return t.Code
		}
	}
	for word, code := range words {
		if key == roster.Key(word) {
			return code
		}
	}
	labels := make([]string, len(vocabulary))
	for i, t := range vocabulary {
		labels[i] = t.Label.ZH
	}
	r.note(NoteError, field, xiangcai.Text{ZH: "无法识别“" + text + "”，可填：" + strings.Join(labels, "、"),
		EN: "“" + text + "” is not known; use one of: " + strings.Join(vocabulary.Codes(), ", ")})
	return ""
}
