/** Serving the browser app: its pages' routes, caching and security headers. */
package app.loadwise.server.web;
