package dashboard

// Labels of the figures, of their items and of chart series, shared by the
// JSON, the province's comparison and the exports.
var (
	activeLabel          = Label{"active", "在库人才", "Active talents"}
	newLabel             = Label{"new_this_year", "本年新入库", "New this year"}
	exitedLabel          = Label{"exited_this_year", "本年退出", "Exited this year"}
	trainedShareLabel    = Label{"trained_share", "本年参训率", "Share trained this year"}
	qualifiedLabel       = Label{"qualified", "持证社会工作者", "Qualified social workers"}
	coverageShareLabel   = Label{"hub_coverage", "枢纽组织覆盖率", "Hub coverage of townships"}
	withinTargetLabel    = Label{"hubs_within_target", "配备1–2名社会工作者的枢纽组织", "Hubs with 1–2 social workers"}
	selectedOrgsLabel    = Label{"selected_organizations", "入选优秀社区社会组织", "Outstanding organizations selected"}
	selectedLeadersLabel = Label{"selected_leaders", "入选优秀负责人", "Outstanding leaders selected"}

	byStatusFigure   = Label{"pool_by_status", "人才（按状态）", "Talents by status"}
	byCategoryFigure = Label{"pool_by_category", "在库人才（按类别）", "Active talents by category"}
	trainedFigure    = Label{"trained", "本年参训", "Trained this year"}
	trainedItems     = [3]Label{{"count", "参训人数", "Trained"}, {"of", "在库人才", "Active talents"}, {"share", "参训率", "Share"}}
	coverageFigure   = Label{"hub_coverage", "枢纽组织覆盖街道乡镇", "Hub coverage of townships"}
	coverageItems    = [3]Label{coverageSeries[1], coverageSeries[0], coverageSeries[2]}
	targetItem       = Label{"target", "目标", "Target"}
	byAreaFigure     = Label{"hub_coverage_by_area", "枢纽组织覆盖（分区域）", "Hub coverage by area"}
	staffingFigure   = Label{"hub_staffing", "枢纽组织社会工作者配备", "Social workers in hub organizations"}
	totalItem        = Label{"total", "合计", "Total"}
	selectionFigure  = Label{"selections", "年度推选（已批准）", "Annual selection (approved)"}
	selectionItems   = [3]Label{{"cities_met", "达标市州", "Cities at target"}, {"cities", "市州数", "Cities"}, {"share", "达标率", "Share"}}

	talentsSeries  = Label{"talents", "人数", "Talents"}
	hubsSeries     = Label{"hubs", "枢纽组织数", "Hub organizations"}
	coverageSeries = []Label{
		{"townships", "街道乡镇数", "Townships"},
		{"covered", "有枢纽组织的街道乡镇", "Townships with a hub"},
		{"share", "覆盖率", "Coverage"},
	}
	selectedSeries = Label{"selected", "已入选", "Selected"}
	selectionKinds = []Label{
		{"organizations", "优秀社区社会组织", "Outstanding organizations"},
		{"leaders", "优秀负责人", "Outstanding leaders"},
	}
	noSelection = Label{"none", "未开始", "Not started"}
	staffing    = []Label{
		{"none", "无社会工作者", "No social worker"},
		{"target", "1–2名社会工作者", "1–2 social workers"},
		{"more", "3名及以上社会工作者", "3 or more social workers"},
	}
)
