/** A coach's plan: the sessions an athlete is meant to do, and how the sessions done compare with them. */
package app.loadwise.domain.plan;
