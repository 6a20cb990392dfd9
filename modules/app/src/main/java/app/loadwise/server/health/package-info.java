/** MicroProfile Health checks. */
package app.loadwise.server.health;
