/** Configuration: the application datasource and shared producers. */
package app.loadwise.server.config;
