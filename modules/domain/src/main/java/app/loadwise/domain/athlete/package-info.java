/** The athlete aggregate: a club member with the profile the load metrics need. Athlete is the aggregate root. */
package app.loadwise.domain.athlete;
