package api

// registerRoutes registers every API operation. Each capability adds its
// register function here.
func (s *Server) registerRoutes() {
	s.registerSession()
	s.registerUsers()
	s.registerRegions()
	s.registerCourses()
	s.registerProgress()
	s.registerTalentPool()
	s.registerSelections()
	s.registerDashboards()
	s.registerMedia()
	if s.deps.Folder != nil {
		s.App.Get("/files/*", s.serveSignedFile)
	}
}
