/** Start-up: the application datasource, schema migration and optional demo data. */
package app.loadwise.server.startup;
