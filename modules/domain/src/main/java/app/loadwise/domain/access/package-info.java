/** Who is calling: a user or an API key, and the clubs they may reach. */
package app.loadwise.domain.access;
