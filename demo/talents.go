package demo

import (
	"context"
	"fmt"
	"time"

	"xiangcai"
	"xiangcai/regions"
	"xiangcai/talentpool"
)

// Per city, the demo pool has this many organizations and talents: enough
// to fill lists and filters, few enough to seed in seconds.
const (
	demoOrganizations = 20
	demoTalents       = 50
)

// FakeIDNumber returns a resident ID number that passes the GB 11643 check
// yet belongs to nobody: its area code, 4399 and two digits of area, is no
// division's code. birth is the birth date it records and seq (0–999) its
// sequence; an odd seq records a man, an even one a woman.
func FakeIDNumber(area int, birth time.Time, seq int) string {
	body := fmt.Sprintf("4399%02d%s%03d", area%100, birth.Format("20060102"), seq%1000)
	weights := [17]int{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2}
	sum := 0
	for i, w := range weights {
		sum += int(body[i]-'0') * w
	}
	return body + string("10X98765432"[sum%11])
}

// SeedTalents fills the pool of every city that has none yet with
// synthetic organizations and talents, in one transaction; cities already
// seeded are left alone, so seeding again adds nothing.
func SeedTalents(ctx context.Context, pool *talentpool.Service) error {
	categories, err := pool.FindCategories(ctx)
	if err != nil {
		return err
	}
	return pool.InTx(ctx, func(ctx context.Context, pool *talentpool.Service) error {
		for i, city := range regions.Hunan().Children("") {
			_, n, err := pool.FindTalents(ctx, system, talentpool.TalentFilter{RegionCode: city.Code, Page: pageOfOne})
			if err != nil || n > 0 {
				return err
			}
			orgs, err := seedOrganizations(ctx, pool, city, categories)
			if err != nil {
				return err
			}
			if err := seedCityTalents(ctx, pool, i+1, city, orgs); err != nil {
				return err
			}
		}
		return nil
	})
}

// seedOrganizations registers demoOrganizations organizations in the
// townships of city, taking the counties in turn; the first of each
// county's is its hub organization and the city's first is an incubation
// base.
func seedOrganizations(ctx context.Context, pool *talentpool.Service, city regions.Region, categories []*talentpool.Category) ([]*talentpool.Organization, error) {
	t := regions.Hunan()
	counties := t.Children(city.Code)
	var orgs []*talentpool.Organization
	for i := 0; len(orgs) < demoOrganizations && i < demoOrganizations*len(counties); i++ {
		county := counties[i%len(counties)]
		townships := t.Children(county.Code)
		if i/len(counties) >= len(townships) {
			continue
		}
		township := townships[i/len(counties)]
		cat := categories[len(orgs)%len(categories)]
		in := talentpool.OrganizationInput{Name: township.Name + cat.Name + "协会", Status: talentpool.OrganizationFiled,
			CategoryID: cat.ID, RegionCode: township.Code, SocialWorkers: len(orgs) % 3, ContactName: "联系人" + fmt.Sprint(len(orgs)+1),
			Services: "面向辖区居民开展" + cat.Name + "服务"}
		if i < len(counties) {
			in.Name, in.IsHub, in.Status = township.Name+"社区社会组织联合会", true, talentpool.OrganizationRegistered
		}
		if len(orgs) == 0 {
			in.Name, in.IsIncubationBase = county.Name+"社会组织孵化基地", true
		}
		o, err := pool.CreateOrganization(ctx, system, in)
		if err != nil {
			return nil, fmt.Errorf("demo organization %s: %w", in.Name, err)
		}
		orgs = append(orgs, o)
	}
	return orgs, nil
}

// demoNames are the parts of synthetic names.
var (
	demoSurnames   = []rune("王李张刘陈杨黄赵周吴徐孙朱马胡郭林何高罗")
	demoGivenNames = []string{"建国", "丽华", "志强", "秀英", "海燕", "国庆", "晓明", "春兰", "立新", "玉梅", "德华", "慧敏", "红霞"}
	demoSkills     = []string{"社区治理", "儿童关爱", "养老服务", "矛盾调解", "志愿服务", "项目管理", "文体活动", "农技推广"}
)

// pageOfOne asks only whether anything matches.
var pageOfOne = xiangcai.Page{Limit: 1}

// seedCityTalents adds demoTalents talents to city's pool: every category,
// most of them active, a few at each other stage, the first the head of
// the city's incubation base and so a priority talent.
func seedCityTalents(ctx context.Context, pool *talentpool.Service, area int, city regions.Region, orgs []*talentpool.Organization) error {
	for j := range demoTalents {
		category := talentpool.TalentCategories[(j+3)%len(talentpool.TalentCategories)].Code
		birth := time.Date(1965+j%35, time.Month(j%12+1), j%28+1, 0, 0, 0, 0, time.UTC)
		in := talentpool.NewTalent{Status: talentpool.StatusActive, TalentInput: talentpool.TalentInput{
			Name:     string(demoSurnames[(j+area)%len(demoSurnames)]) + demoGivenNames[j%len(demoGivenNames)],
			IDNumber: FakeIDNumber(area, birth, j), Category: category, RegionCode: city.Code,
			Skills: []string{demoSkills[j%len(demoSkills)], demoSkills[(j+3)%len(demoSkills)]},
		}}
		if category != talentpool.CivilAffairsStaff {
			o := orgs[j%len(orgs)]
			in.OrganizationID, in.RegionCode = o.ID, o.RegionCode
		}
		if category == talentpool.SocialWorker {
			in.Qualification = talentpool.Qualifications[1+j%3].Code
			in.QualificationExpiresAt = time.Date(2024+j%4, 6, 30, 0, 0, 0, 0, time.UTC)
		}
		switch j % 10 {
		case 1:
			in.Status = talentpool.StatusNominated
		case 2:
			in.Status = talentpool.StatusUnderReview
		}
		t, err := pool.CreateTalent(ctx, system, in)
		if err != nil {
			return fmt.Errorf("demo talent %d of %s: %w", j, city.Name, err)
		}
		to := map[int]talentpool.Status{23: talentpool.StatusSuspended, 24: talentpool.StatusExited}[j%25]
		if to != "" {
			if _, err := pool.TransitionTalent(ctx, system, t.ID, to, "示例数据：长期未参加活动"); err != nil {
				return err
			}
		}
	}
	return nil
}
