/** MicroProfile Health checks. */
package app.loadwise.app.health;
