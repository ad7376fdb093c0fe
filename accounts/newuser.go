package accounts

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"xiangcai"
	"xiangcai/pii"
	"xiangcai/regions"
)

// NewUser is what it takes to create a user. At least one of Username and
// Phone is required; either signs in.
type NewUser struct {
	Username    string
	Phone       string
	DisplayName string
	Role        xiangcai.Role
	// CityCode is required for a city administrator. For other roles it may
	// be left empty: it is then the city of RegionCode, if any.
	CityCode   string
	RegionCode string
	Password   string
}

// usernamePattern starts with a letter so that no username can be mistaken
// for a phone number when someone signs in.
var usernamePattern = regexp.MustCompile(`^[a-z][a-z0-9_.-]{2,31}$`)

// prepare validates in and returns the user it describes, ready to insert
// but for its password hash. Every invalid field is reported at once.
func (s *Service) prepare(in NewUser) (*User, error) {
	u := &User{
		ID:          xiangcai.NewID(),
		Username:    normalizeUsername(in.Username),
		DisplayName: strings.TrimSpace(in.DisplayName),
		Role:        in.Role,
		CityCode:    strings.TrimSpace(in.CityCode),
		RegionCode:  strings.TrimSpace(in.RegionCode),
	}
	var p problems
	if u.Username != "" && !usernamePattern.MatchString(u.Username) {
		p.add(xiangcai.Invalid("username", "用户名须为3至32位，以字母开头，只能包含字母、数字、下划线、点和连字符",
			"a username has 3 to 32 characters: a letter, then letters, digits, _ . or -"))
	}
	var phone string
	if strings.TrimSpace(in.Phone) != "" {
		var err error
		phone, err = pii.ValidatePhone("phone", in.Phone)
		p.add(err)
	} else if u.Username == "" {
		p.add(xiangcai.Invalid("username", "请填写用户名或手机号", "a username or a mobile number is required").
			WithField("phone", "请填写用户名或手机号", "a username or a mobile number is required"))
	}
	p.add(checkDisplayName(u.DisplayName))
	if !u.Role.Valid() {
		p.add(xiangcai.Invalid("role", "角色无效", "unknown role"))
	}
	p.add(s.locate(u))
	p.add(checkPassword("password", in.Password, u.Username, phone))
	if err := p.result(); err != nil {
		return nil, err
	}
	if phone != "" {
		u.PhoneHash = s.cipher.Hash(phoneKind, phone)
		u.PhoneEnc = s.cipher.Encrypt(phone)
		u.PhoneMasked = pii.MaskPhone(phone)
	}
	return u, nil
}

// phoneKind separates phone lookup hashes from other kinds of hashes.
const phoneKind = "phone"

func normalizeUsername(name string) string { return strings.ToLower(strings.TrimSpace(name)) }

func checkDisplayName(name string) error {
	n := utf8.RuneCountInString(name)
	switch {
	case n == 0:
		return xiangcai.Invalid("display_name", "请填写姓名", "a name is required")
	case n > 50:
		return xiangcai.Invalid("display_name", "姓名最多50个字", "a name has at most 50 characters")
	case strings.ContainsFunc(name, unicode.IsControl):
		return xiangcai.Invalid("display_name", "姓名不能包含控制字符", "a name cannot contain control characters")
	}
	return nil
}

// locate checks the user's city and region, and fills in the city from the
// region when only the region is given.
func (s *Service) locate(u *User) error {
	if u.CityCode != "" {
		if err := s.regions.Validate("city_code", u.CityCode, regions.LevelCity); err != nil {
			return err
		}
	}
	if u.RegionCode != "" {
		if err := s.regions.Validate("region_code", u.RegionCode); err != nil {
			return err
		}
		city, ok := s.regions.City(u.RegionCode)
		if u.CityCode == "" {
			u.CityCode = city.Code // stays empty for the province itself
		} else if !ok || city.Code != u.CityCode {
			return xiangcai.Invalid("region_code", "所选地区不在所选市州内", "the region does not lie in the chosen city")
		}
	}
	if u.Role == xiangcai.RoleCityAdmin && u.CityCode == "" {
		return xiangcai.Invalid("city_code", "请选择市州管理员所管理的市州", "a city administrator needs a city")
	}
	return nil
}
