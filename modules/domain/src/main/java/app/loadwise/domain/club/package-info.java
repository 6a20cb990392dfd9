/** The club aggregate: a running club with its time zone and locale. Club is the aggregate root. */
package app.loadwise.domain.club;
