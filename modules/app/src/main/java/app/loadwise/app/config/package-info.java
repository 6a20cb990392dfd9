/** Configuration: the application datasource and shared producers. */
package app.loadwise.app.config;
