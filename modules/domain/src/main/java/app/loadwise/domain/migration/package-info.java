/** Versioned schema migrations (Flyway), the same scripts for H2 and PostgreSQL. */
package app.loadwise.domain.migration;
