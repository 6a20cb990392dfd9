/** Who is calling (a user or an API key, and the clubs they may reach) and the kept answers of idempotent requests. */
package app.loadwise.domain.access;
