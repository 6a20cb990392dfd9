/** REST resources of the weekly report: downloads, recipients and deliveries. */
package app.loadwise.reporting.rest;
