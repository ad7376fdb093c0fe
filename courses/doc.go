// Package courses is the catalog, the structure and the enrolment of
// Xiangcai's courses: courses with their topic, audiences, provider level
// and owning region, credit hours (学时), instructors and status; their
// chapters and lessons in order; and who is enrolled in them.
//
// # Who may do what
//
// Every method takes the Principal and decides for itself:
//
//   - A province administrator does everything to every course.
//   - A city administrator runs the city and county courses of their city:
//     creates, edits, publishes and archives them and chooses their
//     instructors. Province courses they may read and assign, not change.
//   - An instructor creates drafts within their own area (city and county
//     courses of their city, or province courses when they belong to no
//     city) and becomes their instructor. Instructors edit the content and
//     structure of the courses they are listed on, publish and unpublish
//     lessons, and upload covers, but do not publish or archive a course,
//     move it to another level or region, or choose instructors: an
//     administrator of the course's city or of the province does.
//   - Everyone, anonymous visitors included, reads published province
//     courses; signed-in users also read the published courses of their own
//     city (city and county level). Archived courses leave the catalog and
//     stay readable to those enrolled in them. Drafts are read by their
//     editors only. A course someone may not read is not_found to them, so
//     another city's drafts are not revealed.
//   - Lesson content (FindLesson) is for editors and for those holding an
//     active or completed enrolment; others get the outline only.
//   - Anyone signed in enrols in a published course within their area and
//     withdraws from it. An administrator assigns a published course that
//     reaches their city to users of their city (a province administrator to
//     anyone the course reaches), by name or by region (trainees only), and
//     withdraws users of their city.
//
// # Rules of the structure
//
// Archived courses are read-only. A published course always keeps at least
// one published lesson: publishing needs one, and no change may remove the
// last. A lesson's kind fixes what it holds: a video or document lesson a
// media asset id (the media part's table; no foreign key), a rich-text
// lesson HTML sanitised with bluemonday's UGC policy, a practice lesson the
// opaque id of an exam-prep practice set, which exam prep checks when it
// comes. A lesson is published only when its content is ready; for a video
// that means SetMediaDuration has recorded the processed video's length.
//
// # Enrolment
//
// Seats are counted in the course's enrolled_count, changed in the same
// transaction as the enrolments by a conditional update that fails when the
// course is full, so concurrent enrolments never exceed its capacity.
// Assignment by talent category needs the talent pool and is not here yet.
package courses
