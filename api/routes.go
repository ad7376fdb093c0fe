package api

// registerRoutes registers every API operation. Each capability adds its
// register function here.
func (s *Server) registerRoutes() {
	s.registerSession()
	s.registerUsers()
	s.registerRegions()
	s.registerCourses()
	s.registerProgress()
	s.registerTalentRosters() // before registerTalentPool: /talents/export.csv is not a talent id
	s.registerTalentPool()
	s.registerSelections()
	s.registerMedia()
	s.registerDashboards()
	if s.deps.Folder != nil {
		s.App.Get("/files/*", s.serveSignedFile)
	}
}
