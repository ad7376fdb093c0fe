package courses

import "xiangcai"

// ProviderLevel says which tier of government offers a course: the province,
// a city (市州) or a county (县市区). It fixes who may see the course.
type ProviderLevel string

// The provider levels.
const (
	LevelProvince ProviderLevel = "province"
	LevelCity     ProviderLevel = "city"
	LevelCounty   ProviderLevel = "county"
)

// ProviderLevels lists the provider levels from the top down.
var ProviderLevels = Vocabulary[ProviderLevel]{
	{LevelProvince, xiangcai.Text{ZH: "省级", EN: "Province"}},
	{LevelCity, xiangcai.Text{ZH: "市州级", EN: "City"}},
	{LevelCounty, xiangcai.Text{ZH: "县市区级", EN: "County"}},
}

// ProvinceCode is the region code of Hunan, the owning region of every
// province course.
const ProvinceCode = "430000"
