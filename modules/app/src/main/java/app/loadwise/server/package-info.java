/** The deployable application: JAX-RS root, configuration, start-up, health, errors and demo data. */
package app.loadwise.server;
