package migrations

// organizations creates the editable list of organization categories,
// seeded with the usual ones, and the register of community social
// organizations (社区社会组织). An organization lies in a township or a
// village; its city, county and township codes are stored for filtering and
// for hub coverage. Deleting one only marks it deleted, so talents that
// point to it keep the link. A credit code is unique among organizations
// that are not deleted. The contact phone is stored encrypted and shown
// masked.
var organizations = Migration{
	Version: 21,
	Name:    "organizations",
	Up: []string{
		`CREATE TABLE organization_categories (
			id TEXT PRIMARY KEY,
			name TEXT NOT NULL UNIQUE,
			position INTEGER NOT NULL
		)`,
		`INSERT INTO organization_categories (id, name, position) VALUES
			('01900000-0000-7000-8000-000000000001', '生活服务', 1),
			('01900000-0000-7000-8000-000000000002', '公益慈善', 2),
			('01900000-0000-7000-8000-000000000003', '邻里互助', 3),
			('01900000-0000-7000-8000-000000000004', '文体娱乐', 4),
			('01900000-0000-7000-8000-000000000005', '纠纷调解', 5),
			('01900000-0000-7000-8000-000000000006', '农村生产技术服务', 6)`,
		`CREATE TABLE organizations (
			id TEXT PRIMARY KEY,
			name TEXT NOT NULL,
			credit_code TEXT,
			status TEXT NOT NULL CHECK (status IN ('registered', 'filed')),
			category_id TEXT NOT NULL REFERENCES organization_categories (id),
			region_code TEXT NOT NULL,
			city_code TEXT NOT NULL,
			county_code TEXT NOT NULL,
			township_code TEXT NOT NULL,
			is_hub BOOLEAN NOT NULL,
			is_incubation_base BOOLEAN NOT NULL,
			social_workers INTEGER NOT NULL CHECK (social_workers >= 0),
			contact_name TEXT,
			contact_phone_enc {bytes},
			contact_phone_masked TEXT,
			services TEXT NOT NULL,
			deleted_at {timestamp},
			created_at {timestamp} NOT NULL,
			updated_at {timestamp} NOT NULL
		)`,
		`CREATE UNIQUE INDEX organizations_credit_code ON organizations (credit_code)
			WHERE credit_code IS NOT NULL AND deleted_at IS NULL`,
		`CREATE INDEX organizations_city ON organizations (city_code, id)`,
		`CREATE INDEX organizations_county ON organizations (county_code, id)`,
		`CREATE INDEX organizations_township ON organizations (township_code, id)`,
		`CREATE INDEX organizations_category ON organizations (category_id)`,
	},
	Down: []string{
		`DROP TABLE organizations`,
		`DROP TABLE organization_categories`,
	},
}
