// Package accounts manages who may use Xiangcai: users and their roles,
// password hashing and policy, sign-in with rate limiting, and sessions
// carried by a cookie or a bearer token. It decides which users a principal
// may see and change: a province administrator everyone, a city
// administrator the trainees and instructors of their own city.
package accounts
