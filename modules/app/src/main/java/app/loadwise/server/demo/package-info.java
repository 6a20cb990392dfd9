/** The demo club: realistic, deterministic training data so a newcomer sees meaningful scores at once. */
package app.loadwise.server.demo;
