/** Injuries and illnesses recorded per athlete: what, where, from when to when and how serious. */
package app.loadwise.domain.health;
